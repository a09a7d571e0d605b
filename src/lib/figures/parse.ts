/**
 * Reading a figure source: the SVG file as a xast tree (xast-util-from-xml, a maintained XML
 * parser that reports positions), and the few tree helpers the other figure modules share.
 * A figure is a plain drawing, so the reader also refuses what hand-written figures never need
 * (DOCTYPE, CDATA, processing instructions) and drops comments.
 */
import type { Element, ElementContent, Nodes, Text } from 'xast';
import { fromXml } from 'xast-util-from-xml';

export type { Element, Text };

export class FigureSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  /** The message without its position. */
  readonly reason: string;
  constructor(message: string, line: number, column: number) {
    super(`line ${line}, column ${column}: ${message}`);
    this.reason = message;
    this.line = line;
    this.column = column;
  }
}

/** 1-based line and column where a node starts (parsed nodes always have them). */
export function positionOf(node: Nodes): { line: number; column: number } {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** Throws a FigureSyntaxError at a node. */
function refuse(node: Nodes, message: string): never {
  const { line, column } = positionOf(node);
  throw new FigureSyntaxError(message, line, column);
}

/** The element's children without comments; anything but elements and text is refused. */
function clean(el: Element): Element {
  const children: ElementContent[] = [];
  for (const child of el.children) {
    if (child.type === 'comment') continue;
    if (child.type === 'cdata') refuse(child, 'CDATA sections are not supported: escape the text with &lt; and &amp;');
    if (child.type === 'instruction') refuse(child, 'only elements, text and comments may appear inside the SVG');
    children.push(child.type === 'element' ? clean(child) : child);
  }
  el.children = children;
  return el;
}

/**
 * Parses an SVG file into its root element. Syntax errors carry the parser's line and column;
 * the declaration (<?xml …?>) and comments are allowed around the root, nothing else.
 */
export function parseSvg(source: string): Element {
  let tree;
  try {
    tree = fromXml(source);
  } catch (error) {
    // A VFileMessage: its cause is parse-xml's error, whose message ends with its own position and an excerpt.
    const message = error as { line?: number; column?: number; cause?: unknown };
    if (message.line === undefined || !(message.cause instanceof Error)) throw error;
    const reason = message.cause.message.split('\n')[0]!.replace(/\s*\(line \d+, column \d+\)$/, '');
    throw new FigureSyntaxError(reason, message.line, message.column ?? 1);
  }
  let root: Element | undefined;
  for (const node of tree.children) {
    if (node.type === 'comment' || (node.type === 'instruction' && node.name === 'xml' && !root)) continue;
    if (node.type === 'doctype') refuse(node, 'remove the <!DOCTYPE …>: figures need none');
    if (node.type === 'element' && !root) root = node;
    else if (node.type !== 'text' || node.value.trim()) refuse(node, 'only comments may surround the <svg> element');
  }
  if (!root) return refuse(tree, 'expected the <svg> element');
  return clean(root);
}

export function attr(el: Element, name: string): string | undefined {
  return el.attributes[name] ?? undefined;
}

/** The element children of an element. */
export function elements(el: Element): Element[] {
  return el.children.filter((c): c is Element => c.type === 'element');
}

/** All the text inside an element. */
export function textOf(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}
