/**
 * robots.txt, written at build time: everything may be crawled, and the sitemap is named when the
 * origin is known (SITE_URL; without it there is no sitemap to name). Under a sub-path it lands
 * at <base>robots.txt, where a host that serves the site at its root also finds it.
 */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site-url';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(import.meta.env.BASE_URL, site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
