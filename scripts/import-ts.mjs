// Runs the project's TypeScript from a Node script: bundles `contents` (imports resolved from the
// project root) with esbuild, Astro's own dependency, so there is no second toolchain, and imports it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The module `contents` (TypeScript) as imported; `name` names its bundle under node_modules/.cache/. */
export async function importTs(contents, name) {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
  });
  // Written inside node_modules so that the bundle's bare imports (yaml, zod…) resolve from there.
  const file = path.resolve(`node_modules/.cache/${name}.mjs`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, outputFiles[0].text);
  return import(pathToFileURL(file).href);
}
