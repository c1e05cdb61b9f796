// Makes dist/server-bundle.js.cache, the V8 code cache `unres-language-server` (dist/server.js)
// starts from (see server/src/launch.ts): one warm-up session over stdio, as an editor opens a
// resolution (initialize, open, its outline, shutdown), after which the server writes what it
// compiled: what a cold start runs, and no more (a larger cache is more to read at every start).
// The cache is valid for this Node.js only; run by `npm run build`, after scripts/bundle.mjs. The
// warm-up text is a public fixture.
import { spawn } from 'node:child_process';
import { readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const rpc = createRequire(import.meta.url)('vscode-jsonrpc/node');
const root = join(import.meta.dirname, '..');
const out = join(root, 'dist', 'server-bundle.js.cache');
const partial = `${out}.partial`;
const textPath = join(root, 'test-fixtures', 'corpus', 'texts', 'A-RES-80-5.txt');
const text = readFileSync(textPath, 'utf8');
const uri = pathToFileURL(textPath).href;

rmSync(partial, { force: true });
const proc = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, UNRES_WRITE_CODE_CACHE: partial } });
const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
const timer = setTimeout(() => {
  console.error('code-cache: the warm-up session took over 60 s; stopped');
  proc.kill('SIGKILL');
}, 60_000);

const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
connection.onRequest('client/registerCapability', () => null);
connection.onNotification(() => undefined);
connection.listen();

await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { workspaceTrusted: false } });
connection.sendNotification('initialized', {});
connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
const doc = { textDocument: { uri } };
await connection.sendRequest('textDocument/documentSymbol', doc);
await connection.sendRequest('shutdown');
connection.sendNotification('exit');
const { code, signal } = await exited;
clearTimeout(timer);
connection.dispose();
if (code !== 0) {
  console.error(`code-cache: the warm-up server exited with ${signal ?? code}`);
  process.exit(1);
}
renameSync(partial, out);
console.log(`code-cache: ${(statSync(out).size / 1e6).toFixed(2)} MB → ${out}`);
