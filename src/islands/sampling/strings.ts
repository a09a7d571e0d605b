/**
 * Every string the sampling playground shows, in both languages. One interface, so a string
 * missing in either language fails `astro check`. `client` strings go to the browser as data
 * (the custom element fills their {placeholders}); the rest are rendered at build time.
 */

export interface SamplingClientStrings {
  /** {t}: the token drawn. */
  drew: string;
  /** {n}: how many draws; {t}: the most frequent token; {c}: its count. */
  drewMany: string;
  /** {n}: how many tokens the row sums up. */
  others: string;
  /** Read after a token the settings cut. */
  cut: string;
  /** {h}: entropy in bits; {k}: tokens kept; {n}: all tokens. */
  stats: string;
  /** Top-k at 0 and top-p at 1. */
  off: string;
  loading: string;
  failed: string;
  /** {n}: step number; {c}: context length used; {t}: the token drawn. */
  step: string;
  /** Same, when no context was seen and plain frequencies decided. */
  stepNoContext: string;
  ended: string;
  /** {n}: the token limit. */
  limit: string;
  /** {n}: step number: the chart's caption while generating (the context follows it). */
  chartStep: string;
  /** {s}: the number a text seed stands for. */
  seedUsed: string;
  /** Between the messages of two charts. */
  sep: string;
  /** The settings in words, for print and for pages without JavaScript: {t}, {k}, {p}. */
  settingsNow: string;
}

export interface SamplingStrings {
  title: string;
  prompt: string;
  /** Label of hand-made distributions. */
  illustrative: string;
  illustrativeNote: string;
  /** Label of the toy model, wherever it speaks. */
  toyModel: string;
  toyModelNote: string;
  chartCaption: string;
  compareCaption: string;
  token: string;
  probability: string;
  draws: string;
  baselineLegend: string;
  formulaLead: string;
  formulaWhere: string;
  cutsExplained: string;
  settings: string;
  temperature: string;
  temperatureHint: string;
  topK: string;
  topKHint: string;
  topP: string;
  topPHint: string;
  seed: string;
  seedHint: string;
  sampleOnce: string;
  sample100: string;
  reset: string;
  recentDraws: string;
  generateTitle: string;
  generateIntro: string;
  promptField: string;
  promptHint: string;
  stepButton: string;
  runButton: string;
  restartButton: string;
  output: string;
  endToken: string;
  client: SamplingClientStrings;
}

const zh: SamplingStrings = {
  title: '采样实验',
  prompt: '提示词',
  illustrative: '示意数据',
  illustrativeNote: '这里的概率是为了讲解而编的，不是哪个真实模型算出来的。',
  toyModel: '玩具模型',
  toyModelNote:
    '一个极小的 n 元语法模型，只用本笔记各章的文字训练，词元取自 o200k_base 分词器。它只会照着笔记里词元前后相接的频率往下猜，不是真正的大语言模型。',
  chartCaption: '这段文字之后，下一个词元的概率：',
  compareCaption: '对照',
  token: '词元',
  probability: '概率',
  draws: '100 次抽样',
  baselineLegend: '细框是原始概率（温度 1、不截断），实心条是调整后的概率，虚线条是抽样次数的占比。',
  formulaLead: '带温度 T 的 softmax：词元 i 被选中的概率是',
  formulaWhere: 'zᵢ 是模型给词元 i 的打分（logit）。T 小于 1 时分布变尖，高的更高；T 大于 1 时变平；T = 0 时只剩最高的那个（贪心）。',
  cutsExplained:
    'top-k 只保留概率最高的 k 个词元；top-p 只保留累计概率刚好达到 p 的最少几个词元。被截掉的词元概率归零，剩下的重新按比例加到 100%。',
  settings: '采样设置',
  temperature: '温度',
  temperatureHint: '0 = 总选最可能的词元（贪心），最高 2',
  topK: 'top-k',
  topKHint: '0 = 不限',
  topP: 'top-p',
  topPHint: '1 = 不限',
  seed: '随机种子',
  seedHint: '种子相同，抽样结果就相同，全班可以对照；填任意文字也行。',
  sampleOnce: '抽样一次',
  sample100: '抽样 100 次',
  reset: '重置',
  recentDraws: '最近抽到',
  generateTitle: '让玩具模型一个词元一个词元地续写',
  generateIntro: '每一步都从上面的分布里抽一个词元接到末尾，再预测下一步。温度低容易原地打转，温度高会胡言乱语，换个种子就是另一段续写。',
  promptField: '提示词',
  promptHint: '最多 500 个字符。',
  stepButton: '下一个词元',
  runButton: '一直写到结束',
  restartButton: '从头再来',
  output: '续写结果',
  endToken: '〈结束〉',
  client: {
    drew: '抽到：{t}',
    drewMany: '抽样 {n} 次：最常抽到 {t}（{c} 次）',
    others: '其余 {n} 个词元',
    cut: '（已截掉）',
    stats: '熵 {h} 比特 · 保留 {k}/{n} 个词元',
    off: '不限',
    loading: '正在加载玩具模型……',
    failed: '玩具模型没能加载，请检查网络后刷新页面。',
    step: '第 {n} 步：根据前 {c} 个词元预测，抽到 {t}',
    stepNoContext: '第 {n} 步：笔记里没出现过这样的上文，模型只能按词元出现的频率来猜，抽到 {t}',
    ended: '模型写出了结束标记，续写结束。',
    limit: '已写满 {n} 个词元，到此为止。',
    chartStep: '第 {n} 步（高亮的是抽到的词元），这段文字之后下一个词元的概率：',
    seedUsed: '（对应的数字种子：{s}）',
    sep: '；',
    settingsNow: '当前设置：温度 {t}，top-k {k}，top-p {p}。',
  },
};

const en: SamplingStrings = {
  title: 'Sampling playground',
  prompt: 'Prompt',
  illustrative: 'Illustrative',
  illustrativeNote: 'These probabilities are made up for teaching; no real model produced them.',
  toyModel: 'Toy model',
  toyModelNote:
    'A tiny n-gram model trained only on the text of these notes, with tokens from the o200k_base tokenizer. It guesses the next token from how often tokens follow each other in the notes; it is not a real large language model.',
  chartCaption: 'Probability of the next token after',
  compareCaption: 'For comparison',
  token: 'Token',
  probability: 'Probability',
  draws: 'In 100 draws',
  baselineLegend: 'The outline is the original probability (temperature 1, nothing cut), the solid bar the adjusted one, the dashed bar the share of draws.',
  formulaLead: 'Softmax with temperature T: the probability of token i is',
  formulaWhere:
    'zᵢ is the score (logit) the model gives token i. Below 1, T sharpens the distribution (the likely get likelier); above 1 it flattens it; at T = 0 only the top token remains (greedy).',
  cutsExplained:
    'Top-k keeps only the k most likely tokens; top-p keeps the fewest most likely tokens whose probabilities add up to p. Cut tokens get probability 0 and the rest are scaled back up to 100%.',
  settings: 'Sampling settings',
  temperature: 'Temperature',
  temperatureHint: '0 = always the most likely token (greedy); at most 2',
  topK: 'Top-k',
  topKHint: '0 = off',
  topP: 'Top-p',
  topPHint: '1 = off',
  seed: 'Seed',
  seedHint: 'The same seed gives the same draws, so a class can compare; any text works.',
  sampleOnce: 'Sample once',
  sample100: 'Sample 100 times',
  reset: 'Reset',
  recentDraws: 'Recent draws',
  generateTitle: 'Let the toy model write, one token at a time',
  generateIntro:
    'Each step draws one token from the distribution above, appends it, and predicts again. Low temperature tends to loop, high temperature rambles, and another seed writes another continuation.',
  promptField: 'Prompt',
  promptHint: 'Up to 500 characters.',
  stepButton: 'Next token',
  runButton: 'Run to the end',
  restartButton: 'Start over',
  output: 'Text so far',
  endToken: '⟨end⟩',
  client: {
    drew: 'Drew {t}',
    drewMany: '{n} draws: most often {t} ({c} times)',
    others: '{n} other tokens',
    cut: '(cut)',
    stats: 'Entropy {h} bits · {k} of {n} tokens kept',
    off: 'off',
    loading: 'Loading the toy model…',
    failed: 'The toy model could not be loaded; check the connection and reload the page.',
    step: 'Step {n}: predicted from the last {c} tokens, drew {t}',
    stepNoContext: 'Step {n}: the notes never contain this context, so the model guesses from plain token frequencies; drew {t}',
    ended: 'The model wrote the end-of-text marker: done.',
    limit: 'Stopped at the limit of {n} tokens.',
    chartStep: 'Step {n} (the drawn token is highlighted): probability of the next token after',
    seedUsed: '(the number this seed stands for: {s})',
    sep: '; ',
    settingsNow: 'Current settings: temperature {t}, top-k {k}, top-p {p}.',
  },
};

/** The widget's strings by BCP 47 code, for the languages the generator ships. */
export const samplingStrings: Record<string, SamplingStrings> = { 'zh-CN': zh, en };
