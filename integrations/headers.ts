import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeaderRules, metaPolicy, parseHeaderRules, siteHeaderRules } from '../src/lib/headers';
import { withBase } from '../src/lib/paths';

/**
 * After the build: dist/_headers, from public/_headers with its paths under the base and the
 * pages' Content Security Policy as a response header (src/lib/headers.ts says why). A page
 * without the policy meta fails the build: the header would otherwise be missing for it.
 */
export function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'course-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase(config.base); // with its trailing slash
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const file = path.join(root, '_headers');
        const source = parseHeaderRules(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
        const policies = new Map<string, string>();
        for (const rel of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!rel.endsWith('.html')) continue;
          const policy = metaPolicy(fs.readFileSync(path.join(root, rel), 'utf8'));
          if (!policy) throw new Error(`headers: ${rel} has no Content-Security-Policy meta (astro.config security.csp).`);
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
