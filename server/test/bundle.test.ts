// What the bundled server (dist/server-bundle.js, scripts/bundle.mjs) does at start: the built-in
// modules no stdio server needs are loaded on first use, and its imports of vscode-languageserver
// are the modules themselves, not esbuild's interop copies of them (scripts/lib/interop.mjs).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { PROJECT_ROOT } from './support/lspClient';

const BUNDLE = path.join(PROJECT_ROOT, 'dist', 'server-bundle.js');
const INTEROP = pathToFileURL(path.join(PROJECT_ROOT, 'scripts', 'lib', 'interop.mjs')).href;
// A dynamic import that TypeScript's CommonJS output leaves as an import (interop.mjs is an ES module).
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<{ withoutInterop(code: string): string }>;

describe('the bundled server at start', () => {
  it('started on stdio, has not loaded node:crypto nor node:child_process (loaded on first use)', () => {
    const script = `process.argv = [process.execPath, 'unres-language-server', '--stdio']; require(${JSON.stringify(BUNDLE)}); process.stderr.write(JSON.stringify(process.moduleLoadList)); process.exit(0);`;
    const run = spawnSync(process.execPath, ['-e', script], { input: '', encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    const loaded = JSON.parse(run.stderr) as string[];
    // The listing names built-in modules so; vscode-languageserver itself must be in it by then.
    assert.ok(loaded.includes('NativeModule stream'), 'the listing holds the modules loaded at start');
    assert.deepStrictEqual(loaded.filter((m) => m === 'NativeModule crypto' || m === 'NativeModule child_process'), []);
  });

  it('imports a module that declares itself an ES module as the module itself; others through the interop view', async () => {
    const { withoutInterop } = await importEsm(INTEROP);
    const bundle = [
      'var require_esm = __commonJS({\n  "esm.js"(exports2) {\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.a = 1;\n  }\n});\n',
      'var require_plain = __commonJS({\n  "plain.js"(exports2, module2) {\n    module2.exports = { a: 1 };\n  }\n});\n',
      'var x = __toESM(require_esm());\nvar y = __toESM(require_plain());\nvar z = __toESM(require("path"));\n',
    ].join('');
    const out = withoutInterop(bundle);
    assert.ok(out.includes('var x = require_esm();'), out);
    assert.ok(out.includes('var y = __toESM(require_plain());'), out);
    assert.ok(out.includes('var z = __toESM(require("path"));'), out);
  });

  it('dist/server-bundle.js takes vscode-languageserver without the interop view (nothing left to rewrite)', async () => {
    const { withoutInterop } = await importEsm(INTEROP);
    const code = readFileSync(BUNDLE, 'utf8');
    assert.strictEqual(withoutInterop(code), code);
    assert.ok(/var import_node\d* = require_main\d+\(\);/.test(code), 'vscode-languageserver/node is imported as the module itself');
  });
});
