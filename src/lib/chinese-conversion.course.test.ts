/**
 * This course's Traditional Chinese (Taiwan) edition: every phrase fix of conversion/zh-tw.yaml
 * gives its wanted text, and sentences of the chapters convert as a reader in Taiwan would write them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { courseDir } from './course-dir';
import { converterOf } from './derived-languages';
import { readCourse } from './course-model';

const dir = courseDir();
const model = readCourse(dir).model!;
const zhTW = converterOf(dir, model.languages, 'zh-tw')!;
const phrases = (parse(fs.readFileSync(path.join(dir, 'conversion/zh-tw.yaml'), 'utf8')) as { phrases: Record<string, string> }).phrases;

describe('the zh-TW edition', () => {
  it('is made from zh', () => {
    expect(zhTW.from).toBe('zh');
    expect(zhTW.code).toBe('zh-TW');
  });

  it.each(Object.entries(phrases))('converts the fixed phrase %s to %s', (simplified, traditional) => {
    expect(zhTW.convert(simplified)).toBe(traditional);
  });

  it.each([
    ['模型有 1.6B 个参数。', '模型有 1.6B 個參數。'],
    ['数据的质量很重要。', '資料的品質很重要。'],
    ['在计算机内部，文字有一种底层表示。', '在電腦內部，文字有一種底層表示。'],
    ['神经网络的输入是词元序列。', '神經網路的輸入是詞元序列。'],
    ['他说：“这是‘幻觉’。”', '他說：「這是『幻覺』。」'],
  ])('writes %s as %s', (simplified, traditional) => {
    expect(zhTW.convert(simplified)).toBe(traditional);
  });
});
