// Running a CommonJS bundle from a V8 code cache made for it (see launch.ts). Node-only.
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import Module, { createRequire } from 'module';
import { dirname } from 'path';
import { Script } from 'vm';

export type CacheUse = 'used' | 'none' | 'other-source' | 'refused';

/**
 * Runs `bundle` as Node.js would require it, compiled with `${bundle}.cache` when that cache was
 * made for exactly this source (and by this V8: otherwise V8 refuses it and compiles as usual).
 * With `writeTo`, the cache of everything compiled by then is written there when the process exits.
 */
export function runCached(bundle: string, writeTo?: string): { cache: CacheUse; exports: unknown } {
  const source = Module.wrap(readFileSync(bundle, 'utf8').replace(/^#!.*/, ''));
  // V8 checks a cache against the source's length only: the cache names the exact source it was made for.
  const digest = createHash('sha1').update(source).digest();
  let cachedData: Buffer | undefined;
  let cache: CacheUse = 'none';
  try {
    const file = readFileSync(`${bundle}.cache`);
    if (file.subarray(0, digest.length).equals(digest)) cachedData = file.subarray(digest.length);
    else cache = 'other-source';
  } catch {
    // No cache (a build without one, or a copied bundle): compiled as usual.
  }
  const script = new Script(source, { filename: bundle, cachedData });
  if (cachedData) cache = script.cachedDataRejected ? 'refused' : 'used';
  if (writeTo) process.once('exit', () => writeFileSync(writeTo, Buffer.concat([digest, script.createCachedData()])));
  const main = new Module(bundle, module);
  main.filename = bundle;
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
  run(main.exports, createRequire(bundle), main, bundle, dirname(bundle));
  return { cache, exports: main.exports };
}
