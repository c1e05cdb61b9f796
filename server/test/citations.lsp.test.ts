// Citation features of the built server over stdio, as an editor uses them: hover, definition,
// document links, diagnostics with their quick fix, settings, the workspace catalogue file,
// workspace resolutions and workspace trust.
import * as assert from 'assert';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CodeAction,
  CodeActionRequest,
  DefinitionRequest,
  Diagnostic,
  DidChangeConfigurationNotification,
  DocumentLink,
  DocumentLinkRequest,
  Hover,
  HoverRequest,
  Location,
  MarkupContent,
  Position,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceTrustNotification } from '../src/protocol/lspExt';
import { fixture, fixtureJson } from './support/fixtures';
import { startServer, TestServer } from './support/lspClient';

/** Position of the middle of the n-th occurrence of `needle`. */
function positionOf(text: string, needle: string, occurrence = 1): Position {
  let i = -1;
  for (let n = 0; n < occurrence; n++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" not in text`);
  return TextDocument.create('file:///x', 'x', 1, text).positionAt(i + Math.floor(needle.length / 2));
}

const value = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');
const message = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

/** Collects publishDiagnostics and lets a test wait for the one it expects (no sleeping). */
class DiagnosticsInbox {
  private readonly waiting: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly last = new Map<string, PublishDiagnosticsParams>();
  constructor(server: TestServer) {
    server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.last.set(p.uri, p);
      for (const w of [...this.waiting]) {
        if (w.uri === p.uri && w.accept(p)) {
          this.waiting.splice(this.waiting.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
  }
  next(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = this.last.get(uri);
    if (seen && accept(seen)) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiting.push({ uri, accept, resolve }));
  }
}

describe('citations over stdio: hover, links, definition', function () {
  this.timeout(30000);
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(async () => server.stop());

  const hover = (uri: string, position: Position) => server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });

  it('announces hover, definition, document links and quick fixes', () => {
    const caps = server.initializeResult.capabilities;
    assert.ok(caps.hoverProvider);
    assert.ok(caps.definitionProvider);
    assert.ok(caps.documentLinkProvider);
    assert.ok(caps.codeActionProvider);
  });

  it('hovers the 7 citations of the seed with their symbol or official name, and dates', async () => {
    const text = fixture('corpus/seed/S-RES-2388-2017.flat.txt');
    const expect = fixtureJson<{ citations: { text: string; symbol?: string; instrument?: string; date?: string }[] }>('corpus/seed/S-RES-2388-2017.flat.expect.json');
    const uri = 'file:///seed/S-RES-2388-2017.unres';
    server.open(uri, text);
    for (const c of expect.citations) {
      const v = value(await hover(uri, positionOf(text, c.text)));
      assert.ok(v.includes(c.symbol ?? c.instrument!), `hover on "${c.text}" should name ${c.symbol ?? c.instrument}: ${v}`);
    }
    assert.match(value(await hover(uri, positionOf(text, 'Presidential Statement 2015/25'))), /16 December 2015/);
    const r2331 = value(await hover(uri, positionOf(text, 'Resolution 2331 (2016)')));
    assert.match(r2331, /Security Council resolution/);
    assert.match(r2331, /20 December 2016/);
    assert.match(r2331, /7847th meeting \(S\/PV\.7847\)/);
    assert.match(r2331, /15-0-0/);
    assert.ok(r2331.includes('(https://undocs.org/S/RES/2331(2016))'), r2331);
  });

  it('gives no hover on plain words, nor on the document\'s own symbol', async () => {
    const text = fixture('corpus/seed/S-RES-2388-2017.flat.txt');
    const uri = 'file:///seed/S-RES-2388-2017.unres';
    assert.strictEqual(await hover(uri, positionOf(text, 'responsibility')), null);
    assert.strictEqual(await hover(uri, positionOf(text, 'S/RES/2388 (2017)')), null);
    assert.strictEqual(await hover(uri, positionOf(text, '21 November 2017')), null);
  });

  it('hovers instruments with verified facts only, internal references and pinpoints', async () => {
    const t10 = fixture('corpus/texts/A-RES-80-10.txt');
    const u10 = 'file:///texts/A-RES-80-10.unres';
    server.open(u10, t10);
    const cerd = value(await hover(u10, positionOf(t10, 'Racial Discrimination')));
    assert.match(cerd, /International Convention on the Elimination of All Forms of Racial Discrimination/);
    assert.match(cerd, /21 December 1965/);
    assert.match(cerd, /A\/RES\/2106 \(XX\)/);
    const undrip = value(await hover(u10, positionOf(t10, 'Indigenous Peoples', 1)));
    assert.match(undrip, /United Nations Declaration on the Rights of Indigenous Peoples/);
    assert.doesNotMatch(undrip, /13 September 2007/, 'an unverified date is not shown');
    const pinpoint = value(await hover(u10, positionOf(t10, 'paragraphs 1 to 10')));
    assert.ok(pinpoint.includes('E/RES/1980/67 annex paras 1-10'), pinpoint);
    const t1 = fixture('corpus/texts/A-RES-80-1.txt');
    const u1 = 'file:///texts/A-RES-80-1.unres';
    server.open(u1, t1);
    const internal = value(await hover(u1, positionOf(t1, 'paragraph 1 (a)')));
    assert.match(internal, /OP1\(a\)/);
    assert.match(internal, /The State of Palestine may submit a pre/, 'the paragraph referred to, by its opening words');
  });

  it('goes to the paragraph an internal reference names', async () => {
    const t1 = fixture('corpus/texts/A-RES-80-1.txt');
    const u1 = 'file:///texts/A-RES-80-1.unres';
    const defs = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: u1 }, position: positionOf(t1, 'paragraph 1 (a)') })) as Location[];
    assert.strictEqual(defs.length, 1);
    const doc = TextDocument.create(u1, 'x', 1, t1);
    const target = t1.slice(doc.offsetAt(defs[0].range.start), doc.offsetAt(defs[0].range.end));
    assert.match(target, /^\(a\)\s+The State of Palestine may submit/);
    assert.strictEqual(await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: u1 }, position: positionOf(t1, 'Regretting') }), null);
  });

  it('links every citation with a symbol to undocs.org, and nothing else', async () => {
    const text = fixture('corpus/seed/S-RES-2388-2017.flat.txt');
    const links = (await server.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: 'file:///seed/S-RES-2388-2017.unres' } })) as DocumentLink[];
    const targets = links.map((l) => l.target);
    assert.deepStrictEqual([...new Set(targets)].sort(), ['https://undocs.org/S/2017/939', 'https://undocs.org/S/PRST/2015/25', 'https://undocs.org/S/RES/2331(2016)']);
    const doc = TextDocument.create('file:///x', 'x', 1, text);
    assert.strictEqual(text.slice(doc.offsetAt(links[0].range.start), doc.offsetAt(links[0].range.end)), 'Presidential Statement 2015/25');
  });

  it('escapes document text in hovers: no link, command or HTML comes through', async () => {
    const text =
      'The General Assembly,\n\nRecalling the Programme of Action,1\n\n_______________\n\n1 Report of the [x](command:workbench.action.quit) <img src=x onerror=alert(1)> Conference, Geneva, 1–2 May 2000, chap. I, resolution 1, annex.\n';
    const uri = 'file:///escape.unres';
    server.open(uri, text);
    const v = value(await hover(uri, positionOf(text, 'resolution 1')));
    assert.ok(v.length > 0, 'the conference resolution is hovered');
    assert.ok(!v.includes('[x](command:'), v);
    assert.ok(!/<img/i.test(v), v);
    assert.ok(v.includes('\\[x\\]') && v.includes('&lt;img'), v);
  });
});

describe('citations over stdio: diagnostics and quick fix', function () {
  this.timeout(30000);
  let server: TestServer;
  let inbox: DiagnosticsInbox;
  before(async () => {
    server = await startServer();
    inbox = new DiagnosticsInbox(server);
  });
  after(async () => server.stop());

  const text = 'The Security Council,\n\nRecalling its resolution 2331 (2015) and resolution 1706 (2006),\n\n1. Decides to remain seized of the matter;\n\n2. Recalls paragraph 1 above and paragraph 12 above.\n';
  const uri = 'file:///diag.unres';

  it('warns of a year the catalogue contradicts, on the year, and offers the fix', async () => {
    server.open(uri, text);
    const p = await inbox.next(uri);
    const year = p.diagnostics.filter((d) => d.code === 'citation-year');
    assert.strictEqual(year.length, 1, JSON.stringify(p.diagnostics));
    const doc = TextDocument.create(uri, 'x', 1, text);
    assert.strictEqual(text.slice(doc.offsetAt(year[0].range.start), doc.offsetAt(year[0].range.end)), '2015');
    assert.match(message(year[0]), /adopted in 2016/);
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: year[0].range, context: { diagnostics: year } })) as CodeAction[];
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0].edit?.changes?.[uri]?.[0].newText, '2016');
  });

  it('warns of a reference to a paragraph the text does not have', () => {
    const p = inbox.last.get(uri)!;
    const refs = p.diagnostics.filter((d: Diagnostic) => d.code === 'internal-reference');
    assert.strictEqual(refs.length, 1, JSON.stringify(p.diagnostics));
    assert.match(message(refs[0]), /no paragraph OP12/);
  });

  it('turns each diagnostic off by its setting', async () => {
    server.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ diagnostics: { citationYear: false, internalReferences: false } })));
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const p = await inbox.next(uri, (x) => x.diagnostics.length === 0);
    assert.deepStrictEqual(p.diagnostics, []);
    server.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ diagnostics: { citationYear: true, internalReferences: false } })));
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const q = await inbox.next(uri, (x) => x.diagnostics.length > 0);
    assert.deepStrictEqual(q.diagnostics.map((d) => d.code), ['citation-year']);
  });
});

describe('citations over stdio: the workspace', function () {
  this.timeout(30000);
  const root = mkdtempSync(path.join(tmpdir(), 'unres-ws-'));
  const catalogueFile = path.join(root, '.unres-catalogue.json');
  writeFileSync(
    catalogueFile,
    JSON.stringify(
      {
        resolutions: [{ symbol: 'S/RES/2999 (2031)', date: '2031-01-15', title: 'Testland', vote: '15-0-0' }, { symbol: 'S/RES/3000 (2031)', date: '15 January 2031' }],
        instruments: [{ name: 'Treaty of Testland on Example Matters', shortForms: ['TOTEM'], adopted: '2030-05-01' }],
        colour: 'blue',
      },
      null,
      2,
    ),
  );
  writeFileSync(
    path.join(root, 'S-RES-1556-2004.unres'),
    'S/RES/1556 (2004)\n\nResolution 1556 (2004)\n\nAdopted by the Security Council at its 5015th meeting, on 30 July 2004\n\nThe Security Council,\n\nRecalling its statement,\n\n1. Demands that the parties act;\n\n2. Decides to act;\n\n3. Decides to act again;\n\n4. Decides further;\n\n5. Requests reports;\n\n6. Urges restraint;\n\n7. Decides that all States shall take the necessary measures to prevent the sale of arms;\n\n8. Decides also that all States shall prevent training;\n\n9. Decides to remain seized of the matter.\n',
  );
  const text = 'The Security Council,\n\nRecalling resolution 2999 (2031), the TOTEM, and the measures imposed by paragraphs 7 and 8 of resolution 1556 (2004),\n\n1. Decides to remain seized of the matter.\n';
  const uri = pathToFileURL(path.join(root, 'draft.unres')).href;

  it('reads nothing from an untrusted workspace, then everything once trusted', async () => {
    const server = await startServer({ rootDir: root, initializationOptions: { workspaceTrusted: false } });
    try {
      server.open(uri, text);
      const h = (needle: string) => server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle) });
      assert.doesNotMatch(value(await h('resolution 2999')), /workspace catalogue/);
      assert.strictEqual(await h('TOTEM'), null, 'no workspace instruments untrusted');
      await server.connection.sendNotification(WorkspaceTrustNotification, { trusted: true });
      assert.match(value(await h('resolution 2999')), /workspace catalogue/);
    } finally {
      await server.stop();
    }
  });

  describe('trusted (the default outside VS Code)', () => {
    let server: TestServer;
    let inbox: DiagnosticsInbox;
    before(async () => {
      server = await startServer({ rootDir: root });
      inbox = new DiagnosticsInbox(server);
      server.open(uri, text);
    });
    after(async () => server.stop());
    const h = (needle: string) => server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle) });

    it('validates the workspace catalogue file with diagnostics that name each fault', async () => {
      const p = await inbox.next(pathToFileURL(catalogueFile).href);
      const messages = p.diagnostics.map(message);
      assert.ok(messages.some((m) => /resolutions\[1\]\.date "15 January 2031" is not a date: write it as YYYY-MM-DD/.test(m)), messages.join('\n'));
      assert.ok(messages.some((m) => /Unknown property "colour"/.test(m)), messages.join('\n'));
      const fault = p.diagnostics.find((d) => /is not a date/.test(message(d)))!;
      assert.strictEqual(fault.range.start.line, fault.range.end.line, 'the fault is shown on the value itself');
    });

    it('uses the workspace catalogue in hovers, and its instruments in recognition', async () => {
      const r = value(await h('resolution 2999'));
      assert.match(r, /S\/RES\/2999 \(2031\)/);
      assert.match(r, /15 January 2031/);
      assert.match(r, /workspace catalogue/);
      assert.match(value(await h('TOTEM')), /Treaty of Testland on Example Matters/);
    });

    it('knows workspace resolutions by their masthead symbol: definition and the cited paragraph', async () => {
      const defs = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'paragraphs 7') })) as Location[];
      assert.strictEqual(defs.length, 1);
      assert.ok(defs[0].uri.endsWith('S-RES-1556-2004.unres'), defs[0].uri);
      assert.strictEqual(defs[0].range.start.line, 22, 'the line of paragraph 7');
      const pin = value(await h('paragraphs 7'));
      assert.ok(pin.includes('S/RES/1556 (2004) OP7'), pin);
      assert.match(pin, /Decides that all States shall take the necessary measures/);
      const res = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'resolution 1556') })) as Location[];
      assert.ok(res[0].uri.endsWith('S-RES-1556-2004.unres'));
    });
  });
});
