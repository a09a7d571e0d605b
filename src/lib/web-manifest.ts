/**
 * The web app manifest of one language (dist/<path>/manifest.webmanifest): installing the site
 * from a page of that language gives an app named with the course's title in it, starting at that
 * language's home, with the whole site (every language) as its scope. Colours are the site's
 * light theme (the page's theme-color metas give the dark one).
 */
import { withBase } from './paths';

export const ICON_SIZES = [192, 512] as const;
export const iconPath = (size: number) => `icons/icon-${size}.png`;

export interface ManifestInput {
  /** The course's title in this language. */
  title: string;
  /** BCP 47 code of the language. */
  code: string;
  /** The language's path (its home is <base><path>/). */
  path: string;
  base: string;
}

export function webManifest({ title, code, path, base }: ManifestInput): Record<string, unknown> {
  const name = title.trim();
  if (!name) throw new Error(`manifest.webmanifest (${path}): the course has no title in this language (course.yaml › title.${path})`);
  const start = withBase(base, `${path}/`);
  return {
    id: start,
    name,
    // Before a colon the title is usually its short form ("Deep Dive: …"); without one, the title.
    short_name: name.split(/[:：]/)[0]!.trim(),
    lang: code,
    start_url: start,
    scope: withBase(base),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#f4f5f7',
    icons: ICON_SIZES.map((size) => ({ src: withBase(base, iconPath(size)), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  };
}
