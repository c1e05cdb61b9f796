// Hovers over citations in a real VS Code (`vscode.executeHoverProvider`, what the editor asks when
// the mouse rests): the cited instrument's canonical symbol, facts and link; an internal reference's
// paragraph; nothing over a plain word.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, corpusPath, openFile, outline, waitFor } from './helpers';

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function hoverAt(doc: vscode.TextDocument, needle: string, into: number): Promise<string> {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the fixture`);
  const position = doc.positionAt(at + into);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position));
}

describe('hover (citations)', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('shows the cited resolution for "resolution 1590 (2005)" in S/RES/1706 (2006): symbol, adoption, link', async () => {
    const doc = await openFile(corpusPath('texts/S-RES-1706-2006.txt'));
    await outline(doc);
    // The catalogue loads on the first hover; wait for the answer rather than for a fixed time.
    const text = await waitFor('a hover on "resolution 1590 (2005)"', () => hoverAt(doc, 'resolution 1590 (2005)', 5), (t) => t.length > 0);
    assert.match(text, /S\/RES\/1590 \(2005\)/);
    assert.match(text, /Security Council resolution/);
    assert.match(text, /24 March 2005/);
    assert.match(text, /https:\/\/undocs\.org\/S\/RES\/1590\(2005\)/);
  });

  it('shows the internal paragraph for "paragraphs 8, 9 and 12 below": OP8 and its opening words', async () => {
    const doc = await openFile(corpusPath('texts/S-RES-1706-2006.txt'));
    const text = await waitFor('a hover on "paragraphs 8, 9 and 12 below"', () => hoverAt(doc, 'paragraphs 8, 9 and 12 below', 11), (t) => t.length > 0);
    assert.match(text, /OP8/);
    assert.match(text, /Decides that the mandate of UNMIS in Darfur/);
  });

  it('the seed: "Presidential Statement 2015/25" is S/PRST/2015/25 of 16 December 2015', async () => {
    const doc = await openFile(corpusPath('seed/S-RES-2388-2017.flat.txt'));
    const text = await waitFor('a hover on the presidential statement', () => hoverAt(doc, 'Presidential Statement 2015/25', 5), (t) => t.length > 0);
    assert.match(text, /S\/PRST\/2015\/25/);
    assert.match(text, /16 December 2015/);
  });

  it('no hover over a plain word', async () => {
    const doc = await openFile(corpusPath('texts/S-RES-1706-2006.txt'));
    // A citation hover first, so the server is known to answer hovers for this document.
    await waitFor('a citation hover', () => hoverAt(doc, 'resolution 1590 (2005)', 5), (t) => t.length > 0);
    assert.strictEqual(await hoverAt(doc, 'expeditious deployment', 3), '');
  });
});
