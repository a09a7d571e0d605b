// Offline reading: what the service worker keeps (docs/offline.md), from dist/sw.js's plan and
// dist/offline-<path>.json. Bytes as stored in the cache (the files as built), and gzip -9 as a
// reader downloads them from a host that compresses text.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve('dist');
const sw = path.join(dist, 'sw.js');
if (!fs.existsSync(sw)) {
  console.error('No dist/sw.js: run `npm run build` first.');
  process.exit(1);
}
const source = fs.readFileSync(sw, 'utf8');
const first = source.slice(0, source.indexOf('\n'));
const plan = JSON.parse(first.replace(/^var __OFFLINE_PLAN__ = /, '').replace(/;$/, ''));
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
const onDisk = (url) => path.join(dist, url === './' ? 'index.html' : url.endsWith('/') ? `${url}index.html` : url);
const gz = (entries) => entries.reduce((s, e) => s + zlib.gzipSync(fs.readFileSync(onDisk(e.url)), { level: 9 }).length, 0);
const sum = (entries) => entries.reduce((s, e) => s + e.size, 0);

const rows = [{ group: 'shell (installed with the worker)', files: plan.shell.length, stored: mb(sum(plan.shell)), gzip: mb(gz(plan.shell)) }];
for (const l of plan.languages) {
  const pages = l.files.filter((f) => f.url.endsWith('/')).length;
  rows.push({ group: `language ${l.path} (${pages} pages + search)`, files: l.files.length, stored: mb(l.bytes), gzip: mb(gz(l.files)) });
  const total = [...plan.shell, ...l.files];
  rows.push({ group: `first visit in ${l.path}: shell + ${l.path}`, files: total.length, stored: mb(sum(total)), gzip: mb(gz(total)) });
}
console.log(`Precache of version ${plan.version} (cache "${plan.cache}")`);
console.table(rows);
const worker = Buffer.from(source);
console.log(`dist/sw.js: ${(worker.length / 1024).toFixed(1)} KB, ${(zlib.gzipSync(worker, { level: 9 }).length / 1024).toFixed(1)} KB gzip (workbox + the plan)`);
