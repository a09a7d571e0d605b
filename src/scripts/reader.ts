/**
 * Chapter pages: the reading modes (this language, the other, both side by side), "mark as
 * read", and remembering where the reader is. Everything degrades to a plain page without it.
 */
import { PROGRESS_KEY, emptyProgress, parseProgress, setDone, setLast, type Progress } from '../lib/progress';

const MODE_KEY = 'reading-mode';
const root = document.documentElement;
const body = document.querySelector<HTMLElement>('[data-chapter-body]');

function load(): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY)) ?? emptyProgress();
  } catch {
    return emptyProgress();
  }
}

function save(progress: Progress): void {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or disabled: progress is a convenience, the page works without it.
  }
}

/** The block the reader is looking at: the last one whose top has passed the upper part of the viewport. */
function currentPair(): HTMLElement | undefined {
  const pairs = [...document.querySelectorAll<HTMLElement>('.pair[data-pair]')];
  let current: HTMLElement | undefined;
  for (const pair of pairs) {
    if (pair.getBoundingClientRect().top <= window.innerHeight * 0.25) current = pair;
    else break;
  }
  return current;
}

/** The section id of a block, or undefined for the intro and self-check. */
function sectionOf(pair: HTMLElement | undefined): string | undefined {
  const key = pair?.dataset['pair'];
  return key && key !== 'intro' && key !== 'self-check' ? key : undefined;
}

if (body) {
  const slug = body.dataset['slug'] ?? '';
  const lang = body.dataset['lang'] === 'en' ? 'en' : 'zh';

  // Reading modes.
  const modes = document.querySelector<HTMLElement>('[data-reading-modes]');
  const syncModes = () => {
    for (const button of modes?.querySelectorAll<HTMLButtonElement>('[data-mode]') ?? []) {
      button.setAttribute('aria-pressed', String(button.dataset['mode'] === root.dataset['readingMode']));
    }
  };
  if (modes) {
    modes.hidden = false;
    syncModes();
    modes.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-mode]');
      const mode = button?.dataset['mode'];
      if (!mode) return;
      const anchor = currentPair();
      const offset = anchor?.getBoundingClientRect().top ?? 0;
      try {
        localStorage.setItem(MODE_KEY, mode === 'bilingual' ? 'bilingual' : 'single');
      } catch {
        // Not persisted; the mode still changes for this page.
      }
      if (mode === 'bilingual' || mode === lang) {
        root.dataset['readingMode'] = mode;
        syncModes();
        // Keep the same block where it was on screen.
        if (anchor) window.scrollBy(0, anchor.getBoundingClientRect().top - offset);
      } else {
        const link = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
        if (link) {
          const section = sectionOf(anchor);
          location.href = link.href.replace(/#.*$/, '') + (section ? `#${section}` : '');
        }
      }
    });
  }

  // The header's language link opens the other language at the section being read.
  document.querySelector<HTMLAnchorElement>('[data-lang-switch]')?.addEventListener('click', (event) => {
    const section = sectionOf(currentPair());
    if (section) (event.currentTarget as HTMLAnchorElement).hash = section;
  });

  // Mark as read.
  const done = document.querySelector<HTMLButtonElement>('[data-mark-done]');
  const syncDone = () => {
    const progress = load();
    for (const item of document.querySelectorAll<HTMLElement>('[data-nav-slug]')) {
      item.toggleAttribute('data-done', progress.done[item.dataset['navSlug'] ?? ''] !== undefined);
    }
    if (!done) return;
    const isDone = progress.done[slug] !== undefined;
    done.setAttribute('aria-pressed', String(isDone));
    done.querySelector<HTMLElement>('[data-label-off]')!.hidden = isDone;
    done.querySelector<HTMLElement>('[data-label-on]')!.hidden = !isDone;
  };
  syncDone();
  if (done) {
    done.hidden = false;
    done.addEventListener('click', () => {
      const progress = load();
      save(setDone(progress, slug, progress.done[slug] === undefined, Date.now()));
      syncDone();
    });
  }

  // Remember the section being read, at most every few seconds.
  let timer: number | undefined;
  const remember = () => {
    timer = undefined;
    const section = sectionOf(currentPair());
    save(setLast(load(), { slug, lang, at: Date.now(), ...(section ? { section } : {}) }));
  };
  remember();
  window.addEventListener(
    'scroll',
    () => {
      timer ??= window.setTimeout(remember, 1500);
    },
    { passive: true },
  );
  window.addEventListener('pagehide', () => {
    if (timer !== undefined) remember();
  });
}
