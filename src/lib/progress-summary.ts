/** Progress as the home page shows it (kept apart so chapter pages load less script). */
import { PROGRESS_VERSION, type Progress } from './progress';

/** Only slugs the course has count: progress from another course or an older edition is dropped. */
export function keepKnown(progress: Progress, slugs: readonly string[]): Progress {
  const known = new Set(slugs);
  const done = Object.fromEntries(Object.entries(progress.done).filter(([slug]) => known.has(slug)));
  const last = progress.last && known.has(progress.last.slug) ? progress.last : undefined;
  const scores = Object.fromEntries(Object.entries(progress.scores ?? {}).filter(([slug]) => known.has(slug)));
  return { version: PROGRESS_VERSION, done, ...(last ? { last } : {}), ...(Object.keys(scores).length ? { scores } : {}) };
}

/**
 * A chapter's self-check score: graded questions answered right (latest answer of each) out of
 * `total`, the graded questions the chapter has now; undefined until one is answered. Results of
 * questions the chapter no longer has are not counted.
 */
export function chapterScore(progress: Progress, slug: string, total: number): { right: number; answered: number; total: number } | undefined {
  const results = Object.entries(progress.scores?.[slug] ?? {}).filter(([i]) => Number(i) < total);
  if (!results.length || total <= 0) return undefined;
  return { right: results.filter(([, v]) => v === 1).length, answered: results.length, total };
}

/** Done count per part, for "3 / 8". */
export function partProgress(progress: Progress, parts: readonly (readonly string[])[]): { done: number; total: number }[] {
  return parts.map((slugs) => ({ done: slugs.filter((s) => progress.done[s] !== undefined).length, total: slugs.length }));
}
