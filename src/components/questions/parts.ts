/** Reading back what <Option> and <Step> rendered inside a <Choice> or <Order>. */

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

/** Plain text of a small piece of HTML (for an aria-label). */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
