// The code cache `unres-language-server` starts from (server/src/codeCache.ts, launch.ts): used
// only when made for exactly the bundle at hand by this Node.js, and never needed: without it,
// with a stale one or a damaged one, the bundle runs the same.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCached } from '../src/codeCache';
import { PROJECT_ROOT } from './support/lspClient';

const CODE_CACHE_JS = path.join(__dirname, '..', 'src', 'codeCache.js');

describe('code cache: the bundle run from a V8 code cache made for it', () => {
  let dir: string;
  let bundle: string;
  const source = '#!/usr/bin/env node\nmodule.exports = { twice: (x) => x * 2, dir: __dirname, file: __filename, read: typeof require("fs").readFileSync };\n';
  /** Runs the bundle in a child process that writes its cache on exit, as the build does. */
  const makeCache = () => execFileSync(process.execPath, ['-e', `require(${JSON.stringify(CODE_CACHE_JS)}).runCached(${JSON.stringify(bundle)}, ${JSON.stringify(bundle + '.cache')})`]);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'unres-cache-'));
    bundle = path.join(dir, 'bundle.js');
    writeFileSync(bundle, source);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('without a cache: runs as a CommonJS module (its exports, require, __dirname, __filename), the shebang line ignored', () => {
    const { cache, exports } = runCached(bundle);
    assert.strictEqual(cache, 'none');
    const e = exports as { twice(x: number): number; dir: string; file: string; read: string };
    assert.deepStrictEqual([e.twice(21), e.dir, e.file, e.read], [42, dir, bundle, 'function']);
  });

  it('with the cache made for it: used', () => {
    makeCache();
    assert.strictEqual(runCached(bundle).cache, 'used');
  });

  it('the bundle rebuilt since (same length, one letter): the cache is not used, the new source runs', () => {
    makeCache();
    writeFileSync(bundle, source.replace('x * 2', 'x * 3'));
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    const { cache, exports } = runCached(bundle);
    assert.strictEqual(cache, 'other-source');
    assert.strictEqual((exports as { twice(x: number): number }).twice(21), 63);
  });

  it('a damaged cache for the right source: V8 refuses it and the bundle runs', () => {
    makeCache();
    const file = readFileSync(bundle + '.cache');
    file.fill(7, 20 + 16);
    writeFileSync(bundle + '.cache', file);
    const { cache, exports } = runCached(bundle);
    assert.strictEqual(cache, 'refused');
    assert.strictEqual((exports as { twice(x: number): number }).twice(2), 4);
  });

  it('the build made a cache that this Node.js uses for dist/server-bundle.js', () => {
    const script = `process.argv = [process.execPath, 'unres-language-server', '--version']; const r = require(${JSON.stringify(CODE_CACHE_JS)}).runCached(${JSON.stringify(path.join(PROJECT_ROOT, 'dist', 'server-bundle.js'))}); process.stderr.write(r.cache);`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^unres-language-server \d/);
    assert.strictEqual(r.stderr, 'used');
  });
});
