// Raw bytes to and from the built server over stdio, for the protocol-abuse tests: frames are
// written by hand (broken headers, wrong lengths, bad JSON), answers are read frame by frame.
// Not an LSP client: well-formed conversations use support/lspClient.ts.
import { ChildProcess, spawn } from 'child_process';
import { SERVER_JS } from './lspClient';

export interface RawMessage {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string; data?: unknown };
}

/** A frame as the base protocol wants it, or with the headers given. */
export function frame(body: string | Buffer, headers?: string): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([Buffer.from(headers ?? `Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

export const message = (m: RawMessage) => frame(JSON.stringify({ jsonrpc: '2.0', ...m }));

export class RawServer {
  readonly messages: RawMessage[] = [];
  private buffer = Buffer.alloc(0);
  private waiters: { pred: (m: RawMessage) => boolean; resolve: (m: RawMessage) => void }[] = [];
  private exitWaiters: ((code: number | null) => void)[] = [];
  stderr = '';
  exitCode: number | null | undefined;

  private constructor(readonly process: ChildProcess) {
    process.stdout!.on('data', (d: Buffer) => this.onData(d));
    process.stderr!.on('data', (d) => (this.stderr += d));
    process.on('exit', (code) => {
      this.exitCode = code;
      for (const w of this.exitWaiters.splice(0)) w(code);
    });
    // A write after the server died must fail the test's expectation, not crash the runner.
    process.stdin!.on('error', () => undefined);
  }

  static start(options: { args?: string[]; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}): RawServer {
    const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_JS, '--stdio', ...(options.args ?? [])], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    return new RawServer(proc);
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  write(bytes: Buffer | string): void {
    this.process.stdin!.write(bytes);
  }

  send(m: RawMessage): void {
    this.write(message(m));
  }

  /** The next message (already received or to come) that satisfies pred, or an error at the deadline. */
  waitFor(pred: (m: RawMessage) => boolean, what: string, timeoutMs = 10_000): Promise<RawMessage> {
    const seen = this.messages.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms (server ${this.alive ? 'alive' : `exited with ${this.exitCode}`}); stderr: ${this.stderr.slice(-2000)}`)), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  response(id: number | string, timeoutMs?: number): Promise<RawMessage> {
    return this.waitFor((m) => m.id === id && m.method === undefined, `response to request ${id}`, timeoutMs);
  }

  async request(id: number | string, method: string, params?: unknown): Promise<RawMessage> {
    this.send(params === undefined ? { id, method } : { id, method, params });
    return this.response(id);
  }

  /** Answers the server's own requests (workspace/configuration, client/registerCapability) with null results. */
  answerServerRequests(result: (m: RawMessage) => unknown = (m) => (m.method === 'workspace/configuration' ? (m.params?.items ?? []).map(() => null) : null)): void {
    this.onMessage = (m) => {
      if (m.method && m.id !== undefined && m.id !== null) this.send({ id: m.id, result: result(m) });
    };
  }

  private onMessage: (m: RawMessage) => void = () => undefined;

  async initialize(initializationOptions?: unknown, capabilities: unknown = {}): Promise<RawMessage> {
    const r = await this.request('init', 'initialize', { processId: null, rootUri: null, capabilities, initializationOptions });
    this.send({ method: 'initialized', params: {} });
    return r;
  }

  exited(timeoutMs = 10_000): Promise<number | null> {
    if (!this.alive) return Promise.resolve(this.exitCode ?? null);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('server did not exit')), timeoutMs);
      this.exitWaiters.push((c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    this.send({ id: 'shutdown', method: 'shutdown' });
    await this.response('shutdown').catch(() => undefined);
    this.send({ method: 'exit' });
    await this.exited().catch(() => this.process.kill());
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const m = /Content-Length:\s*(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'));
      if (!m) throw new Error(`server wrote a frame without Content-Length: ${this.buffer.subarray(0, end)}`);
      const length = Number(m[1]);
      if (this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      const msg = JSON.parse(body) as RawMessage;
      this.messages.push(msg);
      this.onMessage(msg);
      for (const w of [...this.waiters]) {
        if (w.pred(msg)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(msg);
        }
      }
    }
  }
}
