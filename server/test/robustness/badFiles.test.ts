// Bad files. A workspace catalogue with invalid JSON or a wrong schema gets a diagnostic on that
// file naming the fault, while the outline, hovers and the catalogue's valid entries keep working.
// The CLI gives a clear one-line message and exit 2 for files it cannot read as text (the cases
// not already in server/test/cli.test.ts: unreadable, FIFO, device, a path through a file; and
// it reads what is text after all: UTF-16 with a BOM, an empty file).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIXTURES, fixture } from '../support/fixtures';
import { PROJECT_ROOT, startServer, TestServer } from '../support/lspClient';
import { collect, Notifications } from '../support/notifications';
import { makeWorkspace, WORKSPACE_CATALOGUE } from '../support/workspace';

interface Published {
  uri: string;
  diagnostics: { message: string; severity?: number; range: { start: { line: number; character: number } } }[];
}

describe('bad files: the workspace catalogue', function () {
  this.timeout(60_000);
  let server: TestServer;
  let ws: string;
  let published: Notifications<Published>;
  let catalogueUri: string;
  const draftUri = 'file:///bad-files/draft.unres';
  const draft = 'The Security Council,\n\nRecalling its resolutions 1706 (2006) and 2999 (2031),\n\n1. Decides to remain seized of the matter.\n';
  const hoverAt = (needle: string) => {
    const doc = TextDocument.create(draftUri, 'x', 1, draft);
    return server.connection.sendRequest('textDocument/hover', { textDocument: { uri: draftUri }, position: doc.positionAt(draft.indexOf(needle) + 1) }) as Promise<{ contents: { value: string } } | null>;
  };

  before(async () => {
    ws = makeWorkspace(WORKSPACE_CATALOGUE);
    catalogueUri = pathToFileURL(path.join(ws, '.unres-catalogue.json')).href;
    server = await startServer({ rootDir: ws, initializationOptions: { workspaceTrusted: true } });
    published = collect(server, 'textDocument/publishDiagnostics');
    server.open(draftUri, draft);
    await published.waitFor((p) => p.uri === catalogueUri, 'for the valid catalogue');
  });
  after(async () => server.stop());

  /** Writes the catalogue, tells the server as a file watcher does, returns the next diagnostics for it. */
  async function catalogue(content: string | Buffer): Promise<Published> {
    const before = published.all.length;
    writeFileSync(path.join(ws, '.unres-catalogue.json'), content);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: catalogueUri, type: 2 }] });
    return published.waitFor((p) => p.uri === catalogueUri && published.all.indexOf(p) >= before, 'after the change');
  }

  async function stillWorks(): Promise<void> {
    assert.ok((await server.symbols(draftUri)).length > 0, 'the outline works');
    assert.match((await hoverAt('1706 (2006)'))?.contents.value ?? '', /31 August 2006/, 'the bundled catalogue still answers');
  }

  const cases: [string, string | Buffer, RegExp, number][] = [
    ['invalid JSON', '{ "resolutions": [ { "symbol": "S/RES/2999 (2031)", } ', /^Not valid JSON/, 1],
    ['an empty file', '', /^Not valid JSON/, 1],
    ['binary junk', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0xff, 0xfe]), /^Not valid JSON/, 1],
    ['an array at the top', '[1, 2]', /must be a JSON object/, 1],
    ['"resolutions" not an array', '{ "resolutions": { "symbol": "S/RES/2999 (2031)" } }', /"resolutions" must be an array/, 1],
    ['a bad symbol and a bad date', '{ "resolutions": [ { "symbol": "resolution 2999", "date": "15/01/2031" } ] }', /is not a United Nations document symbol|is not a date/, 1],
    ['a missing symbol', '{ "documents": [ { "title": "No symbol" } ] }', /has no "symbol"/, 1],
    ['a number where a string belongs', '{ "resolutions": [ { "symbol": 2999 } ] }', /must be a string/, 1],
    ['an unknown section (a warning)', '{ "resolution": [] }', /Unknown property "resolution"/, 2],
  ];
  for (const [label, content, message, severity] of cases) {
    it(`${label}: a diagnostic on the catalogue naming the fault; everything else keeps working`, async () => {
      const p = await catalogue(content);
      assert.ok(p.diagnostics.length > 0, 'a diagnostic');
      assert.ok(p.diagnostics.some((d) => message.test(d.message) && d.severity === severity), JSON.stringify(p.diagnostics));
      await stillWorks();
    });
  }

  it('one bad entry does not drop the good ones; a fixed file clears its diagnostics', async () => {
    const mixed = { resolutions: [{ symbol: 'not a symbol' }, { symbol: 'S/RES/2999 (2031)', title: 'The good entry' }] };
    const p = await catalogue(JSON.stringify(mixed, null, 2));
    assert.strictEqual(p.diagnostics.length, 1);
    assert.strictEqual(p.diagnostics[0].range.start.line, 3, 'on the faulty value');
    assert.match((await hoverAt('2999 (2031)'))?.contents.value ?? '', /The good entry/);
    assert.deepStrictEqual((await catalogue(WORKSPACE_CATALOGUE)).diagnostics, []);
    assert.match((await hoverAt('2999 (2031)'))?.contents.value ?? '', /Workspace-only test entry/);
  });
});

describe('bad files: the command line', function () {
  this.timeout(30_000);
  const CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });
  const dir = mkdtempSync(path.join(tmpdir(), 'unres-cli-bad-'));
  const expectFailure = (args: string[], message: RegExp) => {
    const r = run(...args);
    assert.strictEqual(r.signal, null, `${args.join(' ')}: finished (did not hang)`);
    assert.strictEqual(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.strictEqual(r.stderr.trim().split('\n').length, 1, 'one line');
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
  };

  // As root, chmod 000 denies nothing: the command then runs as the unprivileged user "nobody".
  const root = process.getuid?.() === 0;
  it('an unreadable file (chmod 000): "permission denied", exit 2', () => {
    const f = path.join(dir, 'secret.txt');
    writeFileSync(f, fixture('corpus/texts/A-RES-80-1.txt'));
    chmodSync(f, 0o000);
    if (root) chmodSync(dir, 0o755);
    try {
      const r = spawnSync(process.execPath, [CLI, 'outline', f], { encoding: 'utf8', timeout: 20_000, ...(root ? { uid: 65534, gid: 65534 } : {}) });
      assert.strictEqual(r.status, 2, r.stderr);
      assert.match(r.stderr, /secret\.txt: permission denied/);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1, 'one line');
      assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
    } finally {
      chmodSync(f, 0o644);
    }
  });

  it('a FIFO and a device: "not a regular file", exit 2, without hanging or reading forever', function () {
    const fifo = path.join(dir, 'pipe.txt');
    const mk = spawnSync('mkfifo', [fifo]);
    if (mk.status === 0) expectFailure(['outline', fifo], /pipe\.txt: not a regular file/);
    expectFailure(['outline', '/dev/zero'], /\/dev\/zero: not a regular file/);
    expectFailure(['select', '3', '/dev/null'], /\/dev\/null: not a regular file/);
  });

  it('a path through a file: "no such file", exit 2', () => {
    expectFailure(['outline', path.join(FIXTURES, 'corpus/texts/A-RES-80-1.txt', 'x.txt')], /no such file/);
  });

  it('text after all: UTF-16 with a BOM (both byte orders) gives the same outline as UTF-8; an empty file has no paragraphs', () => {
    const text = fixture('corpus/texts/A-RES-80-1.txt');
    const utf8 = run('outline', path.join(FIXTURES, 'corpus/texts/A-RES-80-1.txt'));
    const le = path.join(dir, 'le.txt');
    const be = path.join(dir, 'be.txt');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const f of [le, be]) {
      const r = run('outline', f);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, utf8.stdout);
    }
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = run('outline', empty);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /no paragraphs recognised/);
  });
});
