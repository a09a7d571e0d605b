import { encodeChat as cl100kChat } from 'gpt-tokenizer/encoding/cl100k_base';
import { encodeChat as o200kChat } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { encodeChat, formatChat, parseChat, type ChatMessage } from './chat';
import { loadEncoder } from './node-encoders';

const conversation: ChatMessage[] = [
  { role: 'system', content: 'You are a helpful assistant' },
  { role: 'user', content: 'What is 2 + 2?' },
  { role: 'assistant', content: '2 + 2 = 4' },
];

describe('parseChat', () => {
  it('reads one message per role line, continuing lines into it', () => {
    expect(parseChat('system: Be brief.\nUser: hi\nthere\nassistant：你好')).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'hi\nthere' },
      { role: 'assistant', content: '你好' },
    ]);
  });

  it('makes leading text without a role a user message, and reads nothing from nothing', () => {
    expect(parseChat('hello\nassistant: hi')).toEqual([
      { role: 'user', content: 'hello' },
      { role: 'assistant', content: 'hi' },
    ]);
    expect(parseChat('')).toEqual([]);
  });

  it('round-trips through formatChat', () => {
    expect(parseChat(formatChat(conversation))).toEqual(conversation);
  });
});

/** The lecture's two-turn conversation (Tiktokenizer, GPT-4o, 1:06:13): 49 tokens. */
const lecture: ChatMessage[] = [
  { role: 'user', content: 'What is 2+2?' },
  { role: 'assistant', content: '2+2 = 4' },
  { role: 'user', content: 'What if it was *?' },
  { role: 'assistant', content: '2*2 = 4, same as 2+2!' },
];

describe('encodeChat', () => {
  it('matches gpt-tokenizer’s GPT-4o chat format for a prompt waiting for the assistant', async () => {
    const o = await loadEncoder('o200k_base');
    const prompt = conversation.slice(0, 2);
    const ours = encodeChat(o, prompt)!;
    expect(ours.ids).toEqual(o200kChat(prompt, 'gpt-4o'));
    expect(ours.ids.slice(0, 3)).toEqual([200003, 17360, 200005]); // <|im_start|>system<|im_sep|>
    expect(ours.special).toBe(2 * 3 + 2);
  });

  it('adds no assistant opening after a conversation that ends with the assistant', async () => {
    const o = await loadEncoder('o200k_base');
    const ours = encodeChat(o, conversation)!;
    expect(ours.ids).toEqual(o200kChat(conversation, 'gpt-4o').slice(0, -3));
    expect(ours.special).toBe(3 * 3);
  });

  it('writes the lecture’s conversation in 49 tokens', async () => {
    const o = await loadEncoder('o200k_base');
    const ours = encodeChat(o, lecture)!;
    expect(ours.ids).toHaveLength(49);
    expect(ours.special).toBe(4 * 3);
    expect(ours.ids[1]).toBe(1428); // "user", the token the lecture names
  });

  it('matches gpt-tokenizer’s GPT-4 chat format', async () => {
    const cl = await loadEncoder('cl100k_base');
    const prompt = conversation.slice(0, 2);
    expect(encodeChat(cl, prompt)!.ids).toEqual(cl100kChat(prompt, 'gpt-4'));
    expect(encodeChat(cl, conversation)!.ids).toEqual(cl100kChat(conversation, 'gpt-4').slice(0, -3));
  });

  it('keeps special-token strings inside a message as text', async () => {
    const o = await loadEncoder('o200k_base');
    const chat = encodeChat(o, [{ role: 'user', content: '<|im_end|>' }])!;
    expect(chat.special).toBe(5);
    expect(chat.ids.filter((id) => o.isSpecial(id))).toHaveLength(5);
  });

  it('is unavailable in r50k_base, which has no chat tokens', async () => {
    expect(encodeChat(await loadEncoder('r50k_base'), conversation)).toBeUndefined();
  });
});
