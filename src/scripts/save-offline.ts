/**
 * Home page: the "save for offline" control (src/components/SaveOffline.astro). Each language's
 * state is read from the cache itself: its list (dist/offline-<path>.json, which names the
 * cache of its version) against what that cache holds. Saving asks the service worker (message
 * "save"), which reports progress to every page; a failure leaves the button to try again.
 * Anything odd (no service worker, a list that is not one, no cache API) shows as not saved or
 * unavailable, never as an error thrown.
 */
import { fill } from '../i18n/strings';
import { formatSize, isOfflineList, savedState, type OfflineList } from '../lib/offline';

interface Strings {
  code: string;
  names: Record<string, string>;
  saved: string;
  notSaved: string;
  saving: string;
  failed: string;
}

interface Row {
  path: string;
  item: HTMLElement;
  state: HTMLElement;
  bar: HTMLProgressElement;
  button: HTMLButtonElement;
  list?: OfflineList;
  /** Counts the row's changes of state, so a slow look at the cache cannot undo a newer one. */
  changes: number;
}

const box = document.querySelector<HTMLElement>('[data-offline]');
const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;

function parseStrings(text: string | null | undefined): Strings | undefined {
  try {
    const value = JSON.parse(text ?? '') as Strings;
    return typeof value.saved === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

const strings = parseStrings(box?.querySelector('[data-offline-strings]')?.textContent);

if (box && strings) {
  const rows: Row[] = [...box.querySelectorAll<HTMLElement>('[data-offline-language]')].map((item) => ({
    path: item.dataset['offlineLanguage']!,
    item,
    state: item.querySelector('[data-offline-state]')!,
    bar: item.querySelector('progress')!,
    button: item.querySelector('[data-offline-save]')!,
    changes: 0,
  }));
  const announce = box.querySelector<HTMLElement>('[data-offline-announce]')!;
  const size = (bytes: number) => formatSize(bytes, strings.code);
  const text = (template: string, row: Row, values: Record<string, string | number> = {}) =>
    fill(template, { language: strings.names[row.path] ?? row.path, size: size(row.list?.bytes ?? 0), ...values }, strings.code);

  const show = (row: Row, state: 'saved' | 'not-saved' | 'saving' | 'failed', values: Record<string, string | number> = {}) => {
    const before = row.item.dataset['state'];
    row.changes++;
    row.item.dataset['state'] = state;
    row.bar.hidden = state !== 'saving';
    // Not `disabled`: that would take the keyboard focus away from the button while it saves.
    row.button.ariaDisabled = String(state === 'saving');
    const template = { saved: strings.saved, 'not-saved': strings.notSaved, saving: strings.saving, failed: strings.failed }[state];
    row.state.textContent = text(template, row, values);
    // Changes only: not the state found on load, nor each step of the progress.
    if (before && before !== state && state !== 'not-saved') announce.textContent = row.state.textContent;
  };

  /**
   * The row's state from the cache its list names; dropped when the row changed meanwhile (a save
   * that failed while the page's first look was still reading the cache stays "failed").
   */
  const refresh = async (row: Row) => {
    const at = row.changes;
    const still = () => row.changes === at && row.item.dataset['state'] !== 'saving';
    try {
      const response = await fetch(row.item.dataset['list']!);
      const list: unknown = response.ok ? await response.json() : undefined;
      if (!isOfflineList(list)) throw new Error('no list');
      row.list = list;
      const cache = (await caches.has(list.cache)) ? await caches.open(list.cache) : undefined;
      const base = new URL(row.item.dataset['list']!, location.href);
      const state = await savedState(list, async (url) => Boolean(cache && (await cache.match(new URL(url, base).href))));
      if (still()) show(row, state.saved ? 'saved' : 'not-saved');
    } catch {
      if (still()) show(row, 'not-saved');
    }
  };

  const unavailable = () => {
    box.querySelector<HTMLElement>('[data-offline-unavailable]')!.hidden = false;
    for (const row of rows) row.button.disabled = true;
  };

  if (!container || !('caches' in window)) unavailable();
  else {
    const save = async (row: Row) => {
      if (row.item.dataset['state'] === 'saving') return;
      show(row, 'saving', { done: size(0), total: size(row.list?.bytes ?? 0) });
      row.bar.value = 0;
      // The worker may still be installing on a first visit: wait for it, a while.
      const ready = await Promise.race([container.ready, new Promise<undefined>((r) => setTimeout(r, 15_000, undefined))]);
      if (!ready?.active) return show(row, 'failed');
      ready.active.postMessage({ type: 'save', path: row.path });
    };
    for (const row of rows) row.button.addEventListener('click', () => void save(row));
    for (const row of rows) void refresh(row);
    // The worker's reports: progress and the end of a save (this page's, or the first visit's own).
    container.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { source?: unknown; type?: unknown; path?: unknown; bytes?: unknown; total?: unknown; ok?: unknown } | null;
      const row = rows.find((r) => r.path === data?.path);
      if (!row || data?.source !== 'course-offline') return;
      if (data.type === 'progress') {
        const total = Number(data.total);
        const bytes = Number(data.bytes);
        if (!(total > 0) || !Number.isFinite(bytes)) return;
        if (row.item.dataset['state'] !== 'saving' || row.bar.hidden) show(row, 'saving');
        row.bar.value = Math.min(1, Math.max(0, bytes / total));
        row.state.textContent = text(strings.saving, row, { done: size(bytes), total: size(total) });
      } else if (data.type === 'done') {
        const focused = row.item.contains(document.activeElement);
        if (data.ok === true) {
          row.item.dataset['state'] = 'checking';
          row.changes++;
          void refresh(row).then(() => {
            // The button goes once saved: keep the keyboard where it was.
            if (focused && row.button.offsetParent === null) {
              row.item.tabIndex = -1;
              row.item.focus();
            }
          });
        } else show(row, 'failed');
      }
    });
    container.addEventListener('controllerchange', () => rows.forEach((row) => void refresh(row)));
  }
}
