import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * The generator's end-to-end tests (npm run test:generator): they build the fixture courses of
 * e2e/fixtures/ themselves and serve each build, so they need no dist/ and no course of yours.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: 'generator.spec.ts',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: { launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
  projects: [{ name: 'chromium' }],
});
