import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, setDone, setLast, setScore } from './progress';
import { chapterScore, keepKnown, partProgress } from './progress-summary';

describe('parseProgress', () => {
  it('reads what it wrote', () => {
    const p = setLast(setDone(emptyProgress(), 'tokenization', true, 5), { slug: 'tokenization', lang: 'zh', section: 'bpe', at: 6 });
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
  });

  it('ignores corrupt or foreign data', () => {
    for (const bad of [null, '', '{', 'null', '[]', '42', '"x"', '{"version":3,"done":{}}', '{"version":"2","done":{}}', '{"version":1,"done":[]}', '{"version":2,"done":null}', '{"version":1}', 'x'.repeat(2_000_000)]) {
      expect(parseProgress(bad), String(bad).slice(0, 20)).toBeUndefined();
    }
  });

  it('drops bad entries and keeps good ones', () => {
    const p = parseProgress(
      JSON.stringify({ version: 1, done: { ok: 1, 'Bad Slug': 2, neg: -1, nan: 'x', '<img>': 3 }, last: { slug: 'ok', lang: 'Not A Path', at: 1 } }),
    );
    expect(p).toEqual({ version: 2, done: { ok: 1 } });
  });

  it('still loads a version 1 record, as version 2', () => {
    const v1 = { version: 1, done: { tokenization: 5 }, last: { slug: 'tokenization', lang: 'zh', section: 'bpe', at: 6 } };
    expect(parseProgress(JSON.stringify(v1))).toEqual({ ...v1, version: 2 });
  });

  it('keeps scores and drops garbage in them', () => {
    const p = setScore(setScore(setScore(emptyProgress(), 'inference', 0, true), 'inference', 2, false), 'tokenization', 1, true);
    expect(parseProgress(JSON.stringify(p))).toEqual({ version: 2, done: {}, scores: { inference: { 0: 1, 2: 0 }, tokenization: { 1: 1 } } });
    const messy = { version: 2, done: {}, scores: { ok: { 0: 1, 1: 2, x: 1, '-1': 0, 2: true, 3: 0 }, 'Bad Slug': { 0: 1 }, arr: [1], nul: null, empty: {} } };
    expect(parseProgress(JSON.stringify(messy))).toEqual({ version: 2, done: {}, scores: { ok: { 0: 1, 3: 0 } } });
    expect(parseProgress(JSON.stringify({ version: 2, done: {}, scores: [1, 2] }))).toEqual({ version: 2, done: {} });
  });
});

describe('progress updates', () => {
  it('marks and unmarks a chapter', () => {
    const p = setDone(emptyProgress(), 'a', true, 10);
    expect(p.done).toEqual({ a: 10 });
    expect(setDone(p, 'a', false, 11).done).toEqual({});
  });

  it('keeps only the course own chapters', () => {
    const p = setLast(setDone(setDone(emptyProgress(), 'a', true, 1), 'zz', true, 2), { slug: 'zz', lang: 'en', at: 3 });
    expect(keepKnown(p, ['a', 'b'])).toEqual({ version: 2, done: { a: 1 } });
    expect(keepKnown(setScore(setScore(p, 'a', 0, true), 'zz', 0, true), ['a'])).toEqual({ version: 2, done: { a: 1 }, scores: { a: { 0: 1 } } });
  });

  it('scores a chapter by the latest answer of each question', () => {
    let p = setScore(emptyProgress(), 'a', 0, false);
    expect(chapterScore(p, 'a', 3)).toEqual({ right: 0, answered: 1, total: 3 });
    p = setScore(setScore(p, 'a', 0, true), 'a', 1, true);
    expect(chapterScore(p, 'a', 3)).toEqual({ right: 2, answered: 2, total: 3 });
    // A question the chapter no longer has does not count.
    expect(chapterScore(setScore(p, 'a', 5, true), 'a', 3)).toEqual({ right: 2, answered: 2, total: 3 });
    expect(chapterScore(p, 'b', 3)).toBeUndefined();
    expect(chapterScore(p, 'a', 0)).toBeUndefined();
  });

  it('counts progress per part', () => {
    const p = setDone(setDone(emptyProgress(), 'a', true, 1), 'c', true, 1);
    expect(partProgress(p, [['a', 'b'], ['c'], []])).toEqual([
      { done: 1, total: 2 },
      { done: 1, total: 1 },
      { done: 0, total: 0 },
    ]);
  });
});
