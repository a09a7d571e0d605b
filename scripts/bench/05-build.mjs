// A clean build, timed: Astro's caches (.astro/, node_modules/.astro, node_modules/.vite) removed,
// then `astro build` with the PDFs into a temporary folder, so dist/ is left as it is. Prints the
// total and the phases the build log names (pages, search index, PDFs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) fs.rmSync(dir, { recursive: true, force: true });
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
const started = performance.now();
const log = await new Promise((resolve, reject) => {
  let out = '';
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { env: { ...process.env, HANDOUTS: '1' } });
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`astro build exited with ${code}:\n${out.slice(-2000)}`))));
});
const total = (performance.now() - started) / 1000;
const size = fs.readdirSync(outDir, { recursive: true }).reduce((s, f) => {
  const stat = fs.statSync(path.join(outDir, f));
  return stat.isFile() ? s + stat.size : s;
}, 0);
fs.rmSync(outDir, { recursive: true, force: true });

const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
const find = (re) => re.exec(plain)?.[1];
console.log(`Clean build (caches removed, PDFs included), ${os.cpus().length} cores:`);
console.table([
  { phase: 'whole build, process start to exit', time: `${total.toFixed(1)} s` },
  { phase: 'as Astro reports it (all phases)', time: `${find(/page\(s\) built in ([\d.]+)s/) ?? '?'} s` },
  { phase: 'search index (Pagefind)', time: find(/indexed .* in (\d+) ms/) ? `${(Number(find(/indexed .* in (\d+) ms/)) / 1000).toFixed(1)} s` : '?' },
  { phase: 'handout PDFs', time: find(/handout PDFs in ([\d.]+ s)/) ?? '?' },
]);
console.log(`Output: ${(size / 1024 / 1024).toFixed(1)} MB (${find(/(\d+) page\(s\) built/) ?? '?'} pages, ${find(/(\d+) handout PDFs/) ?? '?'} PDFs)`);
