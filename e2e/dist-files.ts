/** Reading the built site from disk, for checks that need no browser. */
import fs from 'node:fs';
import path from 'node:path';

export const dist = path.resolve('dist');

/** Every HTML file in dist/, as site paths ("/zh/tokenization/", "/404.html"). */
export function htmlPages(): { file: string; url: string }[] {
  const out: { file: string; url: string }[] = [];
  (function walk(dir: string) {
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = `/${path.relative(dist, full).split(path.sep).join('/')}`;
        out.push({ file: full, url: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel });
      }
    }
  })(dist);
  return out.sort((a, b) => a.url.localeCompare(b.url));
}

/** The file a site path names, if it exists (directory index included). */
export function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const full = path.join(dist, clean);
  if (!full.startsWith(dist)) return undefined;
  if (fs.existsSync(full) && fs.statSync(full).isFile()) return full;
  const index = path.join(full, 'index.html');
  return fs.existsSync(index) ? index : undefined;
}

/** ids defined in an HTML file. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}
