#!/usr/bin/env node
// The `unres-language-server` command (dist/server.js): runs the bundled server,
// dist/server-bundle.js, from the V8 code cache the build made of it (dist/server-bundle.js.cache).
// Compiling the 0.7 MB bundle and the functions a first outline runs was about a fifth of a cold
// start, spawn to first symbols (A/B on this machine: 308 -> 258 ms, node -e 0 taking 142 ms).
// A cache made by another Node.js, or for another build of the bundle, is not used and the bundle
// is compiled as usual: nothing but speed depends on it. VS Code's extension starts the bundle directly.
import { join } from 'path';
import { runCached } from './codeCache';

// The build runs one warm-up session with this set, so that the cache holds what a first outline
// compiles, not only the bundle's top level (scripts/code-cache.mjs).
runCached(join(__dirname, 'server-bundle.js'), process.env.UNRES_WRITE_CODE_CACHE || undefined);
