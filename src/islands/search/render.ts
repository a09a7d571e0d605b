/**
 * DOM for search results and term cards, built node by node: course text and excerpts only ever
 * become text nodes (and <mark> elements for matched words), never HTML.
 */
import type { Locale } from '../../i18n/locales';
import type { SearchHit, SearchTerm } from '../../lib/search/engine';
import { excerptSegments } from '../../lib/search/excerpt';
import { fill, type SearchStrings } from '../../lib/search/strings';
import { formatTimestamp } from '../../lib/timestamps';

type Child = Node | string | null | undefined | false;

/** document.createElement with a class, attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}


/** The excerpt as text and <mark> nodes. */
export function excerptNodes(excerpt: string): Node[] {
  return excerptSegments(excerpt).map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}

function time(t: number | undefined): string | undefined {
  return t === undefined || !Number.isFinite(t) ? undefined : formatTimestamp(t, { short: true });
}

export interface HitOptions {
  strings: SearchStrings;
  uiLang: Locale;
  /** As a listbox option (dialog) or as a list item with a link (search page). */
  option?: { id: string } | undefined;
}

/** One result: chapter and section as a link, the excerpt with matches marked, part and video time. */
export function hitNode(hit: SearchHit, { strings, uiLang, option }: HitOptions): HTMLLIElement {
  const chapter = hit.kind === 'chapter' && hit.number !== undefined ? `${fill(strings.chapter, { n: hit.number })} · ` : '';
  const link = el(
    'a',
    { class: 'search-hit__link', href: hit.url, ...(option ? { tabindex: '-1' } : {}) },
    el('span', { class: 'search-hit__title' }, `${chapter}${hit.title}`),
    hit.section && el('span', { class: 'search-hit__section' }, hit.section.title),
  );
  const other = hit.excerptLang !== uiLang;
  const excerpt = hit.excerpt
    ? el(
        'span',
        { class: 'search-hit__excerpt', lang: hit.excerptCode },
        other && el('span', { class: 'search-hit__other', lang: document.documentElement.lang }, `${fill(strings.otherText, { language: hit.excerptName })}: `),
        ...excerptNodes(hit.excerpt),
      )
    : null;
  const at = time(hit.t);
  const meta = [hit.part?.title.split(/[:：]/)[0]?.trim(), at && fill(strings.videoAt, { t: at })].filter(Boolean).join(' · ');
  const item = el(
    'li',
    { class: 'search-hit', ...(option ? { role: 'option', id: option.id, 'aria-selected': 'false' } : {}) },
    link,
    excerpt,
    meta && el('span', { class: 'search-hit__meta' }, meta),
  );
  return item;
}

export interface TermCardOptions {
  strings: SearchStrings;
  uiLang: Locale;
  base: string;
}

/** The glossary card for a term the query names: both names, the definition, where it is explained. */
export function termCardNode(term: SearchTerm, { strings, uiLang, base }: TermCardOptions): HTMLElement {
  const b = base.endsWith('/') ? base : `${base}/`;
  const at = time(term.t);
  const chapterUrl = term.slug ? `${b}${uiLang}/${term.slug}/${term.section ? `#${term.section}` : ''}` : undefined;
  return el(
    'section',
    { class: 'search-term', 'aria-label': `${strings.termCard}: ${term.name}` },
    el(
      'p',
      { class: 'search-term__names' },
      el('a', { href: `${b}${uiLang}/glossary/#${term.id}` }, el('strong', {}, term.name)),
      ...term.others.filter((o) => o.name !== term.name).flatMap((o) => [' · ', el('span', { lang: o.code }, o.name)]),
      term.abbr && ` · ${term.abbr}`,
    ),
    el('p', { class: 'search-term__def' }, term.definition),
    chapterUrl &&
      el(
        'p',
        { class: 'search-term__where' },
        `${strings.introducedAt}: `,
        el('a', { href: chapterUrl }, `${fill(strings.chapter, { n: term.chapter })} ${term.chapterTitle}`),
        at && ` · ${fill(strings.videoAt, { t: at })}`,
      ),
  );
}
