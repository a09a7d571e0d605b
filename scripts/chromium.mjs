// Which Chromium every script and test launches through Playwright, on any host (docs/print.md):
//   1. CHROMIUM_PATH, when set (and then it must exist);
//   2. an installed Chrome or Chromium: the usual paths of Linux and macOS, then the names
//      google-chrome, google-chrome-stable, chromium, chromium-browser on PATH;
//   3. Playwright's own Chromium, where `npx playwright-core install chromium` has put it
//      (scripts/ensure-browser.mjs installs it where the host allows downloading it).
// Without the background-networking flags Chromium keeps trying to reach hosts it need not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const home = os.homedir();

/** Where Chrome and Chromium are installed, per platform, in order of preference. */
export const KNOWN_PATHS = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    path.join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    path.join(home, 'Applications/Chromium.app/Contents/MacOS/Chromium'),
  ],
};

/** Names looked up on PATH. */
export const COMMAND_NAMES = ['google-chrome', 'google-chrome-stable', 'chromium', 'chromium-browser'];

function isExecutable(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Where Playwright keeps its own Chromium (whether or not it is installed). */
export function playwrightChromiumPath() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The browser to use, as { path, source }, or undefined when there is none. Everything it reads
 * can be passed in (the unit test does). A CHROMIUM_PATH that does not exist is an error: the
 * user asked for that one.
 */
export function findChromium({
  env = process.env,
  platform = process.platform,
  exists = isExecutable,
  playwrightPath = playwrightChromiumPath,
} = {}) {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, and there is no such file.`);
    return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  for (const file of KNOWN_PATHS[platform] ?? []) {
    if (exists(file)) return { path: file, source: 'installed browser' };
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of COMMAND_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (exists(file)) return { path: file, source: `${name} on PATH` };
    }
  }
  const own = playwrightPath();
  if (own && exists(own)) return { path: own, source: "Playwright's Chromium" };
  return undefined;
}

function safeFind() {
  try {
    return findChromium()?.path;
  } catch {
    return process.env.CHROMIUM_PATH;
  }
}

/**
 * The browser found when this module was loaded (scripts/ensure-browser.mjs runs first where it
 * matters), or undefined: Playwright then tries its own and says how to install it.
 */
export const chromiumPath = safeFind();

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
