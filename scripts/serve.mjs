// A small static server for dist/, as a static host would serve it: directory indexes, the
// 404 page for missing paths, the BASE_PATH sub-path, the headers of dist/_headers, gzip for text.
// Used by the e2e tests and the bench; `npm run preview` is Astro's own server for reading.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { headersFor, parseHeaderRules } from '../src/lib/headers.ts';

const root = path.resolve(process.env.DIST_DIR || 'dist');
const port = Number(process.env.PORT || 4330);
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

// dist/_headers as the build wrote it (public/_headers under the base, plus the CSP).
const headerFile = path.join(root, '_headers');
const headerRules = fs.existsSync(headerFile) ? parseHeaderRules(fs.readFileSync(headerFile, 'utf8')) : [];

function resolveFile(urlPath) {
  if (!urlPath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const full = path.join(root, rel);
  if (!full.startsWith(root)) return undefined;
  if (fs.existsSync(full) && fs.statSync(full).isFile()) return full;
  const index = path.join(full, 'index.html');
  if (fs.existsSync(index)) return index;
  return undefined;
}

const server = http.createServer((req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  let file;
  try {
    file = resolveFile(urlPath);
  } catch {
    file = undefined;
  }
  // A directory without its trailing slash redirects, as static hosts do.
  if (file?.endsWith('index.html') && !urlPath.endsWith('/') && !urlPath.endsWith('.html')) {
    res.writeHead(301, { Location: `${urlPath}/` });
    res.end();
    return;
  }
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  const type = types[path.extname(body)] ?? 'application/octet-stream';
  // Text is gzipped when the client accepts it, as static hosts do (Lighthouse counts it).
  const gzip = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const encoding = gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {};
  res.writeHead(status, { 'Content-Type': type, ...encoding, ...headersFor(headerRules, file ? urlPath : `${base}404.html`) });
  if (req.method === 'HEAD') return res.end();
  const stream = fs.createReadStream(body);
  if (gzip) stream.pipe(zlib.createGzip()).pipe(res);
  else stream.pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
