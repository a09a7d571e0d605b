import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium.mjs';

/** findChromium on a pretend machine where only `files` exist. */
function find(files: string[], env: Record<string, string> = {}, platform: NodeJS.Platform = 'linux', own = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome') {
  return findChromium({ env, platform, exists: (f: string) => files.includes(f), playwrightPath: () => own });
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, and fails when it names nothing', () => {
    expect(find(['/usr/bin/chromium', '/x/chrome'], { CHROMIUM_PATH: '/x/chrome' })).toEqual({ path: '/x/chrome', source: 'CHROMIUM_PATH' });
    expect(() => find(['/usr/bin/chromium'], { CHROMIUM_PATH: '/x/chrome' })).toThrow(/CHROMIUM_PATH is \/x\/chrome/);
  });

  it('then an installed browser at its usual path, Linux and macOS', () => {
    expect(find(['/usr/bin/google-chrome-stable', '/usr/bin/chromium'])?.path).toBe('/usr/bin/chromium');
    expect(find(['/usr/bin/google-chrome-stable'])?.path).toBe('/usr/bin/google-chrome-stable');
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(find([mac, '/usr/bin/chromium'], {}, 'darwin')).toEqual({ path: mac, source: 'installed browser' });
  });

  it('then the usual names on PATH', () => {
    expect(find(['/home/me/bin/chromium-browser'], { PATH: '/nope:/home/me/bin' })).toEqual({ path: '/home/me/bin/chromium-browser', source: 'chromium-browser on PATH' });
    expect(find(['/opt/a/chromium', '/opt/b/google-chrome'], { PATH: '/opt/a:/opt/b' })?.path).toBe('/opt/b/google-chrome');
  });

  it("then Playwright's own Chromium if it is installed, else nothing", () => {
    const own = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    expect(find([own])).toEqual({ path: own, source: "Playwright's Chromium" });
    expect(find([])).toBeUndefined();
    expect(find([], {}, 'win32')).toBeUndefined();
  });
});
