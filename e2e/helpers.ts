import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import type { Page } from '@playwright/test';
import { isHandoutPrintPage } from '../src/lib/handouts';
import { OFFLINE_PAGE } from '../src/lib/offline';
import { htmlPages } from './dist-files';

/** Every page path in a build's sitemap (sitemap-N.xml), e.g. "/zh/tokenization/"; empty when it has none. */
export function sitemapLocs(root = 'dist'): string[] {
  const files = fs.readdirSync(root).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files.flatMap((f) => [...fs.readFileSync(`${root}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
}

/**
 * Every page a reader or a crawler reaches, e.g. "/zh/tokenization/": the sitemap's when the
 * build has one (it knew its origin), otherwise the same list from the built pages (every
 * directory page but the handouts' printable twins).
 */
export function sitemapPaths(): string[] {
  const locs = sitemapLocs();
  if (locs.length) return locs.map((u) => new URL(u).pathname);
  return htmlPages()
    .map((p) => p.url)
    .filter((url) => url.endsWith('/') && !isHandoutPrintPage(url) && url !== `/${OFFLINE_PAGE}`);
}

/** The origin dist/ was built for (its canonical links), or undefined for a build without SITE_URL. */
export function builtOrigin(root = 'dist'): string | undefined {
  const href = /<link rel="canonical" href="([^"]+)"/.exec(fs.readFileSync(`${root}/en/index.html`, 'utf8'))?.[1];
  return href ? new URL(href).origin : undefined;
}

/** Chapter slugs built for a language, from dist/. */
export function chapterSlugs(): string[] {
  return sitemapPaths()
    .map((p) => /^\/zh\/([^/]+)\/$/.exec(p)?.[1])
    .filter((s): s is string => Boolean(s) && !['glossary', 'search', 'handouts', 'flashcards'].includes(s!));
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** A port nobody listens on (other servers may run on this machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Serves another build (not dist/) with scripts/serve.mjs under `base`; resolves once it answers. */
export async function serveBuild(dir: string, base: string): Promise<{ origin: string; close: () => void }> {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, DIST_DIR: dir, BASE_PATH: base, PORT: String(port) }, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}${base}`)).status < 500) return { origin, close: () => server.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error(`scripts/serve.mjs did not answer on ${origin}${base}`);
}
