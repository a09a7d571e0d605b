/**
 * Every page, after the content: the theme toggle (shown with JavaScript only: data-needs-js),
 * Esc closing an open term card, the search starter and the service worker's registration. One
 * small file, kept by the browser across pages; it counts against the 2.5 KB of script a chapter
 * page loads before interaction.
 */
import '../islands/search/starter';
import './offline-register';

const root = document.documentElement;
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const isDark = () => (root.dataset['theme'] ? root.dataset['theme'] === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches);

if (toggle) {
  const sync = () => (toggle.ariaPressed = String(isDark()));
  sync();
  toggle.addEventListener('click', () => {
    root.dataset['theme'] = isDark() ? 'light' : 'dark';
    try {
      localStorage.setItem('theme', root.dataset['theme']);
    } catch {}
    sync();
  });
}

addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const wrap of document.querySelectorAll('.term-wrap:hover, .term-wrap:focus-within')) {
    wrap.setAttribute('data-dismissed', '');
    const clear = () => wrap.removeAttribute('data-dismissed');
    wrap.addEventListener('mouseleave', clear, { once: true });
    wrap.addEventListener('focusout', clear, { once: true });
  }
});
