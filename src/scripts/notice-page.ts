/**
 * The 404 and offline pages (src/layouts/NoticePage.astro): an address under /<base>/<path>/ puts
 * that language's part first (its heading becomes the h1, and <html lang> follows), so the reader
 * meets their own language. The page works without it, the primary language first.
 */
export function readerFirst(doc: Document, pathname: string): void {
  const main = doc.querySelector<HTMLElement>('[data-notice]');
  if (!main) return;
  const base = main.dataset.base ?? '/';
  const lang = pathname.startsWith(base) ? pathname.slice(base.length).split('/')[0] : undefined;
  const part = lang ? main.querySelector<HTMLElement>(`[data-notice-lang="${lang}"]`) : null;
  if (!part || part === main.firstElementChild) return;
  const first = main.firstElementChild as HTMLElement;
  // Swap the heading levels with the place: one h1, first.
  const swap = (from: HTMLElement, to: 'h1' | 'h2') => {
    const heading = from.querySelector('h1, h2');
    if (!heading) return;
    const replacement = doc.createElement(to);
    replacement.id = heading.id;
    replacement.textContent = heading.textContent;
    heading.replaceWith(replacement);
  };
  swap(first, 'h2');
  swap(part, 'h1');
  main.prepend(part);
  doc.documentElement.lang = part.lang;
  doc.title = [...main.querySelectorAll('h1, h2')].map((h) => h.textContent).join(' · ');
}
