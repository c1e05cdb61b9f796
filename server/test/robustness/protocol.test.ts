// Protocol abuse through stdio, with frames written by hand: every case is answered with an LSP
// error or ignored, and the server stays up for the next valid request (which each case checks).
// Set UNRES_PRINT_ABUSE=1 to print the table of cases and answers.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService } from '../../src/service';
import { fixture } from '../support/fixtures';
import { frame, message, RawMessage, RawServer } from '../support/rawLsp';
import { rangeBad } from '../support/robustness';

const DOC = 'file:///abuse/S-RES-1706-2006.unres';
const TEXT = fixture('corpus/texts/S-RES-1706-2006.txt');

describe('robustness: protocol abuse over stdio (raw frames)', function () {
  this.timeout(30_000);
  let server: RawServer;
  let nextId = 1000;
  const table: [string, string][] = [];

  const show = (m: RawMessage | undefined) =>
    !m ? 'no answer (ignored)' : m.error ? `error ${m.error.code}: ${m.error.message.slice(0, 90)}` : `result ${JSON.stringify(m.result)?.slice(0, 60)}`;

  /** The server answers a valid request after the abuse: it is up and in sync. */
  async function stillServes(): Promise<void> {
    const id = nextId++;
    const r = await server.request(id, 'unres/paragraphSummary', { textDocument: { uri: DOC } });
    assert.ok(r.result && /OP1/.test(r.result.summary), `valid request after abuse answered: ${JSON.stringify(r)}`);
    assert.ok(server.alive, 'server alive');
  }

  /** Sends a request and returns its answer. */
  async function ask(label: string, method: string, params?: unknown): Promise<RawMessage> {
    const id = nextId++;
    const r = await server.request(id, method, params);
    table.push([label, show(r)]);
    return r;
  }

  /** Writes raw bytes that must be ignored (no answer to `id`), then checks the server still serves. */
  async function ignored(label: string, bytes: Buffer | string, id?: number): Promise<void> {
    server.write(bytes);
    await stillServes();
    if (id !== undefined) assert.ok(!server.messages.some((m) => m.id === id), `${label}: no answer to id ${id}`);
    table.push([label, 'ignored (dropped, logged); next request answered']);
  }

  before(() => {
    server = RawServer.start();
    server.answerServerRequests();
  });
  after(async () => {
    await server.stop();
    if (process.env.UNRES_PRINT_ABUSE) console.log('\n' + table.map(([c, a]) => `  ${c.padEnd(58)} → ${a}`).join('\n'));
  });

  it('before initialize: a request gets ServerNotInitialized (-32002), a notification is dropped', async () => {
    const r = await ask('request before initialize', 'textDocument/documentSymbol', { textDocument: { uri: DOC } });
    assert.strictEqual(r.error?.code, -32002);
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///early.unres', languageId: 'un-resolution', version: 1, text: '1. Decides.' } } });
    table.push(['notification (didOpen) before initialize', 'dropped']);
    const init = await server.initialize();
    assert.ok(init.result?.capabilities?.documentSymbolProvider, 'initialize answered after the early messages');
    const early = await ask('request on the document opened before initialize', 'unres/paragraphSummary', { textDocument: { uri: 'file:///early.unres' } });
    assert.strictEqual(early.error?.code, -32602, 'the early didOpen was dropped');
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: DOC, languageId: 'un-resolution', version: 1, text: TEXT } } });
    await stillServes();
  });

  it('malformed JSON and JSON that is not JSON-RPC: ignored', async () => {
    const id = nextId++;
    await ignored('malformed JSON body', frame(`{"jsonrpc":"2.0","id":${id},"method":"textDocument/documentSymbol","params":{`), id);
    for (const body of ['[1,2,3]', '42', '"text"', 'null', '{}', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":null,"method":"unres/paragraphSummary"}', '\u0000\u0001']) {
      await ignored(`not JSON-RPC: ${JSON.stringify(body)}`, frame(body));
    }
    await ignored('invalid UTF-8 inside a JSON string', frame(Buffer.concat([Buffer.from('{"jsonrpc":"2.0","method":"x/y","params":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')])));
  });

  it('wrong or missing params: InvalidParams (-32602) or InternalError (-32603), never a crash', async () => {
    const cases: [string, string, unknown, number[]][] = [
      ['documentSymbol without params', 'textDocument/documentSymbol', undefined, [-32602]],
      ['documentSymbol with params null', 'textDocument/documentSymbol', null, [-32602, -32603]],
      ['documentSymbol with params by position', 'textDocument/documentSymbol', [1, 2], [-32602]],
      ['documentSymbol with params a string', 'textDocument/documentSymbol', 'x', [-32602]],
      ['documentSymbol with textDocument missing', 'textDocument/documentSymbol', {}, [-32602]],
      ['documentSymbol with uri a number', 'textDocument/documentSymbol', { textDocument: { uri: 42 } }, [-32602]],
      ['foldingRange with textDocument null', 'textDocument/foldingRange', { textDocument: null }, [-32602]],
      ['hover without position', 'textDocument/hover', { textDocument: { uri: DOC } }, [-32602, -32603]],
      ['selectParagraph with paragraph a number', 'unres/selectParagraph', { textDocument: { uri: DOC }, paragraph: 3 }, [-32602]],
      ['selectParagraph without paragraph', 'unres/selectParagraph', { textDocument: { uri: DOC } }, [-32602]],
      ['paragraphSummary without params', 'unres/paragraphSummary', undefined, [-32602]],
    ];
    for (const [label, method, params, codes] of cases) {
      const r = await ask(label, method, params);
      assert.ok(r.error && codes.includes(r.error.code), `${label}: ${JSON.stringify(r)}`);
    }
    await stillServes();
  });

  it('unknown methods and unknown URIs', async () => {
    assert.strictEqual((await ask('unknown request method', 'unres/frobnicate', {})).error?.code, -32601);
    assert.strictEqual((await ask('unknown $/ request', '$/frobnicate', {})).error?.code, -32601);
    server.send({ method: 'unres/frobnicated', params: {} });
    server.send({ method: '$/cancelRequest', params: { id: 987654 } });
    server.send({ method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///nowhere', version: 2 }, contentChanges: [{ text: 'x' }] } });
    server.send({ method: 'textDocument/didClose', params: { textDocument: { uri: 'file:///nowhere' } } });
    table.push(['unknown notification, cancel of an unknown id, didChange/didClose of an unknown URI', 'ignored']);
    await stillServes();
    const unknown = { textDocument: { uri: 'file:///nowhere.unres' } };
    const pos = { ...unknown, position: { line: 0, character: 0 } };
    // What editors ask on their own (also just after a close): an empty answer, no error to log.
    for (const [method, params] of [
      ['textDocument/documentSymbol', unknown],
      ['textDocument/foldingRange', unknown],
      ['textDocument/hover', pos],
      ['textDocument/definition', pos],
      ['textDocument/documentLink', unknown],
    ] as const) {
      const r = await ask(`${method} on an unknown URI`, method, params);
      assert.ok(!r.error && r.result === null, `${method}: ${JSON.stringify(r)}`);
    }
    // What a user asks for by name: an error that says why.
    for (const [method, params] of [
      ['unres/selectParagraph', { ...unknown, paragraph: '3' }],
      ['unres/paragraphSummary', unknown],
    ] as const) {
      const r = await ask(`${method} on an unknown URI`, method, params);
      assert.strictEqual(r.error?.code, -32602, `${method}: ${JSON.stringify(r)}`);
      assert.match(r.error!.message, /unknown document/);
    }
  });

  it('positions past the end, negative or not numbers: answered (null or a hover inside the document)', async () => {
    const doc = TextDocument.create(DOC, 'un-resolution', 1, TEXT);
    for (const position of [
      { line: 1e9, character: 1e9 },
      { line: 5, character: 1e9 },
      { line: -1, character: -5 },
      { line: 0, character: -1 },
      { line: 1.5, character: 2.5 },
      { line: 'a', character: {} },
      { line: Number.MAX_SAFE_INTEGER, character: 0 },
    ]) {
      for (const method of ['textDocument/hover', 'textDocument/definition']) {
        const r = await ask(`${method.slice(13)} at ${JSON.stringify(position)}`, method, { textDocument: { uri: DOC }, position });
        if (r.error) assert.ok([-32602, -32603].includes(r.error.code), JSON.stringify(r));
        else if (method === 'textDocument/hover' && r.result) assert.ok(!r.result.range || !rangeBad(doc, r.result.range), JSON.stringify(r.result.range));
      }
    }
    await stillServes();
  });

  it('didChange with ranges past the end or negative: clamped as TextDocument does, outline still right', async () => {
    const uri = 'file:///abuse/clamp.unres';
    let doc = TextDocument.create(uri, 'un-resolution', 1, TEXT);
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'un-resolution', version: 1, text: TEXT } } });
    const changes = [
      { range: { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 5 } }, text: '\n3 bis. Decides to add a paragraph.' },
      { range: { start: { line: -3, character: -7 }, end: { line: 0, character: 0 } }, text: 'Draft ' },
      { range: { start: { line: 2, character: 1e6 }, end: { line: 1, character: 0 } }, text: 'x' },
    ];
    let version = 1;
    for (const c of changes) {
      server.send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: ++version }, contentChanges: [c] } });
      doc = TextDocument.update(doc, [c], version);
    }
    const r = await ask('didChange past the end / negative / reversed range, then summary', 'unres/paragraphSummary', { textDocument: { uri } });
    assert.deepStrictEqual(r.result, createResolutionService().paragraphSummary(doc));
  });

  it('didOpen with text that is not a string: that document answers InvalidParams, the others work', async () => {
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///abuse/number.unres', languageId: 'x', version: 1, text: 42 } } });
    server.send({ method: 'textDocument/didOpen' });
    const r = await ask('didOpen with text 42, then documentSymbol', 'textDocument/documentSymbol', { textDocument: { uri: 'file:///abuse/number.unres' } });
    assert.ok(r.error && [-32602, -32603].includes(r.error.code), JSON.stringify(r));
    table.push(['didOpen without params', 'ignored (logged)']);
    await stillServes();
  });

  it('broken framing: missing, non-numeric, negative or huge Content-Length, junk between frames', async () => {
    const body = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'unres/paragraphSummary', params: { textDocument: { uri: DOC } } });
    let id = nextId++;
    await ignored('header without Content-Length', frame(body(id), 'X-Foo: bar\r\n\r\n'), id);
    id = nextId++;
    await ignored('Content-Length: abc', frame(body(id), 'Content-Length: abc\r\n\r\n'), id);
    id = nextId++;
    await ignored('Content-Length: -5', frame(body(id), 'Content-Length: -5\r\n\r\n'), id);
    id = nextId++;
    await ignored('Content-Length: 99999999999999 (huge)', frame(body(id), 'Content-Length: 99999999999999\r\n\r\n'), id);
    id = nextId++;
    await ignored('Content-Length: 300000000 (above the 256 MB limit)', frame(body(id), 'Content-Length: 300000000\r\n\r\n'), id);
    await ignored('two different Content-Length headers', frame(body(nextId++), 'Content-Length: 5\r\nContent-Length: 7\r\n\r\n'));
    await ignored('malformed header line', frame(body(nextId++), 'Content-Length 12\r\n\r\n'));
    await ignored('binary junk between frames', Buffer.from([0, 1, 2, 0xff, 0xfe, 13, 10, 13, 10, 65, 0]));
    await ignored('8 KB of header without an end', 'X'.repeat(9000));
    // Too short: the body is cut, the rest is junk until the next header.
    const short = body(nextId++);
    await ignored('Content-Length shorter than the body', frame(short, `Content-Length: ${short.length - 10}\r\n\r\n`));
    // Too long (within the limit): the frame swallows the start of the next one; the one after is answered.
    const long = body(nextId++);
    server.write(frame(long, `Content-Length: ${long.length + 30}\r\n\r\n`));
    server.write(message({ id: nextId++, method: 'unres/paragraphSummary', params: { textDocument: { uri: DOC } } }));
    await stillServes();
    table.push(['Content-Length longer than the body (eats the next frame)', 'both lost (invalid JSON, ignored); the following request answered']);
    // Frames split across writes, byte by byte, and several frames in one write still work.
    const a = message({ id: nextId++, method: 'unres/paragraphSummary', params: { textDocument: { uri: DOC } } });
    for (const b of a) server.write(Buffer.from([b]));
    const two = Buffer.concat([message({ id: 'x1', method: 'unres/paragraphSummary', params: { textDocument: { uri: DOC } } }), message({ id: 'x2', method: 'unres/paragraphSummary', params: { textDocument: { uri: DOC } } })]);
    server.write(two);
    assert.ok((await server.response('x1')).result && (await server.response('x2')).result);
    await stillServes();
    assert.match(server.messages.filter((m) => m.method === 'window/logMessage').map((m) => m.params.message).join('\n'), /dropped a message from the client: Content-Length 99999999999999 is above the limit/);
  });

  it('shutdown, then a request is refused, then exit ends the process with 0', async () => {
    const r = await ask('shutdown', 'shutdown');
    assert.strictEqual(r.result, null);
    const after = await ask('request after shutdown', 'textDocument/documentSymbol', { textDocument: { uri: DOC } });
    assert.ok(after.error, JSON.stringify(after));
    server.send({ method: 'exit' });
    assert.strictEqual(await server.exited(), 0);
    table.push(['exit after shutdown', 'process exits with 0']);
  });
});
