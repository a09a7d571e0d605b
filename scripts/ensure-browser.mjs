// Makes sure there is a browser to print the handouts with, on any host, without root where a
// browser exists (docs/print.md "Which browser"):
//   1. a browser scripts/chromium.mjs finds (CHROMIUM_PATH, an installed Chrome or Chromium,
//      Playwright's Chromium);
//   2. else Playwright's Chromium, downloaded by playwright-core where the host allows it;
//   3. else, as a last resort for Debian CI, Debian's `chromium` with apt-get, as root and only
//      where apt-get exists;
//   4. else an error that says what to do.
// The end-to-end tests (`--tests`) also need poppler-utils, a CJK font and Java (the W3C HTML
// checker); the build does not.
import { execFileSync, execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

import { findChromium, playwrightChromiumPath } from './chromium.mjs';

function hasCjkFont() {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().length > 0;
  } catch {
    return false;
  }
}

function hasCommand(name) {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function aptInstall(packages, log) {
  log(`Installing ${packages.join(', ')} from the system's packages (apt-get, as root)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

function playwrightInstall(log) {
  if (process.env.PLAYWRIGHT_INSTALL === '0') return false;
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'cli.js');
  log(`No Chrome or Chromium found: downloading Playwright's Chromium to ${path.dirname(playwrightChromiumPath() ?? '.')}…`);
  try {
    execFileSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit', timeout: 600_000 });
    return true;
  } catch {
    log("Playwright's Chromium could not be downloaded here.");
    return false;
  }
}

export const NO_BROWSER_HELP = [
  'No Chrome or Chromium was found, and none could be installed. Any of these works:',
  '  - install Chrome or Chromium (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium),',
  '  - or set CHROMIUM_PATH to a Chrome or Chromium binary,',
  "  - or download Playwright's Chromium: npx playwright-core install chromium",
  '  - or build without PDFs: HANDOUTS=0 npm run build',
].join('\n');

/** The browser to print with, as { path, source }; installs one where it can, or throws NO_BROWSER_HELP. */
export function ensureBrowser({ forTests = false, log = console.log } = {}) {
  let found = findChromium();
  if (!found && playwrightInstall(log)) found = findChromium();
  const apt = isRoot() && hasCommand('apt-get');
  if (!found && apt) {
    aptInstall(['chromium'], log);
    found = findChromium();
  }
  if (!found) throw new Error(NO_BROWSER_HELP);

  if (forTests) {
    const missing = [];
    if (!hasCommand('pdfinfo')) missing.push('poppler-utils');
    if (!hasCjkFont()) missing.push('fonts-noto-cjk');
    // The W3C Nu HTML Checker (vnu-jar from npm) runs on Java.
    if (!hasCommand('java')) missing.push('default-jre-headless');
    if (missing.length && apt) aptInstall(missing, log);
    else if (missing.length) {
      throw new Error(`The end-to-end tests also need ${missing.join(' and ')}: e.g. sudo apt-get install -y ${missing.join(' ')}`);
    }
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const found = ensureBrowser({ forTests: process.argv.includes('--tests') });
    console.log(`Chromium: ${found.path} (${found.source})`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
