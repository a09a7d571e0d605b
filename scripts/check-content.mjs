// `npm run check:content`: the build's content check alone (checkCourseFolder in
// src/lib/course-model.ts), in a second or two, for authors editing chapters, terms and
// figures. The TypeScript is bundled with esbuild (Astro's own dependency): no second toolchain.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const { outputFiles } = await build({
  stdin: {
    contents: `
      import { checkCourseFolder } from './src/lib/course-model';
      import { courseDir } from './src/lib/course-dir';
      const dir = courseDir();
      const { errors, warnings } = checkCourseFolder(dir);
      if (warnings) console.warn(warnings);
      if (errors) {
        console.error(errors);
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
