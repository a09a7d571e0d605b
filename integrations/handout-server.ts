/**
 * A static server for the built site while the build prints its handouts: dist/ under the base
 * path on 127.0.0.1 (a free port), plus the Noto Sans SC web font from node_modules at
 * /__handout-fonts/, which it links into every handout page. The font is TrueType-flavoured, so
 * Chromium embeds a subset of it in the PDFs (Debian's Noto Sans CJK is CFF-flavoured, which
 * Chromium can only embed as Type 3 outlines: bigger, and unnamed in pdffonts). The font never
 * enters dist/: in a browser, handout pages use the reader's own fonts.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';

export const FONT_PREFIX = '/__handout-fonts/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The folder of @fontsource/noto-sans-sc, or undefined when it is not installed. */
export function fontDir(): string | undefined {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'));
  } catch {
    return undefined;
  }
}

const FONT_LINKS = ['400', '700'].map((w) => `<link rel="stylesheet" href="${FONT_PREFIX}${w}.css">`).join('');

function inside(root: string, rel: string): string | undefined {
  const full = path.join(root, rel);
  return full === root || full.startsWith(root + path.sep) ? full : undefined;
}

export interface HandoutServer {
  origin: string;
  close: () => Promise<void>;
}

export async function startHandoutServer(dist: string, base: string): Promise<HandoutServer> {
  const root = path.resolve(dist);
  const fonts = fontDir();
  const server = http.createServer((req, res) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file: string | undefined;
    if (urlPath.startsWith(FONT_PREFIX) && fonts) file = inside(path.resolve(fonts), urlPath.slice(FONT_PREFIX.length));
    else if (urlPath.startsWith(base)) {
      file = inside(root, urlPath.slice(base.length));
      if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      let html = fs.readFileSync(file, 'utf8');
      if (html.includes('<meta name="handout-pdf"')) html = html.replace('</head>', `${FONT_LINKS}</head>`);
      res.writeHead(200, { 'Content-Type': type }).end(html);
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
