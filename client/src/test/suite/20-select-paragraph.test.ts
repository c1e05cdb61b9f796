// `executeCommand('unres.selectParagraph', address)`: what a keybinding or another extension calls;
// the editor's selection must then hold exactly the paragraph, revealed on screen.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, assertSameWords, closeAllEditors, corpusPath, fmt, Gold, GoldPara, readJson, showFile, waitFor, words } from './helpers';

function goldSub(gold: Gold, id: string): GoldPara {
  const find = (list: GoldPara[] | undefined): GoldPara | undefined => {
    for (const p of list ?? []) {
      if (p.id === id) return p;
      const f = find(p.subs);
      if (f) return f;
    }
    return undefined;
  };
  const g = find([...gold.preamble, ...gold.operative]);
  assert.ok(g, `${id} is not in the key`);
  return g;
}

async function selectParagraph(editor: vscode.TextEditor, address: string): Promise<{ id: string } | null | undefined> {
  return vscode.commands.executeCommand<{ id: string } | null | undefined>('unres.selectParagraph', address);
}

/** Waits until the editor shows the selection's start line (revealRange is applied by the view). */
async function assertRevealed(editor: vscode.TextEditor): Promise<void> {
  const line = editor.selection.start.line;
  await waitFor(
    `line ${line + 1} to be scrolled into view`,
    () => editor.visibleRanges.map((r) => [r.start.line, r.end.line]),
    (ranges) => ranges.some(([a, b]) => a <= line && line <= b),
  );
}

describe('unres.selectParagraph', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('"3" on the seed selects exactly its third preambular paragraph (the text has no operative part)', async () => {
    const editor = await showFile(corpusPath('seed/S-RES-2388-2017.flat.txt'));
    const expected = readJson<{ select: Record<string, string> }>('seed/S-RES-2388-2017.flat.expect.json').select['3'];
    const result = await waitFor('unres.selectParagraph "3" to find a paragraph', () => selectParagraph(editor, '3'), (r) => !!r);
    assert.strictEqual(result?.id, 'PP3');
    assert.strictEqual(editor.document.getText(editor.selection), expected);
  });

  it('"PP3" and "pp 3" select the same text on the seed', async () => {
    const editor = await showFile(corpusPath('seed/S-RES-2388-2017.flat.txt'));
    const expected = readJson<{ select: Record<string, string> }>('seed/S-RES-2388-2017.flat.expect.json').select['3'];
    for (const address of ['PP3', 'pp 3']) {
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const r = await selectParagraph(editor, address);
      assert.strictEqual(r?.id, 'PP3', `address "${address}"`);
      assert.strictEqual(editor.document.getText(editor.selection), expected, `address "${address}"`);
    }
  });

  it('"OP8(k)" on S/RES/1706 (2006) selects that sub-paragraph and scrolls it into view', async () => {
    const editor = await showFile(corpusPath('texts/S-RES-1706-2006.txt'));
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    const r = await waitFor('unres.selectParagraph "OP8(k)"', () => selectParagraph(editor, 'OP8(k)'), (x) => !!x);
    assert.strictEqual(r?.id, 'OP8(k)');
    const text = editor.document.getText(editor.selection);
    assert.ok(text.startsWith('(k)'), `the selection should start with the label "(k)": "${text.slice(0, 60)}"`);
    assertSameWords(editor.document, editor.selection, goldSub(readJson<Gold>('gold/S-RES-1706-2006.json'), 'OP8(k)'));
    assert.ok(!text.includes('(l)'), 'the selection runs into (l)');
    await assertRevealed(editor);
  });

  it('"3 (a)" style addresses on hard-wrapped text: S/2018/221 OP9(ii) and OP7 with its sub-paragraphs', async () => {
    const editor = await showFile(corpusPath('pdftotext/texts/S_2018_221-EN.txt'));
    const gold = readJson<Gold>('pdftotext/gold/S_2018_221-EN.json');
    const r = await waitFor('unres.selectParagraph "9 (ii)"', () => selectParagraph(editor, '9 (ii)'), (x) => !!x);
    assert.strictEqual(r?.id, 'OP9(ii)');
    assertSameWords(editor.document, editor.selection, goldSub(gold, 'OP9(ii)'));
    await assertRevealed(editor);

    const r7 = await selectParagraph(editor, 'OP7');
    assert.strictEqual(r7?.id, 'OP7');
    // The whole paragraph: from its own first words to the last words of (d), its last sub-paragraph.
    assertSameWords(editor.document, editor.selection, goldSub(gold, 'OP7'));
    await assertRevealed(editor);
  });

  it('a paragraph that does not exist gives null and leaves the selection alone', async () => {
    const editor = await showFile(corpusPath('texts/A-RES-80-1.txt'));
    const before = new vscode.Selection(2, 0, 2, 3);
    editor.selection = before;
    const r = await selectParagraph(editor, 'OP99');
    assert.strictEqual(r, null);
    assert.ok(editor.selection.isEqual(before), `selection moved to ${fmt(editor.selection)}`);
    // Words of a key and of a selection compare the same way (sanity of the helper).
    assert.deepStrictEqual(words('“1.   Decides (a) to'), ['Decides', 'to']);
  });
});
