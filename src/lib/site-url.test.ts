import { describe, expect, it } from 'vitest';
import { absoluteUrl, robotsTxt, siteLocation } from './site-url';

describe('siteLocation', () => {
  it('knows no origin without a variable, and invents none', () => {
    expect(siteLocation({})).toEqual({ origin: undefined, base: '/', from: undefined });
    expect(siteLocation({ BASE_PATH: '/llm-notes/', SITE_URL: ' ' })).toEqual({ origin: undefined, base: '/llm-notes/', from: undefined });
    // URL and CF_PAGES_URL count only on their own hosts.
    expect(siteLocation({ URL: 'https://x.test/' }).origin).toBeUndefined();
    expect(siteLocation({ CF_PAGES_URL: 'https://x.test/' }).origin).toBeUndefined();
  });

  it('takes origin and sub-path from SITE_URL', () => {
    expect(siteLocation({ SITE_URL: 'https://notes.example.net/llm/' })).toEqual({ origin: 'https://notes.example.net', base: '/llm/', from: 'SITE_URL' });
    expect(siteLocation({ SITE_URL: 'https://notes.example.net/llm' }).base).toBe('/llm/');
    expect(siteLocation({ SITE_URL: 'https://notes.example.net' }).base).toBe('/');
    // The older way, origin and BASE_PATH apart, still works.
    expect(siteLocation({ SITE_URL: 'https://user.github.io', BASE_PATH: 'repo' })).toMatchObject({ origin: 'https://user.github.io', base: '/repo/' });
    expect(siteLocation({ SITE_URL: 'https://user.github.io/repo/', BASE_PATH: '/repo/' }).base).toBe('/repo/');
  });

  it("reads the host's own variable: Netlify's URL, Cloudflare Pages' CF_PAGES_URL; SITE_URL wins", () => {
    expect(siteLocation({ NETLIFY: 'true', URL: 'https://notes.netlify.app' })).toEqual({ origin: 'https://notes.netlify.app', base: '/', from: 'URL (Netlify)' });
    expect(siteLocation({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc.notes.pages.dev' }).origin).toBe('https://abc.notes.pages.dev');
    expect(siteLocation({ NETLIFY: 'true', URL: 'https://notes.netlify.app', SITE_URL: 'https://notes.example.net/' }).origin).toBe('https://notes.example.net');
  });

  it('rejects what is not an http(s) address, and a path that contradicts BASE_PATH', () => {
    expect(() => siteLocation({ SITE_URL: 'notes.example.net' })).toThrow(/SITE_URL must be an absolute address/);
    expect(() => siteLocation({ SITE_URL: 'ftp://notes.example.net/' })).toThrow(/http\(s\)/);
    expect(() => siteLocation({ SITE_URL: 'https://a.test/one/', BASE_PATH: '/two/' })).toThrow(/BASE_PATH is \/two\//);
  });
});

describe('absoluteUrl', () => {
  it('is undefined without an origin', () => {
    expect(absoluteUrl('/zh/', undefined)).toBeUndefined();
    expect(absoluteUrl('/llm/zh/', new URL('https://notes.example.net'))).toBe('https://notes.example.net/llm/zh/');
  });
});

describe('robotsTxt', () => {
  it('names the sitemap only on a known origin', () => {
    expect(robotsTxt('/', undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('/llm/', new URL('https://notes.example.net'))).toContain('\nSitemap: https://notes.example.net/llm/sitemap-index.xml\n');
  });
});
