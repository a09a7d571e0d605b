// `npm run check:content`: the build's content check alone (checkCourseFolder in
// src/lib/course-model.ts), in a second or two, for authors editing chapters, terms and
// figures. The TypeScript runs through scripts/import-ts.mjs (esbuild): no second toolchain.
import { importTs } from './import-ts.mjs';

await importTs(
  `
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
  'check-content',
);
