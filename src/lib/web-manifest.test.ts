import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest';

describe('webManifest', () => {
  it('names the app with the title, starts at the language home and scopes the whole site under the base', () => {
    const m = webManifest({ title: 'Cours : les bases', code: 'fr', path: 'fr', base: '/notes/' });
    expect(m).toMatchObject({ name: 'Cours : les bases', short_name: 'Cours', lang: 'fr', start_url: '/notes/fr/', id: '/notes/fr/', scope: '/notes/', display: 'standalone' });
    expect(m['icons']).toEqual([
      { src: '/notes/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/notes/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    ]);
  });

  it('keeps a title without a colon whole, full-width colon included', () => {
    expect(webManifest({ title: '深入理解：模型', code: 'zh-CN', path: 'zh', base: '/' })['short_name']).toBe('深入理解');
    expect(webManifest({ title: 'Plain title', code: 'en', path: 'en', base: '/' })['short_name']).toBe('Plain title');
  });

  it('refuses an empty title, naming the field', () => {
    expect(() => webManifest({ title: '  ', code: 'en', path: 'en', base: '/' })).toThrow(/title\.en/);
  });
});
