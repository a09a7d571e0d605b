/**
 * Chapter pages: the reading modes (this language, another, side by side with a partner
 * language loaded on demand by partner.ts), "mark as read", and remembering where the reader is. Everything degrades to a plain page without it.
 * Kept small: it counts against the 2.5 KB budget of script a chapter loads before interaction.
 */
import { PROGRESS_KEY, emptyProgress, parseProgress, setDone, setLast, type Progress } from '../lib/progress';

const root = document.documentElement;
const body = document.querySelector<HTMLElement>('[data-chapter-body]');
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

function load(): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY)) ?? emptyProgress();
  } catch {
    return emptyProgress();
  }
}

/** Stores a value; storage that is full or disabled only loses the convenience. */
function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {}
}

/** The section the reader is in: the last block whose top has passed the upper quarter of the screen. */
function current(): { pair?: HTMLElement | undefined; section?: string | undefined } {
  let pair: HTMLElement | undefined;
  for (const p of document.querySelectorAll<HTMLElement>('.pair[data-pair]')) {
    if (p.getBoundingClientRect().top > innerHeight / 4) break;
    pair = p;
  }
  const key = pair?.dataset['pair'];
  return { pair, section: key === 'intro' || key === 'self-check' ? undefined : key };
}

if (body) {
  const slug = body.dataset['slug']!;
  const lang = body.dataset['lang']!;
  const modes = $('[data-reading-modes]')!;
  const toSection = (href: string, section?: string) => href.replace(/#.*/, '') + (section ? `#${section}` : '');

  // Side by side: partner.ts, loaded on first use from its own bundle (data-partner-src) so the
  // page's script stays within its budget, picks the partner and answers a `partner` event.
  const showPartner = () => void import(/* @vite-ignore */ modes.dataset['partnerSrc']!).then(() => dispatchEvent(new Event('partner')));

  // Reading modes: this language or side by side switch in place; another language opens its page.
  const sync = () => {
    for (const b of modes.querySelectorAll<HTMLElement>('[data-mode]')) b.ariaPressed = String(b.dataset['mode'] === root.dataset['readingMode']);
    const progress = load();
    for (const item of document.querySelectorAll<HTMLElement>('[data-nav-slug]')) item.toggleAttribute('data-done', !!progress.done[item.dataset['navSlug']!]);
    const done = progress.done[slug] !== undefined;
    doneButton.ariaPressed = String(done); // its label follows in CSS (chapter.css)
  };
  modes.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-mode]');
    const mode = target?.dataset['mode'];
    if (!mode) return;
    const { pair, section } = current();
    const top = pair?.getBoundingClientRect().top ?? 0;
    store('reading-mode', mode === 'bilingual' ? mode : 'single');
    if (mode !== 'bilingual' && mode !== lang) return void (location.href = toSection(target.dataset['href']!, section));
    root.dataset['readingMode'] = mode;
    sync();
    if (mode === 'bilingual') showPartner();
    if (pair) scrollBy(0, pair.getBoundingClientRect().top - top);
  });
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
    link.addEventListener('click', () => (link.href = toSection(link.href, current().section ?? location.hash.slice(1))));
  }
  if (root.dataset['readingMode'] === 'bilingual') showPartner();

  const doneButton = $<HTMLButtonElement>('[data-mark-done]')!;
  doneButton.addEventListener('click', () => {
    const progress = load();
    store(PROGRESS_KEY, JSON.stringify(setDone(progress, slug, progress.done[slug] === undefined, Date.now())));
    sync();
  });
  sync();

  // Remember where the reader is: now, and where they are when they leave the page.
  const remember = () => store(PROGRESS_KEY, JSON.stringify(setLast(load(), { slug, lang, at: Date.now(), section: current().section })));
  remember();
  addEventListener('pagehide', remember);
}
