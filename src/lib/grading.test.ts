import { describe, expect, it } from 'vitest';
import { gradeChoice, gradeNumeric, gradeOrder, shuffledOrder, textHash } from './grading';

describe('grading', () => {
  it('grades a choice by the exact set of correct options', () => {
    expect(gradeChoice([1], [1])).toBe(true);
    expect(gradeChoice([0], [1])).toBe(false);
    expect(gradeChoice([2, 0], [0, 2])).toBe(true);
    expect(gradeChoice([0], [0, 2])).toBe(false);
    expect(gradeChoice([0, 1, 2], [0, 2])).toBe(false);
    expect(gradeChoice([], [0])).toBe(false);
  });

  it('grades a number within its tolerance, reading what a reader types', () => {
    expect(gradeNumeric('10.8', 10.8, 0.1)).toBe(true);
    expect(gradeNumeric(' 10,75 ', 10.8, 0.1)).toBe(true);
    expect(gradeNumeric('10.9', 10.8, 0.1)).toBe(true);
    expect(gradeNumeric('10.95', 10.8, 0.1)).toBe(false);
    expect(gradeNumeric('0.3', 0.1 + 0.2)).toBe(true);
    expect(gradeNumeric(256, 256)).toBe(true);
    // Thousands grouped as readers write them, and full-width digits from a Chinese keyboard.
    expect(gradeNumeric('200,000', 200_000)).toBe(true);
    expect(gradeNumeric('200 000', 200_000)).toBe(true);
    expect(gradeNumeric('1,234,567.5', 1_234_567.5)).toBe(true);
    expect(gradeNumeric('２５６', 256)).toBe(true);
    expect(gradeNumeric('200,00', 200)).toBe(true);
    for (const bad of ['20,0000', '1,2,3', '1 2']) expect(gradeNumeric(bad, 20_0000), bad).toBe(false);
    for (const bad of ['', ' ', 'abc', 'NaN', 'Infinity', '1e400']) expect(gradeNumeric(bad, 0, 1e9), bad).toBe(false);
  });

  it('grades an order', () => {
    expect(gradeOrder([0, 1, 2])).toBe(true);
    expect(gradeOrder([1, 0, 2])).toBe(false);
    expect(gradeOrder([])).toBe(false);
  });
});

describe('shuffledOrder', () => {
  it('is a permutation, the same for the same text, and never the correct order', () => {
    for (let n = 2; n <= 8; n++) {
      for (const q of ['a', 'b', 'Put these in order.', '把这些步骤排好顺序', String(n)]) {
        const order = shuffledOrder(q, n);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(gradeOrder(order), `${q} ${n}`).toBe(false);
        expect(shuffledOrder(q, n)).toEqual(order);
      }
    }
  });

  it('differs between questions', () => {
    const orders = new Set(['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((q) => shuffledOrder(q, 5).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect(textHash('x')).toBe(textHash('x'));
  });
});
