// `npm run bench`: runs every benchmark in scripts/bench/ in order and prints its numbers.
// Benchmarks measure; tests assert. A bench may also check a budget and exit non-zero.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(import.meta.dirname, 'bench');
const only = process.argv[2];
let failed = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n== ${file} ==`);
  const result = spawnSync(process.execPath, [path.join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
