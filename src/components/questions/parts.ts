/** Reading back what <Option> and <Step> rendered inside a <Choice> or <Order>. */
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';

/** The inner HTML of each <q-option>/<q-step> marker, with its attributes. */
export function readMarkers(html: string, tag: 'q-option' | 'q-step'): { attrs: string; html: string }[] {
  const markers = [...html.matchAll(new RegExp(`<${tag}([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))];
  return markers.map((m) => ({ attrs: m[1]!, html: m[2]!.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1') }));
}

/** An attribute's value as rendered (still HTML-escaped, so it can be set as HTML). */
export function attrValue(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>]|$)`).exec(attrs);
  return m ? (m[1] ?? '') : undefined;
}

/**
 * Plain text of a small piece of HTML (for an aria-label): what a reader sees, without the term
 * cards (tooltips) a <Term> carries.
 */
export function plainText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const out: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'element' && ((node.properties['className'] as string[] | undefined) ?? []).includes('term-card')) return SKIP;
    if (node.type === 'text') out.push(node.value);
    return undefined;
  });
  return out.join('').replace(/\s+/g, ' ').trim();
}
