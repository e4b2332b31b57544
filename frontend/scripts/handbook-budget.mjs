// The handbook's first-load budget (issue acceptance: ≤ 300 KB of JavaScript, gzip). Reads Vite's build manifest,
// follows the handbook entry's static imports (what the browser downloads before the first screen) and fails the
// build when their gzip size goes over the budget. Lazy chunks are not counted: they load when a page needs them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '../target/classes/static';
const BUDGET = 300 * 1024;
const manifest = JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8'));

const seen = new Set();
function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) visit(next);
}
visit('handbook.html');

let total = 0;
const lines = [];
for (const key of seen) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const size = gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;
  total += size;
  lines.push(`  ${file}  ${(size / 1024).toFixed(1)} KB`);
}
console.log(`handbook first-load JavaScript (gzip): ${(total / 1024).toFixed(1)} KB of ${BUDGET / 1024} KB`);
for (const line of lines) console.log(line);
if (total > BUDGET) {
  console.error('handbook first-load JavaScript is over its budget');
  process.exit(1);
}
