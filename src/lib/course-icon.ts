/**
 * The course's icon: `icon.svg` in the course folder, else the generator's own (a book, no
 * words), so no course wears another's. It becomes the site's favicon.svg and the installable
 * app's PNG icons (src/pages/favicon.svg.ts, src/pages/icons/icon-[size].png.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './content-checks';

export const ICON_FILE = 'icon.svg';

/** The generator's icon: an open book on the site's blue. */
export const DEFAULT_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f56c9"/>' +
  '<path d="M6 9.5c3.5-1.5 7-1.5 10 .8 3-2.3 6.5-2.3 10-.8V24c-3.5-1.5-7-1.5-10 .8-3-2.3-6.5-2.3-10-.8z" fill="none" stroke="#fff" stroke-width="2" stroke-linejoin="round"/>' +
  '<path d="M16 10.3v14.5" stroke="#fff" stroke-width="2"/></svg>';

/** An SVG document: an optional XML declaration and comments, then one <svg> root with the SVG namespace. */
export function svgProblem(text: string): string | undefined {
  const body = text.replace(/^\uFEFF/, '').replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/, '');
  if (!/^<svg[\s>]/.test(body)) return 'is not an SVG image: the file must start with an <svg> element';
  if (!/^<svg[^>]*\sxmlns=["']http:\/\/www\.w3\.org\/2000\/svg["']/.test(body)) return 'needs xmlns="http://www.w3.org/2000/svg" on its <svg> element (browsers show it as an image only with it)';
  if (!/<\/svg>\s*$/.test(body)) return 'does not end with </svg>';
  if (/<script[\s>]/i.test(body)) return 'has a <script>: an icon is drawn, not run; remove it';
  return undefined;
}

/** The icon of the course in `dir`, and a problem if its icon.svg cannot be used. */
export function readCourseIcon(dir: string): { svg: string; problems: Problem[] } {
  const file = path.join(dir, ICON_FILE);
  if (!fs.existsSync(file)) return { svg: DEFAULT_ICON, problems: [] };
  const text = fs.readFileSync(file, 'utf8');
  const problem = svgProblem(text);
  return problem ? { svg: DEFAULT_ICON, problems: [{ level: 'error', file: ICON_FILE, message: problem }] } : { svg: text.trim(), problems: [] };
}
