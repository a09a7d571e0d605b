import fs from 'node:fs';

/** The e2e suite tests the production build; say so plainly when there is none. */
export default function globalSetup() {
  if (!fs.existsSync('dist/index.html')) {
    throw new Error('No production build in dist/. Run `npm run build` first, then `npm test`.');
  }
}
