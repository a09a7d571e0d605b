/**
 * Video timestamps as authors write them ("7:47", "0:07:47", "1:23:17") and as seconds.
 * Minutes and seconds must be two digits after a colon, as the video's own chapter list writes them.
 */
const TIMESTAMP = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/;

/** Parses "h:mm:ss" or "m:ss" to seconds; returns undefined for anything else (e.g. "7:60", "7.47"). */
export function parseTimestamp(text: string): number | undefined {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return undefined;
  const [, h, m, s] = match;
  const hours = h === undefined ? 0 : Number(h);
  const minutes = Number(m);
  const seconds = Number(s);
  if (seconds > 59 || (h !== undefined && minutes > 59)) return undefined;
  return hours * 3600 + minutes * 60 + seconds;
}

/** Formats seconds as "h:mm:ss", or "m:ss" under an hour with `short`. */
export function formatTimestamp(totalSeconds: number, { short = false } = {}): string {
  const safe = Number.isFinite(totalSeconds) ? Math.max(0, Math.floor(totalSeconds)) : 0;
  const h = Math.floor(safe / 3600);
  const m = Math.floor((safe % 3600) / 60);
  const s = safe % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  if (short && h === 0) return `${m}:${ss}`;
  return `${h}:${mm}:${ss}`;
}

/** A duration in whole minutes, at least 1 (for "12 min" labels). */
export function durationMinutes(startSeconds: number, endSeconds: number): number {
  return Math.max(1, Math.round((endSeconds - startSeconds) / 60));
}

/** The YouTube link to a video at a second. */
export function videoUrl(videoId: string, seconds: number): string {
  const t = Math.max(0, Math.floor(seconds));
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}&t=${t}`;
}
