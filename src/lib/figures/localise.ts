/**
 * One figure source → the inline SVG of one page language: only that language's labels
 * (data-lang removed), one <title> and one <desc> with ids the <svg> points to (role="img",
 * aria-labelledby, aria-describedby), theme colours moved from attributes into style (CSS custom
 * properties do not work in presentation attributes everywhere), every id prefixed so two figures
 * on a page never clash. Works for any number of languages: labels are keyed by language path.
 */
import type { ElementContent } from 'xast';
import { COLOUR_ATTRS, parseViewBox, type Lang } from './lint';
import { attr, textOf, type Element, type Text } from './parse';

export interface LocalizedFigure {
  /** The inline <svg> for one language, ready to be placed in the page. */
  svg: string;
  title: string;
  desc: string;
  /** viewBox size, for the figure's natural width. */
  width: number;
  height: number;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Compact XML for inline SVG: empty elements self-close, comments and the like are gone already. */
export function serialize(node: Element | Text): string {
  if (node.type === 'text') return escapeText(node.value);
  const attrs = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const children = node.children.filter((c): c is Element | Text => c.type === 'element' || c.type === 'text');
  if (children.length === 0) return `<${node.name}${attrs}/>`;
  return `<${node.name}${attrs}>${children.map(serialize).join('')}</${node.name}>`;
}

/** Elements whose whitespace-only text is layout noise, not content. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);
/** Root attributes the page sets itself (or that inline SVG does not need). */
const ROOT_DROPPED = new Set(['width', 'height', 'role', 'aria-labelledby', 'aria-describedby', 'aria-label', 'class', 'xmlns:xlink', 'version']);

/** The figure as one page shows it. Assumes checkFigure found no problems; `source` is not changed. */
export function localizeFigure(source: Element, lang: Lang, idPrefix: string): LocalizedFigure {
  const prefixed = (id: string) => `${idPrefix}-${id}`;

  const visit = (el: Element): Element | undefined => {
    const l = attr(el, 'data-lang');
    if (l !== undefined && l !== lang) return undefined;
    const attributes: Record<string, string> = {};
    const style: string[] = [];
    for (const [name, value] of Object.entries(el.attributes)) {
      if (name === 'data-lang' || typeof value !== 'string') continue;
      if (COLOUR_ATTRS.includes(name) && value.startsWith('var(')) style.push(`${name}:${value}`);
      else if (name === 'id') attributes[name] = prefixed(value);
      else {
        let v = value.replace(/url\(\s*#([^)\s]+)\s*\)/g, (_, id: string) => `url(#${prefixed(id)})`);
        if ((name === 'href' || name === 'xlink:href') && v.startsWith('#')) v = `#${prefixed(v.slice(1))}`;
        attributes[name] = v;
      }
    }
    if (style.length) attributes.style = style.join(';');
    const children: ElementContent[] = [];
    for (const child of el.children) {
      if (child.type === 'text') {
        if (TEXT_ELEMENTS.has(el.name) || child.value.trim()) children.push({ ...child });
      } else if (child.type === 'element') {
        const kept = visit(child);
        if (kept) children.push(kept);
      }
    }
    return { ...el, attributes, children };
  };
  const out = visit(source)!;

  // One title and one desc, first, with ids; the root names and describes itself by them.
  const named = (name: string) => out.children.find((c): c is Element => c.type === 'element' && c.name === name);
  const titleEl = named('title');
  const descEl = named('desc');
  const squash = (el: Element | undefined) => (el ? textOf(el).trim().replace(/\s+/g, ' ') : '');
  const title = squash(titleEl);
  const desc = squash(descEl);
  const head: Element[] = [];
  if (titleEl) head.push({ ...titleEl, attributes: { id: prefixed('title') }, children: [{ type: 'text', value: title }] });
  if (descEl) head.push({ ...descEl, attributes: { id: prefixed('desc') }, children: [{ type: 'text', value: desc }] });
  out.children = [...head, ...out.children.filter((c) => !(c.type === 'element' && (c.name === 'title' || c.name === 'desc')))];

  const box = parseViewBox(attr(out, 'viewBox')) ?? { x: 0, y: 0, width: 0, height: 0 };
  const attributes = Object.fromEntries(Object.entries(out.attributes).filter(([k]) => !ROOT_DROPPED.has(k)));
  out.attributes = {
    ...attributes,
    class: 'figure__svg',
    role: 'img',
    ...(titleEl ? { 'aria-labelledby': prefixed('title') } : {}),
    ...(descEl ? { 'aria-describedby': prefixed('desc') } : {}),
  };
  return { svg: serialize(out), title, desc, width: box.width, height: box.height };
}
