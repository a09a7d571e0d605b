/** /favicon.svg: the course's icon (its icon.svg, or the generator's; src/lib/course-icon.ts). */
import type { APIRoute } from 'astro';
import course from 'virtual:course';

export const prerender = true;

export const GET: APIRoute = () => new Response(course.icon, { headers: { 'Content-Type': 'image/svg+xml' } });
