// Makes sure Debian's Chromium, a CJK font and poppler-utils are on the machine: the e2e tests
// and the PDF handouts need them. Playwright's own browser download cannot work here (no network
// but the package registries), so this installs Debian's packages when running as root, and
// otherwise says exactly what to install.
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';

import { chromiumPath } from './chromium.mjs';

function hasCjkFont() {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
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

export function missingPackages() {
  const missing = [];
  if (!fs.existsSync(chromiumPath)) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (!hasCommand('pdfinfo')) missing.push('poppler-utils');
  // The W3C Nu HTML Checker (vnu-jar from npm) runs on Java.
  if (!hasCommand('java')) missing.push('default-jre-headless');
  return missing;
}

export function ensureBrowser() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    throw new Error(
      `Missing: ${missing.join(', ')}. Install them, e.g. on Debian/Ubuntu:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  console.log(`Installing ${missing.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBrowser();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
