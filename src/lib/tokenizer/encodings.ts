/**
 * The three encodings the playground offers and the views it has. Client-safe: no tokenizer data
 * here, only names (the data is one lazily loaded chunk per encoding, see islands/tokenizer/worker.ts).
 */
export const encodingNames = ['r50k_base', 'cl100k_base', 'o200k_base'] as const;
export type EncodingName = (typeof encodingNames)[number];

export const DEFAULT_ENCODING: EncodingName = 'o200k_base';

/** The model families behind each encoding, for labels (same in both languages). */
export const encodingFamilies: Record<EncodingName, string> = {
  r50k_base: 'GPT-2, GPT-3',
  cl100k_base: 'GPT-4, GPT-3.5',
  o200k_base: 'GPT-4o, GPT-4.1, GPT-5, o1–o4',
};

export function isEncodingName(value: unknown): value is EncodingName {
  return typeof value === 'string' && (encodingNames as readonly string[]).includes(value);
}

/**
 * text: one encoding; compare: the same text in all three encodings side by side;
 * chat: a conversation in the chat format with its special tokens.
 */
export const modes = ['text', 'compare', 'chat'] as const;
export type Mode = (typeof modes)[number];

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (modes as readonly string[]).includes(value);
}

/** Encodings that have the chat-format special tokens (<|im_start|>, <|im_sep|>, <|im_end|>). */
export function hasChatTokens(encoding: EncodingName): boolean {
  return encoding !== 'r50k_base';
}

/** The encodings a view tokenizes, the selected one first (it sets the widget's token count). */
export function encodingsFor(mode: Mode, selected: EncodingName): EncodingName[] {
  if (mode !== 'compare') return [selected];
  return [selected, ...encodingNames.filter((e) => e !== selected)];
}

export interface WidgetState {
  text: string;
  encoding: EncodingName;
  mode: Mode;
}

export type StateNote = 'chat-encoding';

/** Makes a state consistent: the chat view needs an encoding with chat tokens. */
export function normalizeState(state: WidgetState): { state: WidgetState; notes: StateNote[] } {
  if (state.mode === 'chat' && !hasChatTokens(state.encoding)) {
    return { state: { ...state, encoding: 'o200k_base' }, notes: ['chat-encoding'] };
  }
  return { state, notes: [] };
}
