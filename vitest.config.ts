import { defineConfig } from 'vitest/config';

/**
 * Two kinds of tests. `generator`: the code, on small inputs and the fixture courses in
 * e2e/fixtures/ (what another course's maintainer runs: npm run test:generator). `course`: this
 * course's own content and facts (*.course.test.ts, against COURSE_DIR, default content/).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'generator', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'integrations/**/*.test.ts'], exclude: ['**/*.course.test.ts', '**/node_modules/**'] } },
      { test: { name: 'course', include: ['src/**/*.course.test.ts'] } },
    ],
  },
});
