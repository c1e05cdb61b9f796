// How fast each core of this machine runs one fixed loop right now: on a shared VM a core can be
// half as fast as its neighbour for minutes, and every figure of the run inherits that. Reported
// beside the results, never used to correct them. Linux with taskset only (null elsewhere).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { round } from './stats.mjs';

// Work of the parser's kind (a global regex over text, splitting, JSON): a loop of plain arithmetic
// runs at the same speed on both cores while this does not.
const LOOP = [
  "const s = ('Recalling its resolution 2331 (2016), “on trafficking”; 3. Decides (a) to renew. ').repeat(12000);",
  'const t = process.hrtime.bigint(); let n = 0;',
  'for (let r = 0; r < 6; r++) { const re = /(\\d{1,3})\\.|\\(([a-z])\\)|([A-Z][a-z]+)/g; let m; while ((m = re.exec(s))) n += m.index & 1;',
  "  const parts = s.split(' '); n += parts.length; n += JSON.parse(JSON.stringify(parts.slice(0, 50000))).length; }",
  "process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6) + ' ' + n);",
].join('\n');

export function coreSpeeds() {
  if (process.platform !== 'linux') return null;
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return os.cpus().map((_, core) => round(Number(execFileSync('taskset', ['-c', String(core), process.execPath, '-e', LOOP]).toString().split(' ')[0]), 1));
}
