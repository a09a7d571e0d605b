// `npm run check:content`: the build's content check alone (src/lib/course-model.ts), in a
// second or two, for authors editing chapters, terms and figures. The TypeScript is bundled in
// memory with esbuild (Astro's own dependency) so no second toolchain is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const { outputFiles } = await build({
  stdin: {
    contents: `
      import { formatProblems } from './src/lib/content-checks';
      import { courseDir } from './src/lib/course-dir';
      import { readCourse } from './src/lib/course-model';
      const dir = courseDir();
      const { problems } = readCourse(dir);
      const errors = problems.filter((p) => p.level === 'error');
      const warnings = problems.filter((p) => p.level === 'warning');
      if (warnings.length) console.warn(formatProblems(warnings, dir));
      if (errors.length) {
        console.error(\`The course in \${dir} has \${errors.length} problem(s) to fix:\\n\${formatProblems(errors, dir)}\`);
        process.exit(1);
      }
      console.log(\`course content checked: \${dir}\`);
    `,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  write: false,
});
// Written inside node_modules so that the bundle's bare imports (yaml, zod…) resolve from there.
const file = path.resolve('node_modules/.cache/check-content.mjs');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, outputFiles[0].text);
await import(pathToFileURL(file).href);
