import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeaderRules, metaPolicy, parseHeaderRules, siteHeaderRules, inlineScriptHashes, withInlineHashesOnly } from '../src/lib/headers';
import { withBase } from '../src/lib/paths';

/**
 * After the build: dist/_headers, from public/_headers with its paths under the base and the
 * pages' Content Security Policy as a response header (src/lib/headers.ts says why). A page
 * without the policy meta fails the build: the header would otherwise be missing for it.
 * First each page's policy keeps only the hashes of the site's inline scripts ('self' allows its files).
 */
export function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'course-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase(config.base); // with its trailing slash
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const file = path.join(root, '_headers');
        const source = parseHeaderRules(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
        const policies = new Map<string, string>();
        const pages = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((rel) => rel.endsWith('.html'));
        const inline = new Set((await Promise.all(pages.map((rel) => inlineScriptHashes(fs.readFileSync(path.join(root, rel), 'utf8'))))).flat());
        for (const rel of pages) {
          const html = fs.readFileSync(path.join(root, rel), 'utf8');
          const full = metaPolicy(html);
          if (!full) throw new Error(`headers: ${rel} has no Content-Security-Policy meta (astro.config security.csp).`);
          const policy = withInlineHashesOnly(full, inline);
          if (policy !== full) fs.writeFileSync(path.join(root, rel), html.replace(/(<meta http-equiv="content-security-policy" content=")[^"]*"/i, (_, start: string) => `${start}${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`));
          const page = `${base}${rel.split(path.sep).join('/')}`.replace(/index\.html$/, '');
          policies.set(page, policy);
        }
        const rules = siteHeaderRules(source, base, policies);
        const note = 'Written by the build (integrations/headers.ts) from public/_headers: edit that file.';
        fs.writeFileSync(file, formatHeaderRules(rules, note));
        const kinds = new Set(policies.values()).size;
        logger.info(`_headers: ${rules.length} rules, ${kinds === 1 ? 'one site-wide' : `${kinds} per-page`} Content-Security-Policy for ${policies.size} pages`);
      },
    },
  };
}
