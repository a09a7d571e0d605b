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
import { loadEncoder } from './tokenizer/node-encoders';

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
    // Numbers: 兆 is 10^12 in Taiwan, so 15 万亿 is 15 兆 and nothing else changes.
    ['第 4 章会提到，这些文字之后还要切成词元，按词元算，FineWeb 大约有 15 万亿个 [14:40]。', '第 4 章會提到，這些文字之後還要切成詞元，按詞元算，FineWeb 大約有 15 兆個 [14:40]。'],
    ['正是这种需求把 NVIDIA 的市值推到了录制时的约 **3.4 万亿美元**，堪称这个时代的淘金热。', '正是這種需求把 NVIDIA 的市值推到了錄製時的約 **3.4 兆美元**，堪稱這個時代的淘金熱。'],
    ['第 7 章的 GPT-2 有 16 亿个参数，第 8 章的 Llama 3.1 有 4050 亿个；讲座说，现代的 Transformer 参数量更接近几千亿乃至一万亿 [32:00]。', '第 7 章的 GPT-2 有 16 億個參數，第 8 章的 Llama 3.1 有 4050 億個；講座說，現代的 Transformer 參數量更接近幾千億乃至一兆 [32:00]。'],
    // Bits are 位元, and 8 個位元組成 must not read as "8 bytes".
    ['8 个比特组成一个<Term id="byte" />，每个比特非开即关，所以一共只有 256 种组合 [10:00]。', '8 個位元構成一個<Term id="byte" />，每個位元非開即關，所以一共只有 256 種組合 [10:00]。'],
    ['完整的 DeepSeek-R1 有 6710 亿个参数，按原生的 8 位精度也要大约 700 GB 显存，得用好几块数据中心级的显卡。', '完整的 DeepSeek-R1 有 6710 億個參數，按原生的 8 位元精度也要大約 700 GB 顯示記憶體，得用好幾張資料中心級的顯示卡。'],
    // Inference is 推論; the note on the word says what Taiwan writes.
    ['这里的“推理”对应英文 inference，意思是运行模型、产生输出。', '這裡的「推論」對應英文 inference，意思是執行模型、產生輸出。'],
    ['可中文里两者常常都叫“推理”。本课程里的“推理”一律只指前者。', '可中文裡兩者容易混淆：在臺灣，inference 多寫作「推論」，reasoning 多寫作「推理」。本課程裡的「推論」一律只指前者。'],
    // Phrases OpenCC splits wrongly (抄程序序, 訓練集里, 聯絡起來, 多采樣).
    ['应该让它用代码：把单词抄进程序对它来说很容易，倒序由 Python 精确完成。', '應該讓它用程式碼：把單字抄進程式對它來說很容易，倒序由 Python 精確完成。'],
    ['对第二道题这样的问题，就往训练集里加一段新对话：问题照旧，回答是“抱歉，我不知道”或“我记不清了” [1:30:57]。', '對第二道題這樣的問題，就往訓練集裡加一段新對話：問題照舊，回答是「抱歉，我不知道」或「我記不清了」 [1:30:57]。'],
    ['模型就有机会把内部的不确定和这种基于知识的拒答联系起来 [1:31:38]', '模型就有機會把內部的不確定和這種基於知識的拒答聯繫起來 [1:31:38]'],
    ['下面这个演示用一个玩具模型展示同样的现象：同一个开头，多采样几次，只要有一个词元不同，后面的续写就分道扬镳。', '下面這個示範用一個玩具模型展示同樣的現象：同一個開頭，多取樣幾次，只要有一個詞元不同，後面的續寫就分道揚鑣。'],
    ['监督微调用的算法没法从解答里学东西。', '監督微調用的演算法沒法從解答裡學東西。'],
    // Taiwanese terms: 透過, 助理, 基礎模型, AI 代理, 數位; names as Taiwanese media write them.
    ['模仿人的解法可以用来给系统打个底，但模型得通过试错，自己找出哪些词元序列能可靠地通向答案 [2:19:49]。', '模仿人的解法可以用來給系統打個底，但模型得透過試錯，自己找出哪些詞元序列能可靠地通向答案 [2:19:49]。'],
    ['第 7 章会看这样一个模型的训练过程，第 8 章会试玩一个大型的基座模型，之后的章节再讲它怎样变成助手。', '第 7 章會看這樣一個模型的訓練過程，第 8 章會試玩一個大型的基礎模型，之後的章節再講它怎樣變成助理。'],
    ['Meta 随论文《The Llama 3 Herd of Models》发布了其中最大的基座模型 Llama 3.1 405B [46:07]', 'Meta 隨論文《The Llama 3 Herd of Models》發布了其中最大的基礎模型 Llama 3.1 405B [46:07]'],
    ['Karpathy 预计数字世界里也会出现“人与智能体之比”，人越来越多地扮演智能体工作的监督者 [3:12:22]。', 'Karpathy 預計數位世界裡也會出現「人與 AI 代理之比」，人越來越多地扮演 AI 代理工作的監督者 [3:12:22]。'],
    ['第一次采样，搭档是迈克·彭斯，对手是希拉里·克林顿和蒂姆·凯恩 [55:01]', '第一次取樣，搭檔是麥克·彭斯，對手是希拉蕊·柯林頓和提姆·凱恩 [55:01]'],
  ])('writes %s as %s', (simplified, traditional) => {
    expect(zhTW.convert(simplified)).toBe(traditional);
  });

  // A term's zh-TW name is its own `zh-tw:` where Taiwan says it otherwise, else the zh name converted.
  it.each([
    ['inference', '推論'],
    ['agent', 'AI 代理'],
    ['base-model', '基礎模型'],
    ['web-search', '網路搜尋'],
    ['assistant-model', '助理模型'],
    ['large-language-model', '大型語言模型'],
    ['lossy-compression', '有損壓縮'],
    ['synthetic-data', '合成資料'],
    ['token', '詞元'],
  ])('names the term %s %s', (id, name) => {
    expect((model.glossary[id] as Record<string, unknown>)['zh-tw']).toBe(name);
  });

  it('keeps 推理模型 a plain alias of the thinking model (reasoning is 推理 in Taiwan)', () => {
    const aliases = (model.glossary['thinking-model'] as { aliases: Record<string, unknown[]> }).aliases['zh-tw'];
    expect(aliases).toContain('推理模型');
  });

  // Chapter 3 counts the tokens of two Chinese words; the counts depend on the script, and the
  // zh-TW text gives both (its Tokenizer widget tokenizes the Traditional words).
  it('gives the token counts of chapter 3 for the script they are counted in', async () => {
    const sentence = '以“分词器”三个字为例，用 GPT-2 的 r50k_base 要 7 个词元，用 GPT-4 的 cl100k_base 要 4 个，用 GPT-4o 的 o200k_base 只要 3 个；“监督微调”四个字则分别是 10、5、3 个。';
    expect(fs.readFileSync(path.join(dir, 'chapters/zh/03-tokenization.mdx'), 'utf8')).toContain(sentence);
    expect(zhTW.convert(sentence)).toBe(
      '以「分詞器」三個字為例，按簡體寫法，用 GPT-2 的 r50k_base 要 7 個詞元，用 GPT-4 的 cl100k_base 要 4 個，用 GPT-4o 的 o200k_base 只要 3 個；「監督微調」四個字則分別是 10、5、3 個。換成繁體寫法，兩者分別是 8、4、3 個和 9、7、4 個。',
    );
    const counts = async (text: string) => Promise.all((['r50k_base', 'cl100k_base', 'o200k_base'] as const).map(async (e) => (await loadEncoder(e)).encode(text).length));
    expect(await counts('分词器')).toEqual([7, 4, 3]);
    expect(await counts('监督微调')).toEqual([10, 5, 3]);
    expect(await counts('分詞器')).toEqual([8, 4, 3]);
    expect(await counts('監督微調')).toEqual([9, 7, 4]);
  }, 60_000);
});
