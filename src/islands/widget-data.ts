/**
 * The widgets' run-time data, /<lang>/widgets.json: their interface strings and the tokenizer's
 * model list (src/pages/[lang]/widgets.json.ts). Pages carry only its address (data-src), so a
 * page is not heavier by what a reader uses only after the widget comes to life. Fetched once per
 * page and language, by whichever widget asks first.
 */
export interface WidgetData {
  /** Pack key → template; read with readClientStrings(), which takes anything. */
  strings: unknown;
  /** [model name, encoding] pairs; anything else is skipped by the reader. */
  models: unknown;
}

const EMPTY: WidgetData = { strings: {}, models: [] };
const cache = new Map<string, Promise<WidgetData>>();

/** The data at `url`. Never rejects: a failure gives empty data (the widget says less) and is tried again by the next caller. */
export function widgetData(url: string | undefined): Promise<WidgetData> {
  if (!url) return Promise.resolve(EMPTY);
  let p = cache.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`))))
      .then((json: unknown) => {
        const o = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
        return { strings: o['strings'] ?? {}, models: o['models'] ?? [] };
      })
      .catch(() => {
        cache.delete(url);
        return EMPTY;
      });
    cache.set(url, p);
  }
  return p;
}
