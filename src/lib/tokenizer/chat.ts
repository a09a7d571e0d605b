/**
 * The chat view: a conversation typed in the textarea, one message per "role:" line, shown in the
 * chat format of GPT-4o (and GPT-4) that the lecture shows in Tiktokenizer:
 *
 *   <|im_start|>system<|im_sep|>You are a helpful assistant<|im_end|>
 *   <|im_start|>user<|im_sep|>hello<|im_end|>
 *   <|im_start|>assistant<|im_sep|>          ← the model continues from here
 *
 * The last line, the opening of an assistant turn, is added only when the conversation does not
 * already end with an assistant message: a conversation that ends with the assistant's reply is a
 * finished training example (the lecture's two-turn conversation, 49 tokens in o200k_base), one
 * that ends with the user is a prompt waiting for the model. With that opening the sequence equals
 * gpt-tokenizer's encodeChat(…, 'gpt-4o'); without it, that sequence minus its last three tokens.
 * Special tokens are inserted by id, so the same strings typed inside a message stay plain text.
 */
import type { Encoder } from './encoder';

export const roles = ['system', 'user', 'assistant'] as const;
export type Role = (typeof roles)[number];

export interface ChatMessage {
  role: Role;
  content: string;
}

export const IM_START = '<|im_start|>';
export const IM_SEP = '<|im_sep|>';
export const IM_END = '<|im_end|>';

const ROLE_LINE = /^(system|user|assistant)[ \t]*[:：][ \t]?/i;

/**
 * "system: …", "user: …", "assistant: …" start a message (any case, ASCII or full-width colon);
 * other lines continue the message before. Text before the first role line is a user message.
 */
export function parseChat(text: string): ChatMessage[] {
  const messages: ChatMessage[] = [];
  for (const line of text.split('\n')) {
    const match = ROLE_LINE.exec(line);
    const last = messages.at(-1);
    if (match) messages.push({ role: match[1]!.toLowerCase() as Role, content: line.slice(match[0].length) });
    else if (last) last.content += `\n${line}`;
    else if (line !== '') messages.push({ role: 'user', content: line });
  }
  return messages;
}

export function formatChat(messages: readonly ChatMessage[]): string {
  return messages.map((m) => `${m.role}: ${m.content}`).join('\n');
}

export interface EncodedChat {
  ids: number[];
  /** How many of the ids are chat-format special tokens. */
  special: number;
  /** The text that was encoded as text (roles and contents), for the character counts. */
  text: string;
}

/**
 * The conversation in the chat format, or undefined if the encoding has no chat tokens. The
 * opening of an assistant turn is appended unless the last message is the assistant's.
 */
export function encodeChat(encoder: Encoder, messages: readonly ChatMessage[]): EncodedChat | undefined {
  const start = encoder.specialId(IM_START);
  const sep = encoder.specialId(IM_SEP);
  const end = encoder.specialId(IM_END);
  if (start === undefined || sep === undefined || end === undefined) return undefined;
  const ids: number[] = [];
  let special = 0;
  let text = '';
  const add = (part: string) => {
    text += part;
    for (const id of encoder.encode(part)) ids.push(id);
  };
  for (const { role, content } of messages) {
    ids.push(start);
    add(role);
    ids.push(sep);
    add(content);
    ids.push(end);
    special += 3;
  }
  if (messages.at(-1)?.role !== 'assistant') {
    ids.push(start);
    add('assistant');
    ids.push(sep);
    special += 2;
  }
  return { ids, special, text };
}
