/**
 * Figures: one hand-written SVG per diagram in <course>/figures/<id>.svg, holding the labels of
 * both languages. This module is the pure part: a small XML reader for those files, the checks
 * that keep them bilingual, accessible and themeable, the language filter that turns a source
 * into the inline SVG of one page, and the numbering of figures in a chapter.
 *
 * Source conventions (docs/figures.md has the full guide):
 *   <svg viewBox="0 0 440 300">                       the root; no width/height needed
 *     <title data-lang="zh">…</title><title data-lang="en">…</title>   accessible name (and caption)
 *     <desc data-lang="zh">…</desc><desc data-lang="en">…</desc>       accessible description
 *     <text data-lang="zh">…</text><text data-lang="en">…</text>       a label in both languages
 *     <g data-lang="zh">…</g><g data-lang="en">…</g>                   or whole groups per language
 *     fill="var(--fg)" stroke="var(--accent)"                          colours only as theme tokens
 */

import { fill } from '../i18n/strings';

/** A language's path (zh, en): the value of data-lang in a figure source. */
export type Lang = string;

export interface XmlElement {
  type: 'element';
  name: string;
  /** Attributes in source order. */
  attrs: [string, string][];
  children: XmlNode[];
  /** 1-based line of the start tag in the source. */
  line: number;
}
export interface XmlText {
  type: 'text';
  value: string;
  line: number;
}
export type XmlNode = XmlElement | XmlText;

export class FigureSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string, line: number): string {
  return text.replace(/&([^;\s&]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new FigureSyntaxError(`"&" must start an entity such as &amp; (found "${match}")`, line);
    if (name in ENTITIES) return ENTITIES[name]!;
    const code = /^#x([0-9a-f]+)$/i.exec(name) ? parseInt(name.slice(2), 16) : /^#(\d+)$/.exec(name) ? Number(name.slice(1)) : NaN;
    if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    throw new FigureSyntaxError(`unknown entity "${match}"`, line);
  });
}

const NAME = /[A-Za-z_][\w.:-]*/y;

/**
 * Reads an SVG file into a tree. It accepts the XML that hand-written figures need (declaration,
 * comments, elements, quoted attributes, text, the five named entities and numeric ones) and
 * rejects the rest (DOCTYPE, CDATA, processing instructions elsewhere) with a line number.
 * Comments are dropped.
 */
export function parseSvg(source: string): XmlElement {
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineAt = (() => {
    const starts = [0];
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
    return (at: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    };
  })();
  const fail = (message: string, at = pos): never => {
    throw new FigureSyntaxError(message, lineAt(at));
  };
  const skipMisc = () => {
    for (;;) {
      while (pos < source.length && /\s/.test(source[pos]!)) pos++;
      if (source.startsWith('<!--', pos)) {
        const end = source.indexOf('-->', pos + 4);
        if (end < 0) fail('a comment is never closed with -->');
        pos = end + 3;
      } else return;
    }
  };

  skipMisc();
  if (source.startsWith('<?xml', pos)) {
    const end = source.indexOf('?>', pos);
    if (end < 0) fail('the XML declaration is never closed with ?>');
    pos = end + 2;
  }
  skipMisc();
  if (source.startsWith('<!DOCTYPE', pos)) fail('remove the <!DOCTYPE …>: figures need none');
  if (source[pos] !== '<') fail('expected the <svg> element');

  const readName = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(source);
    if (!m) return fail('expected a name');
    pos += m[0].length;
    return m[0];
  };

  const readElement = (): XmlElement => {
    const start = pos;
    pos++; // <
    const name = readName();
    const el: XmlElement = { type: 'element', name, attrs: [], children: [], line: lineAt(start) };
    for (;;) {
      const before = pos;
      while (pos < source.length && /\s/.test(source[pos]!)) pos++;
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return el;
      }
      if (source[pos] === '>') {
        pos++;
        break;
      }
      if (pos >= source.length) fail(`<${name}> is never closed`, start);
      if (pos === before) fail(`expected a space before the next attribute of <${name}>`);
      const attrLine = lineAt(pos);
      const attr = readName();
      while (/\s/.test(source[pos] ?? '')) pos++;
      if (source[pos] !== '=') fail(`attribute ${attr} of <${name}> needs a value: ${attr}="…"`);
      pos++;
      while (/\s/.test(source[pos] ?? '')) pos++;
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`the value of ${attr} must be quoted`);
      const end = source.indexOf(quote!, pos + 1);
      if (end < 0) fail(`the value of ${attr} is never closed`);
      const raw = source.slice(pos + 1, end);
      if (raw.includes('<')) fail(`the value of ${attr} contains "<": write &lt;`);
      if (el.attrs.some(([k]) => k === attr)) fail(`<${name}> has ${attr} twice`);
      el.attrs.push([attr, decodeEntities(raw, attrLine)]);
      pos = end + 1;
    }
    // Content up to the matching end tag.
    for (;;) {
      if (pos >= source.length) fail(`<${name}> is never closed with </${name}>`, start);
      if (source.startsWith('<!--', pos)) {
        const end = source.indexOf('-->', pos + 4);
        if (end < 0) fail('a comment is never closed with -->');
        pos = end + 3;
      } else if (source.startsWith('<![CDATA[', pos)) {
        fail('CDATA sections are not supported: escape the text with &lt; and &amp;');
      } else if (source.startsWith('<?', pos) || source.startsWith('<!', pos)) {
        fail('only elements, text and comments may appear inside the SVG');
      } else if (source.startsWith('</', pos)) {
        pos += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}> (line ${el.line})`);
        while (/\s/.test(source[pos] ?? '')) pos++;
        if (source[pos] !== '>') fail(`expected ">" after </${closing}`);
        pos++;
        return el;
      } else if (source[pos] === '<') {
        el.children.push(readElement());
      } else {
        const next = source.indexOf('<', pos);
        const end = next < 0 ? source.length : next;
        const raw = source.slice(pos, end);
        if (raw.includes('>') && /]]>/.test(raw)) fail('"]]>" is not allowed in text');
        el.children.push({ type: 'text', value: decodeEntities(raw, lineAt(pos)), line: lineAt(pos) });
        pos = end;
      }
    }
  };

  const root = readElement();
  skipMisc();
  if (pos < source.length) fail('nothing may follow the closing </svg>');
  return root;
}

export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find(([k]) => k === name)?.[1];
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function serialize(node: XmlNode): string {
  if (node.type === 'text') return escapeText(node.value);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (node.children.length === 0) return `<${node.name}${attrs}/>`;
  return `<${node.name}${attrs}>${node.children.map(serialize).join('')}</${node.name}>`;
}

/** Every element of a tree, depth first, with its ancestors' data-lang (if any). */
function* walk(el: XmlElement, parentLang: string | undefined = undefined): Generator<{ el: XmlElement; lang: string | undefined; parentLang: string | undefined }> {
  const own = attr(el, 'data-lang') ?? parentLang;
  yield { el, lang: own, parentLang };
  for (const child of el.children) if (child.type === 'element') yield* walk(child, own);
}

function textOf(el: XmlElement): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : textOf(c))).join('');
}

/** Colour properties a figure may set, and the only values they may take besides theme tokens. */
const COLOUR_ATTRS = ['fill', 'stroke', 'stop-color', 'flood-color', 'lighting-color', 'color'] as const;
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
  /** 1-based line in the SVG file, when the problem has one. */
  line?: number | undefined;
  message: string;
}

function parseViewBox(value: string | undefined): { x: number; y: number; width: number; height: number } | undefined {
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

/**
 * Everything wrong with a figure source, each with its line: structure (an <svg> with a viewBox),
 * a <title> and a <desc> in each language of the course (`langs`, their paths), labels that come
 * in every language, CJK text only inside labels (or marked with lang="…" when it is meant for
 * every language) when the course has more than one language, colours only as
 * theme tokens, ids unique and references resolvable, nothing that runs code or loads files.
 */
export function checkFigure(root: XmlElement, options: { tokens?: readonly string[]; langs?: readonly Lang[] } = {}): FigureProblem[] {
  // Without `langs` (a figure loaded for a page, checked already), the language rules are skipped.
  const checkLangs = options.langs !== undefined;
  const LANGS = options.langs ?? [];
  const use = LANGS.map((l) => `"${l}"`).join(' or ');
  const problems: FigureProblem[] = [];
  const add = (line: number | undefined, message: string) => problems.push({ line, message });
  const tokens = new Set(options.tokens ?? FIGURE_COLOUR_TOKENS);

  if (root.name !== 'svg') {
    add(root.line, `the root element is <${root.name}>; it must be <svg>`);
    return problems;
  }
  if (!parseViewBox(attr(root, 'viewBox'))) add(root.line, 'the <svg> needs viewBox="0 0 width height" with a positive width and height');

  for (const kind of ['title', 'desc'] as const) {
    const found = root.children.filter((c): c is XmlElement => c.type === 'element' && c.name === kind);
    for (const lang of LANGS) {
      if (!checkLangs) break;
      const mine = found.filter((el) => attr(el, 'data-lang') === lang);
      if (mine.length === 0) add(root.line, `no <${kind} data-lang="${lang}">: every figure needs a ${kind === 'title' ? 'title' : 'description'} in each language (here "${lang}") as a child of <svg>`);
      else if (mine.length > 1) add(mine[1]!.line, `a second <${kind} data-lang="${lang}">: give one per language`);
      for (const el of mine) if (!textOf(el).trim()) add(el.line, `<${kind} data-lang="${lang}"> is empty`);
    }
    for (const el of found) if (checkLangs && !attr(el, 'data-lang')) add(el.line, `<${kind}> needs data-lang=${use}`);
  }

  const ids = new Map<string, number>();
  const refs: { id: string; line: number }[] = [];
  for (const { el, lang, parentLang } of walk(root)) {
    const own = attr(el, 'data-lang');
    if (checkLangs && own !== undefined && !LANGS.includes(own)) add(el.line, `data-lang="${own}" on <${el.name}>: use ${use}`);
    if (own !== undefined && parentLang !== undefined && parentLang !== own) {
      add(el.line, `<${el.name} data-lang="${own}"> sits inside a data-lang="${parentLang}" group, so it is never shown`);
    }
    if (FORBIDDEN_ELEMENTS.has(el.name)) add(el.line, `<${el.name}> is not allowed in a figure (figures are static drawings: no scripts, styles, links, images or embedded HTML)`);
    for (const [name, value] of el.attrs) {
      if (/^on/i.test(name)) add(el.line, `event handler ${name} is not allowed`);
      if (name === 'style') add(el.line, 'style="…" is not allowed: use attributes such as fill="var(--fg)" (the build turns theme colours into styles)');
      if (name === 'font-family') add(el.line, 'font-family is not allowed: text inherits the page font (use class="mono" for code)');
      if ((name === 'href' || name === 'xlink:href') && !value.startsWith('#')) add(el.line, `${name}="${value}" points outside the figure: only "#id" references are allowed`);
      if (name === 'id') {
        if (ids.has(value)) add(el.line, `id "${value}" is also used on line ${ids.get(value)}`);
        else ids.set(value, el.line);
      }
      for (const id of referencedIds(name, value)) refs.push({ id, line: el.line });
      if ((COLOUR_ATTRS as readonly string[]).includes(name)) {
        const token = /^var\(\s*(--[\w-]+)\s*\)$/.exec(value)?.[1];
        if (token ? !tokens.has(token) : !COLOUR_KEYWORDS.has(value)) {
          add(el.line, `${name}="${value}" on <${el.name}> is not a theme colour: use var(--token) with one of ${[...tokens].join(', ')} (or none/currentColor)`);
        }
      }
    }
    // Labels come in groups: each data-lang element is followed by its twins in the other
    // languages, so a missing translation points at the exact label.
    const labels = el.children.filter((c): c is XmlElement => c.type === 'element' && c.name !== 'title' && c.name !== 'desc');
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
        add(first.line, `<${first.name} data-lang="${group[0]}">${text ? ` "${text.slice(0, 40)}"` : ''} has no data-lang="${twin}" twin: write the "${twin}" version right next to it`);
      }
    }
    // CJK written outside any label would show in every language of a multilingual course.
    if (LANGS.length > 1 && lang === undefined && attr(el, 'lang') === undefined) {
      for (const child of el.children) {
        if (child.type === 'text' && CJK.test(child.value) && !['title', 'desc'].includes(el.name)) {
          add(child.line, `text "${child.value.trim()}" has Chinese but no data-lang: put it in a data-lang label with its twins in the other languages (or add lang="zh-CN" if every language should show it)`);
        }
      }
    }
  }
  for (const { id, line } of refs) if (!ids.has(id)) add(line, `refers to #${id}, which no element has as its id`);
  return problems;
}

export interface LocalizedFigure {
  /** The inline <svg> for one language, ready to be placed in the page. */
  svg: string;
  title: string;
  desc: string;
  /** viewBox size, for the figure's natural width. */
  width: number;
  height: number;
}

function clone(el: XmlElement): XmlElement {
  return { ...el, attrs: el.attrs.map(([k, v]) => [k, v]), children: el.children.map((c) => (c.type === 'text' ? { ...c } : clone(c))) };
}

/** Elements whose whitespace-only text is layout noise, not content. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);

/**
 * The figure as one page shows it: only `lang`'s labels (data-lang removed), one <title> and one
 * <desc> with ids the <svg> points to (role="img", aria-labelledby, aria-describedby), theme
 * colours moved from attributes into style (CSS custom properties do not work in presentation
 * attributes everywhere), every id prefixed with `idPrefix` so two figures on a page never clash.
 * Assumes checkFigure found no problems.
 */
export function localizeFigure(source: XmlElement, lang: Lang, idPrefix: string): LocalizedFigure {
  const root = clone(source);
  const prefixed = (id: string) => `${idPrefix}-${id}`;
  let title = '';
  let desc = '';

  const visit = (el: XmlElement): XmlElement | undefined => {
    const l = attr(el, 'data-lang');
    if (l !== undefined && l !== lang) return undefined;
    const attrs: [string, string][] = [];
    const style: string[] = [];
    for (const [name, value] of el.attrs) {
      if (name === 'data-lang') continue;
      if ((COLOUR_ATTRS as readonly string[]).includes(name) && value.startsWith('var(')) {
        style.push(`${name}:${value}`);
        continue;
      }
      if (name === 'id') {
        attrs.push([name, prefixed(value)]);
        continue;
      }
      let v = value.replace(/url\(\s*#([^)\s]+)\s*\)/g, (_, id: string) => `url(#${prefixed(id)})`);
      if ((name === 'href' || name === 'xlink:href') && v.startsWith('#')) v = `#${prefixed(v.slice(1))}`;
      attrs.push([name, v]);
    }
    if (style.length) attrs.push(['style', style.join(';')]);
    const children: XmlNode[] = [];
    for (const child of el.children) {
      if (child.type === 'text') {
        if (TEXT_ELEMENTS.has(el.name) || child.value.trim()) children.push(child);
      } else {
        const kept = visit(child);
        if (kept) children.push(kept);
      }
    }
    return { ...el, attrs, children };
  };
  const out = visit(root)!;

  // One title and one desc, first, with ids; the root names and describes itself by them.
  const rest = out.children.filter((c) => !(c.type === 'element' && (c.name === 'title' || c.name === 'desc')));
  const titleEl = out.children.find((c): c is XmlElement => c.type === 'element' && c.name === 'title');
  const descEl = out.children.find((c): c is XmlElement => c.type === 'element' && c.name === 'desc');
  const head: XmlElement[] = [];
  if (titleEl) {
    title = textOf(titleEl).trim().replace(/\s+/g, ' ');
    head.push({ ...titleEl, attrs: [['id', prefixed('title')]], children: [{ type: 'text', value: title, line: titleEl.line }] });
  }
  if (descEl) {
    desc = textOf(descEl).trim().replace(/\s+/g, ' ');
    head.push({ ...descEl, attrs: [['id', prefixed('desc')]], children: [{ type: 'text', value: desc, line: descEl.line }] });
  }
  out.children = [...head, ...rest];

  const box = parseViewBox(attr(out, 'viewBox')) ?? { x: 0, y: 0, width: 0, height: 0 };
  const keep = out.attrs.filter(([k]) => !['width', 'height', 'role', 'aria-labelledby', 'aria-describedby', 'aria-label', 'class', 'xmlns:xlink', 'version'].includes(k));
  out.attrs = [
    ...keep,
    ['class', 'figure__svg'],
    ['role', 'img'],
    ...(titleEl ? ([['aria-labelledby', prefixed('title')]] as [string, string][]) : []),
    ...(descEl ? ([['aria-describedby', prefixed('desc')]] as [string, string][]) : []),
  ];
  return { svg: serialize(out), title, desc, width: box.width, height: box.height };
}

/* ---------- Numbering and references in chapters ---------- */

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
