// The `unres` command line, run as a user runs it.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { FIXTURES } from './support/fixtures';
import { PROJECT_ROOT } from './support/lspClient';

const CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const SEED = path.join(FIXTURES, 'corpus/seed/S-RES-2388-2017.flat.txt');
const R1706 = path.join(FIXTURES, 'corpus/texts/S-RES-1706-2006.txt');

describe('unres command line', () => {
  it('outline prints the tree', () => {
    const r = run('outline', R1706);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Preamble$/m);
    assert.match(r.stdout, /^ {2}PP1 +“?Recalling its previous resolutions/m);
    assert.match(r.stdout, /^ {4}\(i\) +To cooperate closely/m);
  });

  it('outline --json gives the ids and offsets', () => {
    const r = run('outline', R1706, '--json');
    const j = JSON.parse(r.stdout);
    assert.strictEqual(j.preamble.length, 12);
    assert.strictEqual(j.operative.length, 15);
    assert.deepStrictEqual(j.operative[7].children.map((c: { id: string }) => c.id).slice(-2), ['OP8(k)', 'OP8(l)']);
  });

  it('select prints exactly the paragraph', () => {
    const r = run('select', '3', SEED);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, 'Recalling its primary responsibility for the maintenance of international peace and security, in accordance with the Charter of the United Nations,\n');
    const j = JSON.parse(run('select', 'OP8(i)', R1706, '--json').stdout);
    assert.strictEqual(j.id, 'OP8(i)');
  });

  it('fails clearly: unknown paragraph (1), bad address, missing file, directory, binary (2)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unres-cli-'));
    const bin = path.join(dir, 'x.pdf');
    writeFileSync(bin, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0xff]));
    const cases: [string[], number, RegExp][] = [
      [['select', 'OP99', SEED], 1, /no paragraph "OP99"/],
      [['select', 'three', SEED], 2, /not a paragraph address/],
      [['outline', path.join(dir, 'missing.txt')], 2, /no such file/],
      [['outline', dir], 2, /is a directory/],
      [['outline', bin], 2, /binary file/],
      [['frobnicate'], 2, /unknown command/],
    ];
    for (const [args, status, message] of cases) {
      const r = run(...args);
      assert.strictEqual(r.status, status, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
    }
  });
});
