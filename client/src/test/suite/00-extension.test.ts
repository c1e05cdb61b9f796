// The extension under test is the expected one (development folder or the installed .vsix) and
// files open in the `un-resolution` language: `.unres`, and a `.txt` starting like a resolution.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, corpusPath, EXTENSION_ID, flatten, LANGUAGE_ID, openFile, readCorpus, scratchFile, waitFor } from './helpers';

/** A `.txt` opens as Plain Text and the extension switches it when its first line matches. */
const languageOf = (doc: vscode.TextDocument, id = LANGUAGE_ID) => waitFor(`${path.basename(doc.uri.fsPath)} to be in language ${id}`, () => doc.languageId, (l) => l === id);

describe('extension and language', () => {
  after(closeAllEditors);

  it('is the extension the launcher meant to test, and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    console.log(`  extension under test: ${ext.id} ${ext.packageJSON.version} at ${ext.extensionPath}`);
    // The code-server launcher says where it should come from: the clone (development pass) or
    // the extensions folder the packaged .vsix was installed into (installed pass).
    const expected = process.env.UNRES_SUITE_EXTENSION_ROOT;
    if (expected) {
      assert.ok(
        path.resolve(ext.extensionPath).startsWith(path.resolve(expected)),
        `expected the extension from ${expected}, but VS Code loaded ${ext.extensionPath}`,
      );
    }
    await activateExtension();
    assert.strictEqual(ext.isActive, true);
  });

  it('runs the language server over stdio, not Node IPC', async () => {
    await activateExtension();
    // The server is a child of this extension host: its command line says how it talks.
    const children = fs
      .readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .map((pid) => {
        try {
          const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
          const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
          return { ppid, args: fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0') };
        } catch {
          return undefined; // gone meanwhile
        }
      })
      .filter((c) => c && c.ppid === process.pid && c.args.some((a) => a.endsWith('server-bundle.js')));
    assert.strictEqual(children.length, 1, `one server process under the extension host ${process.pid}: ${JSON.stringify(children)}`);
    assert.ok(children[0]!.args.includes('--stdio') && !children[0]!.args.includes('--node-ipc'), `server command line: ${children[0]!.args.join(' ')}`);
  });

  it('opens a .unres file as un-resolution', async () => {
    const file = scratchFile('A-RES-80-1.flat.unres', flatten(readCorpus('texts/A-RES-80-1.txt')));
    const doc = await openFile(file);
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
  });

  it('opens a .txt whose first line is a UN masthead symbol as un-resolution', async () => {
    const doc = await openFile(corpusPath('pdftotext/texts/S_2018_221-EN.txt'));
    assert.strictEqual(doc.lineAt(0).text.trim(), 'S/2018/221');
    await languageOf(doc);
  });

  it('opens the flattened seed .txt ("S/RES/2388 (2017) United Nations …") as un-resolution', async () => {
    const doc = await openFile(corpusPath('seed/S-RES-2388-2017.flat.txt'));
    await languageOf(doc);
  });

  it('opens a .txt starting with "United Nations" (General Assembly masthead) as un-resolution', async () => {
    const doc = await openFile(corpusPath('texts/A-RES-80-1.txt'));
    await languageOf(doc);
  });

  it('leaves an ordinary .txt alone, and "Treat this file as a resolution" switches it', async () => {
    const file = scratchFile('notes.txt', 'Shopping list\n\n- bread\n- Recalling to buy milk\n');
    const doc = await openFile(file);
    // Give the detection a chance to (wrongly) switch it: another file opened after it is switched.
    await languageOf(await openFile(corpusPath('texts/S-RES-1755-2007.txt')));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'plaintext');
    await vscode.commands.executeCommand('unres.treatAsResolution');
    assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, LANGUAGE_ID);
  });

  it('keeps a user\'s choice of Plain Text for a .txt it switched', async () => {
    const doc = await openFile(corpusPath('texts/S-RES-1627-2005.txt'));
    await languageOf(doc);
    await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    await languageOf(await openFile(corpusPath('pdftotext/texts/S_2017_77-EN.txt')));
    assert.strictEqual(doc.languageId, 'plaintext');
  });
});
