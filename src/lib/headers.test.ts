import { describe, expect, it } from 'vitest';
import { formatHeaderRules, headersFor, metaPolicy, parseHeaderRules, siteHeaderRules, withInlineHashesOnly, inlineScriptHashes } from './headers';
import { cspHash } from './csp';

const source = parseHeaderRules(`# comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`);

describe('_headers', () => {
  it('parses and formats rules back to the same rules', () => {
    expect(source).toEqual([
      { pattern: '/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' } },
      { pattern: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    ]);
    expect(parseHeaderRules(formatHeaderRules(source, 'two\nlines'))).toEqual(source);
  });

  it('says which line is not a header', () => {
    expect(() => parseHeaderRules('  Orphan: 1')).toThrow(/"Orphan: 1"/);
    expect(() => parseHeaderRules('/*\n  no colon')).toThrow(/"no colon"/);
  });

  it('matches paths with *, later rules winning', () => {
    const rules = parseHeaderRules('/*\n  A: 1\n  B: 1\n/_astro/*\n  B: 2');
    expect(headersFor(rules, '/_astro/x.js')).toEqual({ A: '1', B: '2' });
    expect(headersFor(rules, '/zh/')).toEqual({ A: '1', B: '1' });
    expect(headersFor(parseHeaderRules('/a.b\n  A: 1'), '/aXb')).toEqual({});
  });

  it('adds one site-wide policy when every page has the same one, with frame-ancestors', () => {
    const policies = new Map([
      ['/zh/', "default-src 'self'; script-src 'self' 'sha256-x'"],
      ['/en/', "default-src 'self'; script-src 'self' 'sha256-x'"],
    ]);
    const rules = siteHeaderRules(source, '/', policies);
    expect(rules).toHaveLength(2);
    expect(headersFor(rules, '/en/')['Content-Security-Policy']).toBe("default-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors 'self'");
    expect(headersFor(rules, '/en/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('puts every path under the base', () => {
    const rules = siteHeaderRules(source, '/llm-notes/', new Map([['/llm-notes/zh/', "default-src 'self';"]]));
    expect(rules.map((r) => r.pattern)).toEqual(['/llm-notes/*', '/llm-notes/_astro/*']);
    expect(headersFor(rules, '/llm-notes/_astro/a.css')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/_astro/a.css')).toEqual({});
    expect(headersFor(rules, '/llm-notes/zh/')['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'self'");
  });

  it('gives each page its own policy when they differ', () => {
    const rules = siteHeaderRules([], '/', new Map([['/a/', "script-src 'sha256-a'"], ['/b/', "script-src 'sha256-b'"]]));
    expect(headersFor(rules, '/a/')['Content-Security-Policy']).toContain('sha256-a');
    expect(headersFor(rules, '/b/')['Content-Security-Policy']).toContain('sha256-b');
    expect(headersFor(rules, '/c/')['Content-Security-Policy']).toBeUndefined();
  });

  it('reads the policy of a page’s meta', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src 'self'; img-src 'self' data:"></head>`)).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });

  it("keeps only the hashes of the pages' inline scripts in a script-src with 'self'", () => {
    const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-inline=' 'sha256-file1=' 'sha256-file2='; style-src 'self' 'sha256-file1='";
    expect(withInlineHashesOnly(policy, new Set(['sha256-inline=']))).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-inline='; style-src 'self' 'sha256-file1='",
    );
    // Without 'self' a file needs its hash.
    expect(withInlineHashesOnly("script-src 'sha256-file1='", new Set())).toBe("script-src 'sha256-file1='");
  });

  it('hashes the text of inline scripts only, as the browser does', async () => {
    const html = '<script>var a=1</script><script type="module" src="/_astro/x.js"></script><script type="module">\nimport "y"\n</script>';
    expect(await inlineScriptHashes(html)).toEqual([await cspHash('var a=1'), await cspHash('\nimport "y"\n')]);
  });
});
