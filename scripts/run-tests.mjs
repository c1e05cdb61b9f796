// Runs every test suite in scripts/suites/ (in file-name order) and prints one summary line,
// "N passed, N failed", which CI reads. Exits non-zero on any failure.
// usage: node scripts/run-tests.mjs [name-filter ...]
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'suites');
const filters = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort().filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
let passed = 0, failed = 0;
const rows = [];
for (const f of files) {
  const suite = await import(pathToFileURL(join(dir, f)).href);
  const name = suite.name ?? f;
  const t0 = Date.now();
  let r;
  try {
    r = await suite.run();
  } catch (e) {
    console.error(`suite ${name} could not run: ${e?.stack ?? e}`);
    r = { passed: 0, failed: 1 };
  }
  passed += r.passed; failed += r.failed;
  rows.push(`${name}: ${r.passed} passed, ${r.failed} failed (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log('\n' + rows.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
