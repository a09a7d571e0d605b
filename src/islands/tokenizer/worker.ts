/**
 * The tokenizer worker, shared by every widget on a page. Typing never waits for it: the page
 * sends the text and draws whatever comes back.
 *
 * Each encoding's rank table is its own chunk, fetched on first use through this lookup map of
 * one `() => import()` per encoding (a single conditional import would make the bundler put all
 * three in one preload list). Jobs run one at a time, so two encodings never download at once,
 * and loaded encoders stay cached for the life of the page.
 */
import type { RawBytePairRanks } from 'gpt-tokenizer/BytePairEncodingCore';
import { createEncoder, type Encoder } from '../../lib/tokenizer/encoder';
import type { EncodingName } from '../../lib/tokenizer/encodings';
import { tokenizePane } from '../../lib/tokenizer/tokenize';
import type { Reply, TokenizeRequest } from './protocol';

const loaders: Record<EncodingName, () => Promise<{ default: RawBytePairRanks }>> = {
  r50k_base: () => import('gpt-tokenizer/bpeRanks/r50k_base'),
  cl100k_base: () => import('gpt-tokenizer/bpeRanks/cl100k_base'),
  o200k_base: () => import('gpt-tokenizer/bpeRanks/o200k_base'),
};

const encoders = new Map<EncodingName, Encoder>();
const latest = new Map<string, number>();
let queue = Promise.resolve();

// The project's types are the DOM's; this is the little of a worker's global scope used here.
interface WorkerScope {
  postMessage(reply: Reply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<TokenizeRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;
const post = (reply: Reply) => scope.postMessage(reply);

async function encoderFor(name: EncodingName, tag: { widget: string; seq: number }): Promise<Encoder | undefined> {
  const cached = encoders.get(name);
  if (cached) return cached;
  post({ ...tag, type: 'loading', encoding: name });
  try {
    const ranks = (await loaders[name]()).default;
    const encoder = createEncoder(name, ranks);
    // After the job that loaded it, so the reader's first result is not kept waiting.
    queue = queue.then(() => warmUp(encoder, ranks));
    encoders.set(name, encoder);
    return encoder;
  } catch {
    post({ ...tag, type: 'error', encoding: name });
    return undefined;
  }
}

/**
 * Runs some of the table's own Chinese through a new encoder: the merge code gets compiled and
 * common pairs memoised before the reader's first long paste, which was otherwise the slowest
 * (see docs/tokenizer.md). Clauses of four tokens, like the clauses of real text; ~30 ms.
 */
function warmUp(encoder: Encoder, ranks: RawBytePairRanks): void {
  const han: string[] = [];
  for (const value of ranks) {
    if (typeof value === 'string' && /^\p{Script=Han}{2,}$/u.test(value)) han.push(value);
    if (han.length === 2000) break;
  }
  const clauses = [];
  for (let i = 0; i < han.length; i += 4) clauses.push(han.slice(i, i + 4).join(''));
  encoder.encode(clauses.join('，'));
}

async function run(job: TokenizeRequest): Promise<void> {
  const tag = { widget: job.widget, seq: job.seq };
  try {
    for (const name of job.encodings) {
      // A newer job from the same widget makes this one pointless.
      if (latest.get(job.widget) !== job.seq) return;
      const encoder = await encoderFor(name, tag);
      if (!encoder) continue;
      const start = performance.now();
      const result = tokenizePane(encoder, job.text, job.mode, job.limit);
      post({ ...tag, type: 'pane', result, ms: performance.now() - start });
    }
  } catch {
    post({ ...tag, type: 'error', encoding: job.encodings[0] ?? 'o200k_base' });
  } finally {
    post({ ...tag, type: 'done' });
  }
}

scope.addEventListener('message', (event: MessageEvent<TokenizeRequest>) => {
  const job = event.data;
  latest.set(job.widget, job.seq);
  queue = queue.then(() => run(job));
});
