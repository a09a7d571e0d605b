/**
 * Figure numbers and the text's references to them. A figure's number is its chapter and its
 * position among the <Figure> elements of that chapter's source (图 3-2 / Figure 3.2), so the
 * text can refer to figures in plain words and the check can hold those words to the drawings.
 */
import { fill } from '../../i18n/strings';
import { jsxIds, matchesInText, type Place } from '../mdx-scan';
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

/** Every <Figure id="…"> of a chapter body, in source order (not in code or MDX comments): their position is their number. */
export function figureUsages(body: string): ({ id: string } & Place)[] {
  return jsxIds(body, 'Figure');
}

/** Every "图 3-1" / "Figure 3.1" written in a chapter's text (not in code, JSX or comments). */
export function figureReferences(body: string, words: FigureWords): ({ chapter: number; n: number; text: string } & Place)[] {
  return matchesInText(body, referencePattern(words.label)).map(({ match, place }) => ({ chapter: Number(match[1]), n: Number(match[2]), text: match[0], ...place }));
}

export interface ChapterFigures {
  file: string;
  lang: Lang;
  number: number;
  slug: string;
  body: string;
  /** The file line the body starts on (lines are counted in the body otherwise). */
  bodyLine?: number | undefined;
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
  /** The file's line of a line of the body. */
  const at = (c: ChapterFigures, line: number) => `line ${line + (c.bodyLine ?? 1) - 1}`;
  for (const c of chapters) {
    const usages = figureUsages(c.body);
    usagesOf.set(c, usages);
    countByChapter.set(`${c.lang}:${c.number}`, usages.length);
    const seen = new Map<string, number>();
    for (const { id, line } of usages) {
      if (!knownIds.has(id)) problems.push({ file: c.file, field: at(c, line), message: `<Figure id="${id}" /> names no figure: add figures/${id}.svg or fix the id` });
      if (seen.has(id)) problems.push({ file: c.file, field: at(c, line), message: `figure "${id}" is already shown on ${at(c, seen.get(id)!)}: show each figure once per chapter` });
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
        problems.push({ file: c.file, field: at(c, r.line), message: `"${r.text}" refers to no figure: ${has}` });
      }
    }
    usages.forEach((u, i) => {
      const n = i + 1;
      if (!refs.some((r) => r.chapter === c.number && r.n === n)) {
        problems.push({
          file: c.file,
          field: at(c, u.line),
          message: `${figureLabel(mine, c.number, n)} ("${u.id}") is never referred to in the text: write "${fill(mine.reference, { figure: figureLabel(mine, c.number, n) })}" near it`,
        });
      }
    });
  }
  return problems;
}
