// Bundles the client, the server and the CLI into dist/ with esbuild: the extension and the bin
// entries run from these files, with no node_modules needed at run time.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning',
  // jsonc-parser's default (UMD) build loads its parts with a dynamic require a bundle cannot follow.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
]);
