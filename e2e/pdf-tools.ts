/** Reading the built PDFs as a reader's tools would: poppler-utils for text, fonts and pixels. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';

export interface Manifest {
  elapsedMs: number;
  files: { file: string; bytes: number; pages: number }[];
}

/** dist/handouts.json, written by the build after printing. */
export function readManifest(): Manifest {
  const file = 'dist/handouts.json';
  if (!fs.existsSync(file)) throw new Error('No dist/handouts.json: build with PDFs (`npm run build`, without HANDOUTS=0).');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/** The text of a PDF or one page; `layout` keeps each printed line on one line (contents, tables). */
export function pdfText(file: string, page?: number, layout = false): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), ...range, file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): { pages: number; size: string } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]), size: /^Page size:.*\((\w+)\)/m.exec(out)?.[1] ?? '' };
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** pdffonts' table: name, type, encoding, emb, sub, uni (the type may have spaces, e.g. "CID TrueType"). */
export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    const [emb, sub, uni] = cols.slice(-5, -2);
    return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
  });
}

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Renders pages to 8-bit grayscale (pdftoppm -gray writes binary PGM files). */
export function grayPages(file: string, dpi: number, first?: number, last?: number): Gray[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-pages-'));
  try {
    const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])];
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), ...range, file, path.join(dir, 'p')]);
    return fs
      .readdirSync(dir)
      .sort()
      .map((name) => {
        const buf = fs.readFileSync(path.join(dir, name));
        const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 40).toString('latin1'));
        if (!header) throw new Error(`${name}: not a PGM file`);
        const width = Number(header[1]);
        const height = Number(header[2]);
        return { width, height, data: buf.subarray(header[0].length, header[0].length + width * height) };
      });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Share of inked pixels (darker than light grey) between `top` and `bottom` (fractions of the page height). */
export function ink(page: Gray, top: number, bottom: number): number {
  let dark = 0;
  const from = Math.floor(page.height * top);
  const to = Math.floor(page.height * bottom);
  for (let y = from; y < to; y++) {
    for (let x = 0; x < page.width; x++) if (page.data[y * page.width + x]! < 200) dark++;
  }
  return dark / ((to - from) * page.width);
}

/** The text of the first QR code found on a page, or undefined. */
export function readQr(file: string, page: number): string | undefined {
  const [img] = grayPages(file, 150, page, page);
  if (!img) return undefined;
  const rgba = new Uint8ClampedArray(img.width * img.height * 4);
  for (let i = 0; i < img.data.length; i++) {
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = img.data[i]!;
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, img.width, img.height)?.data;
}

/** Letters only: pdftotext breaks lines and may space things differently from the HTML. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** What a built chapter page says about itself: number, title, the second its video starts. */
export function chapterFacts(lang: string, slug: string): { number: number; title: string; start: number } {
  const html = fs.readFileSync(`dist/${lang}/${slug}/index.html`, 'utf8');
  const number = Number(/<article[^>]*data-chapter="(\d+)"/.exec(html)?.[1]);
  const title = decodeEntities(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '');
  const start = Number(/<a[^>]*href="[^"]*[?&](?:amp;)?t=(\d+)"[^>]*data-video-link/.exec(html)?.[1]);
  return { number, title, start };
}
