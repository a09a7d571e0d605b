/** Progress as the home page shows it (kept apart so chapter pages load less script). */
import { PROGRESS_VERSION, type Progress } from './progress';

/** Only slugs the course has count: progress from another course or an older edition is dropped. */
export function keepKnown(progress: Progress, slugs: readonly string[]): Progress {
  const known = new Set(slugs);
  const done = Object.fromEntries(Object.entries(progress.done).filter(([slug]) => known.has(slug)));
  const last = progress.last && known.has(progress.last.slug) ? progress.last : undefined;
  return { version: PROGRESS_VERSION, done, ...(last ? { last } : {}) };
}

/** Done count per part, for "3 / 8". */
export function partProgress(progress: Progress, parts: readonly (readonly string[])[]): { done: number; total: number }[] {
  return parts.map((slugs) => ({ done: slugs.filter((s) => progress.done[s] !== undefined).length, total: slugs.length }));
}
