// The one static server for a built site, as a static host would serve it: the base path,
// directory indexes (and a redirect for a directory without its trailing slash), the 404 page
// for missing paths, the headers of dist/_headers, gzip for text. Used by scripts/serve.mjs (the
// e2e tests and the bench) and by integrations/handout-server.ts (printing the handouts, which
// adds the web font and its links through `mounts` and `transformHtml`).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { headersFor, parseHeaderRules } from '../src/lib/headers.ts';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/**
 * `rel` (already decoded) joined to `root`, or undefined when the result is not inside root.
 * path.relative, not startsWith: "/srv/dist-other" starts with "/srv/dist" but is outside it.
 */
export function resolveInside(root, rel) {
  if (rel.includes('\0')) return undefined;
  const full = path.resolve(root, `.${path.sep}${rel}`);
  const back = path.relative(root, full);
  if (back === '') return full;
  if (back === '..' || back.startsWith(`..${path.sep}`) || path.isAbsolute(back)) return undefined;
  return full;
}

const isFile = (file) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * What a request path names: { file } for a file under root (a directory's index.html), with
 * `redirect` when a directory was asked for without its trailing slash; undefined for anything
 * missing, malformed, or outside root. `mounts` are other folders under a URL prefix.
 */
export function resolveRequest(urlPath, { root, base = '/', mounts = [] }) {
  for (const mount of mounts) {
    if (!urlPath.startsWith(mount.prefix)) continue;
    const file = decodeInside(mount.dir, urlPath.slice(mount.prefix.length));
    return file && isFile(file) ? { file } : undefined;
  }
  if (!urlPath.startsWith(base)) return undefined;
  const full = decodeInside(root, urlPath.slice(base.length));
  if (!full) return undefined;
  if (isFile(full)) return { file: full };
  const index = path.join(full, 'index.html');
  if (!isFile(index)) return undefined;
  const redirect = !urlPath.endsWith('/');
  return { file: index, redirect };
}

function decodeInside(root, encoded) {
  let rel;
  try {
    rel = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  return resolveInside(path.resolve(root), rel);
}

/**
 * An http.Server for `root` under `base`. Options: headerRules (parsed _headers; read from
 * root/_headers when left out), gzip (for clients that accept it), mounts ({ prefix, dir }),
 * transformHtml(html, file) → html.
 */
export function createStaticServer({ root, base = '/', headerRules, gzip = true, mounts = [], transformHtml }) {
  root = path.resolve(root);
  base = base.replace(/\/?$/, '/');
  if (!headerRules) {
    const file = path.join(root, '_headers');
    headerRules = fs.existsSync(file) ? parseHeaderRules(fs.readFileSync(file, 'utf8')) : [];
  }
  return http.createServer((req, res) => {
    let urlPath;
    try {
      urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      res.writeHead(400).end();
      return;
    }
    const found = resolveRequest(urlPath, { root, base, mounts });
    // A directory without its trailing slash redirects, as static hosts do.
    if (found?.redirect) {
      res.writeHead(301, { Location: `${urlPath}/` }).end();
      return;
    }
    const notFound = path.join(root, '404.html');
    const body = found?.file ?? (isFile(notFound) ? notFound : undefined);
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const status = found ? 200 : 404;
    const type = TYPES[path.extname(body)] ?? 'application/octet-stream';
    // Text is gzipped when the client accepts it, as static hosts do (Lighthouse counts it).
    const zip = gzip && /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const encoding = zip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {};
    res.writeHead(status, { 'Content-Type': type, ...encoding, ...headersFor(headerRules, found ? urlPath : `${base}404.html`) });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const out = zip ? zlib.createGzip() : res;
    if (zip) out.pipe(res);
    if (transformHtml && type.startsWith('text/html')) out.end(transformHtml(fs.readFileSync(body, 'utf8'), body));
    else fs.createReadStream(body).pipe(out);
  });
}

/** Starts a server (port 0: a free one) on 127.0.0.1; resolves to { origin, close }. */
export async function startStaticServer(options, { port = 0, host = '127.0.0.1' } = {}) {
  const server = createStaticServer(options);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    origin: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
