// The built server over stdio, as an editor talks to it: outline, folding, paragraph selection.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, FoldingRangeRequest, Range } from 'vscode-languageserver-protocol/node';
import { ParagraphSummaryRequest, SelectParagraphRequest } from '../src/protocol/lspExt';
import { fixture, fixtureJson, shape } from './support/fixtures';
import { startServer, TestServer } from './support/lspClient';

function slice(text: string, range: Range): string {
  const doc = TextDocument.create('file:///x', 'x', 1, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

/** Paragraph symbols by path, walking through grouping symbols (Preamble, headings, …). */
function byName(symbols: DocumentSymbol[]): Map<string, DocumentSymbol> {
  const out = new Map<string, DocumentSymbol>();
  const walk = (list: DocumentSymbol[], parent: string) => {
    for (const s of list) {
      const isPara = /^(PP|OP)\d/.test(s.name) || /^\(/.test(s.name);
      const id = isPara ? (s.name.startsWith('(') ? parent + s.name : s.name) : parent;
      if (isPara) out.set(id, s);
      walk(s.children ?? [], isPara ? id : parent);
    }
  };
  walk(symbols, '');
  return out;
}

function nestingErrors(symbols: DocumentSymbol[]): string[] {
  const errs: string[] = [];
  const le = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const inside = (i: Range, o: Range) => le(o.start, i.start) && le(i.end, o.end);
  const walk = (list: DocumentSymbol[], parent?: DocumentSymbol) => {
    for (const s of list) {
      if (!inside(s.selectionRange, s.range)) errs.push(`${s.name}: selectionRange outside range`);
      if (parent && !inside(s.range, parent.range)) errs.push(`${s.name} outside ${parent.name}`);
      walk(s.children ?? [], s);
    }
  };
  walk(symbols);
  return errs;
}

describe('language server over stdio: outline and selection', function () {
  this.timeout(20000);
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(async () => server.stop());

  const seed = fixture('corpus/seed/S-RES-2388-2017.flat.txt');
  const expect = fixtureJson('corpus/seed/S-RES-2388-2017.flat.expect.json');

  it('announces its features and its name', () => {
    const caps = server.initializeResult.capabilities;
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
    assert.strictEqual(server.initializeResult.serverInfo?.name, 'unres-language-server');
  });

  it('serves the seed opened with a foreign languageId (as Neovim sends "text")', async () => {
    const uri = 'file:///seed/S-RES-2388-2017.txt';
    server.open(uri, seed, 'text');
    const symbols = await server.symbols(uri);
    const names = byName(symbols);
    assert.deepStrictEqual([...names.keys()], ['PP1', 'PP2', 'PP3', 'PP4', 'PP5', 'PP6']);
    assert.deepStrictEqual(nestingErrors(symbols), []);
    assert.strictEqual(slice(seed, names.get('PP3')!.range), expect.select['3']);
    assert.strictEqual(slice(seed, names.get('PP3')!.selectionRange), 'Recalling');
    assert.match(names.get('PP2')!.detail ?? '', /^Taking note of the Secretary-General/);
    assert.ok(symbols.some((s) => s.name === 'Preamble'));
  });

  it('unres/selectParagraph: "3" on the seed is PP3, exactly; OP3 is null; "pp 1" is PP1', async () => {
    const uri = 'file:///seed/select.unres';
    server.open(uri, seed);
    const r = await server.connection.sendRequest(SelectParagraphRequest, { textDocument: { uri }, paragraph: '3' });
    assert.ok(r);
    assert.strictEqual(r.id, 'PP3');
    assert.strictEqual(slice(seed, r.range), expect.select['3']);
    assert.strictEqual(await server.connection.sendRequest(SelectParagraphRequest, { textDocument: { uri }, paragraph: 'OP3' }), null);
    assert.strictEqual((await server.connection.sendRequest(SelectParagraphRequest, { textDocument: { uri }, paragraph: 'pp 1' }))?.id, 'PP1');
    const summary = await server.connection.sendRequest(ParagraphSummaryRequest, { textDocument: { uri } });
    assert.strictEqual(summary?.summary, 'PP1–PP6');
  });

  for (const s of ['orig', 'flat', 'crlf'] as const) {
    it(`S/RES/1706 (2006) [${s}]: OP8 (a)–(l) nested, OP12(a) dashes, selection of OP8(i) by every spelling`, async () => {
      const text = shape(fixture('corpus/texts/S-RES-1706-2006.txt'), s);
      const uri = `file:///gold/${s}/S-RES-1706-2006.unres`;
      server.open(uri, text);
      const symbols = await server.symbols(uri);
      assert.deepStrictEqual(nestingErrors(symbols), []);
      const names = byName(symbols);
      assert.deepStrictEqual([...names.keys()].filter((k) => k.startsWith('OP8(')), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].map((l) => `OP8(${l})`));
      for (const q of ['OP8(i)', '8(i)', '8 (i)', 'op 8 (i)']) {
        const r = await server.connection.sendRequest(SelectParagraphRequest, { textDocument: { uri }, paragraph: q });
        assert.strictEqual(r?.id, 'OP8(i)', q);
        assert.match(slice(text, r!.range), /^\(i\)\s+To cooperate closely with the Chairperson of the Darfur-Darfur Dialogue/);
        assert.deepStrictEqual(r!.range, names.get('OP8(i)')!.range);
      }
    });
  }

  it('folding ranges: preamble, operative part, paragraphs with sub-paragraphs, furniture blocks', async () => {
    const text = fixture('corpus/texts/A-RES-80-1.txt');
    const uri = 'file:///gold/A-RES-80-1.unres';
    server.open(uri, text);
    const ranges = await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(ranges && ranges.length >= 4);
    const lines = text.split('\n');
    assert.ok(ranges.some((r) => /^Expressing concern/.test(lines[r.startLine]) && /Headquarters Agreement/.test(lines[r.endLine])), 'the preamble folds');
    assert.ok(ranges.some((r) => r.kind === 'comment' && /_{5,}/.test(lines[r.startLine])), 'the page break folds as a comment');
  });

  it('follows incremental edits: the outline after a change is the outline of the new text', async () => {
    const text = fixture('corpus/texts/A-RES-80-1.txt');
    const uri = 'file:///edit/A-RES-80-1.unres';
    server.open(uri, text);
    assert.ok(byName(await server.symbols(uri)).has('OP3'));
    const doc = TextDocument.create(uri, 'un-resolution', 1, text);
    const at = text.indexOf('3. \nFurther decides');
    const range = { start: doc.positionAt(at), end: doc.positionAt(text.length) };
    server.change(uri, 2, [{ range, text: '' }]);
    const after = byName(await server.symbols(uri));
    assert.ok(after.has('OP2') && !after.has('OP3'));
    server.change(uri, 3, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: '3. Decides to remain seized of the matter.' }]);
    assert.ok(byName(await server.symbols(uri)).has('OP3'));
  });

  it('answers outline requests on an unknown document with nothing, selection with an error, then keeps serving', async () => {
    assert.deepStrictEqual(await server.symbols('file:///nowhere.unres'), []);
    await assert.rejects(server.connection.sendRequest(SelectParagraphRequest, { textDocument: { uri: 'file:///nowhere.unres' }, paragraph: '3' }), /unknown document/);
    await assert.rejects(server.connection.sendRequest(SelectParagraphRequest, { textDocument: { uri: 'file:///seed/select.unres' }, paragraph: 42 as unknown as string }), /paragraph must be a string/);
    assert.ok((await server.symbols('file:///seed/select.unres')).length > 0);
  });
});
