// Bytes (gzip) of each page's HTML, and of the CSS and JavaScript it loads, from dist/.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve('dist');
if (!fs.existsSync(dist)) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

function assetsOf(html) {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  return { css, js, inlineJs };
}

const rows = [];
for (const page of ['zh/tokenization', 'en/tokenization', 'zh', 'en', 'zh/glossary', 'en/glossary']) {
  const file = path.join(dist, page, 'index.html');
  if (!fs.existsSync(file)) continue;
  const html = fs.readFileSync(file);
  const { css, js, inlineJs } = assetsOf(html.toString());
  const read = (href) => fs.readFileSync(path.join(dist, href.replace(/^\/(?:[^/]+\/)*?_astro\//, '_astro/')));
  rows.push({
    page: `/${page}/`,
    'html gz': gz(html),
    'css gz': css.reduce((s, h) => s + gz(read(h)), 0),
    'js files gz': js.reduce((s, h) => s + gz(read(h)), 0),
    'inline js gz': gz(Buffer.from(inlineJs)),
  });
}
console.table(rows);
