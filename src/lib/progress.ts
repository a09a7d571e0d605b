/**
 * Reading progress kept in the reader's own browser (localStorage), no account. Whatever is in
 * storage is untrusted: anything that is not this exact shape is ignored, never an error.
 */
export const PROGRESS_KEY = 'course-progress';
export const PROGRESS_VERSION = 1;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Chapter slugs marked done, with when (ms since epoch). */
  done: Record<string, number>;
  /** Where the reader last was. */
  /** lang: the language path of the page read last. */
  last?: { slug: string; lang: string; section?: string | undefined; at: number } | undefined;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, done: {} };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isTime = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v < 1e14;
const isSlug = (v: unknown): v is string => typeof v === 'string' && SLUG.test(v);

/** Reads progress from untrusted JSON text (storage or an imported file); returns undefined if it is not progress. */
export function parseProgress(text: string | null | undefined): Progress | undefined {
  let raw: { version?: unknown; done?: unknown; last?: Record<string, unknown> } | undefined;
  try {
    raw = text && text.length < 1e5 ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
  const done = raw?.done;
  if (raw?.version !== PROGRESS_VERSION || !done || typeof done !== 'object' || Array.isArray(done)) return undefined;
  const progress = emptyProgress();
  for (const [slug, at] of Object.entries(done)) if (isSlug(slug) && isTime(at)) progress.done[slug] = at;
  const last = raw.last;
  if (last && isSlug(last['slug']) && isSlug(last['lang']) && isTime(last['at'])) {
    progress.last = { slug: last['slug'], lang: last['lang'], at: last['at'], ...(isSlug(last['section']) ? { section: last['section'] } : {}) };
  }
  return progress;
}

export function setDone(progress: Progress, slug: string, done: boolean, now: number): Progress {
  const next = { ...progress.done };
  if (done) next[slug] = now;
  else delete next[slug];
  return { ...progress, done: next };
}

export function setLast(progress: Progress, last: NonNullable<Progress['last']>): Progress {
  return { ...progress, last };
}
