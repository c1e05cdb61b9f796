// Helper for suites that run a set of compiled mocha test files in this process.
import Mocha from 'mocha';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function testFiles(dir, pattern = /\.test\.js$/) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...testFiles(p, pattern));
    else if (pattern.test(e.name)) out.push(p);
  }
  return out.sort();
}

export function runMocha(files, options = {}) {
  const mocha = new Mocha({ timeout: 30000, reporter: 'spec', ...options });
  for (const f of files) mocha.addFile(f);
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures }));
  });
}
