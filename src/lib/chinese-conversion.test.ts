import { describe, expect, it } from 'vitest';
import { canConvert, chineseConverter, convertDeep, simplifiedOnlyCharacters } from './chinese-conversion';

describe('chineseConverter', () => {
  const toTaiwan = chineseConverter('zh-CN', 'zh-TW');

  it('converts characters and Taiwan phrases', () => {
    expect(toTaiwan('神经网络的软件和视频')).toBe('神經網路的軟體和影片');
  });

  it('prints corner quotes', () => {
    expect(toTaiwan('他说：“这是‘词元’。”')).toBe('他說：「這是『詞元』。」');
  });

  it('leaves text without Chinese exactly as it is', () => {
    const mdx = '<Term id="token" /> and `code` [1:02] "quoted"';
    expect(toTaiwan(mdx)).toBe(mdx);
  });

  it('applies the course phrase fixes before OpenCC, longest first', () => {
    const fixed = chineseConverter('zh-CN', 'zh-TW', { 参数: '參數', 模型参数: '模型參數量' });
    expect(toTaiwan('模型的参数')).toBe('模型的引數');
    expect(fixed('模型的参数')).toBe('模型的參數');
    expect(fixed('模型参数')).toBe('模型參數量');
  });

  it('knows which conversions it makes', () => {
    expect(canConvert('zh-CN', 'zh-TW')).toBe(true);
    expect(canConvert('zh-cn', 'zh-hk')).toBe(true);
    expect(canConvert('en', 'fr')).toBe(false);
    expect(() => chineseConverter('en', 'fr')).toThrow(/no conversion from en to fr/);
  });

  it('converts every string of a value, not its keys', () => {
    expect(convertDeep({ zh: '数据', n: 3, list: ['视频', true] }, toTaiwan)).toEqual({ zh: '資料', n: 3, list: ['影片', true] });
  });
});

describe('simplifiedOnlyCharacters', () => {
  const simplified = simplifiedOnlyCharacters();

  it('holds the characters only Simplified writes', () => {
    for (const c of '这国们说为个网络数术语对话发') expect(simplified.has(c), c).toBe(true);
  });

  it('leaves out characters Traditional text also writes', () => {
    for (const c of '干里后台云余于着么的是模型詞這國') expect(simplified.has(c), c).toBe(false);
  });

  it('finds nothing in converted text', () => {
    const text = chineseConverter('zh-CN', 'zh-TW')('这个国家的网络发展得很快，数据对话里有许多术语。');
    expect([...text].filter((c) => simplified.has(c))).toEqual([]);
  });
});
