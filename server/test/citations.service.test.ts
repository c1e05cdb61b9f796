// The citation features in memory, through the language service with injected parts: laziness
// (the outline never pays for citations or the catalogue), one recognition per model, escaping of
// paragraph text, and the workspace catalogue file's validation.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupContent } from 'vscode-languageserver-types';
import { CatalogueStore } from '../src/catalogue/store';
import { isTrusted } from '../src/citationWiring';
import { parseWorkspaceCatalogue } from '../src/catalogue/workspaceCatalogue';
import { Paragraph, ResolutionModel } from '../src/parser/model';
import { parse } from '../src/parser/parse';
import { createResolutionService } from '../src/service';
import { fixture } from './support/fixtures';

const doc = (text: string, uri = 'file:///t.unres', version = 1) => TextDocument.create(uri, 'un-resolution', version, text);
const hoverText = (v: ReturnType<ReturnType<typeof createResolutionService>['hover']>) => (v ? (v.contents as MarkupContent).value : '');

describe('citation features in the language service', () => {
  it('the outline path reads neither the catalogue nor the citations', () => {
    const catalogue = new CatalogueStore();
    const service = createResolutionService({ catalogue });
    const d = doc(fixture('corpus/texts/S-RES-1706-2006.txt'));
    assert.ok(service.documentSymbols(d).length > 0);
    service.foldingRanges(d);
    assert.strictEqual(catalogue.loaded, false, 'the catalogue is read on first citation use, not before');
    assert.ok(service.hover(d, d.positionAt(d.getText().indexOf('1679 (2006)') + 2)));
    assert.strictEqual(catalogue.loaded, true);
  });

  it('tells its listener before a pass over all of a document\'s citations, after the model is made', async () => {
    const events: string[] = [];
    const service = createResolutionService({ parser: (t) => (events.push('parse'), parse(t)), beforeCitationPass: (d) => events.push(`pass ${d.version}`) });
    const d = doc(fixture('corpus/texts/S-RES-1755-2007.txt'));
    service.documentSymbols(d);
    service.hover(d, d.positionAt(d.getText().indexOf('resolution') + 2));
    assert.deepStrictEqual(events, ['parse'], 'neither the outline nor a hover reads all the citations');
    assert.strictEqual(await service.prepareCitations(d, () => false), true);
    assert.deepStrictEqual(events, ['parse', 'pass 1']);
    const d2 = doc(d.getText() + '\n', d.uri, 2);
    assert.strictEqual(await service.prepareCitations(d2, () => false), true);
    assert.deepStrictEqual(events, ['parse', 'pass 1', 'parse', 'pass 2'], 'the new version is parsed before the listener hears of its pass');
  });

  it('recognises citations once per model version', () => {
    let parses = 0;
    const service = createResolutionService({ parser: (t) => (parses++, parse(t)) });
    const d = doc(fixture('corpus/texts/S-RES-1755-2007.txt'));
    const first = service.citations(d);
    assert.strictEqual(service.citations(d), first, 'the same array: no second recognition');
    service.hover(d, d.positionAt(100));
    service.documentLinks(d);
    assert.strictEqual(service.citations(d), first);
    const d2 = doc(d.getText() + '\n', d.uri, 2);
    assert.notStrictEqual(service.citations(d2), first, 'a new text, new citations');
    assert.strictEqual(parses, 2);
  });

  it('escapes the referenced paragraph\'s text in a hover (Markdown links, commands, HTML)', () => {
    const text = 'The Security Council,\n\n1. Decides [x](command:workbench.action.quit) <script>alert(1)</script> *now*;\n\n2. Recalls paragraph 1 above;\n';
    const p1: Paragraph = {
      kind: 'operative',
      id: 'OP1',
      name: 'OP1',
      label: '1.',
      span: { start: text.indexOf('1. Decides'), end: text.indexOf(';') + 1 },
      selection: { start: text.indexOf('1. Decides'), end: text.indexOf('1. Decides') + 10 },
      labelSpan: { start: text.indexOf('1. Decides'), end: text.indexOf('1. Decides') + 2 },
      children: [],
    };
    const model: ResolutionModel = { text, preamble: [], operative: [p1], headings: [], closing: [], annexes: [], furniture: [] };
    const service = createResolutionService({ parser: () => model });
    const d = doc(text);
    const v = hoverText(service.hover(d, d.positionAt(text.indexOf('paragraph 1 above') + 3)));
    assert.match(v, /OP1/);
    assert.ok(!v.includes('[x](command:'), v);
    assert.ok(!v.includes('<script>'), v);
    assert.ok(v.includes('&lt;script&gt;') && v.includes('\\*now\\*'), v);
  });

  it('answers null on plain words and outside the text', () => {
    const service = createResolutionService();
    const d = doc(fixture('corpus/texts/S-RES-1627-2005.txt'));
    assert.strictEqual(service.hover(d, d.positionAt(d.getText().indexOf('sovereignty'))), null);
    assert.strictEqual(service.hover(d, { line: 9999, character: 0 }), null);
    assert.deepStrictEqual(service.definition(d, d.positionAt(d.getText().indexOf('sovereignty'))), null);
  });

  it('a citation of an open resolution resolves to it (definition and the cited paragraph)', () => {
    const r1755 = doc(fixture('corpus/texts/S-RES-1755-2007.txt'), 'file:///S-RES-1755-2007.unres');
    const cites = doc('The Security Council,\n\nRecalling paragraph 3 of resolution 1755 (2007),\n', 'file:///draft.unres');
    const service = createResolutionService({ openDocuments: () => [r1755, cites] });
    const at = cites.positionAt(cites.getText().indexOf('paragraph 3') + 3);
    const defs = service.definition(cites, at)!;
    assert.ok(defs, 'S/RES/1755 (2007) is open: its masthead says so');
    assert.strictEqual(defs[0].uri, r1755.uri);
    assert.match(r1755.getText().slice(r1755.offsetAt(defs[0].range.start)), /^Calls upon the parties to the Comprehensive Peace Agreement/);
    assert.match(hoverText(service.hover(cites, at)), /Calls upon the parties to the Comprehensive Peace Agreement/);
  });
});

describe('workspace catalogue file validation', () => {
  it('accepts the documented schema', () => {
    const { catalogue, faults } = parseWorkspaceCatalogue(
      JSON.stringify({
        resolutions: [{ symbol: 'S/RES/2999 (2031)', date: '2031-01-15', title: 'T', meeting: 'S/PV.9999', vote: '15-0-0', topic: 'X', url: 'https://example.org' }],
        documents: [{ symbol: 'S/2031/5', title: 'Report' }],
        instruments: [{ name: 'Treaty of Testland', shortForms: ['TOT'], type: 'treaty', adopted: '2030-01-01', entryIntoForce: '2031-01-01', adoptingResolution: 'A/RES/85/1' }],
      }),
    );
    assert.deepStrictEqual(faults, []);
    assert.strictEqual(catalogue.bySymbol.get('S/RES/2999(2031)')?.date, '2031-01-15');
    assert.strictEqual(catalogue.instruments[0].name, 'Treaty of Testland');
  });

  it('names each fault, on the characters at fault', () => {
    const text = '{\n  "resolutions": [{ "symbol": "resolution 5", "date": "2031-13-01" }, { "title": "no symbol" }],\n  "instruments": "none",\n  "extra": 1\n}';
    const { faults } = parseWorkspaceCatalogue(text);
    const at = (f: { start: number; end: number }) => text.slice(f.start, f.end);
    const by = (re: RegExp) => faults.find((f) => re.test(f.message));
    assert.strictEqual(at(by(/is not a United Nations document symbol/)!), '"resolution 5"');
    assert.strictEqual(at(by(/is not a date/)!), '"2031-13-01"');
    assert.ok(by(/resolutions\[1\] has no "symbol"/));
    assert.strictEqual(at(by(/"instruments" must be an array/)!), '"none"');
    assert.strictEqual(by(/Unknown property "extra"/)?.severity, 'warning');
  });

  it('reports a JSON syntax error where it is', () => {
    const text = '{ "resolutions": [ { "symbol": "S/RES/1 (1946)", } ] }';
    const { faults } = parseWorkspaceCatalogue(text);
    assert.strictEqual(faults.length, 1);
    assert.match(faults[0].message, /Not valid JSON: trailing comma/);
    assert.strictEqual(text[faults[0].start], '}');
  });
});

describe('workspace trust', () => {
  it('follows the client; without a word, trusted except in VS Code, which has the notion', () => {
    assert.strictEqual(isTrusted({ workspaceTrusted: false }, 'Neovim'), false);
    assert.strictEqual(isTrusted({ workspaceTrusted: true }, 'Visual Studio Code'), true);
    assert.strictEqual(isTrusted({}, 'Neovim'), true);
    assert.strictEqual(isTrusted({}, undefined), true);
    assert.strictEqual(isTrusted({}, 'Visual Studio Code'), false);
    assert.strictEqual(isTrusted({}, 'code-server'), false);
  });
});
