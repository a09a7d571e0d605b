/**
 * The graded self-check questions of a chapter, read from its MDX tree so they can be checked
 * before Astro renders anything (with file and line), counted for the home page's scores, and
 * compared across languages. The syntax (docs/authoring.md):
 *
 *   <Choice q="…" multiple>                       multiple: several options are correct
 *   <Option correct why="…">text</Option>         every option says why it is right or wrong
 *   </Choice>
 *   <Numeric q="…" answer="10.8" tolerance="0.1" unit="" why="…" />
 *   <Order q="…" why="…">
 *   <Step>first</Step> …                          written in the correct order, at least 3
 *   </Order>
 */
import type { Problem } from './content-checks';
import { innerSource, parseMdx, placeOf, type JsxElement } from './mdx-scan';

export type QuestionKind = 'choice' | 'numeric' | 'order';

export interface GradedQuestion {
  kind: QuestionKind;
  /** 1-based line of the opening tag in the body. */
  line: number;
  attrs: Record<string, string | true>;
  /** Choice: its options; Order: its steps (attrs and inner text). */
  items: { attrs: Record<string, string | true>; text: string; line: number }[];
}

const QUESTION_KINDS: Record<string, QuestionKind> = { Choice: 'choice', Numeric: 'numeric', Order: 'order' };

/** The attributes of a JSX element: name="text", bare name = true, name={expression} as written (outer quotes dropped). */
function attributesOf(el: JsxElement): Record<string, string | true> {
  const attrs: Record<string, string | true> = {};
  for (const a of el.attributes) {
    if (a.type !== 'mdxJsxAttribute') continue;
    if (a.value === null || a.value === undefined) attrs[a.name] = true;
    else attrs[a.name] = typeof a.value === 'string' ? a.value : a.value.value.trim().replace(/^["'`]|["'`]$/g, '');
  }
  return attrs;
}

const isJsx = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Every graded question of a chapter body, in order, with the problems of its syntax (line numbers
 * 1-based in the body). Read from the body's MDX tree (mdx-scan.ts), so props may span lines and
 * code blocks do not count; a body MDX cannot read has no questions here (the content check
 * reports it as invalid MDX).
 */
export function readQuestions(body: string): { questions: GradedQuestion[]; problems: { line: number; message: string }[] } {
  const questions: GradedQuestion[] = [];
  const problems: { line: number; message: string }[] = [];
  const walk = (node: { children?: unknown[] }, inSelfCheck: boolean, open: GradedQuestion | undefined): void => {
    for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) {
      if (!isJsx(child)) {
        walk(child, inSelfCheck, open);
        continue;
      }
      const name = child.name ?? '';
      const { line } = placeOf(child);
      const kind = QUESTION_KINDS[name];
      if (name === 'SelfCheck') {
        walk(child, true, open);
      } else if (name === 'Option' || name === 'Step') {
        const parent = name === 'Option' ? 'choice' : 'order';
        const selfClosing = body.slice(0, child.position!.end.offset!).endsWith('/>');
        if (open?.kind !== parent) problems.push({ line, message: `<${name}> belongs inside <${name === 'Option' ? 'Choice' : 'Order'}>` });
        if (selfClosing) problems.push({ line, message: `<${name} /> needs its text: <${name}>…</${name}>` });
        else if (open?.kind === parent) open.items.push({ attrs: attributesOf(child), text: innerSource(body, child), line });
        walk(child, inSelfCheck, open);
      } else if (kind) {
        if (open) problems.push({ line, message: `<${name}> starts inside another question (line ${open.line}): close that one first` });
        if (!inSelfCheck) problems.push({ line, message: `<${name}> must be inside <SelfCheck>` });
        const question: GradedQuestion = { kind, line, attrs: attributesOf(child), items: [] };
        questions.push(question);
        walk(child, inSelfCheck, kind === 'numeric' ? undefined : question);
      } else {
        walk(child, inSelfCheck, open);
      }
    }
  };
  walk(parseMdx(body).tree, false, undefined);
  for (const q of questions) problems.push(...questionProblems(q));
  problems.sort((a, b) => a.line - b.line);
  return { questions, problems };
}

const isNumber = (value: string | true | undefined): value is string => typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
const hasText = (value: string | true | undefined) => typeof value === 'string' && value.trim() !== '';

function questionProblems(q: GradedQuestion): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const tag = q.kind === 'choice' ? 'Choice' : q.kind === 'numeric' ? 'Numeric' : 'Order';
  const say = (message: string, line = q.line) => out.push({ line, message: `<${tag}> ${message}` });
  if (!hasText(q.attrs['q'])) say('needs its question: q="…"');
  if (q.kind === 'choice') {
    if (q.items.length < 2) say(`has ${q.items.length} option(s): give at least 2 <Option>s`);
    const correct = q.items.filter((o) => o.attrs['correct'] === true || o.attrs['correct'] === 'true').length;
    if (correct === 0) say('has no correct option: mark one <Option correct …>');
    else if (correct > 1 && q.attrs['multiple'] === undefined) say(`has ${correct} correct options: add "multiple" to the <Choice> or mark only one correct`);
    q.items.forEach((o, i) => {
      if (!hasText(o.attrs['why'])) out.push({ line: o.line, message: `<Option> ${i + 1} needs why="…": say why it is right or wrong` });
      if (!o.text) out.push({ line: o.line, message: `<Option> ${i + 1} has no text` });
    });
  } else if (q.kind === 'numeric') {
    if (!isNumber(q.attrs['answer'])) say(`answer="${String(q.attrs['answer'] ?? '')}" is not a number: write answer="10.8"`);
    if (q.attrs['tolerance'] !== undefined && !(isNumber(q.attrs['tolerance']) && Number(q.attrs['tolerance']) >= 0)) {
      say(`tolerance="${String(q.attrs['tolerance'])}" is not a number ≥ 0: write tolerance="0.1" (or leave it out for an exact answer)`);
    }
    if (!hasText(q.attrs['why'])) say('needs why="…": the explanation shown after answering');
  } else {
    if (q.items.length < 3) say(`has ${q.items.length} step(s): give at least 3 <Step>s, in the correct order`);
    const texts = q.items.map((s) => s.text);
    if (new Set(texts).size !== texts.length) say('has two steps with the same text: the order would be ambiguous');
    if (!hasText(q.attrs['why'])) say('needs why="…": the explanation shown after answering');
  }
  return out;
}

/** What must agree between the languages of a chapter: "choice(4: 2)" = a Choice of 4 options, the 2nd correct. */
export function questionShape(q: GradedQuestion): string {
  if (q.kind === 'choice') {
    const correct = q.items.flatMap((o, i) => (o.attrs['correct'] !== undefined && o.attrs['correct'] !== 'false' ? [i + 1] : []));
    return `choice(${q.items.length} options, correct ${correct.join('+') || 'none'})`;
  }
  if (q.kind === 'numeric') return `numeric(answer ${String(q.attrs['answer'])})`;
  return `order(${q.items.length} steps)`;
}

/** How many graded questions a chapter body has (the home page's score is out of this). */
export function countQuestions(body: string): number {
  return readQuestions(body).questions.length;
}

interface ChapterSource {
  file: string;
  lang: string;
  slug: string;
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine?: number | undefined;
}

/**
 * The content check of graded questions: each chapter's syntax (file and line), and parity:
 * every language of a chapter has the same graded questions, in the same order, of the same kind
 * and shape (number of options and which are correct, the numeric answer, the number of steps).
 */
export function checkQuestions(chapters: readonly ChapterSource[]): Problem[] {
  const problems: Problem[] = [];
  const shapes = new Map<string, Map<string, { file: string; shapes: string[] }>>();
  for (const c of chapters) {
    const offset = (c.bodyLine ?? 1) - 1;
    // A body MDX cannot read is reported once, as such (content-checks.ts), not as questions missing.
    if (parseMdx(c.body).error) continue;
    const { questions, problems: found } = readQuestions(c.body);
    for (const p of found) problems.push({ level: 'error', file: c.file, field: `line ${p.line + offset}`, message: p.message });
    const bySlug = shapes.get(c.slug) ?? new Map();
    bySlug.set(c.lang, { file: c.file, shapes: questions.map(questionShape) });
    shapes.set(c.slug, bySlug);
  }
  for (const byLang of shapes.values()) {
    const present = [...byLang.keys()];
    const first = present[0] ? byLang.get(present[0])! : undefined;
    for (const lang of present.slice(1)) {
      const mine = byLang.get(lang)!;
      if (!first || mine.shapes.join(' ') === first.shapes.join(' ')) continue;
      const at = mine.shapes.findIndex((s, i) => s !== first.shapes[i]);
      const where = at < 0 ? first.shapes.length - 1 : at;
      problems.push({
        level: 'error',
        file: mine.file,
        field: 'graded questions',
        message:
          mine.shapes.length !== first.shapes.length
            ? `has ${mine.shapes.length} graded question(s) but ${first.file} has ${first.shapes.length}: both languages need the same questions in the same order`
            : `question ${where + 1} is ${mine.shapes[where]} but in ${first.file} it is ${first.shapes[where]}: both languages need the same questions in the same order`,
      });
    }
  }
  return problems;
}
