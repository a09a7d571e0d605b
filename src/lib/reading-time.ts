/**
 * Minutes a chapter takes to read: Chinese at about 400 characters a minute, English at about
 * 220 words a minute (common estimates for study reading). Markup, code and frontmatter are
 * left out.
 */
export function readingMinutes(mdxBody: string, lang: 'zh' | 'en'): number {
  const text = mdxBody
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[(\d[\d:]*)\]/g, ' ')
    .replace(/[#*_>`$\\|-]/g, ' ');
  const units = lang === 'zh' ? (text.match(/\p{Script=Han}/gu)?.length ?? 0) + (text.match(/[A-Za-z]+/g)?.length ?? 0) / 2 : (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0);
  const perMinute = lang === 'zh' ? 400 : 220;
  return Math.max(1, Math.round(units / perMinute));
}
