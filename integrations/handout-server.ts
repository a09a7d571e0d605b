/**
 * The built site while the build prints its handouts: scripts/static-server.mjs (the one static
 * server, also behind the tests) on 127.0.0.1 at a free port, plus the Noto Sans SC, TC and KR web
 * fonts from node_modules at /__handout-fonts/<sc|tc|kr>/, which it links into every handout
 * page: no CJK font of the system is needed (Korean occurs in one example). The fonts are
 * TrueType-flavoured, so Chromium embeds a subset of it in the PDFs (Debian's Noto Sans CJK is
 * CFF-flavoured, which Chromium can only embed as Type 3 outlines: bigger, and unnamed in
 * pdffonts). The font never enters dist/: in a browser, handout pages use the reader's own fonts.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { startStaticServer } from '../scripts/static-server.mjs';

export const FONT_PREFIX = '/__handout-fonts/';

/**
 * The web fonts of the handouts, by URL folder: Simplified and Traditional Chinese (and Latin),
 * Korean. handout.css picks the order by the page's language; Chromium fetches only the
 * unicode-range slices a page uses.
 */
export const FONT_PACKAGES: Record<string, string> = { sc: '@fontsource/noto-sans-sc', tc: '@fontsource/noto-sans-tc', kr: '@fontsource/noto-sans-kr' };

/** The folder of a font package, or undefined when it is not installed. */
function packageDir(name: string): string | undefined {
  try {
    return path.dirname(createRequire(import.meta.url).resolve(`${name}/400.css`));
  } catch {
    return undefined;
  }
}

/** The font packages that are not installed (the build fails on any, naming them). */
export function missingFontPackages(): string[] {
  return Object.values(FONT_PACKAGES).filter((name) => !packageDir(name));
}

const FONT_LINKS = Object.keys(FONT_PACKAGES)
  .flatMap((key) => ['400', '700'].map((w) => `<link rel="stylesheet" href="${FONT_PREFIX}${key}/${w}.css">`))
  .join('');

export interface HandoutServer {
  origin: string;
  close: () => Promise<void>;
}

export function startHandoutServer(dist: string, base: string): Promise<HandoutServer> {
  const mounts = Object.entries(FONT_PACKAGES).flatMap(([key, name]) => {
    const dir = packageDir(name);
    return dir ? [{ prefix: `${FONT_PREFIX}${key}/`, dir }] : [];
  });
  return startStaticServer({
    root: dist,
    base,
    gzip: false,
    mounts,
    transformHtml: (html: string) => (html.includes('<meta name="handout-pdf"') ? html.replace('</head>', `${FONT_LINKS}</head>`) : html),
  });
}
