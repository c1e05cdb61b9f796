// A real LSP client for tests: spawns the built server (dist/server.js, as an editor would, over
// stdio) and speaks to it with vscode-jsonrpc. Waits for responses, never sleeps.
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { existsSync } from 'fs';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  ShutdownRequest,
  ExitNotification,
  DocumentSymbolRequest,
  DocumentSymbol,
  TextDocumentContentChangeEvent,
  InitializeResult,
} from 'vscode-languageserver-protocol/node';

/** The repository root: the nearest folder above this file with the project's package.json. */
export const PROJECT_ROOT = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'test-fixtures'))) return dir;
  }
  throw new Error('project root not found above ' + __dirname);
})();
export const SERVER_JS = path.join(PROJECT_ROOT, 'dist', 'server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  initializeResult: InitializeResult;
  open(uri: string, text: string, languageId?: string): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  symbols(uri: string): Promise<DocumentSymbol[]>;
  stop(): Promise<void>;
}

export interface StartOptions {
  rootDir?: string;
  env?: NodeJS.ProcessEnv;
  initializationOptions?: unknown;
  /** The client's answer to workspace/configuration for one item (default: null, "not set"). */
  configuration?: (item: { section?: string; scopeUri?: string }) => unknown;
  /** Node options for the server process (a --require preload, --max-old-space-size). */
  nodeArgs?: string[];
  /** The client's name and version in initialize (a VS Code-family name changes the trust default). */
  clientInfo?: { name: string; version?: string };
}

export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) =>
    params.items.map((item) => (options.configuration ? options.configuration(item) ?? null : null)),
  );
  connection.listen();
  const root = options.rootDir ? pathToFileURL(options.rootDir).href : null;
  // A server that dies at start-up fails the test at once instead of leaving it waiting.
  const died = new Promise<never>((_, reject) => proc.once('exit', (code) => reject(new Error(`the server exited (${code}) before answering initialize: ${err}`))));
  died.catch(() => undefined);
  const initializeResult = await Promise.race([died, connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: root ? [{ uri: root, name: 'ws' }] : null,
    capabilities: {
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        synchronization: { didSave: true },
      },
      workspace: { configuration: true, workspaceFolders: true },
    },
    initializationOptions: options.initializationOptions,
    clientInfo: options.clientInfo,
  })]);
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: proc,
    stderr: () => err,
    initializeResult,
    open: (uri, text, languageId = 'un-resolution') =>
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } }),
    change: (uri, version, changes) =>
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes }),
    close: (uri) => void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } }),
    symbols: async (uri) => ((await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []) as DocumentSymbol[],
    stop: async () => {
      const exited = new Promise<void>((resolve) => (proc.exitCode !== null ? resolve() : proc.once('exit', () => resolve())));
      try {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
      } catch {
        proc.kill();
      }
      await exited;
      connection.dispose();
    },
  };
}
