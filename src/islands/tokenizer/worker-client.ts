/**
 * The one tokenizer worker of a page, shared by all its widgets and started on the first edit.
 * Replies go to the widget that asked (by id); if the worker itself dies, every widget hears an
 * error with seq -1 and the next job starts a new worker.
 */
import type { Reply, TokenizeRequest } from './protocol';

type Listener = (reply: Reply) => void;
const listeners = new Map<string, Listener>();
let worker: Worker | undefined;

function getWorker(): Worker {
  if (!worker) {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<Reply>) => listeners.get(event.data.widget)?.(event.data));
    w.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === w) worker = undefined;
      for (const [widget, listener] of listeners) listener({ widget, seq: -1, type: 'error', encoding: 'o200k_base' });
    });
    worker = w;
  }
  return worker;
}

export function listen(widget: string, listener: Listener): void {
  listeners.set(widget, listener);
}

export function unlisten(widget: string): void {
  listeners.delete(widget);
}

/** Sends a job; throws when the browser cannot start a worker. */
export function post(job: TokenizeRequest): void {
  getWorker().postMessage(job);
}
