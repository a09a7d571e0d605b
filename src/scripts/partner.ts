/**
 * Side by side, on demand: the partner language's blocks come from its own chapter page (same
 * origin, so the HTTP cache serves it after the first time), are parsed, and each goes next to
 * the block with the same key. Ids in the copy get the partner's path as a prefix (zh-bpe) so the
 * page's ids stay unique and its anchors keep pointing at this language. The block the reader is
 * in stays where it is on the screen. Loaded by reader.ts only when side by side is chosen, as
 * a bundle of its own; it answers the `partner` events reader.ts sends to the window.
 */
const ID_ATTRS = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];
const pages = new Map<string, Promise<Document>>();

function fetchPage(href: string): Promise<Document> {
  let page = pages.get(href);
  if (!page) {
    page = fetch(href).then(async (response) => {
      if (!response.ok) throw new Error(`${href}: ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    });
    page.catch(() => pages.delete(href));
    pages.set(href, page);
  }
  return page;
}

function prefixIds(root: Element, prefix: string): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of ID_ATTRS) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, value.split(/\s+/).filter(Boolean).map((v) => prefix + v).join(' '));
    }
    const href = el.getAttribute('href');
    if (href?.startsWith('#')) el.setAttribute('href', `#${prefix}${href.slice(1)}`);
  }
}

export interface Partner {
  /** The partner's path (zh, en): the ids' prefix. */
  lang: string;
  /** The partner's chapter page. */
  href: string;
  /** Whether the partner's column is the left one. */
  left: boolean;
}

/** Fills every pair with the partner's block; resolves when the page shows both languages. */
export async function showPartner(reading: HTMLElement, partner: Partner, anchor?: HTMLElement): Promise<void> {
  if (reading.dataset['shownPartner'] === partner.lang) return;
  const doc = await fetchPage(partner.href);
  const theirs = new Map<string, Element>();
  for (const half of doc.querySelectorAll('.reading .half--page')) theirs.set((half.parentElement as HTMLElement).dataset['pair'] ?? '', half);
  const top = anchor?.getBoundingClientRect().top;
  for (const pair of reading.querySelectorAll<HTMLElement>(':scope > .pair')) {
    pair.querySelector(':scope > .half--other')?.remove();
    const source = theirs.get(pair.dataset['pair'] ?? '');
    if (!source) continue;
    const half = document.createElement('div');
    half.className = 'half half--other';
    half.lang = source.getAttribute('lang') ?? '';
    half.dataset['pagefindIgnore'] = '';
    half.innerHTML = source.innerHTML;
    prefixIds(half, `${partner.lang}-`);
    pair.append(half);
  }
  reading.dataset['shownPartner'] = partner.lang;
  reading.dataset['pageSide'] = partner.left ? 'right' : 'left';
  if (anchor && top !== undefined) scrollBy(0, anchor.getBoundingClientRect().top - top);
}

/**
 * The partner the reader chose: the menu of a course of three languages or more (its choice
 * stored as `reading-partner`), else the one other language.
 */
function chosen(): Partner {
  const select = document.querySelector<HTMLSelectElement>('[data-partner]');
  let stored: string | null = null;
  try {
    stored = localStorage.getItem('reading-partner');
  } catch {}
  const buttons = [...document.querySelectorAll<HTMLElement>('[data-reading-modes] [data-href]')];
  if (select && stored && buttons.some((b) => b.dataset['mode'] === stored)) select.value = stored;
  const b = buttons.find((x) => x.dataset['mode'] === select?.value) ?? buttons[0]!;
  return { lang: b.dataset['mode']!, href: b.dataset['href']!, left: b.dataset['left'] !== undefined };
}

const reading = document.querySelector<HTMLElement>('[data-chapter-body] .reading');
/** The block the reader is in: the last whose top has passed the upper quarter of the screen. */
const inView = () => [...(reading?.querySelectorAll<HTMLElement>(':scope > .pair') ?? [])].filter((p) => p.getBoundingClientRect().top <= innerHeight / 4).pop();
const show = () => {
  if (reading && document.documentElement.dataset['readingMode'] === 'bilingual') void showPartner(reading, chosen(), inView());
};
addEventListener('partner', show);
document.querySelector('[data-partner]')?.addEventListener('change', (event) => {
  try {
    localStorage.setItem('reading-partner', (event.target as HTMLSelectElement).value);
  } catch {}
  show();
});
