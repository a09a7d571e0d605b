import { afterEach, describe, expect, it, vi } from 'vitest';
import { widgetData } from './widget-data';

const respond = (body: string, status = 200) => Promise.resolve(new Response(body, { status }));

afterEach(() => vi.unstubAllGlobals());

describe('widgetData', () => {
  it('fetches a language’s file once, however many widgets ask', async () => {
    const fetch = vi.fn(() => respond('{"strings":{"a":"x"},"models":[["gpt-4","cl100k_base"]]}'));
    vi.stubGlobal('fetch', fetch);
    const [one, two] = await Promise.all([widgetData('/en/widgets.json'), widgetData('/en/widgets.json')]);
    expect(one).toEqual({ strings: { a: 'x' }, models: [['gpt-4', 'cl100k_base']] });
    expect(two).toBe(one);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives empty data for a failure or garbage, never rejecting, and tries a failed file again', async () => {
    const fetch = vi.fn().mockReturnValueOnce(respond('', 404)).mockReturnValueOnce(Promise.reject(new TypeError('offline'))).mockReturnValueOnce(respond('not json')).mockReturnValueOnce(respond('{"strings":{"b":"y"}}')).mockReturnValueOnce(respond('null'));
    vi.stubGlobal('fetch', fetch);
    for (let i = 0; i < 3; i++) await expect(widgetData('/zh/widgets.json')).resolves.toEqual({ strings: {}, models: [] });
    await expect(widgetData('/zh/widgets.json')).resolves.toEqual({ strings: { b: 'y' }, models: [] });
    await expect(widgetData('/zh/widgets.json')).resolves.toEqual({ strings: { b: 'y' }, models: [] });
    await expect(widgetData('/fr/widgets.json')).resolves.toEqual({ strings: {}, models: [] });
    expect(fetch).toHaveBeenCalledTimes(5);
  });

  it('asks for nothing without an address', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await expect(widgetData(undefined)).resolves.toEqual({ strings: {}, models: [] });
    expect(fetch).not.toHaveBeenCalled();
  });
});
