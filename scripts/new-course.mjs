// `npm run new-course -- <dir> [--languages zh-CN:zh,en:en]`: writes a minimal valid course
// (course.yaml, one chapter per language, one glossary term) into <dir>, which must not exist or
// be empty. Build it with COURSE_DIR=<dir> npm run build; docs/authoring.md goes on from there.
// Languages are code:path pairs, the first being the primary; the generator ships strings and
// facts for zh-CN and en (src/i18n/packs), any other needs ui/<path>.yaml and its facts.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const langArg = args.find((a) => a.startsWith('--languages='))?.split('=')[1] ?? (args.includes('--languages') ? args[args.indexOf('--languages') + 1] : 'zh-CN:zh,en:en');
if (!dir) {
  console.error('usage: npm run new-course -- <dir> [--languages zh-CN:zh,en:en]');
  process.exit(2);
}
if (fs.existsSync(dir) && fs.readdirSync(dir).length) {
  console.error(`${dir} is not empty: choose a new folder`);
  process.exit(1);
}

/** Words for the starter text in the languages the generator knows; others get English. */
const words = {
  zh: { title: '新课程', subtitle: '一句话说明这门课', part: '第一部分', chapter: '欢迎', summary: '这一章讲什么。', q: '这门课讲什么？', section: '开始', text: '这里开始写笔记。第一次用到术语时写成', term: '术语', def: '一到三句话的定义。', licence: '说明视频可以怎样使用。' },
  en: { title: 'A new course', subtitle: 'What the course is about, in one line', part: 'Part one', chapter: 'Welcome', summary: 'What this chapter explains.', q: 'What is this course about?', section: 'Start', text: 'Your notes start here. Link a term where it is first used:', term: 'term', def: 'A definition of one to three sentences.', licence: 'How the video may be used.' },
};
const languages = langArg.split(',').map((pair) => {
  const [code, p] = pair.split(':');
  if (!code || !p) {
    console.error(`--languages: "${pair}" is not code:path, e.g. zh-CN:zh`);
    process.exit(2);
  }
  return { code, path: p, w: words[code.toLowerCase().startsWith('zh') ? 'zh' : 'en'] };
});
const known = (code) => ['zh-cn', 'en'].includes(code.toLowerCase()) || code.toLowerCase().startsWith('en-');
const q = (s) => JSON.stringify(s);
const localized = (indent, key) => languages.map((l) => `${indent}${l.path}: ${q(l.w[key])}`).join('\n');

const course = `# The course: everything course-specific lives in this folder (docs/authoring.md).
# Languages in order, the first being the primary: code is the BCP 47 tag (<html lang>), path the
# URL segment and the key of every localized field below.
languages:
${languages.map((l) => `  - code: ${l.code}\n    path: ${l.path}${known(l.code) ? '' : `\n    # Not a language the generator ships: give its facts, and every string in ui/${l.path}.yaml.\n    label: ${q(l.code)}\n    collation: ${l.code}\n    quotes: { open: " (", close: ")" }\n    reading: { unit: word, perMinute: 200 }\n    ogLocale: xx_XX`}`).join('\n')}
title:
${localized('  ', 'title')}
subtitle:
${localized('  ', 'subtitle')}
speaker: Speaker Name
video:
  # The YouTube video the course follows: its 11-character id, its own title, its length.
  id: aaaaaaaaaaa
  title: The lecture's title
  length: "1:00:00"
  published: "2025-01-01"
parts:
  - id: part-one
    title:
${localized('      ', 'part')}
    chapters: [welcome]
licence:
${localized('  ', 'licence')}
`;
fs.mkdirSync(path.join(dir, 'glossary'), { recursive: true });
fs.writeFileSync(path.join(dir, 'course.yaml'), course);
for (const l of languages) {
  fs.mkdirSync(path.join(dir, 'chapters', l.path), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'chapters', l.path, '01-welcome.mdx'),
    `---
number: 1
title: ${q(l.w.chapter)}
start: "0:00:00"
end: "0:10:00"
summary: ${q(l.w.summary)}
questions:
  - q: ${q(l.w.q)}
    section: start
terms: [term]
---

## ${l.w.section} [#start]

${l.w.text} <Term id="term" />. [1:00]
`,
  );
}
fs.writeFileSync(
  path.join(dir, 'glossary', 'term.yaml'),
  `# One term: its name in each language, a definition, and where the course first explains it.
${languages.map((l) => `${l.path}: ${q(l.w.term)}`).join('\n')}
definition:
${localized('  ', 'def')}
introduced: { chapter: 1, at: "0:01:00" }
`,
);
console.log(`A new course in ${dir} (${languages.map((l) => l.code).join(', ')}). Next:
  COURSE_DIR=${dir} npm run check:content   # the content check alone
  COURSE_DIR=${dir} npm run dev             # live preview at http://localhost:4321/
  COURSE_DIR=${dir} npm run build           # the site in dist/ (docs/authoring.md, "Deploying")`);
