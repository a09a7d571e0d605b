/**
 * Inlined in every page (a few hundred bytes): until the search code has loaded, a click on the
 * header's search control, "/" or Ctrl/⌘K loads it. The loaded <site-search> element opens the
 * dialog and answers from then on. Without JavaScript the control is a link to the search page.
 */
import { isShortcut } from './shortcut';

function start(event: Event): void {
  const host = document.querySelector<HTMLElement>('site-search[data-src]');
  const wanted = event instanceof KeyboardEvent ? isShortcut(event) : (event.target as Element | null)?.closest?.('[data-search-open]');
  if (!host || !wanted) return;
  event.preventDefault();
  const src = host.dataset['src']!;
  host.removeAttribute('data-src');
  host.setAttribute('data-open', '');
  import(/* @vite-ignore */ src).catch(() => location.assign(host.querySelector<HTMLAnchorElement>('[data-search-open]')!.href));
}

addEventListener('keydown', start);
addEventListener('click', start);
