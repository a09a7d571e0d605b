/**
 * Examples that replay the lecture (Tiktokenizer at 12:21 and later chapters), plus Chinese ones.
 * Their names are UI strings (islands/tokenizer/strings.ts); their texts are the same in both
 * languages, because they are what the lecture typed.
 */
import { formatChat } from './chat';
import type { EncodingName, Mode } from './encodings';

export const presetIds = [
  'hello-world',
  'helloworld',
  'two-spaces',
  'ubiquitous',
  'strawberry',
  'decimals',
  'chinese',
  'emoji',
  'chat',
  'bilingual',
] as const;
export type PresetId = (typeof presetIds)[number];

export interface Preset {
  text: string;
  encoding: EncodingName;
  mode: Mode;
}

export const presets: Record<PresetId, Preset> = {
  'hello-world': { text: 'hello world', encoding: 'cl100k_base', mode: 'text' },
  helloworld: { text: 'helloworld', encoding: 'cl100k_base', mode: 'text' },
  'two-spaces': { text: 'hello  world', encoding: 'cl100k_base', mode: 'text' },
  ubiquitous: { text: 'Ubiquitous', encoding: 'o200k_base', mode: 'text' },
  strawberry: { text: 'How many r are there in strawberry?', encoding: 'o200k_base', mode: 'text' },
  decimals: { text: 'What is bigger, 9.11 or 9.9?', encoding: 'o200k_base', mode: 'text' },
  chinese: {
    text: '大语言模型读到的不是一个个汉字，而是词元。同一段中文交给不同的分词器，切出来的词元数可能相差一倍：词表越大、构造词表时见过的中文越多，中文就越省词元。',
    encoding: 'o200k_base',
    mode: 'compare',
  },
  emoji: { text: '👋 hello 🌍! 😂👍🏽 👨‍👩‍👧‍👦 🇨🇳', encoding: 'o200k_base', mode: 'text' },
  chat: {
    text: formatChat([
      { role: 'system', content: 'You are a helpful assistant' },
      { role: 'user', content: 'What is 2 + 2?' },
      { role: 'assistant', content: '2 + 2 = 4' },
      { role: 'user', content: 'What if it was *?' },
      { role: 'assistant', content: '2 * 2 = 4, same as 2 + 2!' },
    ]),
    encoding: 'o200k_base',
    mode: 'chat',
  },
  bilingual: { text: 'A tokenizer turns text into tokens. 分词器把文字切成词元。', encoding: 'o200k_base', mode: 'compare' },
};

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (presetIds as readonly string[]).includes(value);
}
