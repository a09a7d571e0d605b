// Serves a built site (dist/, or DIST_DIR) on 127.0.0.1:PORT under BASE_PATH, as a static host
// would (scripts/static-server.mjs). Used by the e2e tests and the bench; `npm run preview` is
// Astro's own server for reading.
import path from 'node:path';
import { startStaticServer } from './static-server.mjs';

const root = path.resolve(process.env.DIST_DIR || 'dist');
const port = Number(process.env.PORT || 4330);
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

const { origin } = await startStaticServer({ root, base }, { port });
console.log(`serving ${root} at ${origin}${base}`);
