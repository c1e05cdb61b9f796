// Privacy: no network at run time. The server is spawned with a --require preload
// (support/sandbox.ts) that makes net, tls, http(s), http2, dgram, dns and fetch throw and records
// every call; a whole editing run (open, outline, folding, selection, hovers, definitions, links,
// diagnostics, edits, the workspace catalogue and workspace resolutions, a catalogue change) must
// record none. A control run proves the preload refuses and records.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphSummaryRequest, SelectParagraphRequest } from '../../src/protocol/lspExt';
import { addressOf, allParagraphs } from '../../src/parser/query';
import { createResolutionService } from '../../src/service';
import { startServer } from '../support/lspClient';
import { collect } from '../support/notifications';
import { DRAFT, makeWorkspace, SANDBOX, sandboxLog, WORKSPACE_CATALOGUE } from '../support/workspace';

describe('privacy: no network at run time', function () {
  this.timeout(60_000);

  it('control: the preload refuses and records net, tls, http(s), dns and fetch', () => {
    const log = path.join(mkdtempSync(path.join(tmpdir(), 'unres-sandbox-')), 'log');
    const script = `
      const tries = [
        () => require('net').connect(80, 'example.org'), () => new (require('net').Socket)().connect(80, 'example.org'),
        () => require('tls').connect(443, 'example.org'), () => require('http').get('http://example.org/'),
        () => require('https').request('https://example.org/'), () => require('dns').lookup('example.org', () => {}),
        () => require('dns').promises.resolve4('example.org'), () => fetch('https://example.org/'),
      ];
      let refused = 0;
      for (const t of tries) { try { t(); } catch (e) { if (/unres sandbox/.test(e.message)) refused++; } }
      process.stdout.write(String(refused));`;
    const r = spawnSync(process.execPath, ['--require', SANDBOX, '-e', script], { encoding: 'utf8', env: { ...process.env, UNRES_SANDBOX_LOG: log } });
    assert.strictEqual(r.stdout, '8', r.stderr);
    assert.deepStrictEqual(sandboxLog(log).map((e) => e.detail.split(' ')[0]), [
      'net.connect', 'net.Socket.prototype.connect', 'tls.connect', 'http.get', 'https.request', 'dns.lookup', 'dns.promises.resolve4', 'fetch',
    ]);
  });

  it('a whole editing run with the workspace catalogue touches no network API', async () => {
    const ws = makeWorkspace(WORKSPACE_CATALOGUE);
    const log = path.join(ws, '..', `${path.basename(ws)}.sandbox.log`);
    const server = await startServer({
      rootDir: ws,
      initializationOptions: { workspaceTrusted: true },
      nodeArgs: ['--require', SANDBOX],
      env: { UNRES_SANDBOX_LOG: log },
    });
    const diagnostics = collect(server, 'textDocument/publishDiagnostics');
    const uri = pathToFileURL(path.join(ws, 'draft.unres')).href;
    const catalogueUri = pathToFileURL(path.join(ws, '.unres-catalogue.json')).href;
    let hovers = 0;
    let withContent = 0;
    const seen: string[] = [];
    try {
      server.open(uri, DRAFT);
      const doc = TextDocument.create(uri, 'un-resolution', 1, DRAFT);
      const local = createResolutionService();
      assert.ok((await server.symbols(uri)).length > 0);
      assert.ok(((await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as unknown[]).length > 0);
      const model = local.model(doc);
      for (const p of allParagraphs(model)) {
        const r = await server.connection.sendRequest(SelectParagraphRequest, { textDocument: { uri }, paragraph: addressOf(model, p.id) });
        assert.strictEqual(r?.id, p.id);
      }
      assert.match((await server.connection.sendRequest(ParagraphSummaryRequest, { textDocument: { uri } }))!.summary, /OP1/);
      for (const c of local.citations(doc)) {
        const position = doc.positionAt(c.span.start + 1);
        const h = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as { contents: { value: string } } | null;
        hovers++;
        if (h) {
          withContent++;
          seen.push(h.contents.value);
        }
        await server.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position });
      }
      const links = (await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as { target?: string }[];
      assert.ok(links.length > 0 && links.every((l) => !l.target || /^(?:https|file):/.test(l.target)));
      // The workspace was read: the catalogue's entry, the instrument and the workspace resolution show in hovers.
      assert.ok(seen.some((v) => /Workspace-only test entry/.test(v)), 'workspace catalogue entry in a hover');
      assert.ok(seen.some((v) => /In this workspace/.test(v)), 'workspace resolution in a hover');
      await diagnostics.waitFor((p) => p.uri === uri, 'for the draft');
      await diagnostics.waitFor((p) => p.uri === catalogueUri, 'for the workspace catalogue');
      // Edit, then change the catalogue on disk and tell the server, as a file watcher does.
      server.change(uri, 2, [{ range: { start: doc.positionAt(0), end: doc.positionAt(0) }, text: 'Draft\n' }]);
      assert.ok((await server.symbols(uri)).length > 0);
      writeFileSync(path.join(ws, '.unres-catalogue.json'), '{ "resolutions": [ { "symbol": 12 } ] }');
      const before = diagnostics.all.length;
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: catalogueUri, type: 2 }] });
      await diagnostics.waitFor((p) => p.uri === catalogueUri && p.diagnostics.length > 0 && diagnostics.all.indexOf(p) >= before, 'after the catalogue change');
      server.close(uri);
    } finally {
      await server.stop();
    }
    const network = sandboxLog(log).filter((e) => e.kind === 'network');
    assert.deepStrictEqual(network, [], 'no network API was called');
    assert.doesNotMatch(server.stderr(), /unres sandbox/);
    assert.ok(hovers > 20 && withContent > 10, `${hovers} hovers, ${withContent} with content`);
  });
});
