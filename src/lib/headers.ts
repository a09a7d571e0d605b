/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages): blocks of a path pattern
 * followed by indented `Name: value` lines. public/_headers is the source; the build writes
 * dist/_headers with its paths under BASE_PATH and the pages' Content Security Policy added as a
 * response header (integrations/headers.ts). scripts/serve.mjs reads the result with
 * `parseHeaderRules` and `headersFor`, as such a host would.
 *
 * Imported by scripts/serve.mjs straight into Node: no imports without file extensions here.
 */

export interface HeaderRule {
  /** A site path, `*` matching anything ("/_astro/*"). */
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const rule = rules.at(-1);
      const at = line.indexOf(':');
      if (!rule || at < 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path.`);
      rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

export function formatHeaderRules(rules: HeaderRule[], comment = ''): string {
  const blocks = rules.map((r) => [r.pattern, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return `${comment ? `${comment.replace(/^/gm, '# ')}\n` : ''}${blocks.join('\n\n')}\n`;
}

/** The headers for a request path: every matching rule's, later rules winning. */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const re = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (re.test(urlPath)) Object.assign(out, rule.headers);
  }
  return out;
}

/**
 * dist/_headers: the source rules with their paths under `base`, and the pages' CSP (from their
 * meta tags, keyed by site path) as a header. One site-wide rule when every page has the same
 * policy (Astro lists the site's script hashes on every page), else one rule per page. The
 * header adds `frame-ancestors`, which a meta policy cannot carry.
 */
export function siteHeaderRules(source: HeaderRule[], base: string, policies: Map<string, string>): HeaderRule[] {
  const prefix = base.replace(/\/$/, '');
  const rules = source.map((r) => ({ pattern: r.pattern.startsWith('/') ? prefix + r.pattern : r.pattern, headers: { ...r.headers } }));
  const distinct = new Set(policies.values());
  const header = (policy: string) => ({ 'Content-Security-Policy': `${policy.replace(/;\s*$/, '')}; frame-ancestors 'self'` });
  if (distinct.size === 1) {
    const [policy] = distinct;
    const all = rules.find((r) => r.pattern === `${prefix}/*`);
    if (all) Object.assign(all.headers, header(policy!));
    else rules.unshift({ pattern: `${prefix}/*`, headers: header(policy!) });
  } else {
    for (const [page, policy] of [...policies].sort(([a], [b]) => a.localeCompare(b))) rules.push({ pattern: page, headers: header(policy) });
  }
  return rules;
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaPolicy(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * The policy with only the script hashes its pages use: the hashes of the inline scripts found in
 * the built pages. Astro also lists hashes for its bundled script files, which 'self' already
 * allows on a static site, so they only lengthen every page (hundreds of bytes that do not
 * compress). Applies to a script-src with 'self'; `inline` holds "sha256-…" values. The policy is
 * plain text (metaPolicy's result), not an HTML attribute.
 */
export function withInlineHashesOnly(policy: string, inline: ReadonlySet<string>): string {
  return policy
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      if (name !== 'script-src' || !directive.includes("'self'")) return directive;
      return directive.replace(/\s*'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'/g, (token, hash: string) => (inline.has(hash) ? token : ''));
    })
    .join(';');
}

/** The "sha256-…" hash of every inline <script> of a page (the text a browser hashes). */
export async function inlineScriptHashes(html: string): Promise<string[]> {
  const hashes: string[] = [];
  for (const [, text] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    hashes.push(`sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`);
  }
  return hashes;
}
