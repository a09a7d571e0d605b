/**
 * The app icons of the web manifest: the course's icon (src/lib/course-icon.ts) drawn as PNG at
 * each size browsers ask for to install an app (sharp, at build time).
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import course from 'virtual:course';
import { ICON_SIZES } from '../../lib/web-manifest';

export function getStaticPaths() {
  return ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params['size']);
  // Drawn at the target size from the vector: a density high enough that nothing is upscaled
  // (for an icon drawn at 32 units; a larger viewBox only means more than enough).
  let png: Buffer;
  try {
    png = await sharp(Buffer.from(course.icon), { density: Math.ceil((72 * size) / 32) }).resize(size, size).png().toBuffer();
  } catch (error) {
    throw new Error(`icon.svg of the course could not be drawn as a ${size} px PNG (${error instanceof Error ? error.message : error}): check that it is a valid SVG image`);
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
