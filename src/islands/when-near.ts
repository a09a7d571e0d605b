/**
 * Loads a widget's code when the reader scrolls near it, not with the page. A widget's build-time
 * render is complete without the code (it reads and prints as is), so a chapter that has one
 * further down does not spend several KB on it before the reader gets there; a screen of margin
 * lets the code arrive before the widget comes into view. A permalink to a widget scrolls to it,
 * which loads it too. Where IntersectionObserver is missing, the code loads at once. A keyboard
 * reader gets it on the first Tab: the controls the code adds must already be there when focus
 * moves through the page, not appear behind it.
 */
export function whenNear(selector: string, load: () => unknown): void {
  const widgets = document.querySelectorAll(selector);
  if (widgets.length === 0) return;
  if (!('IntersectionObserver' in window)) return void load();
  const once = () => {
    observer.disconnect();
    removeEventListener('keydown', onKey, true);
    load();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Tab') once();
  };
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && once(), { rootMargin: '100% 0px' });
  for (const widget of widgets) observer.observe(widget);
  addEventListener('keydown', onKey, true);
}
