// Size: a 50 MB document must not make the server unresponsive. Above unres.maxDocumentSize
// (default 20 million characters) a document is declined: an empty outline at once and one
// window/showMessage, while other documents keep every feature. The limit comes from
// workspace/configuration, else initializationOptions, else the default; long work honours
// $/cancelRequest. The timings are printed.
import * as assert from 'assert';
import { CancellationTokenSource, DidChangeConfigurationNotification, HoverRequest, MarkupContent, ShowMessageParams } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService } from '../../src/service';
import { ParagraphSummaryRequest, SelectParagraphRequest } from '../../src/protocol/lspExt';
import { DEFAULT_MAX_DOCUMENT_SIZE, DocumentLimits, limitInCharacters } from '../../src/service/limits';
import { fixture, listFixtures } from '../support/fixtures';
import { PROJECT_ROOT, startServer, TestServer } from '../support/lspClient';

const print = (s: string) => console.log(`      ${s}`);

/** Real resolutions one after another, as a volume of resolutions is, cut to `chars`. */
function volume(chars: number): string {
  const parts = listFixtures('corpus/texts').map((f) => fixture(`corpus/texts/${f}`));
  const unit = parts.join('\n\n');
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(require('fs').readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

function messages(server: TestServer): ShowMessageParams[] {
  const out: ShowMessageParams[] = [];
  server.connection.onNotification('window/showMessage', (p: ShowMessageParams) => void out.push(p));
  return out;
}

const SMALL = fixture('corpus/texts/S-RES-1706-2006.txt');

describe('robustness: a 50 MB document', function () {
  this.timeout(120_000);
  let server: TestServer;
  let shown: ShowMessageParams[];
  const big = volume(50_000_000);
  before(async () => {
    server = await startServer();
    shown = messages(server);
  });
  after(async () => server.stop());

  it('is declined for the outline with one message; the server answers at once; other documents keep their features', async () => {
    server.open('file:///size/small.unres', SMALL);
    const smallBefore = await server.symbols('file:///size/small.unres');
    const rss0 = rssMB(server.process.pid!);
    const t0 = Date.now();
    server.open('file:///size/volume.unres', big);
    const symbols = await server.symbols('file:///size/volume.unres');
    const tOutline = Date.now() - t0;
    assert.deepStrictEqual(symbols, []);
    const t1 = Date.now();
    assert.deepStrictEqual(await server.symbols('file:///size/small.unres'), smallBefore, 'the other document keeps its outline');
    const tSmall = Date.now() - t1;
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///size/small.unres' }, position: positionOf(SMALL, '1590 (2005)') });
    assert.ok(hover, 'the other document keeps its hovers');
    // The declined document answers every feature with nothing, quickly.
    const t2 = Date.now();
    assert.strictEqual(await server.connection.sendRequest(SelectParagraphRequest, { textDocument: { uri: 'file:///size/volume.unres' }, paragraph: '1' }), null);
    assert.deepStrictEqual(await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///size/volume.unres' } }), []);
    assert.strictEqual(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///size/volume.unres' }, position: { line: 3, character: 40 } }), null);
    assert.match((await server.connection.sendRequest(ParagraphSummaryRequest, { textDocument: { uri: 'file:///size/volume.unres' } }))!.summary, /no paragraphs/);
    // Typing in it: still declined, no second message.
    server.change('file:///size/volume.unres', 2, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: '1. Decides ' }]);
    assert.deepStrictEqual(await server.symbols('file:///size/volume.unres'), []);
    const tRest = Date.now() - t2;
    const declined = shown.filter((m) => /volume\.unres/.test(m.message));
    assert.strictEqual(declined.length, 1, 'one message for the document');
    assert.strictEqual(declined[0].type, 2, 'a warning');
    assert.match(declined[0].message, /50 million characters, above the limit of 20 million \(setting unres\.maxDocumentSize\)/);
    const rss1 = rssMB(server.process.pid!);
    print(`50 MB open → empty outline ${tOutline} ms (mostly JSON transfer of the didOpen); other document's outline then ${tSmall} ms; select/folding/hover/summary/edit on the big one ${tRest} ms; RSS ${rss0} → ${rss1} MB`);
    assert.ok(tOutline < 60_000 && tSmall < 5_000 && tRest < 10_000, `responsive: ${tOutline} / ${tSmall} / ${tRest} ms`);
    server.close('file:///size/volume.unres');
    assert.ok((await server.symbols('file:///size/small.unres')).length > 0);
  });
});

function positionOf(text: string, needle: string): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + 1 };
}

describe('robustness: unres.maxDocumentSize is configurable', function () {
  this.timeout(60_000);
  const MEDIUM = fixture('corpus/texts/A-RES-80-5.txt'); // 64,922 characters
  const TINY = fixture('corpus/texts/A-RES-80-1.txt'); // 3,517 characters

  it('from initializationOptions (a client without workspace/configuration answers)', async () => {
    const server = await startServer({ initializationOptions: { maxDocumentSize: 0.05 } });
    const shown = messages(server);
    try {
      server.open('file:///cfg/medium.unres', MEDIUM);
      server.open('file:///cfg/tiny.unres', TINY);
      assert.deepStrictEqual(await server.symbols('file:///cfg/medium.unres'), []);
      assert.ok((await server.symbols('file:///cfg/tiny.unres')).length > 0);
      assert.match(shown.map((m) => m.message).join('\n'), /medium\.unres has 0\.1 million characters, above the limit of 0\.1 million/);
      assert.ok(!shown.some((m) => /tiny/.test(m.message)));
    } finally {
      await server.stop();
    }
  });

  it('from workspace/configuration, over initializationOptions; re-read on didChangeConfiguration; 0 = no limit', async () => {
    let setting: unknown = 0.01;
    // The server asks after `initialized` and after each didChangeConfiguration; the test waits
    // for each question to be answered before it looks (the answer is processed before the next request).
    let asked = 0;
    const waiting: [number, () => void][] = [];
    const answered = (n: number) => new Promise<void>((resolve) => (asked >= n ? resolve() : waiting.push([n, resolve])));
    const server = await startServer({
      initializationOptions: { maxDocumentSize: 100 },
      configuration: (item) => {
        if (item.section !== 'unres.maxDocumentSize') return null;
        asked++;
        setImmediate(() => waiting.filter(([n]) => asked >= n).forEach(([, resolve]) => resolve()));
        return setting;
      },
    });
    try {
      await answered(1);
      server.open('file:///cfg/s1706.unres', SMALL);
      assert.deepStrictEqual(await server.symbols('file:///cfg/s1706.unres'), [], 'declined at 10,000 characters');
      setting = 0;
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { unres: { maxDocumentSize: 0 } } });
      await answered(2);
      assert.ok((await server.symbols('file:///cfg/s1706.unres')).length > 0, 'outlined once the limit is lifted');
      setting = 'not a number';
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await answered(3);
      assert.ok((await server.symbols('file:///cfg/s1706.unres')).length > 0, 'a bad value falls back to initializationOptions (100)');
      setting = 0.01;
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await answered(4);
      assert.deepStrictEqual(await server.symbols('file:///cfg/s1706.unres'), [], 'declined again');
    } finally {
      await server.stop();
    }
  });

  it('with no setting anywhere the default is 20 million characters', () => {
    assert.strictEqual(DEFAULT_MAX_DOCUMENT_SIZE, 20);
    assert.strictEqual(new DocumentLimits().maxCharacters, 20_000_000);
    assert.strictEqual(limitInCharacters(0), Infinity);
    assert.strictEqual(limitInCharacters(-1), undefined);
    assert.strictEqual(limitInCharacters('2.5'), 2_500_000);
    const pkg = JSON.parse(require('fs').readFileSync(require('path').join(PROJECT_ROOT, 'package.json'), 'utf8'));
    assert.strictEqual(pkg.contributes.configuration.properties['unres.maxDocumentSize']?.default, DEFAULT_MAX_DOCUMENT_SIZE, 'package.json declares the setting with the same default');
  });
});

describe('robustness: long work honours $/cancelRequest', function () {
  this.timeout(60_000);

  it('an outline request on a 3 MB document, cancelled at once, is answered RequestCancelled; the next request works', async () => {
    const server = await startServer();
    try {
      const uri = 'file:///cancel/volume.unres';
      server.open(uri, volume(3_000_000));
      const source = new CancellationTokenSource();
      const t0 = Date.now();
      const cancelled = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
      source.cancel();
      await assert.rejects(cancelled, (e: { code?: number }) => e.code === -32800);
      const tCancel = Date.now() - t0;
      const t1 = Date.now();
      const symbols = await server.symbols(uri);
      print(`3 MB: cancelled outline answered in ${tCancel} ms; the next outline in ${Date.now() - t1} ms (${symbols.length} top-level symbols)`);
      assert.ok(symbols.length > 0);
    } finally {
      await server.stop();
    }
  });
});

describe('robustness: a hover deep into a large document opened a moment ago', function () {
  this.timeout(60_000);

  it('reads the citations before it in slices: an outline asked after it is answered first; the hover is right', async () => {
    const text = volume(3_000_000);
    const citations = [...text.matchAll(/resolution (\d{3,4}) \((\d{4})\)/g)];
    const last = citations[citations.length - 1];
    assert.ok(last && last.index! > text.length * 0.9, 'a citation in the last tenth of the volume');
    const doc = TextDocument.create('file:///hover/volume.unres', 'un-resolution', 1, text);
    const position = doc.positionAt(last.index! + 'resolution '.length + 1);
    const expected = createResolutionService().hover(doc, position);
    assert.ok(expected, 'the service hovers there');
    const server = await startServer();
    try {
      server.open(doc.uri, text);
      const order: string[] = [];
      const t0 = Date.now();
      const hover = server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position }).then((h) => (order.push('hover'), h));
      const symbols = server.symbols(doc.uri).then((s) => (order.push('symbols'), s));
      const [h, s] = await Promise.all([hover, symbols]);
      print(`3 MB: hover in the last tenth answered in ${Date.now() - t0} ms, after the outline (${s.length} top-level symbols)`);
      assert.deepStrictEqual(order, ['symbols', 'hover'], 'the outline was not held up by the hover');
      assert.strictEqual((h?.contents as MarkupContent).value, (expected.contents as MarkupContent).value);
    } finally {
      await server.stop();
    }
  });
});
