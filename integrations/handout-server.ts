/**
 * The built site while the build prints its handouts: scripts/static-server.mjs (the one static
 * server, also behind the tests) on 127.0.0.1 at a free port, plus the Noto Sans SC web font from
 * node_modules at /__handout-fonts/, which it links into every handout page. The font is
 * TrueType-flavoured, so Chromium embeds a subset of it in the PDFs (Debian's Noto Sans CJK is
 * CFF-flavoured, which Chromium can only embed as Type 3 outlines: bigger, and unnamed in
 * pdffonts). The font never enters dist/: in a browser, handout pages use the reader's own fonts.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { startStaticServer } from '../scripts/static-server.mjs';

export const FONT_PREFIX = '/__handout-fonts/';

/** The folder of @fontsource/noto-sans-sc, or undefined when it is not installed. */
export function fontDir(): string | undefined {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'));
  } catch {
    return undefined;
  }
}

const FONT_LINKS = ['400', '700'].map((w) => `<link rel="stylesheet" href="${FONT_PREFIX}${w}.css">`).join('');

export interface HandoutServer {
  origin: string;
  close: () => Promise<void>;
}

export function startHandoutServer(dist: string, base: string): Promise<HandoutServer> {
  const fonts = fontDir();
  return startStaticServer({
    root: dist,
    base,
    gzip: false,
    mounts: fonts ? [{ prefix: FONT_PREFIX, dir: fonts }] : [],
    transformHtml: (html: string) => (html.includes('<meta name="handout-pdf"') ? html.replace('</head>', `${FONT_LINKS}</head>`) : html),
  });
}
