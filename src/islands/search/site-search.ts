/**
 * <site-search>: the search dialog of the header (Search.astro renders its HTML). The input is a
 * combobox over a listbox of results (WAI-ARIA APG): ↑/↓ move through the results, Enter opens
 * one, Esc closes the dialog and focus returns to where it was. The result count is announced in
 * a status region. On the search page the header control focuses that page's box instead.
 */
import type { Locale } from '../../i18n/locales';
import type { SearchHit, SearchOutcome } from '../../lib/search/engine';
import { cleanQuery } from '../../lib/search/query';
import { countText, readStrings, type SearchStrings } from '../../lib/search/strings';
import { latestOnly, loadSearch, searchSite, type ClientConfig } from './client';
import { hitNode, termCardNode } from './render';
import { isShortcut } from './shortcut';

/** Results shown in the dialog; the search page shows them all. */
const DIALOG_LIMIT = 8;
/** The count is announced once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY = 500;

export function configOf(host: HTMLElement): ClientConfig & { strings: SearchStrings } {
  const lang = host.dataset['lang'];
  const strings = readStrings(host.dataset['strings']);
  return {
    lang: lang ?? '',
    base: host.dataset['base'] || '/',
    glossaryTitle: strings.glossary,
    strings,
  };
}

/**
 * The dialog's stylesheet (its URL in data-css), added when the search code loads: pages do not
 * carry styles for a dialog most readers never open. Resolves once it has loaded or failed.
 */
function loadStyles(href: string | undefined): Promise<unknown> {
  if (!href || document.querySelector(`link[href="${CSS.escape(href)}"]`)) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((done) => {
    link.onload = link.onerror = done;
  });
  document.head.append(link);
  return loaded;
}

class SiteSearch extends HTMLElement {
  #dialog?: HTMLDialogElement;
  #input?: HTMLInputElement;
  #status?: HTMLElement;
  #results?: HTMLElement;
  #terms?: HTMLElement;
  #all?: HTMLAnchorElement;
  #returnTo: HTMLElement | null = null;
  #active = -1;
  #announce?: ReturnType<typeof setTimeout>;
  #config = configOf(this);
  #styles: Promise<unknown> = Promise.resolve();
  #run = latestOnly(async (query) => searchSite(query, await loadSearch(this.#config), DIALOG_LIMIT));

  connectedCallback(): void {
    const dialog = this.querySelector('dialog');
    const input = this.querySelector<HTMLInputElement>('input[role="combobox"]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const results = this.querySelector<HTMLElement>('[data-search-results]');
    const terms = this.querySelector<HTMLElement>('[data-search-terms]');
    const all = this.querySelector<HTMLAnchorElement>('[data-search-all]');
    const opener = this.querySelector<HTMLAnchorElement>('[data-search-open]');
    if (!dialog || !input || !status || !results || !terms || !all || !opener) return;
    this.#dialog = dialog;
    this.#input = input;
    this.#status = status;
    this.#results = results;
    this.#terms = terms;
    this.#all = all;
    this.#config = configOf(this);
    this.#styles = loadStyles(this.dataset['css']);
    // From now on this element answers the shortcuts; the inline starter stands down.
    const wanted = this.hasAttribute('data-open');
    this.removeAttribute('data-src');
    this.removeAttribute('data-open');

    opener.addEventListener('click', (event) => {
      event.preventDefault();
      this.open();
    });
    document.addEventListener('keydown', (event) => {
      if (isShortcut(event) && !event.defaultPrevented) {
        event.preventDefault();
        this.open();
      }
    });
    input.addEventListener('input', () => void this.#update());
    input.addEventListener('keydown', (event) => this.#key(event));
    this.querySelector('form')?.addEventListener('submit', (event) => {
      const active = this.#options()[this.#active];
      if (active) {
        event.preventDefault();
        this.#go(active);
      } else if (!cleanQuery(input.value)) event.preventDefault();
    });
    this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close(); // a click on the backdrop
    });
    dialog.addEventListener('close', () => {
      const back = this.#returnTo;
      this.#returnTo = null;
      if (back?.isConnected) back.focus();
    });
    results.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option && !(event.target as Element).closest('a')) this.#go(option);
      else if (option) dialog.close();
    });
    if (wanted) this.open();
  }

  /** The search this dialog runs, for scripts and tests: the outcome for a query, `limit` hits. */
  async search(query: string, limit = DIALOG_LIMIT): Promise<SearchOutcome> {
    return searchSite(query, await loadSearch(this.#config), limit);
  }

  /** Opens the dialog (or, on the search page, goes to its box) and starts loading the index. */
  open(): void {
    const pageInput = document.querySelector<HTMLInputElement>('search-page input[type="search"]');
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
      return;
    }
    void this.#styles.then(() => this.#openDialog());
  }

  #openDialog(): void {
    const dialog = this.#dialog;
    const input = this.#input;
    if (!dialog || !input) return;
    if (!dialog.open) {
      this.#returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    input.focus();
    input.select();
    loadSearch(this.#config).catch(() => this.#say(this.#config.strings.failed, true));
    if (input.value) void this.#update();
  }

  #options(): HTMLElement[] {
    return [...(this.#results?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
  }

  #setActive(index: number): void {
    const options = this.#options();
    const input = this.#input!;
    this.#active = options.length ? (index + options.length) % options.length : -1;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === this.#active)));
    const active = options[this.#active];
    if (active) {
      input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  #key(event: KeyboardEvent): void {
    const count = this.#options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!count) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#setActive(this.#active < 0 ? (step > 0 ? 0 : count - 1) : this.#active + step);
    } else if ((event.key === 'Home' || event.key === 'End') && this.#active >= 0) {
      event.preventDefault();
      this.#setActive(event.key === 'Home' ? 0 : count - 1);
    } else if (event.key === 'Escape') {
      // A search field would clear itself first; Esc here always closes the dialog.
      event.preventDefault();
      this.#dialog?.close();
    }
  }

  #go(option: HTMLElement): void {
    const link = option.querySelector<HTMLAnchorElement>('a[href]');
    if (!link) return;
    this.#dialog?.close();
    location.assign(link.href);
  }

  #say(text: string, now = false): void {
    clearTimeout(this.#announce);
    const status = this.#status;
    if (!status) return;
    if (now) status.textContent = text;
    else this.#announce = setTimeout(() => (status.textContent = text), ANNOUNCE_DELAY);
  }

  async #update(): Promise<void> {
    const input = this.#input!;
    const query = cleanQuery(input.value);
    const all = this.#all!;
    all.href = `${all.pathname}${query ? `?q=${encodeURIComponent(query)}` : ''}`;
    if (!query) {
      this.#show([], []);
      this.#say('', true);
      return;
    }
    let outcome;
    try {
      outcome = await this.#run(input.value);
    } catch {
      this.#say(this.#config.strings.failed, true);
      return;
    }
    if (!outcome || cleanQuery(input.value) !== outcome.query) return;
    this.#show(outcome.hits, outcome.terms);
    this.#say(outcome.total || outcome.terms.length ? countText(this.#config.strings, outcome.total) : this.#config.strings.none);
  }

  #show(hits: SearchHit[], terms: Parameters<typeof termCardNode>[0][]): void {
    const { strings, lang, base } = this.#config;
    const uiLang: Locale = lang;
    this.#terms!.replaceChildren(...terms.map((term) => termCardNode(term, { strings, uiLang, base })));
    this.#results!.replaceChildren(...hits.map((hit, i) => hitNode(hit, { strings, uiLang, option: { id: `search-option-${i}` } })));
    this.#input!.setAttribute('aria-expanded', String(hits.length > 0));
    this.#active = -1;
    this.#input!.removeAttribute('aria-activedescendant');
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
