// `unres citations FILE [--json]`, run as a user runs it.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { FIXTURES } from './support/fixtures';
import { PROJECT_ROOT } from './support/lspClient';

const CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const SEED = path.join(FIXTURES, 'corpus/seed/S-RES-2388-2017.flat.txt');

describe('unres citations', () => {
  it('lists the seed\'s citations, one per line, with what they cite', () => {
    const r = run('citations', SEED);
    assert.strictEqual(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^1:\d+\tprst\tS\/PRST\/2015\/25\t“Presidential Statement 2015\/25”$/);
    assert.ok(lines.some((l) => /\tsc-resolution\tS\/RES\/2331 \(2016\)\t“Resolution 2331 \(2016\)”/.test(l)));
    assert.ok(lines.some((l) => /\tinstrument\tUnited Nations Global Plan of Action to Combat Trafficking in Persons\t/.test(l)));
    assert.ok(!lines.some((l) => /S\/RES\/2388/.test(l)), 'not the seed\'s own symbol');
  });

  it('--json gives kinds, offsets and the catalogue\'s facts', () => {
    const r = run('citations', SEED, '--json');
    assert.strictEqual(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { kind: string; canonical: string; start: number; end: number; facts?: { date: string } }[];
    const prst = rows.find((x) => x.canonical === 'S/PRST/2015/25')!;
    assert.strictEqual(prst.facts?.date, '2015-12-16');
    assert.strictEqual(rows.find((x) => x.canonical === 'S/RES/2331 (2016)')?.facts?.date, '2016-12-20');
    assert.ok(rows.every((x) => x.end > x.start));
  });

  it('explains a missing file and a missing argument', () => {
    assert.strictEqual(run('citations', path.join(FIXTURES, 'nope.txt')).status, 2);
    const r = run('citations');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /expected one FILE/);
  });
});
