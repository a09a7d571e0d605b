/** Reading a built site from disk, for checks that need no browser. `root` defaults to dist/. */
import fs from 'node:fs';
import path from 'node:path';
import { resolveInside } from '../scripts/static-server.mjs';

export const dist = path.resolve('dist');

/** Every HTML file of a build, as site paths under its base ("/zh/tokenization/", "/404.html"). */
export function htmlPages(root = dist): { file: string; url: string }[] {
  const out: { file: string; url: string }[] = [];
  (function walk(dir: string) {
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = `/${path.relative(root, full).split(path.sep).join('/')}`;
        out.push({ file: full, url: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel });
      }
    }
  })(root);
  return out.sort((a, b) => a.url.localeCompare(b.url));
}

/** The file a path under the base names, if it exists (directory index included). */
export function fileFor(urlPath: string, root = dist): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const full = resolveInside(root, clean);
  if (!full) return undefined;
  if (fs.existsSync(full) && fs.statSync(full).isFile()) return full;
  const index = path.join(full, 'index.html');
  return fs.existsSync(index) ? index : undefined;
}

/** ids defined in an HTML file. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * Every internal href and src of every page (hreflang alternates and canonical links on the
 * deployed origin `origin`, a host, included when given) that does not resolve to a file of the build, or to an id in it for
 * a #fragment, or that leaves the base path; and every url() in the CSS that leaves it.
 */
export function brokenLinks(root = dist, base = '/', origin?: string): string[] {
  const broken: string[] = [];
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsOf.has(file)) idsOf.set(file, idsIn(fs.readFileSync(file, 'utf8')));
    return idsOf.get(file)!;
  };
  for (const page of htmlPages(root)) {
    const html = fs.readFileSync(page.file, 'utf8');
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const pageUrl = `http://site${base.replace(/\/$/, '')}${page.url}`;
    for (const ref of refs) {
      if (/^(https?:|mailto:|data:|blob:|javascript:)/.test(ref) && !(origin && new URL(ref).host === origin)) continue;
      const url = new URL(ref, pageUrl);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page.url} → ${ref} (outside ${base})`);
        continue;
      }
      const target = fileFor(url.pathname.slice(base.length - 1), root);
      if (!target) broken.push(`${page.url} → ${ref}`);
      else if (url.hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page.url} → ${ref} (no such id)`);
    }
  }
  const astro = path.join(root, '_astro');
  for (const name of fs.existsSync(astro) ? fs.readdirSync(astro).filter((f) => f.endsWith('.css')) : []) {
    for (const [, ref] of fs.readFileSync(path.join(astro, name), 'utf8').matchAll(/url\(["']?(\/[^)"']+)/g)) {
      if (!ref!.startsWith(base) || !fileFor(ref!.slice(base.length - 1), root)) broken.push(`_astro/${name} → url(${ref})`);
    }
  }
  return broken;
}
