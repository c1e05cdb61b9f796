// Bundles bench/ours.ts (parser + outline, in process) next to the benchmark. `npm run build`
// builds dist/server.js, which the server measurements spawn.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const HERE = import.meta.dirname;
export const OURS_CJS = join(HERE, 'out', 'ours.cjs');
export const SERVER_JS = join(HERE, '..', 'dist', 'server.js');
/** The bundle dist/server.js runs (from its code cache): where a server profile's lines are. */
export const SERVER_BUNDLE_JS = join(HERE, '..', 'dist', 'server-bundle.js');

export async function buildBench() {
  await build({
    entryPoints: [join(HERE, 'ours.ts')],
    outfile: OURS_CJS,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
  });
  if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`npm run build\` first (npm run bench does)`);
  return createRequire(import.meta.url)(OURS_CJS);
}
