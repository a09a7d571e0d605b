/**
 * <search-page>: the search page (/zh/search/?q=…). Shows the results for the query in the URL as
 * links, and follows the box as the reader types, keeping ?q= in the address so a search can be
 * linked and bookmarked.
 */
import { cleanQuery } from '../../lib/search/query';
import { countText } from '../../lib/search/strings';
import { latestOnly, loadSearch, searchSite } from './client';
import { hitNode, termCardNode } from './render';
import { configOf } from './site-search';


class SearchPage extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const results = this.querySelector<HTMLElement>('[data-search-results]');
    const terms = this.querySelector<HTMLElement>('[data-search-terms]');
    if (!form || !input || !status || !results || !terms) return;
    // The search code is here: the note for readers without JavaScript goes.
    this.querySelector('[data-search-nojs]')?.remove();
    const config = configOf(this);
    const { strings, lang: uiLang, base } = config;
    // Every result fits on the page: a hit is a chapter (in any language) or the glossary.
    const run = latestOnly(async (query) => {
      const ctx = await loadSearch(config);
      return searchSite(query, ctx, Object.keys(ctx.data.chapters).length + 1);
    });

    const update = async (push: boolean) => {
      const query = cleanQuery(input.value);
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
      if (!query) {
        terms.replaceChildren();
        results.replaceChildren();
        status.textContent = '';
        return;
      }
      if (!status.textContent) status.textContent = strings.loading;
      let outcome;
      try {
        outcome = await run(input.value);
      } catch {
        status.textContent = strings.failed;
        return;
      }
      if (!outcome || cleanQuery(input.value) !== outcome.query) return;
      terms.replaceChildren(...outcome.terms.map((term) => termCardNode(term, { strings, uiLang, base })));
      results.replaceChildren(...outcome.hits.map((hit) => hitNode(hit, { strings, uiLang })));
      status.textContent = outcome.hits.length || outcome.terms.length ? countText(strings, outcome.hits.length) : strings.none;
    };

    const fromUrl = () => {
      input.value = cleanQuery(new URL(location.href).searchParams.get('q') ?? '');
      void update(false);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void update(true);
    });
    input.addEventListener('input', () => void update(false));
    addEventListener('popstate', fromUrl);
    fromUrl();
    if (!input.value) input.focus();
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
