import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { withBase } from '../src/lib/paths';
import { fileUrl, offlineList, offlineListPath, offlinePlan, planVersion, sum, writeWorker, type BuiltFile, type OfflinePlan } from '../src/lib/offline';

const sha = (data: crypto.BinaryLike) => crypto.createHash('sha256').update(data).digest('hex');
const swSource = fileURLToPath(new URL('../src/offline/sw.ts', import.meta.url));

/** Every file under dist/ but the offline files themselves, with its size and content hash. */
export function builtFiles(root: string): BuiltFile[] {
  const out: BuiltFile[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (rel === 'sw.js' || /^offline-[^/]+\.json$/.test(rel)) continue;
    const bytes = fs.readFileSync(path.join(root, rel));
    out.push({ path: rel, size: bytes.length, revision: sha(bytes).slice(0, 16) });
  }
  return out;
}

/**
 * The worker, bundled (workbox included) as one classic script, after a first line giving the
 * plan as JSON: `var __OFFLINE_PLAN__ = {…};` (readable by tests and tools without running it).
 */
async function bundleWorker(plan: OfflinePlan): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      // A classic script: module service workers are not yet everywhere.
      lib: { entry: swSource, formats: ['iife'], name: 'courseOffline', fileName: () => 'sw.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('offline: bundling src/offline/sw.ts gave no script');
  return writeWorker(plan, chunk.code);
}

/**
 * After the build (and the search index): the offline lists (dist/offline-<path>.json, what a
 * language costs and which files it is) and the service worker dist/sw.js, which carries this
 * build's plan, so any changed file gives a new worker and a new version. See docs/offline.md.
 */
export function offline(languages: readonly string[]): AstroIntegration {
  let base = '/';
  return {
    name: 'course-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = builtFiles(root);
        const plan = offlinePlan(files, languages, base, planVersion(files, sha));
        for (const language of plan.languages) {
          const name = offlineListPath(language.path);
          const text = `${JSON.stringify(offlineList(plan, language))}\n`;
          fs.writeFileSync(path.join(root, name), text);
          // The lists are part of the shell: the save control reads them offline too.
          plan.shell.push({ url: fileUrl(name), revision: sha(text).slice(0, 16), size: Buffer.byteLength(text) });
        }
        fs.writeFileSync(path.join(root, 'sw.js'), await bundleWorker(plan));
        const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
        logger.info(
          `service worker ${plan.version}: shell ${plan.shell.length} files, ${mb(sum(plan.shell))}; ${plan.languages.map((l) => `${l.path} ${l.files.length} files, ${mb(l.bytes)}`).join('; ')}`,
        );
      },
    },
  };
}
