// The stdio transport, hardened: whatever bytes a broken client writes, the server answers or
// ignores them and stays ready for the next valid message.
//   - Frames are checked before vscode-jsonrpc sees them: a header without a usable Content-Length
//     (missing, not a number, above MAX_MESSAGE_BYTES) or a malformed header block is dropped, and
//     reading resumes at the next `Content-Length:` header. Without this a single bad header
//     desynchronises the stream for good, or makes the server buffer gigabytes it will never get.
//   - Until `initialize` arrives, requests are answered with ServerNotInitialized (-32002) and
//     notifications other than `exit` are dropped, as the LSP specification asks.
//   - console.* goes to the client's log, never to stdout (which carries the protocol).
// Bad JSON inside a well-framed message is left to vscode-jsonrpc, which logs and ignores it.
import { Transform, TransformCallback } from 'stream';
import { format } from 'util';
import type { Connection } from 'vscode-languageserver';

/** Largest message accepted: far above any document the outline takes (see service/limits.ts). */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** Longest header block (the base protocol has two short headers). */
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
const FIELD = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*(.*?)[ \t]*$/;

type Mode = 'header' | 'body' | 'resync';

export interface FrameGuardOptions {
  maxMessageBytes?: number;
  /** Where dropped frames are reported. */
  log?: (message: string) => void;
  /** Writes a complete frame to the client (answers given before `initialize`). */
  reply?: (frame: Buffer) => void;
  /** False to pass everything through before `initialize` (tests of the framing alone). */
  gateUntilInitialize?: boolean;
}

export class FrameGuard extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  private mode: Mode = 'header';
  private remaining = 0;
  private header: Buffer = Buffer.alloc(0);
  private body: Buffer[] = [];
  private initialized: boolean;
  private readonly max: number;
  log: (message: string) => void;
  private readonly reply: (frame: Buffer) => void;

  constructor(options: FrameGuardOptions = {}) {
    super();
    this.max = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
    this.log = options.log ?? ((m) => process.stderr.write(m + '\n'));
    this.reply = options.reply ?? (() => undefined);
    this.initialized = options.gateUntilInitialize === false;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    try {
      this.drain();
      done();
    } catch (e) {
      done(e as Error);
    }
  }

  private drain(): void {
    for (;;) {
      if (this.mode === 'body') {
        if (this.remaining > 0) {
          if (this.pending.length === 0) return;
          const n = Math.min(this.remaining, this.pending.length);
          const part = this.pending.subarray(0, n);
          this.pending = this.pending.subarray(n);
          this.remaining -= n;
          if (this.initialized) this.push(part);
          else this.body.push(part);
          if (this.remaining > 0) return;
        }
        if (!this.initialized) this.beforeInitialize(this.header, Buffer.concat(this.body));
        this.body = [];
        this.mode = 'header';
        continue;
      }
      if (this.mode === 'resync') {
        const at = this.pending.toString('latin1').search(/Content-Length:/i);
        if (at < 0) {
          // Keep a tail that may be the start of a header split across chunks.
          this.pending = this.pending.subarray(Math.max(0, this.pending.length - 15));
          return;
        }
        this.pending = this.pending.subarray(at);
        this.mode = 'header';
        continue;
      }
      // Header mode. Blank lines between frames are tolerated.
      let skip = 0;
      while (skip < this.pending.length && (this.pending[skip] === 0x0d || this.pending[skip] === 0x0a)) skip++;
      if (skip) this.pending = this.pending.subarray(skip);
      const end = this.pending.indexOf(HEADER_END);
      if (end < 0) {
        if (this.pending.length > MAX_HEADER_BYTES) this.discard(`no header end within ${MAX_HEADER_BYTES} bytes`);
        return;
      }
      const fault = this.checkHeader(this.pending.subarray(0, end).toString('latin1'));
      if (typeof fault === 'string') {
        this.discard(fault);
        continue;
      }
      this.header = this.pending.subarray(0, end + HEADER_END.length);
      this.pending = this.pending.subarray(end + HEADER_END.length);
      if (this.initialized) this.push(this.header);
      this.remaining = fault;
      this.mode = 'body';
    }
  }

  /** The body length, or why the header block is not acceptable. */
  private checkHeader(block: string): number | string {
    let length: number | undefined;
    for (const line of block.split('\r\n')) {
      const m = FIELD.exec(line);
      if (!m) return `malformed header line ${JSON.stringify(line.slice(0, 80))}`;
      if (m[1].toLowerCase() !== 'content-length') continue;
      if (!/^\d{1,16}$/.test(m[2])) return `Content-Length ${JSON.stringify(m[2].slice(0, 40))} is not a byte count`;
      const n = Number(m[2]);
      if (length !== undefined && length !== n) return 'two different Content-Length headers';
      length = n;
    }
    if (length === undefined) return 'no Content-Length header';
    if (length > this.max) return `Content-Length ${length} is above the limit of ${this.max} bytes`;
    return length;
  }

  /**
   * Drops the bad header and reads on from the next `Content-Length:` after its first byte: a valid
   * header glued behind junk (the tail of a frame that declared too many bytes) is found again.
   */
  private discard(reason: string): void {
    this.log(`unres: dropped a message from the client: ${reason}; reading on from the next Content-Length header`);
    this.pending = this.pending.subarray(1);
    this.mode = 'resync';
  }

  private beforeInitialize(header: Buffer, body: Buffer): void {
    let msg: { id?: unknown; method?: unknown } | undefined;
    try {
      msg = JSON.parse(body.toString('utf8'));
    } catch {
      msg = undefined;
    }
    const method = msg && typeof msg === 'object' ? msg.method : undefined;
    if (method === 'initialize' || method === 'exit') {
      if (method === 'initialize') this.initialized = true;
      this.push(header);
      this.push(body);
      return;
    }
    const id = msg && typeof msg === 'object' ? msg.id : undefined;
    if (typeof method === 'string' && (typeof id === 'number' || typeof id === 'string')) {
      const answer = Buffer.from(JSON.stringify({ jsonrpc: '2.0', id, error: { code: -32002, message: `Server not initialized: send "initialize" before "${method}".` } }), 'utf8');
      this.reply(Buffer.concat([Buffer.from(`Content-Length: ${answer.length}\r\n\r\n`, 'latin1'), answer]));
    }
    // Notifications and anything else before `initialize` are dropped, as the specification asks.
  }
}

/** console.* to the client's log (the protocol owns stdout), as vscode-languageserver does for --stdio. */
export function routeConsole(connection: Connection): void {
  console.log = (...a: unknown[]) => connection.console.log(format(...a));
  console.info = (...a: unknown[]) => connection.console.info(format(...a));
  console.warn = (...a: unknown[]) => connection.console.warn(format(...a));
  console.error = (...a: unknown[]) => connection.console.error(format(...a));
  console.debug = (...a: unknown[]) => connection.console.log(format(...a));
}

/** stdin behind a FrameGuard that answers pre-`initialize` requests on stdout. */
export function guardedStdin(): FrameGuard {
  const guard = new FrameGuard({ reply: (f) => process.stdout.write(f) });
  process.stdin.pipe(guard);
  // vscode-languageserver exits when its input ends; the guard ends when stdin does.
  process.stdin.on('close', () => guard.end());
  return guard;
}
