/**
 * The figures of a course folder on disk: <course>/figures/<id>.svg. The build-time content check
 * (integrations/content-check.ts) reports every problem with its file; the Figure component loads
 * one figure for one language. The rules themselves live beside it: parse.ts, lint.ts, localise.ts, number.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseChapterFileName } from '../paths';
import { checkFigure, MAX_FIGURE_BYTES, type Lang } from './lint';
import { localizeFigure, type LocalizedFigure } from './localise';
import { checkChapterFigures, figureUsages, type FigureWords } from './number';
import { FigureSyntaxError, parseSvg, type Element } from './parse';

/** The same shape as content-checks.ts's Problem, so both lists print together. */
export interface FigureFileProblem {
  level: 'error' | 'warning';
  file: string;
  field?: string | undefined;
  message: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function figurePath(dir: string, id: string): string {
  return path.join(dir, 'figures', `${id}.svg`);
}

/** The ids of the figure files in a course folder (none when there is no figures/ folder). */
export function figureIds(dir: string): string[] {
  const folder = path.join(dir, 'figures');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.svg'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Parses and checks one figure file; problems carry the file relative to the course folder. */
function readFigure(dir: string, id: string, langs?: readonly string[]): { root: Element | undefined; problems: FigureFileProblem[]; bytes: number } {
  const file = path.relative(dir, figurePath(dir, id));
  const problems: FigureFileProblem[] = [];
  const source = fs.readFileSync(figurePath(dir, id), 'utf8');
  const bytes = Buffer.byteLength(source);
  if (!ID.test(id)) problems.push({ level: 'error', file, message: 'has a file name that is not a figure id: use lower-case letters, digits and hyphens' });
  if (bytes > MAX_FIGURE_BYTES) problems.push({ level: 'error', file, message: `is ${(bytes / 1024).toFixed(1)} KB; a figure may be at most ${MAX_FIGURE_BYTES / 1024} KB` });
  let root: Element | undefined;
  try {
    root = parseSvg(source);
  } catch (error) {
    if (!(error instanceof FigureSyntaxError)) throw error;
    problems.push({ level: 'error', file, field: `line ${error.line}, column ${error.column}`, message: `is not valid SVG: ${error.reason}` });
    return { root: undefined, problems, bytes };
  }
  for (const p of checkFigure(root, langs ? { langs } : {})) problems.push({ level: 'error', file, field: p.line ? `line ${p.line}` : undefined, message: p.message });
  return { root, problems, bytes };
}

/**
 * Every figure problem of a course: each figures/*.svg on its own, then the chapters' use of them
 * (unknown ids, the two languages out of step, numbers in the text that point nowhere, figures
 * never referred to). A figure no chapter shows is a warning.
 */
export function checkCourseFigures(
  dir: string,
  chapters: { file: string; lang: string; fileName: string; body: string; bodyLine?: number | undefined }[],
  words: Record<string, FigureWords>,
): FigureFileProblem[] {
  const langs = Object.keys(words);
  const problems: FigureFileProblem[] = [];
  const folder = path.join(dir, 'figures');
  if (fs.existsSync(folder)) {
    for (const f of fs.readdirSync(folder).sort()) {
      if (!f.endsWith('.svg')) problems.push({ level: 'error', file: path.join('figures', f), message: 'is not an .svg file: the figures folder holds one <id>.svg per figure' });
    }
  }
  const ids = figureIds(dir);
  for (const id of ids) problems.push(...readFigure(dir, id, langs).problems);

  const valid = chapters.flatMap((c) => {
    const name = parseChapterFileName(c.fileName);
    if (!name || !langs.includes(c.lang)) return []; // the content check reports these
    return [{ file: c.file, lang: c.lang as Lang, number: name.number, slug: name.slug, body: c.body, bodyLine: c.bodyLine }];
  });
  for (const p of checkChapterFigures(valid, new Set(ids), words)) problems.push({ level: 'error', ...p });
  const used = new Set(valid.flatMap((c) => figureUsages(c.body).map((u) => u.id)));
  for (const id of ids) {
    if (valid.length && !used.has(id)) problems.push({ level: 'warning', file: path.join('figures', `${id}.svg`), message: 'is shown in no chapter (use it with <Figure id="…" />)' });
  }
  return problems;
}

const cache = new Map<string, { mtime: number; root: Element }>();

/**
 * One figure for one page language, its ids prefixed with `idPrefix`. Throws an error naming the file if it is missing or broken
 * (the content check has normally reported that before the build starts).
 */
export function loadFigure(dir: string, id: string, lang: Lang, idPrefix = `fig-${id}`, langs?: readonly Lang[]): LocalizedFigure {
  const file = figurePath(dir, id);
  if (!fs.existsSync(file)) throw new Error(`<Figure id="${id}" />: no figure file ${file}`);
  const mtime = fs.statSync(file).mtimeMs;
  let root = cache.get(file)?.mtime === mtime ? cache.get(file)!.root : undefined;
  if (!root) {
    const { root: parsed, problems } = readFigure(dir, id, langs);
    const errors = problems.filter((p) => p.level === 'error');
    if (!parsed || errors.length) {
      throw new Error(`${file} has problems:\n${errors.map((p) => `  ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n')}`);
    }
    root = parsed;
    cache.set(file, { mtime, root });
  }
  return localizeFigure(root, lang, idPrefix);
}
