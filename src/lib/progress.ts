/**
 * Reading progress kept in the reader's own browser (localStorage), no account. Whatever is in
 * storage is untrusted: anything that is not this exact shape is ignored, never an error.
 */
export const PROGRESS_KEY = 'course-progress';
/** 2 added `scores`; a version 1 record (no scores) still loads and is written back as 2. */
export const PROGRESS_VERSION = 2;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Chapter slugs marked done, with when (ms since epoch). */
  done: Record<string, number>;
  /** Where the reader last was. */
  /** lang: the language path of the page read last. */
  last?: { slug: string; lang: string; section?: string | undefined; at: number } | undefined;
  /**
   * Graded self-checks: per chapter slug, the latest result of each graded question, keyed by its
   * position in the chapter ("0", "1", …): 1 right, 0 wrong. The chapter's score is the number
   * right out of its graded questions (answering again replaces the result).
   */
  scores?: Record<string, Record<string, 0 | 1>> | undefined;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, done: {} };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isTime = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v < 1e14;
const isSlug = (v: unknown): v is string => typeof v === 'string' && SLUG.test(v);
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads progress from untrusted JSON text (storage or an imported file); returns undefined if it is not progress. */
export function parseProgress(text: string | null | undefined): Progress | undefined {
  let raw: { version?: unknown; done?: unknown; last?: Record<string, unknown>; scores?: unknown } | undefined;
  try {
    raw = text && text.length < 1e6 ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
  const done = raw?.done;
  if ((raw?.version !== 1 && raw?.version !== PROGRESS_VERSION) || !isRecord(done)) return undefined;
  const progress = emptyProgress();
  for (const [slug, at] of Object.entries(done)) if (isSlug(slug) && isTime(at)) progress.done[slug] = at;
  const last = raw.last;
  if (last && isSlug(last['slug']) && isSlug(last['lang']) && isTime(last['at'])) {
    progress.last = { slug: last['slug'], lang: last['lang'], at: last['at'], ...(isSlug(last['section']) ? { section: last['section'] } : {}) };
  }
  if (isRecord(raw.scores)) {
    for (const [slug, results] of Object.entries(raw.scores)) {
      if (!isSlug(slug) || !isRecord(results)) continue;
      const kept = Object.fromEntries(Object.entries(results).filter(([i, v]) => /^\d{1,3}$/.test(i) && (v === 0 || v === 1)));
      if (Object.keys(kept).length) (progress.scores ??= {})[slug] = kept as Record<string, 0 | 1>;
    }
  }
  return progress;
}

/** The latest result of a chapter's graded question (by its position in the chapter). */
export function setScore(progress: Progress, slug: string, index: number, right: boolean): Progress {
  const scores = { ...progress.scores, [slug]: { ...progress.scores?.[slug], [index]: right ? 1 : 0 } } as Progress['scores'];
  return { ...progress, scores };
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
