import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintWorkflow, workflowFiles } from './lint-workflows.mjs';

const pages = fs.readFileSync('.github/workflows/pages.yml', 'utf8');

describe('actionlint on the workflows', () => {
  it('passes the deploy workflow', async () => {
    expect(workflowFiles()).toContain('.github/workflows/pages.yml');
    for (const file of workflowFiles()) expect(await lintWorkflow(fs.readFileSync(file, 'utf8'), file)).toEqual([]);
  }, 60_000);

  it('rejects a broken copy: a misspelt output, an unknown input, a job that needs a missing job, bad YAML', async () => {
    const broken = [
      pages.replace('steps.pages.outputs.base_url', 'steps.pages.outputs.base_ur'),
      pages.replace('          path: dist', '          pth: dist'),
      pages.replace('    needs: build', '    needs: bild'),
      pages.replace('on:\n', 'on:\n  push: [\n'),
    ];
    for (const text of broken) expect(text).not.toBe(pages);
    const problems = await Promise.all(broken.map((text) => lintWorkflow(text, 'pages.yml')));
    expect(problems[0]!.join('\n')).toMatch(/base_ur/);
    expect(problems[1]!.join('\n')).toMatch(/input "pth" is not defined/);
    expect(problems[2]!.join('\n')).toMatch(/bild/);
    expect(problems[3]!.length).toBeGreaterThan(0);
  }, 60_000);
});
