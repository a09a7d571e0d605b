/**
 * Minutes a chapter takes to read, at the language's reading speed (its `reading` fact): Han
 * characters a minute (a Latin word in such text counts as half a character), or words a
 * minute. Common estimates for study reading: 400 characters, 220 words. Markup, code and
 * frontmatter are left out.
 */
export function readingMinutes(mdxBody: string, reading: { unit: 'han' | 'word'; perMinute: number }): number {
  const text = mdxBody
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[(\d[\d:]*)\]/g, ' ')
    .replace(/[#*_>`$\\|-]/g, ' ');
  const units =
    reading.unit === 'han'
      ? (text.match(/\p{Script=Han}/gu)?.length ?? 0) + (text.match(/[A-Za-z]+/g)?.length ?? 0) / 2
      : (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0);
  return Math.max(1, Math.round(units / reading.perMinute));
}
