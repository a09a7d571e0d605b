import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../src/lib/content-checks';
import type { CourseReading } from '../src/lib/course-model';

const VIRTUAL = 'virtual:course';
const RESOLVED = `\0${VIRTUAL}`;

/**
 * The course, read once (src/lib/course-model.ts, in astro.config.mjs) and checked before Astro
 * starts: a broken field, a missing translation or string, or an unknown term fails `npm run
 * build` (and `npm run dev`) with the file and what to fix. Pages, endpoints and components get
 * the model as `import course from 'virtual:course'`.
 */
export function course(reading: CourseReading): AstroIntegration {
  return {
    name: 'course',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const errors = reading.problems.filter((p) => p.level === 'error');
        const warnings = reading.problems.filter((p) => p.level === 'warning');
        if (warnings.length) logger.warn(`\n${formatProblems(warnings, reading.dir)}`);
        if (errors.length || !reading.model) {
          throw new Error(`The course in ${reading.dir} has ${errors.length} problem(s) to fix:\n${formatProblems(errors, reading.dir)}`);
        }
        const derivedChaptersDir = writeDerivedChapters(reading, fileURLToPath(config.root));
        const json = JSON.stringify({ ...reading.model, derivedChaptersDir });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'virtual-course',
                resolveId: (id: string) => (id === VIRTUAL ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? `export default ${json};` : undefined),
              },
            ],
          },
        });
        logger.info(`course content checked: ${reading.dir} (${reading.model.languages.map((l) => l.code).join(', ')})`);
      },
    },
  };
}

/**
 * The chapters of derived languages (zh-tw made from zh), written where Astro's chapter collection
 * reads them: .astro/derived/<course>/chapters/<path>/NN-slug.mdx, one folder per course folder so
 * builds of two courses never share it. Rewritten on every start; never edited by hand.
 */
function writeDerivedChapters(reading: CourseReading, root: string): string | undefined {
  if (!reading.derivedChapters.length) return undefined;
  const id = createHash('sha256').update(path.resolve(reading.dir)).digest('hex').slice(0, 12);
  const dir = path.join(root, '.astro', 'derived', `${path.basename(reading.dir)}-${id}`, 'chapters');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const chapter of reading.derivedChapters) {
    fs.mkdirSync(path.join(dir, chapter.lang), { recursive: true });
    fs.writeFileSync(path.join(dir, chapter.lang, chapter.fileName), chapter.text);
  }
  return dir;
}
