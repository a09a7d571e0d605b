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
  last?: { slug: string; lang: 'zh' | 'en'; section?: string; at: number } | undefined;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, done: {} };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Reads progress from untrusted JSON text (storage or an imported file); returns undefined if it is not progress. */
export function parseProgress(text: string | null | undefined): Progress | undefined {
  if (!text || text.length > 100_000) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const raw = data as Record<string, unknown>;
  if (raw['version'] !== PROGRESS_VERSION || !raw['done'] || typeof raw['done'] !== 'object' || Array.isArray(raw['done'])) return undefined;
  const progress = emptyProgress();
  for (const [slug, at] of Object.entries(raw['done'] as Record<string, unknown>)) {
    if (SLUG.test(slug) && isTime(at)) progress.done[slug] = at;
  }
  const last = raw['last'] as Record<string, unknown> | undefined;
  if (last && typeof last === 'object' && typeof last['slug'] === 'string' && SLUG.test(last['slug']) && (last['lang'] === 'zh' || last['lang'] === 'en') && isTime(last['at'])) {
    const section = typeof last['section'] === 'string' && SLUG.test(last['section']) ? last['section'] : undefined;
    progress.last = { slug: last['slug'], lang: last['lang'], at: last['at'], ...(section ? { section } : {}) };
  }
  return progress;
}

/** Only slugs the course has count: progress from another course or an older edition is dropped. */
export function keepKnown(progress: Progress, slugs: readonly string[]): Progress {
  const known = new Set(slugs);
  const done = Object.fromEntries(Object.entries(progress.done).filter(([slug]) => known.has(slug)));
  const last = progress.last && known.has(progress.last.slug) ? progress.last : undefined;
  return { version: PROGRESS_VERSION, done, ...(last ? { last } : {}) };
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

/** Done count per part, for "3 / 8". */
export function partProgress(progress: Progress, parts: readonly (readonly string[])[]): { done: number; total: number }[] {
  return parts.map((slugs) => ({ done: slugs.filter((s) => progress.done[s] !== undefined).length, total: slugs.length }));
}
