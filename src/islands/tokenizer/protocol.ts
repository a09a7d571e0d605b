/** Messages between the widgets on a page and their shared tokenizer worker. */
import type { EncodingName } from '../../lib/tokenizer/encodings';
import type { PaneResult } from '../../lib/tokenizer/tokenize';

export interface TokenizeRequest {
  widget: string;
  seq: number;
  text: string;
  mode: 'text' | 'chat';
  /** Tokenized one after another, in this order; each encoding is loaded on first use. */
  encodings: EncodingName[];
  limit: number;
}

interface Tagged {
  widget: string;
  seq: number;
}

export type Reply = Tagged &
  (
    | { type: 'loading'; encoding: EncodingName }
    | { type: 'pane'; result: PaneResult; ms: number }
    | { type: 'error'; encoding: EncodingName }
    | { type: 'done' }
  );
