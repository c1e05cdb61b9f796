// The stdio message reader and writer, in place of vscode-jsonrpc's stream ones: same wire format,
// but no message is ever held as one large Buffer. vscode-jsonrpc copies each message body into a
// Buffer of its full size (5 MB for the didOpen of a 5 MB resolution) and writes each answer as
// one. Such a Buffer is malloc'd; glibc serves it by mmap and, once it is freed, raises its mmap
// threshold to that size, so from then on every freed Buffer below it stayed in the process:
// open, diagnostics and 3 edits of a 5 MB wrapped text peaked at 111 MB, 98 MB with glibc's
// threshold fixed (MALLOC_MMAP_THRESHOLD_). Here bodies are decoded piece by piece as they arrive
// and answers are written in pieces, each far below the 128 KB threshold.
import { TextDecoder } from 'util';
import { AbstractMessageReader, AbstractMessageWriter, DataCallback, Disposable, Message, MessageReader, MessageWriter } from 'vscode-languageserver/node';

const HEADER_END = '\r\n\r\n';
/** Characters per write: at most 3 bytes each in UTF-8, so each write stays below 128 KB. */
export const WRITE_PIECE = 32 * 1024;

/**
 * Reads LSP frames (`Content-Length: N`, blank line, N bytes of JSON) from a byte stream that is
 * already well framed: the FrameGuard of ./stdio drops malformed frames before they get here.
 */
export class PieceMessageReader extends AbstractMessageReader implements MessageReader {
  private header = '';
  /** Body bytes still to come, or -1 while a header is read. */
  private remaining = -1;
  private decoder = new TextDecoder('utf-8');
  private parts: string[] = [];
  private callback: DataCallback | undefined;

  /**
   * `large.onLarge` is called with the size of each body of at least `large.large` bytes, before
   * it is read: its pieces are made at once, and with V8's young generation left to grow (to
   * 2 × 16 MB) the open of a 5 MB text peaked 10 MB higher.
   */
  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly large?: { large: number; onLarge: (bytes: number) => void },
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer) => this.onData(chunk);
    const onError = (e: Error) => this.fireError(e);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('end', onClose);
    return Disposable.create(() => {
      this.callback = undefined;
      this.input.off('data', onData);
      this.input.off('error', onError);
      this.input.off('end', onClose);
    });
  }

  private onData(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining < 0) {
        // Headers are ASCII and short: read a character per byte until the blank line.
        const end = chunk.indexOf(HEADER_END, at, 'latin1');
        const stop = end < 0 ? chunk.length : end + HEADER_END.length;
        this.header += chunk.toString('latin1', at, stop);
        at = stop;
        // The blank line may be split across chunks, so it is looked for in all read so far;
        // what was read past it belongs to the body.
        const blank = this.header.indexOf(HEADER_END);
        if (blank < 0) continue;
        at -= this.header.length - (blank + HEADER_END.length);
        const length = /(?:^|\r\n)content-length:[ \t]*(\d+)/i.exec(this.header.slice(0, blank));
        this.header = '';
        if (!length) {
          this.fireError(new Error('a message header without Content-Length'));
          continue;
        }
        this.remaining = Number(length[1]);
        if (this.large && this.remaining >= this.large.large) this.large.onLarge(this.remaining);
        if (this.remaining === 0) this.finish();
        continue;
      }
      const n = Math.min(this.remaining, chunk.length - at);
      this.parts.push(this.decoder.decode(chunk.subarray(at, at + n), { stream: true }));
      at += n;
      this.remaining -= n;
      if (this.remaining === 0) this.finish();
    }
  }

  private finish(): void {
    this.parts.push(this.decoder.decode());
    const json = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    this.remaining = -1;
    let message: Message;
    try {
      message = JSON.parse(json) as Message;
    } catch (e) {
      this.fireError(new Error(`a message that is not JSON: ${(e as Error).message}`));
      return;
    }
    this.callback?.(message);
  }
}

/**
 * An answer whose JSON can be had in pieces (the outline keeps each paragraph's JSON from version
 * to version): PieceMessageWriter asks for those pieces as it writes and sends them as they are;
 * any other writer (Node IPC with `--node-ipc`, or vscode-jsonrpc's streams) serialises `value`
 * through `toJSON`, and the pieces are never made.
 */
export class PreSerialized<T> {
  constructor(
    readonly value: T,
    /** The JSON of `value`, in pieces. */
    readonly parts: () => string[],
  ) {}

  toJSON(): T {
    return this.value;
  }
}

/** The message's JSON in pieces, an answer made already spliced in as it is. */
export function messageParts(msg: Message): string[] {
  const result = (msg as { result?: unknown }).result;
  if (!(result instanceof PreSerialized)) return [JSON.stringify(msg)];
  const { jsonrpc, id } = msg as { jsonrpc: string; id: unknown };
  return [`{"jsonrpc":${JSON.stringify(jsonrpc)},"id":${JSON.stringify(id)},"result":`, ...result.parts(), '}'];
}

/** The message's JSON as one string. */
export const messageJson = (msg: Message): string => messageParts(msg).join('');

/**
 * The body's writes: short pieces joined up to WRITE_PIECE characters a write, a longer one alone,
 * in slices of that size (never parting a surrogate pair: each slice is encoded on its own).
 */
function writeChunks(parts: string[]): string[] {
  const chunks: string[] = [];
  let batch: string[] = [];
  let batched = 0;
  const flush = () => {
    if (batched === 0) return;
    chunks.push(batch.length === 1 ? batch[0] : batch.join(''));
    batch = [];
    batched = 0;
  };
  for (const p of parts) {
    if (batched + p.length <= WRITE_PIECE) {
      batch.push(p);
      batched += p.length;
      continue;
    }
    flush();
    if (p.length <= WRITE_PIECE) {
      batch.push(p);
      batched = p.length;
      continue;
    }
    for (let i = 0; i < p.length; ) {
      let end = Math.min(p.length, i + WRITE_PIECE);
      const c = p.charCodeAt(end - 1);
      if (end < p.length && c >= 0xd800 && c <= 0xdbff) end--;
      chunks.push(p.slice(i, end));
      i = end;
    }
  }
  flush();
  return chunks;
}

/** Writes LSP frames to a byte stream, the body in pieces of at most WRITE_PIECE characters. */
export class PieceMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (e: Error) => this.fireError(e));
    output.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    try {
      const chunks = writeChunks(messageParts(msg));
      // Measured per chunk, not per piece: an outline of 2,600 paragraphs is some 5,000 pieces.
      let bytes = 0;
      for (const c of chunks) bytes += Buffer.byteLength(c, 'utf8');
      this.output.write(`Content-Length: ${bytes}\r\n\r\n`, 'ascii');
      let last = true;
      for (const c of chunks) last = this.output.write(c, 'utf8');
      // Back-pressure: the answer is written once the stream has taken it all.
      if (last) return Promise.resolve();
      return new Promise((resolve) => this.output.once('drain', () => resolve()));
    } catch (e) {
      this.fireError(e as Error, msg, ++this.errors);
      return Promise.reject(e);
    }
  }

  end(): void {
    this.output.end();
  }
}
