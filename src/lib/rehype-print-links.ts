/**
 * Links print their target: every link in a chapter's notes gets `data-print-href` with the short
 * form of where it goes (arxiv.org/abs/1508.07909), which print.css shows after the link text on
 * paper. Left out: video timestamps (the time is their text, and handouts carry a QR code to the
 * video), in-page anchors, and links whose text already is their address.
 */
import type { Element, Root, RootContent } from 'hast';
import { printHref } from './handouts';

export interface RehypePrintLinksOptions {
  /**
   * The deployed origin (astro.config `site`), for site-absolute links like "/zh/gpt-2/". Without
   * one such links print no address (an invented host would be worse than none).
   */
  site?: string | undefined;
}

function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as RootContent)).join('');
  return '';
}

function visit(node: Root | Element, fn: (el: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      fn(child);
      visit(child, fn);
    }
  }
}

export function rehypePrintLinks(options: RehypePrintLinksOptions) {
  return (tree: Root) => {
    visit(tree, (el) => {
      if (el.tagName !== 'a') return;
      const href = el.properties?.href;
      if (typeof href !== 'string' || href.startsWith('#')) return;
      const classes = el.properties?.className;
      if (Array.isArray(classes) && classes.includes('timestamp')) return;
      let absolute: string;
      try {
        absolute = new URL(href, options.site).href;
      } catch {
        return;
      }
      const short = printHref(absolute);
      if (!short) return;
      const text = textOf(el).trim();
      if (text === href || text === short || `${text.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}` === short) return;
      el.properties = { ...el.properties, dataPrintHref: short };
    });
  };
}
