/**
 * The rules a figure source follows (docs/figures.md): an <svg> with a viewBox; a <title> and a
 * <desc> in each language of the course; labels that come in every language, side by side; CJK
 * text only inside labels (or marked lang="…" when every language shows it); colours only as theme
 * tokens; ids unique and references resolvable; nothing that runs code or loads files.
 * Each problem carries the line and column of the element (or text) it is about.
 */
import { attr, elements, positionOf, textOf, type Element } from './parse';

/** A language's path (zh, en): the value of data-lang in a figure source. */
export type Lang = string;

/** Colour properties a figure may set, and the only values they may take besides theme tokens. */
export const COLOUR_ATTRS: readonly string[] = ['fill', 'stroke', 'stop-color', 'flood-color', 'lighting-color', 'color'];
const COLOUR_KEYWORDS = new Set(['none', 'currentColor', 'transparent']);

/**
 * The custom properties a figure may use as colours: the site's theme tokens (src/styles/tokens.css)
 * and the few figure tokens of src/styles/figures.css. A unit test keeps this list and the
 * stylesheets in step. Any other colour would miss dark mode or print, so it fails the check.
 */
export const FIGURE_COLOUR_TOKENS = [
  '--bg',
  '--bg-soft',
  '--bg-accent',
  '--fg',
  '--fg-muted',
  '--border',
  '--accent',
  '--ok',
  '--warn',
  '--fig-line',
  '--fig-accent-soft',
  '--fig-ok-soft',
  '--fig-warn-soft',
  '--fig-bad',
  '--fig-bad-soft',
  '--fig-violet',
  '--fig-violet-soft',
] as const;

const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'foreignObject', 'image', 'iframe', 'audio', 'video', 'a']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
/** Largest source file, in bytes. */
export const MAX_FIGURE_BYTES = 30 * 1024;

export interface FigureProblem {
  /** 1-based line and column in the SVG file, when the problem has one. */
  line?: number | undefined;
  column?: number | undefined;
  message: string;
}

export function parseViewBox(value: string | undefined): { x: number; y: number; width: number; height: number } | undefined {
  if (!value) return undefined;
  const parts = value.trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [x, y, width, height] = parts as [number, number, number, number];
  if (width <= 0 || height <= 0) return undefined;
  return { x, y, width, height };
}

/** Ids an attribute value refers to: url(#id) anywhere, or a whole "#id" in href. */
function referencedIds(name: string, value: string): string[] {
  const out = [...value.matchAll(/url\(\s*#([^)\s]+)\s*\)/g)].map((m) => m[1]!);
  if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) out.push(value.slice(1));
  return out;
}

/** Every element of a tree, depth first, with its own or inherited data-lang and its parent's. */
function* walk(el: Element, parentLang: string | undefined = undefined): Generator<{ el: Element; lang: string | undefined; parentLang: string | undefined }> {
  const own = attr(el, 'data-lang') ?? parentLang;
  yield { el, lang: own, parentLang };
  for (const child of elements(el)) yield* walk(child, own);
}

/**
 * Everything wrong with a figure source. Without `langs` (a figure loaded for a page, checked
 * already) the language rules are skipped; with them, every rule is applied for those language paths.
 */
export function checkFigure(root: Element, options: { tokens?: readonly string[]; langs?: readonly Lang[] } = {}): FigureProblem[] {
  const checkLangs = options.langs !== undefined;
  const LANGS = options.langs ?? [];
  const use = LANGS.map((l) => `"${l}"`).join(' or ');
  const problems: FigureProblem[] = [];
  const add = (node: Parameters<typeof positionOf>[0], message: string) => problems.push({ ...positionOf(node), message });
  const tokens = new Set(options.tokens ?? FIGURE_COLOUR_TOKENS);

  if (root.name !== 'svg') {
    add(root, `the root element is <${root.name}>; it must be <svg>`);
    return problems;
  }
  if (!parseViewBox(attr(root, 'viewBox'))) add(root, 'the <svg> needs viewBox="0 0 width height" with a positive width and height');

  for (const kind of ['title', 'desc'] as const) {
    if (!checkLangs) break;
    const found = elements(root).filter((c) => c.name === kind);
    for (const lang of LANGS) {
      const mine = found.filter((el) => attr(el, 'data-lang') === lang);
      if (mine.length === 0) add(root, `no <${kind} data-lang="${lang}">: every figure needs a ${kind === 'title' ? 'title' : 'description'} in each language (here "${lang}") as a child of <svg>`);
      else if (mine.length > 1) add(mine[1]!, `a second <${kind} data-lang="${lang}">: give one per language`);
      for (const el of mine) if (!textOf(el).trim()) add(el, `<${kind} data-lang="${lang}"> is empty`);
    }
    for (const el of found) if (!attr(el, 'data-lang')) add(el, `<${kind}> needs data-lang=${use}`);
  }

  const ids = new Map<string, number>();
  const refs: { id: string; el: Element }[] = [];
  for (const { el, lang, parentLang } of walk(root)) {
    const own = attr(el, 'data-lang');
    if (checkLangs && own !== undefined && !LANGS.includes(own)) add(el, `data-lang="${own}" on <${el.name}>: use ${use}`);
    if (own !== undefined && parentLang !== undefined && parentLang !== own) {
      add(el, `<${el.name} data-lang="${own}"> sits inside a data-lang="${parentLang}" group, so it is never shown`);
    }
    if (FORBIDDEN_ELEMENTS.has(el.name)) add(el, `<${el.name}> is not allowed in a figure (figures are static drawings: no scripts, styles, links, images or embedded HTML)`);
    for (const [name, value] of Object.entries(el.attributes)) {
      if (value === null || value === undefined) continue;
      if (/^on/i.test(name)) add(el, `event handler ${name} is not allowed`);
      if (name === 'style') add(el, 'style="…" is not allowed: use attributes such as fill="var(--fg)" (the build turns theme colours into styles)');
      if (name === 'font-family') add(el, 'font-family is not allowed: text inherits the page font (use class="mono" for code)');
      if ((name === 'href' || name === 'xlink:href') && !value.startsWith('#')) add(el, `${name}="${value}" points outside the figure: only "#id" references are allowed`);
      if (name === 'id') {
        if (ids.has(value)) add(el, `id "${value}" is also used on line ${ids.get(value)}`);
        else ids.set(value, positionOf(el).line);
      }
      for (const id of referencedIds(name, value)) refs.push({ id, el });
      if (COLOUR_ATTRS.includes(name)) {
        const token = /^var\(\s*(--[\w-]+)\s*\)$/.exec(value)?.[1];
        if (token ? !tokens.has(token) : !COLOUR_KEYWORDS.has(value)) {
          add(el, `${name}="${value}" on <${el.name}> is not a theme colour: use var(--token) with one of ${[...tokens].join(', ')} (or none/currentColor)`);
        }
      }
    }
    // Labels come in groups: each data-lang element is followed by its twins in the other
    // languages, so a missing translation points at the exact label.
    const labels = elements(el).filter((c) => c.name !== 'title' && c.name !== 'desc');
    for (let i = 0; i < labels.length; i++) {
      const l = attr(labels[i]!, 'data-lang');
      if (l === undefined || !LANGS.includes(l)) continue;
      const group = [l];
      while (i + 1 < labels.length) {
        const next = attr(labels[i + 1]!, 'data-lang');
        if (next === undefined || !LANGS.includes(next) || group.includes(next)) break;
        group.push(next);
        i++;
      }
      for (const twin of LANGS.filter((x) => !group.includes(x))) {
        const first = labels[i - group.length + 1]!;
        const text = textOf(first).trim().replace(/\s+/g, ' ');
        add(first, `<${first.name} data-lang="${group[0]}">${text ? ` "${text.slice(0, 40)}"` : ''} has no data-lang="${twin}" twin: write the "${twin}" version right next to it`);
      }
    }
    // CJK written outside any label would show in every language of a multilingual course.
    if (LANGS.length > 1 && lang === undefined && attr(el, 'lang') === undefined && el.name !== 'title' && el.name !== 'desc') {
      for (const child of el.children) {
        if (child.type === 'text' && CJK.test(child.value)) {
          add(child, `text "${child.value.trim()}" has Chinese but no data-lang: put it in a data-lang label with its twins in the other languages (or add lang="zh-CN" if every language should show it)`);
        }
      }
    }
  }
  for (const { id, el } of refs) if (!ids.has(id)) add(el, `refers to #${id}, which no element has as its id`);
  return problems;
}
