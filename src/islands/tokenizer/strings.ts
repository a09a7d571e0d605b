/**
 * Every string the tokenizer widget shows, in both languages, typed by one interface
 * (TokenizerStrings): a string missing in either language fails `astro check`.
 * It has two parts. Labels are drawn at build time by Tokenizer.astro only; messages are also
 * used by the custom element at run time. Kept apart so the page's script ships the messages
 * alone (the bundler drops the unused label objects).
 */
import type { EncodingName, Mode } from '../../lib/tokenizer/encodings';

export interface TokenizerLabels {
  /** Accessible name of the whole widget. */
  widget: string;
  input: string;
  /** Under the textarea in the chat view. */
  chatHint: string;
  preset: string;
  presetChoose: string;
  encoding: string;
  model: string;
  modelPlaceholder: string;
  view: string;
  modes: Record<Mode, string>;
  showWhitespace: string;
  showBytes: string;
  copyLink: string;
  tokens: string;
  characters: string;
  bytes: string;
  perChar: string;
  special: string;
  tokenList: (encoding: EncodingName) => string;
  idList: (encoding: EncodingName) => string;
  /** Marks the selected encoding among the three compared. */
  selected: string;
  noScript: string;
}

export interface TokenizerMessages {
  /** A token group read out: its text and ids. */
  tokenLabel: (text: string, ids: readonly number[]) => string;
  empty: string;
  loading: (encoding: EncodingName) => string;
  loadFailed: (encoding: EncodingName) => string;
  workerFailed: string;
  truncated: (shown: string, total: string) => string;
  loneSurrogates: (n: number) => string;
  chatEncoding: string;
  unknownModel: (model: string) => string;
  modelUses: (model: string, encoding: EncodingName) => string;
  linkCorrupt: string;
  linkTooLong: (max: string) => string;
  linkCopied: string;
  linkCopyFailed: string;
  /** Said by the live region after each result. */
  announce: (count: string, encoding: EncodingName) => string;
}

export interface TokenizerStrings extends TokenizerLabels, TokenizerMessages {}

const zhLabels: TokenizerLabels = {
  widget: '分词器演示',
  input: '要分词的文字',
  chatHint: '每条消息另起一行，以 system:、user: 或 assistant: 开头；对话格式的特殊词元由分词器自动加上。',
  preset: '示例',
  presetChoose: '选择一个示例…',
  encoding: '编码',
  model: '或按模型',
  modelPlaceholder: '如 gpt-4o',
  view: '视图',
  modes: { text: '词元', compare: '三种编码对比', chat: '对话格式' },
  showWhitespace: '显示空白字符',
  showBytes: '显示字节',
  copyLink: '复制链接',
  tokens: '词元',
  characters: '字符',
  bytes: 'UTF-8 字节',
  perChar: '词元/字符',
  special: '其中对话格式词元',
  tokenList: (e) => `${e} 切出的词元`,
  idList: (e) => `${e} 的词元编号`,
  selected: '当前选择',
  noScript: '这里显示的是构建网页时算好的结果。开启 JavaScript 后可以输入自己的文字。',
};

const zhMessages: TokenizerMessages = {
  tokenLabel: (text, ids) => (ids.length > 1 ? `${text}：${ids.length} 个词元，编号 ${ids.join('、')}` : `${text}：编号 ${ids[0]}`),
  empty: '输入或粘贴一些文字，看看它被切成哪些词元。',
  loading: (e) => `正在载入 ${e} 的词表…`,
  loadFailed: (e) => `${e} 的词表没能载入；请检查网络后改一下文字重试。`,
  workerFailed: '这个浏览器没能启动分词器。',
  truncated: (shown, total) => `共 ${total} 个词元，只画出前 ${shown} 个；计数包含全部文字。`,
  loneSurrogates: (n) => `文字里有 ${n} 个落单的代理项（lone surrogate），不是合法字符，UTF-8 按 U+FFFD（�）编码。`,
  chatEncoding: 'GPT-2 的 r50k_base 没有对话格式的特殊词元，对话视图改用 o200k_base。',
  unknownModel: (m) => `gpt-tokenizer 的模型列表里没有“${m}”，或它用的不是这三种编码。`,
  modelUses: (m, e) => `${m} 使用 ${e}。`,
  linkCorrupt: '链接里有部分设置读不懂，已忽略。',
  linkTooLong: (max) => `文字超过 ${max} 个字符，没有写进链接。`,
  linkCopied: '链接已复制。',
  linkCopyFailed: '没能复制；地址栏里的网址就是链接。',
  announce: (count, e) => `${e}：${count} 个词元`,
};

const enLabels: TokenizerLabels = {
  widget: 'Tokenizer playground',
  input: 'Text to tokenize',
  chatHint: 'One message per line, starting with system:, user: or assistant:. The tokenizer adds the chat-format special tokens.',
  preset: 'Example',
  presetChoose: 'Choose an example…',
  encoding: 'Encoding',
  model: 'or by model',
  modelPlaceholder: 'e.g. gpt-4o',
  view: 'View',
  modes: { text: 'Tokens', compare: 'Compare encodings', chat: 'Chat format' },
  showWhitespace: 'Show whitespace',
  showBytes: 'Show bytes',
  copyLink: 'Copy link',
  tokens: 'Tokens',
  characters: 'Characters',
  bytes: 'UTF-8 bytes',
  perChar: 'Tokens per character',
  special: 'Chat-format tokens',
  tokenList: (e) => `Tokens of ${e}`,
  idList: (e) => `Token ids of ${e}`,
  selected: 'selected',
  noScript: 'This is the result computed when the page was built. Turn on JavaScript to try your own text.',
};

const enMessages: TokenizerMessages = {
  tokenLabel: (text, ids) => (ids.length > 1 ? `${text}: ${ids.length} tokens, ids ${ids.join(', ')}` : `${text}: id ${ids[0]}`),
  empty: 'Type or paste some text to see its tokens.',
  loading: (e) => `Loading the ${e} vocabulary…`,
  loadFailed: (e) => `Could not load ${e}; check the connection, then edit the text to retry.`,
  workerFailed: 'This browser could not start the tokenizer.',
  truncated: (shown, total) => `Showing the first ${shown} of ${total} tokens; the counts cover all of them.`,
  loneSurrogates: (n) => `The text has ${n} unpaired surrogate${n === 1 ? '' : 's'}, not valid characters; UTF-8 encodes each as U+FFFD (�).`,
  chatEncoding: 'GPT-2’s r50k_base has no chat-format special tokens, so the chat view uses o200k_base.',
  unknownModel: (m) => `“${m}” is not in gpt-tokenizer’s model list, or uses another encoding.`,
  modelUses: (m, e) => `${m} uses ${e}.`,
  linkCorrupt: 'Part of this link could not be read and was ignored.',
  linkTooLong: (max) => `Over ${max} characters: too long to keep in the link.`,
  linkCopied: 'Link copied.',
  linkCopyFailed: 'Could not copy; the address bar holds the link.',
  announce: (count, e) => `${count} tokens in ${e}`,
};

/** The widget's messages by BCP 47 code, for the languages the generator ships (see widgetCode). */
export const tokenizerMessages: Record<string, TokenizerMessages> = { 'zh-CN': zhMessages, en: enMessages };

const tokenizerLabels: Record<string, TokenizerLabels> = { 'zh-CN': zhLabels, en: enLabels };

/** The code whose widget strings serve a language: the same code, else its language without region ("en-GB" → en). */
export function widgetCode(code: string, known: readonly string[] = Object.keys(tokenizerLabels)): string | undefined {
  if (code === 'zh-TW') return 'zh-CN'; // TEMP
  return known.find((k) => k.toLowerCase() === code.toLowerCase()) ?? (code.toLowerCase().startsWith('zh') ? undefined : known.find((k) => k === code.split('-')[0]));
}

/** All of a language's strings (for the build-time render), by BCP 47 code. */
export function tokenizerStrings(code: string): TokenizerStrings {
  const known = widgetCode(code);
  if (!known) throw new Error(`<Tokenizer>: the generator has no tokenizer strings for ${code}`);
  return { ...tokenizerLabels[known]!, ...tokenizerMessages[known]! };
}
