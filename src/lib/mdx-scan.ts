/**
 * The authoring conventions of a chapter body, read from its MDX syntax tree so the checks can run
 * before Astro renders anything. The tree comes from the same micromark/mdast packages Astro's MDX
 * uses (MDX and math syntax), so a prop on its own line, a tag inside a code block or an MDX
 * comment are what MDX says they are. Every finding carries its line and column in the body.
 *   ## Title [#section-id]     a section heading with its id, the same in every language
 *   [12:21] or [1:23:17]       a moment in the video, rendered as a link to it (remark-course.ts)
 *   <Term id="token" />        a glossary term; other components likewise (<Figure>, <Sampling>…)
 * Each body is parsed once per process (parseMdx keeps the trees), and every check shares the tree.
 * GFM is left out: tables, footnotes and autolinks change none of these findings, and it would
 * double the parse time of `npm run check:content`.
 */
import type { Heading, Nodes, Root, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mathFromMarkdown } from 'mdast-util-math';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { math } from 'micromark-extension-math';
import { mdxjs } from 'micromark-extension-mdxjs';

/** A trailing "[#id]" on a heading. */
export const HEADING_ID = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;
/** Something in square brackets that looks like a time: digits and colons. */
export const TIMESTAMP_IN_TEXT = /\[(\d[\d:]*:\d[\d]*)\]/g;

/** 1-based line and column in the body. */
export interface Place {
  line: number;
  column: number;
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export interface MdxDoc {
  tree: Root;
  /** Why the body is not valid MDX, and where; the tree then holds the Markdown alone (no JSX). */
  error?: Place & { message: string };
}

const trees = new Map<string, MdxDoc>();

/** The body's MDX tree (parsed once per distinct body). A body MDX cannot read gives its Markdown tree and the error. */
export function parseMdx(body: string): MdxDoc {
  let doc = trees.get(body);
  if (!doc) {
    try {
      doc = { tree: fromMarkdown(body, { extensions: [mdxjs(), math()], mdastExtensions: [mdxFromMarkdown(), mathFromMarkdown()] }) };
    } catch (error) {
      // A VFileMessage with line and column, or (an unclosed tag) a message ending in "(5:1-5:24)".
      const e = error as { line?: number; column?: number; reason?: string; message: string };
      const reason = e.reason ?? e.message;
      const at = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
      const place = e.line ? { line: e.line, column: e.column ?? 1 } : at ? { line: Number(at[1]), column: Number(at[2]) } : { line: 1, column: 1 };
      // Headings, code and text still count, so the other checks do not pile up noise; JSX is then not read.
      doc = { tree: fromMarkdown(body, { extensions: [math()], mdastExtensions: [mathFromMarkdown()] }), error: { ...place, message: e.line || !at ? reason : reason.slice(0, at.index) } };
    }
    if (trees.size > 1000) trees.clear(); // a dev server sees many versions of a file: keep the cache bounded
    trees.set(body, doc);
  }
  return doc;
}

export function placeOf(node: { position?: { start: { line: number; column: number } } | undefined }): Place {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Every node of the tree, depth first, in source order. */
function* nodes(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* nodes(child as Nodes);
}

/** The JSX elements of a body named `name` (any name when none is given), in source order. */
export function jsxElements(body: string, name?: string): JsxElement[] {
  const out: JsxElement[] = [];
  for (const node of nodes(parseMdx(body).tree)) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name)) out.push(node);
  }
  return out;
}

/**
 * A JSX attribute as written: its string value (undefined for a bare `multiple`), or the source of
 * an expression value `{…}` (`expression`), with the attribute's place.
 */
export function jsxAttribute(el: JsxElement, name: string): { value?: string | undefined; expression?: string; place: Place } | undefined {
  for (const a of el.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    const place = placeOf(a.position ? a : el);
    if (a.value === null || a.value === undefined) return { value: undefined, place };
    if (typeof a.value === 'string') return { value: a.value, place };
    return { expression: a.value.value, place };
  }
  return undefined;
}

/** The source of an element's children, as written (trimmed): "B with <Term id="x" />" for <Option>B with <Term id="x" /></Option>. */
export function innerSource(body: string, el: JsxElement): string {
  const first = el.children[0]?.position?.start.offset;
  const last = el.children.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? '' : body.slice(first, last).trim();
}

/** Text the reader sees (not code, math, JSX or MDX comments), as written in the body, with where each piece starts. */
function textPieces(body: string): { raw: string; start: number }[] {
  const out: { raw: string; start: number }[] = [];
  for (const node of nodes(parseMdx(body).tree)) {
    if (node.type !== 'text') continue;
    const { start, end } = (node as Text).position!;
    out.push({ raw: body.slice(start.offset!, end.offset!), start: start.offset! });
  }
  return out;
}

/** The place of an offset in the body. */
export function placeAt(body: string, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = body.indexOf('\n'); i >= 0 && i < offset; i = body.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Every match of `pattern` (a global RegExp) in the reader-facing text of a body, with its place. */
export function matchesInText(body: string, pattern: RegExp): { match: RegExpMatchArray; place: Place }[] {
  const out: { match: RegExpMatchArray; place: Place }[] = [];
  for (const { raw, start } of textPieces(body)) {
    for (const match of raw.matchAll(pattern)) out.push({ match, place: placeAt(body, start + match.index!) });
  }
  return out;
}

/** The body with its fenced code blocks (fences included) blanked out: lines and columns stay. */
export function blankFences(body: string): string {
  const ranges: [number, number][] = [];
  for (const node of nodes(parseMdx(body).tree)) {
    if (node.type === 'code') ranges.push([node.position!.start.offset!, node.position!.end.offset!]);
  }
  let out = '';
  let last = 0;
  for (const [a, b] of ranges) {
    out += body.slice(last, a) + body.slice(a, b).replace(/[^\n]/g, ' ');
    last = b;
  }
  return out + body.slice(last);
}

/** Ids of the level-2 headings, in order; `onMissing` hears of a heading without one. */
export function sectionIds(body: string, onMissing?: (place: Place, heading: string) => void): string[] {
  const ids: string[] = [];
  for (const node of nodes(parseMdx(body).tree)) {
    if (node.type !== 'heading' || (node as Heading).depth !== 2) continue;
    const last = (node as Heading).children.at(-1);
    const id = last?.type === 'text' ? HEADING_ID.exec(last.value)?.[1] : undefined;
    if (id) ids.push(id);
    else onMissing?.(placeOf(node), body.slice(node.position!.start.offset!, node.position!.end.offset!).replace(/^#+\s*/, '').trim());
  }
  return ids;
}

/** The id="…" of every <`name`> (a component such as Term or Figure), in source order, with the id's place. */
export function jsxIds(body: string, name: string): ({ id: string } & Place)[] {
  return jsxElements(body, name).flatMap((el) => {
    const id = jsxAttribute(el, 'id');
    return id?.value !== undefined ? [{ id: id.value, ...id.place }] : [];
  });
}

/** Every <Term id="…"> with its place (the id's). */
export function termIdsInBody(body: string): ({ id: string } & Place)[] {
  return jsxIds(body, 'Term');
}

/** Every preset="…" and compare="…" of a widget (<Sampling …>), with its place. */
export function presetUsesInBody(body: string, widget: string): ({ attribute: 'preset' | 'compare'; name: string } & Place)[] {
  return jsxElements(body, widget).flatMap((el) =>
    (['preset', 'compare'] as const).flatMap((attribute) => {
      const a = jsxAttribute(el, attribute);
      return a?.value !== undefined ? [{ attribute, name: a.value, ...a.place }] : [];
    }),
  );
}

/** Every [..:..] written in the text (not in code), with its place. */
export function timestampsInBody(body: string): ({ text: string } & Place)[] {
  return matchesInText(body, TIMESTAMP_IN_TEXT).map(({ match, place }) => ({ text: match[1]!, ...place }));
}
