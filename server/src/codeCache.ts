// Running a CommonJS bundle from a V8 code cache made for it (see launch.ts). Node-only.
import { readFileSync, statSync, writeFileSync } from 'fs';
import Module, { createRequire } from 'module';
import { dirname } from 'path';
import { Script } from 'vm';

export type CacheUse = 'used' | 'none' | 'other-source' | 'refused';

/**
 * Which file a cache was made for: V8 checks a cache against the source's length only, so the
 * cache begins with the bundle's size and modification time (a rebuilt or copied bundle has
 * another). Not a hash of the text: hashing 0.7 MB took 8 ms of a cold start in JS, and in
 * node:crypto its one large UTF-8 copy, once freed, raised glibc's mmap threshold, which left a
 * server with 5 MB open 5-9 MB larger.
 */
function stamp(file: string): Buffer {
  const st = statSync(file, { bigint: true });
  const out = Buffer.alloc(20);
  out.write('unrc', 0, 'latin1');
  out.writeBigUInt64LE(st.size, 4);
  out.writeBigUInt64LE(st.mtimeNs, 12);
  return out;
}

/**
 * Runs `bundle` as Node.js would require it, compiled with `${bundle}.cache` when that cache was
 * made for exactly this source (and by this V8: otherwise V8 refuses it and compiles as usual).
 * With `writeTo`, the cache of everything compiled by then is written there when the process exits.
 */
export function runCached(bundle: string, writeTo?: string): { cache: CacheUse; exports: unknown } {
  const source = Module.wrap(readFileSync(bundle, 'utf8').replace(/^#!.*/, ''));
  const made = stamp(bundle);
  let cachedData: Buffer | undefined;
  let cache: CacheUse = 'none';
  try {
    const file = readFileSync(`${bundle}.cache`);
    if (file.subarray(0, made.length).equals(made)) cachedData = file.subarray(made.length);
    else cache = 'other-source';
  } catch {
    // No cache (a build without one, or a copied bundle): compiled as usual.
  }
  const script = new Script(source, { filename: bundle, cachedData });
  if (cachedData) cache = script.cachedDataRejected ? 'refused' : 'used';
  if (writeTo) process.once('exit', () => writeFileSync(writeTo, Buffer.concat([made, script.createCachedData()])));
  const main = new Module(bundle, module);
  main.filename = bundle;
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
  run(main.exports, createRequire(bundle), main, bundle, dirname(bundle));
  return { cache, exports: main.exports };
}
