/**
 * The search code, bundled on its own and loaded only when a reader reaches for search (see
 * Search.astro, which takes its URL through Vite's `?worker&url`, and starter.ts). It defines the
 * header dialog and the search page; Pagefind itself loads when the dialog opens.
 */
import './site-search';
import './search-page';
