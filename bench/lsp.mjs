// A minimal LSP client over stdio for the benchmark (mirrors server/test/support/lspClient.ts):
// spawns `node dist/server.js --stdio` as an editor would and speaks to it with vscode-jsonrpc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SERVER_JS } from './build.mjs';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

export const REQUEST_TIMEOUT_MS = 120_000;

/** The server process's memory counters from /proc (kB → MB), or null off Linux. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { VmHWM: kb('VmHWM') / 1024, VmRSS: kb('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

/** Positions (line, UTF-16 character) of offsets in a text, from its line starts. */
export function positioner(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

/** Spawns `node [execArgv] dist/server.js --stdio` (or another `script`) and initializes it. */
export async function startServer({ execArgv = [], script = SERVER_JS } = {}) {
  const proc = spawn(process.execPath, [...execArgv, script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => {
    if (stderr.length < 20_000) stderr += d;
  });
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  // Diagnostics are remembered per document (their arrival ends a background pass); log messages
  // and anything else are read and dropped, as fast as an editor would.
  const diagnostics = new Map();
  const waiters = new Set();
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    const d = { version: p.version, at: performance.now(), count: p.diagnostics.length };
    diagnostics.set(p.uri, d);
    for (const w of waiters) w(p.uri, d);
  });
  connection.onNotification(() => {});
  connection.onError(() => {});
  connection.listen();
  // Each request settles once, and then nothing refers to it: a timer or a reaction on the
  // pending `exited` promise per request would keep every answer reachable (a timer for 120 s, the
  // exit reaction for the whole run), and the benchmark process's own collections, promoting
  // those answers, were counted in the server's times (scavenges of 4.5-8.5 ms while typing).
  const pending = new Set();
  let exitError = null;
  void exited.then(({ code, signal }) => {
    exitError = new Error(`server exited (code ${code}, signal ${signal}): ${stderr.slice(-2000)}`);
    for (const fail of [...pending]) fail(exitError);
  });
  const request = (type, params) =>
    new Promise((resolve, reject) => {
      if (exitError) return reject(exitError);
      const settle = (f, v) => {
        clearTimeout(timer);
        pending.delete(fail);
        f(v);
      };
      const fail = (e) => settle(reject, e);
      const timer = setTimeout(() => fail(new Error(`timeout after ${REQUEST_TIMEOUT_MS} ms: ${typeof type === 'string' ? type : type.method}`)), REQUEST_TIMEOUT_MS).unref();
      pending.add(fail);
      connection.sendRequest(type, params).then((r) => settle(resolve, r), fail);
    });
  const initializeResult = await request(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        synchronization: { didSave: true, dynamicRegistration: false },
        foldingRange: { lineFoldingOnly: true },
      },
      workspace: { configuration: true, workspaceFolders: true },
    },
  });
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  const versions = new Map();
  return {
    proc,
    connection,
    initializeResult,
    capabilities: initializeResult.capabilities,
    stderr: () => stderr,
    request,
    open(uri, text, languageId = 'un-resolution') {
      versions.set(uri, 1);
      return connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    },
    /** One incremental change: replace [start, end) (positions) with `text`. */
    change(uri, range, text) {
      const version = versions.get(uri) + 1;
      versions.set(uri, version);
      return connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    },
    close(uri) {
      versions.delete(uri);
      return connection.sendNotification(rpc.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    symbols: (uri) => request(rpc.DocumentSymbolRequest.type, { textDocument: { uri } }),
    folding: (uri) => request(rpc.FoldingRangeRequest.type, { textDocument: { uri } }),
    hover: (uri, position) => request(rpc.HoverRequest.type, { textDocument: { uri }, position }),
    selectParagraph: (uri, paragraph) => request('unres/selectParagraph', { textDocument: { uri }, paragraph }),
    paragraphSummary: (uri) => request('unres/paragraphSummary', { textDocument: { uri } }),
    memory: () => memoryOf(proc.pid),
    pid: proc.pid,
    /**
     * Resolves with { at, count } when diagnostics for `uri` at `version` or later arrive (at once if
     * they already have), or with null after `timeoutMs`.
     */
    diagnosticsFor(uri, version, timeoutMs = 60_000) {
      const ok = (d) => d && (d.version === undefined || d.version === null || d.version >= version);
      const have = diagnostics.get(uri);
      if (ok(have)) return Promise.resolve(have);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(w);
          resolve(null);
        }, timeoutMs);
        const w = (u, d) => {
          if (u !== uri || !ok(d)) return;
          clearTimeout(timer);
          waiters.delete(w);
          resolve(d);
        };
        waiters.add(w);
      });
    },
    version: (uri) => versions.get(uri),
    async stop() {
      try {
        await Promise.race([
          (async () => {
            await connection.sendRequest(rpc.ShutdownRequest.type);
            await connection.sendNotification(rpc.ExitNotification.type);
          })(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('shutdown timeout')), 10_000).unref()),
        ]);
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000).unref())]);
      } catch {
        /* fall through to kill */
      }
      if (proc.exitCode === null && proc.signalCode === null) proc.kill();
      await exited;
      connection.dispose();
    },
  };
}
