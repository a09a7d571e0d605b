import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.PORT || 4330);

export default defineConfig({
  testDir: 'e2e',
  // The generator's own spec builds fixture courses: playwright.generator.config.ts runs it.
  testIgnore: 'generator.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    // The service worker would take over pages in the middle of tests (and answer requests that
    // route() must see, e.g. a failing model file): e2e/offline.spec.ts allows it and tests it.
    serviceWorkers: 'block',
  },
  // The production build, served as a static host would (see scripts/serve.mjs).
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `http://127.0.0.1:${port}/zh/`,
    // Never reuse: a server already on this port may be serving another checkout's dist/.
    reuseExistingServer: false,
    env: { PORT: String(port) },
  },
  projects: [{ name: 'chromium' }],
});
