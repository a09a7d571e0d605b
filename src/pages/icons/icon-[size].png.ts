/**
 * The app icons of the web manifest: the site's icon (public/favicon.svg) drawn as PNG at each
 * size browsers ask for to install an app (sharp, at build time).
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import favicon from '../../../public/favicon.svg?raw';
import { ICON_SIZES } from '../../lib/web-manifest';

export function getStaticPaths() {
  return ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params['size']);
  // Drawn at the target size from the vector: a density high enough that nothing is upscaled.
  const png = await sharp(Buffer.from(favicon), { density: Math.ceil((72 * size) / 32) }).resize(size, size).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
