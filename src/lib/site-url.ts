/**
 * Where the site is deployed, from the environment, and nothing invented: canonical links,
 * hreflang, og:url, the sitemap, robots.txt and the addresses printed on handouts all come from
 * here. Read by astro.config.mjs before the build.
 *
 * The origin comes from the first of:
 *   SITE_URL                      set by hand or by the GitHub Pages workflow (configure-pages' base_url);
 *                                 it may carry the sub-path, e.g. https://notes.example.net/llm/
 *   URL        when NETLIFY=true  Netlify's main address of the site
 *   CF_PAGES_URL when CF_PAGES=1  Cloudflare Pages' address of the deployment
 * and the sub-path from BASE_PATH, or else from that URL's path. Without any of them the origin
 * is unknown: the build says so once and writes no absolute address of its own.
 */

export interface SiteLocation {
  /** "https://notes.example.net", or undefined when no variable names it. */
  origin: string | undefined;
  /** The sub-path with both slashes: "/" or "/llm/". */
  base: string;
  /** The variable the origin came from, for the build's log. */
  from: string | undefined;
}

export type Env = Record<string, string | undefined>;

function normalBase(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The deployed origin and base path from the environment; throws on a malformed or conflicting value. */
export function siteLocation(env: Env): SiteLocation {
  const candidates: [string, string | undefined][] = [
    ['SITE_URL', env.SITE_URL],
    ['URL (Netlify)', env.NETLIFY === 'true' ? env.URL : undefined],
    ['CF_PAGES_URL (Cloudflare Pages)', env.CF_PAGES === '1' ? env.CF_PAGES_URL : undefined],
  ];
  const found = candidates.find(([, value]) => value?.trim());
  const basePath = env.BASE_PATH?.trim() ? normalBase(env.BASE_PATH.trim()) : undefined;
  if (!found) return { origin: undefined, base: basePath ?? '/', from: undefined };
  const [from, raw] = found as [string, string];
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`${from} must be an absolute address such as https://notes.example.net/ (got "${raw}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${from} must be an http(s) address (got "${raw}")`);
  }
  const urlBase = normalBase(url.pathname);
  if (basePath && urlBase !== '/' && basePath !== urlBase) {
    throw new Error(`${from} has the path ${urlBase} but BASE_PATH is ${basePath}: set one of them, or both alike`);
  }
  return { origin: url.origin, base: basePath ?? urlBase, from };
}

/** The one warning a build without a known origin prints. */
export const NO_ORIGIN_WARNING =
  'SITE_URL is not set, so this build knows no address for the site: pages get no canonical link, og:url ' +
  'or sitemap, robots.txt names no sitemap, and handouts print page paths without a domain. ' +
  'Set SITE_URL=https://your.host/sub-path/ for a build you deploy (docs: README, "Deploying").';

/** An absolute URL of a site path on the deployed origin, or undefined when the origin is unknown. */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

/** robots.txt: allow everything, and name the sitemap when the origin is known. */
export function robotsTxt(base: string, site: URL | string | undefined): string {
  const sitemap = absoluteUrl(`${base.replace(/\/?$/, '/')}sitemap-index.xml`, site);
  return ['User-agent: *', 'Allow: /', ...(sitemap ? ['', `Sitemap: ${sitemap}`] : []), ''].join('\n');
}
