// Workspace Trust and hover safety, through the server over stdio:
// - package.json declares untrustedWorkspaces "limited";
// - untrusted (initializationOptions.workspaceTrusted false, or a VS Code-family client that does
//   not vouch): the server reads no file of the workspace and requires no code from it (recorded
//   by the sandbox preload), publishes nothing for the workspace catalogue, and no hover shows
//   workspace facts; once unres/workspaceTrust {trusted: true} arrives it reads them;
// - hover Markdown escapes document and catalogue text (links, command: URIs, HTML, images show
//   as text) and hovers are never marked trusted.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService } from '../../src/service';
import { PROJECT_ROOT, startServer, StartOptions, TestServer } from '../support/lspClient';
import { collect } from '../support/notifications';
import { DRAFT, makeWorkspace, SANDBOX, sandboxLog, WORKSPACE_CATALOGUE } from '../support/workspace';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const MarkdownIt = require('markdown-it');
const md = new MarkdownIt({ html: true, linkify: true });

type HoverResult = { contents: { kind: string; value: string; isTrusted?: boolean }; range?: unknown } | null;

async function hoverAll(server: TestServer, uri: string, text: string): Promise<HoverResult[]> {
  const doc = TextDocument.create(uri, 'un-resolution', 1, text);
  const out: HoverResult[] = [];
  for (const c of createResolutionService().citations(doc)) {
    out.push((await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(c.span.start + 1) })) as HoverResult);
  }
  return out;
}

async function untrustedRun(options: StartOptions, ws: string, log: string) {
  const server = await startServer({ rootDir: ws, nodeArgs: ['--require', SANDBOX], env: { UNRES_SANDBOX_LOG: log, UNRES_SANDBOX_WATCH: ws }, ...options });
  const diagnostics = collect(server, 'textDocument/publishDiagnostics');
  const uri = pathToFileURL(path.join(ws, 'draft.unres')).href;
  server.open(uri, DRAFT);
  assert.ok((await server.symbols(uri)).length > 0, 'the outline works untrusted');
  const hovers = await hoverAll(server, uri, DRAFT);
  await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } });
  await diagnostics.waitFor((p) => p.uri === uri, 'for the draft');
  return { server, diagnostics, uri, hovers };
}

describe('workspace trust', function () {
  this.timeout(60_000);

  it('package.json declares capabilities.untrustedWorkspaces: supported "limited", with what is limited', () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
    assert.strictEqual(pkg.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.match(pkg.capabilities.untrustedWorkspaces.description, /catalogue/);
  });

  for (const [label, options] of [
    ['initializationOptions.workspaceTrusted false', { initializationOptions: { workspaceTrusted: false } }],
    ['a VS Code-family client that does not say', { clientInfo: { name: 'Visual Studio Code', version: '1.99.0' } }],
  ] as [string, StartOptions][]) {
    it(`untrusted (${label}): no workspace file read, no catalogue, no workspace facts in hovers`, async () => {
      const ws = makeWorkspace('{ "resolutions": [ this is not JSON');
      const log = path.join(ws, '..', `${path.basename(ws)}.sandbox.log`);
      const { server, diagnostics, hovers } = await untrustedRun(options, ws, log);
      const catalogueUri = pathToFileURL(path.join(ws, '.unres-catalogue.json')).href;
      try {
        assert.ok(hovers.filter(Boolean).length > 10, 'hovers from the bundled catalogue still work');
        const text = hovers.map((h) => h?.contents.value ?? '').join('\n');
        assert.doesNotMatch(text, /In this workspace|From the workspace catalogue|Workspace-only/);
        assert.ok(!diagnostics.all.some((p) => p.uri === catalogueUri), 'nothing published for the workspace catalogue');
        assert.deepStrictEqual(sandboxLog(log).filter((e) => e.kind === 'file').map((e) => e.detail), [], 'no file of the workspace touched');
        if (label.startsWith('initializationOptions')) {
          // Granting trust: now the workspace is read and the broken catalogue gets its diagnostic.
          await server.connection.sendNotification('unres/workspaceTrust', { trusted: true });
          const d = await diagnostics.waitFor((p) => p.uri === catalogueUri && p.diagnostics.length > 0, 'for the catalogue once trusted');
          assert.match(d.diagnostics[0].message, /Not valid JSON/);
          assert.ok(sandboxLog(log).some((e) => e.kind === 'file' && /\.unres-catalogue\.json/.test(e.detail)), 'control: the preload records workspace reads');
        }
      } finally {
        await server.stop();
      }
    });
  }

  it('hover Markdown shows document and catalogue text as text: no link, command, HTML or image; never trusted', async () => {
    const hostile = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)> <script>alert(1)</script> ![i](https://evil.example/p.png) <https://evil.example/a> https://evil.example/track *bold* `code` <b>b</b> &amp;';
    const catalogue = JSON.parse(WORKSPACE_CATALOGUE);
    catalogue.resolutions[0].title = `Workspace-only ${hostile}`;
    catalogue.resolutions[0].vote = '[v](command:workbench.action.quit)';
    const ws = makeWorkspace(JSON.stringify(catalogue));
    const server = await startServer({ rootDir: ws, initializationOptions: { workspaceTrusted: true } });
    try {
      const text = `The Security Council,\n\nRecalling its resolution 2999 (2031),\n\n1. Decides ${hostile};\n\n2. Recalls paragraph 1 above and paragraph 1 of resolution 2999 (2031);\n`;
      const uri = pathToFileURL(path.join(ws, 'hostile.unres')).href;
      server.open(uri, text);
      const hovers = (await hoverAll(server, uri, text)).filter((h): h is NonNullable<HoverResult> => !!h);
      const quoting = hovers.filter((h) => /Decides/.test(h.contents.value) || /Workspace-only/.test(h.contents.value));
      assert.ok(quoting.length >= 2, `hovers quoting the paragraph and the catalogue title: ${JSON.stringify(hovers.map((h) => h.contents.value))}`);
      for (const h of hovers) {
        assert.ok(!('isTrusted' in h.contents) || h.contents.isTrusted === false, 'never trusted');
        assert.strictEqual(h.contents.kind, 'markdown');
        const html: string = md.render(h.contents.value);
        for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) assert.match(m[1], /^(?:https:\/\/undocs\.org\/|file:\/\/)/, `only our own links: ${m[1]}`);
        assert.doesNotMatch(html, /<(?:img|script|b)\b/i, html);
      }
      for (const h of quoting) {
        // What the user reads is the document's text, character for character.
        const shown = md
          .render(h.contents.value)
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#47;/g, '/')
          .replace(/&amp;/g, '&');
        assert.ok(shown.includes('[x](command:workbench.action.quit)') || shown.includes('[v](command:workbench.action.quit)'), shown);
        assert.ok(!/Decides/.test(h.contents.value) || shown.includes('<img src=x onerror=alert(1)>'), shown);
      }
    } finally {
      await server.stop();
    }
  });

  it('the VS Code client does not mark hovers trusted', () => {
    const src = readFileSync(path.join(PROJECT_ROOT, 'client/src/extension.ts'), 'utf8');
    assert.doesNotMatch(src, /isTrusted\s*[:=]\s*true|supportHtml\s*[:=]\s*true/);
  });
});
