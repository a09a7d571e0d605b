import { describe, expect, it } from 'vitest';
import { normalizeForFilter } from './filter-text';
import { compareTerms, groupByLetter, indexLetter } from './glossary';

describe('pinyin ordering', () => {
  it('files Chinese terms under their pinyin initial', () => {
    expect(indexLetter('词元')).toBe('C');
    expect(indexLetter('层')).toBe('C'); // céng, not a Latin letter of the character
    expect(indexLetter('幻觉')).toBe('H');
    expect(indexLetter('奖励模型')).toBe('J');
    expect(indexLetter('字节对编码')).toBe('Z');
    expect(indexLetter('阿尔法狗')).toBe('A');
    expect(indexLetter('Transformer 架构')).toBe('T');
    expect(indexLetter('top-k 采样')).toBe('T');
    expect(indexLetter('8 位量化')).toBe('#');
  });

  it('sorts Chinese by pinyin, not by code point', () => {
    const words = ['预训练', '采样', '后训练', '词元', '幻觉', '注意力机制', '分词器'];
    expect([...words].sort((a, b) => compareTerms('zh', a, b))).toEqual(['采样', '词元', '分词器', '后训练', '幻觉', '预训练', '注意力机制']);
  });

  it('groups by letter in alphabetical order', () => {
    const groups = groupByLetter(['温度', '采样', '词元', 'UTF-8 编码', '8 位'], (x) => x, 'zh');
    expect(groups.map((g) => g.letter)).toEqual(['C', 'U', 'W', '#']);
    expect(groups[0]!.items).toEqual(['采样', '词元']);
  });

  it('sorts English case-insensitively with numbers in order', () => {
    const words = ['token', 'GPU', 'byte pair encoding', 'Transformer', 'attention'];
    expect(groupByLetter(words, (x) => x, 'en').flatMap((g) => g.items)).toEqual(['attention', 'byte pair encoding', 'GPU', 'token', 'Transformer']);
  });
});

describe('normalizeForFilter', () => {
  it('folds case, width, spaces and hyphens', () => {
    expect(normalizeForFilter('Top-K  Sampling')).toBe('topksampling');
    expect(normalizeForFilter('ＲＬＨＦ')).toBe('rlhf');
    expect(normalizeForFilter('词 元')).toBe('词元');
  });
});
