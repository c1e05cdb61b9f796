// The stdio reader and writer of server/src/transport.ts: the same wire format as vscode-jsonrpc's,
// with no message held as one large Buffer. Checked byte for byte against the base protocol,
// with frames cut at every kind of boundary a pipe may cut them.
import * as assert from 'assert';
import { once } from 'events';
import { PassThrough, Writable } from 'stream';
import { Message } from 'vscode-languageserver/node';
import { messageJson, PieceMessageReader, PieceMessageWriter, PreSerialized, WRITE_PIECE } from '../src/transport';

const frame = (body: string) => Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n`, 'ascii'), Buffer.from(body, 'utf8')]);

/** Feeds `bytes` to a reader in chunks of the given sizes (cycled) and returns what it read. */
function read(bytes: Buffer, sizes: number[], large?: { large: number; onLarge: (n: number) => void }): { messages: Message[]; errors: string[] } {
  const input = new PassThrough();
  const reader = new PieceMessageReader(input, large);
  const messages: Message[] = [];
  const errors: string[] = [];
  reader.onError((e) => errors.push(e.message));
  reader.listen((m) => messages.push(m));
  const onData = (input as unknown as { listeners(e: string): ((b: Buffer) => void)[] }).listeners('data')[0];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const n = Math.max(1, sizes[k % sizes.length]);
    onData(bytes.subarray(at, at + n));
    at += n;
  }
  return { messages, errors };
}

describe('transport: reading frames in pieces', () => {
  const messages = [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null } },
    { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { text: 'Recalling its resolution 2331 (2016) — “décide” ‘x’ قرار 😀 and 中文' } },
    { jsonrpc: '2.0', id: 'a', result: null },
  ];
  const bytes = Buffer.concat(messages.map((m) => frame(JSON.stringify(m))));

  it('all three messages, whatever the chunk sizes: one byte at a time, 2, 3, 7, 64 and all at once', () => {
    for (const sizes of [[1], [2], [3], [7], [64], [bytes.length], [5, 1, 13, 2]]) {
      const r = read(bytes, sizes);
      assert.deepStrictEqual(r.errors, [], `chunks ${sizes}`);
      assert.deepStrictEqual(r.messages, messages, `chunks ${sizes}`);
    }
  });

  it('a chunk boundary at every byte: inside the header, inside its blank line, inside a multi-byte character', () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      const r = read(bytes, [cut, bytes.length]);
      assert.deepStrictEqual(r.messages, messages, `cut at byte ${cut}`);
    }
  });

  it('other header fields, any case, are read past; Content-Length: 0 and non-JSON bodies are errors and reading goes on', () => {
    const body = JSON.stringify(messages[2]);
    const input = Buffer.concat([
      Buffer.from(`content-length: ${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`, 'ascii'),
      Buffer.from('Content-Length: 0\r\n\r\n', 'ascii'),
      frame('{not json'),
      frame(JSON.stringify(messages[0])),
    ]);
    const r = read(input, [4]);
    assert.deepStrictEqual(r.messages, [messages[2], messages[0]]);
    assert.strictEqual(r.errors.length, 2, r.errors.join('\n'));
    assert.ok(r.errors.every((e) => /not JSON/.test(e)), r.errors.join('\n'));
  });

  it('a body of at least `large` bytes is announced with its size before it is read; smaller ones are not', () => {
    const text = 'x'.repeat(300_000);
    const big = frame(JSON.stringify({ jsonrpc: '2.0', method: 'm', params: { text } }));
    const events: string[] = [];
    const input = new PassThrough();
    const reader = new PieceMessageReader(input, { large: 100_000, onLarge: (n) => events.push(`large ${n}`) });
    reader.listen((m) => events.push(`message ${(m as { method?: string }).method}`));
    const onData = (input as unknown as { listeners(e: string): ((b: Buffer) => void)[] }).listeners('data')[0];
    const bytes = Buffer.concat([frame(JSON.stringify(messages[0])), big]);
    for (let at = 0; at < bytes.length; at += 65_536) onData(bytes.subarray(at, at + 65_536));
    assert.deepStrictEqual(events, ['message initialize', `large ${big.length - big.indexOf('\r\n\r\n') - 4}`, 'message m']);
  });
});

/** A writable that records each write's size and the bytes; optionally refuses (back-pressure). */
function sink(highWaterMark = 1 << 30): { out: Writable; writes: number[]; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const writes: number[] = [];
  const out = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, done) {
      writes.push(chunk.length);
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  return { out, writes, bytes: () => Buffer.concat(chunks) };
}

describe('transport: writing frames in pieces', () => {
  it('a large answer: Content-Length is its UTF-8 byte length, the bytes are its JSON, no write above 128 KB', async () => {
    // Two-byte and astral characters throughout, and an astral one (a surrogate pair) placed
    // exactly across the first piece boundary.
    const at = JSON.stringify({ jsonrpc: '2.0', id: 7, result: { text: '' } }).indexOf('"text":"') + 8;
    const text = 'a'.repeat(WRITE_PIECE - 1 - at) + '😀' + ('Recalling “décide” — قرار 😀 ' + 'b'.repeat(5000)).repeat(60);
    const msg = { jsonrpc: '2.0', id: 7, result: { text } } as Message;
    assert.strictEqual(JSON.stringify(msg).charCodeAt(WRITE_PIECE - 1), 0xd83d, 'the pair straddles the boundary');
    const { out, writes, bytes } = sink();
    const w = new PieceMessageWriter(out);
    await w.write(msg);
    w.end();
    await once(out, 'finish');
    const all = bytes();
    const head = all.indexOf('\r\n\r\n');
    const length = Number(/^Content-Length: (\d+)$/.exec(all.subarray(0, head).toString('ascii'))![1]);
    const body = all.subarray(head + 4);
    assert.strictEqual(length, body.length);
    assert.deepStrictEqual(JSON.parse(body.toString('utf8')), msg);
    assert.ok(!body.toString('utf8').includes('\ufffd'), 'no surrogate pair was cut in two');
    assert.ok(writes.length > 10, `${writes.length} writes`);
    assert.ok(Math.max(...writes) < 128 * 1024, `largest write ${Math.max(...writes)} bytes`);
  });

  it('messages come out whole and in order; a full stream resolves the write only once drained', async () => {
    const { out, bytes } = sink(1024);
    const w = new PieceMessageWriter(out);
    const msgs = [1, 2, 3].map((id) => ({ jsonrpc: '2.0', id, result: 'x'.repeat(5000 * id) }) as Message);
    let drained = false;
    out.once('drain', () => (drained = true));
    for (const m of msgs) await w.write(m);
    assert.ok(drained, 'the write waited for drain');
    w.end();
    await once(out, 'finish');
    const got: Message[] = [];
    const input = new PassThrough();
    const reader = new PieceMessageReader(input);
    reader.listen((m) => got.push(m));
    input.end(bytes());
    await once(input, 'end');
    assert.deepStrictEqual(got, msgs);
  });
});

describe('transport: answers made as JSON already', () => {
  const value = [{ name: 'PP1', detail: 'Recalling “its” résolution — ٢٠١٦', kind: 8, children: [] }];

  it('the writer sends the kept JSON as the result, and the frame reads back as the value', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    // A text that is not JSON.stringify's own (spaces kept): what goes out is the kept text itself.
    const kept = JSON.stringify(value, null, 1);
    await new PieceMessageWriter(out).write({ jsonrpc: '2.0', id: 7, result: new PreSerialized(value, () => [kept]) } as unknown as Message);
    const bytes = Buffer.concat(chunks);
    assert.ok(bytes.toString('utf8').endsWith(`"result":${kept}}`));
    const { messages, errors } = read(bytes, [bytes.length]);
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(messages, [{ jsonrpc: '2.0', id: 7, result: value }]);
  });

  it('an answer in many pieces, short and long: written in order, short ones together, long ones in slices with no pair cut, none above 128 KB', async () => {
    // The JSON of an array of strings, cut into pieces of every size (1 character to 3 × WRITE_PIECE),
    // a surrogate pair straddling a slice boundary inside the longest.
    const words = ['Recalling “décide” — قرار', '😀'.repeat(40), 'x'.repeat(WRITE_PIECE - 3) + '😀' + 'y'.repeat(2 * WRITE_PIECE), 'b'.repeat(200)];
    const values: string[] = [];
    for (let i = 0; i < 400; i++) values.push(words[i % words.length].slice(0, 1 + ((i * 7919) % (3 * WRITE_PIECE))));
    const json = JSON.stringify(values);
    const parts: string[] = [];
    for (let at = 0, i = 0; at < json.length; i++) {
      let end = Math.min(json.length, at + [1, 5, 300, WRITE_PIECE + 11, 3 * WRITE_PIECE][i % 5]);
      if (end < json.length && json.charCodeAt(end - 1) >= 0xd800 && json.charCodeAt(end - 1) <= 0xdbff) end++;
      parts.push(json.slice(at, end));
      at = end;
    }
    const { out, writes, bytes } = sink();
    const w = new PieceMessageWriter(out);
    await w.write({ jsonrpc: '2.0', id: 3, result: new PreSerialized(values, () => parts) } as unknown as Message);
    w.end();
    await once(out, 'finish');
    const all = bytes();
    const head = all.indexOf('\r\n\r\n');
    const body = all.subarray(head + 4);
    assert.strictEqual(Number(/^Content-Length: (\d+)$/.exec(all.subarray(0, head).toString('ascii'))![1]), body.length);
    assert.ok(!body.toString('utf8').includes('\ufffd'), 'no surrogate pair was cut in two');
    assert.deepStrictEqual(JSON.parse(body.toString('utf8')), { jsonrpc: '2.0', id: 3, result: values });
    // Short pieces share a write: no more writes than the header, the long pieces' slices and one
    // batch between each two long pieces.
    const long = parts.filter((p) => p.length > WRITE_PIECE);
    const most = 1 + long.reduce((n, p) => n + Math.ceil(p.length / (WRITE_PIECE - 1)), 0) + long.length + 1;
    assert.ok(writes.length <= most, `${writes.length} writes for ${parts.length} pieces, at most ${most}`);
    // 1,000 short pieces: the header and one write.
    const few = sink();
    const fw = new PieceMessageWriter(few.out);
    const digits = Array.from({ length: 998 }, (_, i) => String(i % 10));
    await fw.write({ jsonrpc: '2.0', id: 4, result: new PreSerialized(digits, () => ['[', ...digits.map((d, i) => (i ? ',"' : '"') + d + '"'), ']']) } as unknown as Message);
    fw.end();
    await once(few.out, 'finish');
    assert.strictEqual(few.writes.length, 2, 'the header and one write');
    const fewBytes = few.bytes();
    assert.deepStrictEqual(JSON.parse(fewBytes.subarray(fewBytes.indexOf('\r\n\r\n') + 4).toString('utf8')).result, digits);
    assert.ok(Math.max(...writes) < 128 * 1024, `largest write ${Math.max(...writes)} bytes`);
  });

  it('any other serialiser (Node IPC, vscode-jsonrpc streams) sees the value', () => {
    let made = 0;
    const msg = { jsonrpc: '2.0', id: 'a', result: new PreSerialized(value, () => (made++, ['"not this"'])) };
    assert.strictEqual(JSON.stringify(msg), JSON.stringify({ jsonrpc: '2.0', id: 'a', result: value }));
    assert.strictEqual(made, 0, 'the pieces are made only for a writer that sends them');
    assert.strictEqual(messageJson(msg as unknown as Message), `{"jsonrpc":"2.0","id":"a","result":"not this"}`);
    assert.strictEqual(messageJson({ jsonrpc: '2.0', id: 1, result: value } as unknown as Message), JSON.stringify({ jsonrpc: '2.0', id: 1, result: value }));
  });
});
