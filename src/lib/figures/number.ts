/**
 * Figure numbers and the text's references to them. A figure's number is its chapter and its
 * position among the <Figure> elements of that chapter's source (图 3-2 / Figure 3.2), so the
 * text can refer to figures in plain words and the check can hold those words to the drawings.
 */
import { fill } from '../../i18n/strings';
import type { Lang } from './lint';

/**
 * How a language calls a figure and refers to it: its strings figureLabel ("图 {chapter}-{n}",
 * "Figure {chapter}.{n}") and figureReference ("如{figure} 所示", "as {figure} shows").
 */
export interface FigureWords {
  label: string;
  reference: string;
}

export function figureLabel(words: FigureWords, chapter: number, n: number): string {
  return fill(words.label, { chapter, n });
}

/**
 * What a reference to a figure looks like in running text, from the label's template; the
 * numbers are groups 1 and 2. Spaces may vary, a hyphen may be an en dash.
 */
export function referencePattern(label: string): RegExp {
  const parts = label.split(/(\{chapter\}|\{n\})/);
  const literal = (part: string) =>
    part
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s*')
      .replace(/-/g, '\\s*[-–]\\s*')
      // A leading word may be abbreviated to three letters and a dot: Figure, Fig.
      .replace(/^([A-Za-z]{3})([A-Za-z]+)/, '$1(?:$2|\\.)');
  const source = parts
    .map((part) => (part === '{chapter}' || part === '{n}' ? '(\\d+)' : literal(part)))
    .join('');
  return new RegExp(/^\w/.test(label) ? `\\b${source}\\b` : source, 'g');
}

/** Lines outside fenced code blocks and outside MDX comments, with their 1-based numbers. */
function proseLines(body: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | undefined;
  let inComment = false;
  body.split('\n').forEach((raw, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (!inComment && marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (fence) return;
    // MDX comments {/* … */} say nothing to the reader: drop them, even across lines.
    let text = '';
    let rest = raw;
    while (rest) {
      if (inComment) {
        const end = rest.indexOf('*/}');
        if (end < 0) {
          rest = '';
        } else {
          rest = rest.slice(end + 3);
          inComment = false;
        }
      } else {
        const start = rest.indexOf('{/*');
        if (start < 0) {
          text += rest;
          rest = '';
        } else {
          text += rest.slice(0, start);
          rest = rest.slice(start + 3);
          inComment = true;
        }
      }
    }
    out.push({ line: i + 1, text });
  });
  return out;
}

/** Every <Figure id="…"> of a chapter body, in order: their position is their number. */
export function figureUsages(body: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  for (const { line, text } of proseLines(body)) {
    for (const m of text.matchAll(/<Figure\b[^>]*?\bid=["']([^"']*)["']/g)) out.push({ id: m[1]!, line });
  }
  return out;
}

/** Every "图 3-1" / "Figure 3.1" written in a chapter's text, outside code. */
export function figureReferences(body: string, words: FigureWords): { chapter: number; n: number; line: number; text: string }[] {
  const out: { chapter: number; n: number; line: number; text: string }[] = [];
  const pattern = referencePattern(words.label);
  for (const { line, text } of proseLines(body)) {
    const withoutCode = text.replace(/`[^`]*`/g, '');
    for (const m of withoutCode.matchAll(pattern)) out.push({ chapter: Number(m[1]), n: Number(m[2]), line, text: m[0] });
  }
  return out;
}

export interface ChapterFigures {
  file: string;
  lang: Lang;
  number: number;
  slug: string;
  body: string;
}

export interface ChapterFigureProblem {
  file: string;
  field?: string | undefined;
  message: string;
}

/**
 * The figure rules across chapters: every <Figure id> names an existing figure; both languages
 * show the same figures in the same order (so 图 3-2 and Figure 3.2 are one drawing); no figure
 * twice in a chapter; every reference in the text points at a figure that exists; and every
 * figure is referred to in its chapter's text, so a reader who meets "as Figure 3.1 shows" finds
 * it and an inserted figure that shifts the numbers is caught.
 */
export function checkChapterFigures(chapters: ChapterFigures[], knownIds: ReadonlySet<string>, words: Record<Lang, FigureWords>): ChapterFigureProblem[] {
  const problems: ChapterFigureProblem[] = [];
  const countByChapter = new Map<string, number>();
  const usagesOf = new Map<ChapterFigures, { id: string; line: number }[]>();
  for (const c of chapters) {
    const usages = figureUsages(c.body);
    usagesOf.set(c, usages);
    countByChapter.set(`${c.lang}:${c.number}`, usages.length);
    const seen = new Map<string, number>();
    for (const { id, line } of usages) {
      if (!knownIds.has(id)) problems.push({ file: c.file, field: `line ${line}`, message: `<Figure id="${id}" /> names no figure: add figures/${id}.svg or fix the id` });
      if (seen.has(id)) problems.push({ file: c.file, field: `line ${line}`, message: `figure "${id}" is already shown on line ${seen.get(id)}: show each figure once per chapter` });
      else seen.set(id, line);
    }
  }
  const bySlug = new Map<string, ChapterFigures[]>();
  for (const c of chapters) bySlug.set(c.slug, [...(bySlug.get(c.slug) ?? []), c]);
  for (const [first, ...rest] of bySlug.values()) {
    const a = usagesOf.get(first!)!.map((u) => u.id);
    for (const other of rest) {
      const b = usagesOf.get(other)!.map((u) => u.id);
      if (a.join(' ') !== b.join(' ')) {
        problems.push({ file: other.file, field: 'figures', message: `shows figures [${b.join(', ')}] but ${first!.file} shows [${a.join(', ')}]: every language needs the same figures in the same order, so their numbers match` });
      }
    }
  }
  for (const c of chapters) {
    const usages = usagesOf.get(c)!;
    const mine = words[c.lang];
    if (!mine) continue;
    const refs = figureReferences(c.body, mine);
    for (const r of refs) {
      const count = countByChapter.get(`${c.lang}:${r.chapter}`);
      if (count === undefined || r.n < 1 || r.n > count) {
        const has = count === undefined ? `there is no chapter ${r.chapter}` : `chapter ${r.chapter} has ${count} figure(s)`;
        problems.push({ file: c.file, field: `line ${r.line}`, message: `"${r.text}" refers to no figure: ${has}` });
      }
    }
    usages.forEach((u, i) => {
      const n = i + 1;
      if (!refs.some((r) => r.chapter === c.number && r.n === n)) {
        problems.push({
          file: c.file,
          field: `line ${u.line}`,
          message: `${figureLabel(mine, c.number, n)} ("${u.id}") is never referred to in the text: write "${fill(mine.reference, { figure: figureLabel(mine, c.number, n) })}" near it`,
        });
      }
    });
  }
  return problems;
}
