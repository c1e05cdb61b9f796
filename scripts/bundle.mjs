// Bundles the client, the server and the CLI into dist/ with esbuild: the extension and the bin
// entries run from these files, with no node_modules needed at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { build, transform } from 'esbuild';
import { withoutInterop } from './lib/interop.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning',
  // jsonc-parser's default (UMD) build loads its parts with a dynamic require a bundle cannot follow.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};
// dist/server.js is the `unres-language-server` command: it runs dist/server-bundle.js from the
// code cache scripts/code-cache.mjs makes (see server/src/launch.ts); VS Code starts the bundle.
const outputs = { extension: 'dist/extension.js', server: 'dist/server-bundle.js', launcher: 'dist/server.js', cli: 'dist/cli.js' };

// vscode-jsonrpc and vscode-languageserver load node:child_process and node:net at start for the
// pipe and socket transports and a global-module lookup, none of which a stdio or IPC server uses:
// ~6 ms of a cold start. node:crypto likewise, for random pipe names and a UUID helper that the
// server never asks for: 3.9 ms to load on this machine, all of it at start. They get each module
// on first use instead.
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(child_process|net|crypto)$/ }, (args) => (/node_modules/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require(${JSON.stringify(`node:${args.path}`)}))[k] });`,
      loader: 'js',
    }));
  },
};
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: outputs.extension, external: ['vscode'] }),
  // Minified after withoutInterop (below), which reads esbuild's helper and module names.
  build({ ...common, minify: false, entryPoints: ['server/src/main.ts'], outfile: outputs.server, plugins: [lazyBuiltins] }),
  build({ ...common, entryPoints: ['server/src/launch.ts'], outfile: outputs.launcher }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: outputs.cli }),
]);

// The server's imports of vscode-languageserver without esbuild's interop copies (lib/interop.mjs).
const server = withoutInterop(readFileSync(outputs.server, 'utf8'));
writeFileSync(outputs.server, production ? (await transform(server, { minify: true, format: 'cjs', platform: 'node', target: 'node18' })).code : server);

// esbuild escapes non-ASCII characters in strings, but not in regular expression literals and
// String.raw templates (the parser's patterns hold curly quotes and dashes). One such character
// makes V8 hold the whole file as a two-byte string: 1.3 MB instead of 0.67 MB for the server,
// and compiling it took ~5 ms longer at every start. Written as \uXXXX, they mean the same in a
// pattern (our String.raw templates are all pattern sources); a backslash before one (an identity
// escape) would not, so that stops the build.
for (const file of Object.values(outputs)) {
  const code = readFileSync(file, 'utf8');
  // One UTF-16 unit at a time: an astral character becomes its two surrogate escapes.
  const ascii = code.replace(/(\\*)([^\x00-\x7f])/g, (m, slashes, c) => {
    if (slashes.length % 2 === 1) throw new Error(`${file}: an escaped non-ASCII character (${JSON.stringify(m)}) cannot be rewritten as \\u`);
    return `${slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  if (ascii !== code) writeFileSync(file, ascii);
}
