// The outline VS Code gets from the server (`vscode.executeDocumentSymbolProvider`, the same call
// the Outline view and breadcrumbs make) for the three shapes drafters hold a text in, against the
// answer keys in test-fixtures/corpus; and the outline follows an edit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension, assertOutlineMatchesGold, assertRangesNest, assertSameWords, closeAllEditors, corpusPath, documentSymbols,
  flatten, fmt, Gold, group, nameTree, openFile, outline, parts, readCorpus, readJson, scratchFile, showOutline, waitFor, words,
} from './helpers';

describe('outline (document symbols)', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('clean paragraphs: S/RES/1706 (2006) has PP1–PP12 and OP1–OP15, OP8 with (a)–(l)', async () => {
    const doc = await openFile(corpusPath('texts/S-RES-1706-2006.txt'));
    const syms = await outline(doc);
    const gold = readJson<Gold>('gold/S-RES-1706-2006.json');
    assertOutlineMatchesGold(doc, syms, gold);
    const op8 = parts(syms).operative.find((s) => s.name === 'OP8');
    assert.deepStrictEqual(op8?.children.map((c) => c.name), ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)', '(k)', '(l)']);
    // `detail` shows the opening words.
    const pp1 = parts(syms).preamble[0];
    assert.ok(pp1.detail.includes('Recalling'), `PP1 detail should show its opening words, got "${pp1.detail}"`);
  });

  it('hard-wrapped pdftotext: S/2018/221 has PP1–PP33, OP1–OP35, OP7 (a)–(d), OP9 (i)–(iii)', async () => {
    const doc = await openFile(corpusPath('pdftotext/texts/S_2018_221-EN.txt'));
    const syms = await outline(doc);
    assertOutlineMatchesGold(doc, syms, readJson<Gold>('pdftotext/gold/S_2018_221-EN.json'));
  });

  it('flattened onto one line: A/RES/80/1 has PP1–PP5 and OP1 (a)–(c), OP2, OP3', async () => {
    const file = scratchFile('A-RES-80-1.flat.unres', flatten(readCorpus('texts/A-RES-80-1.txt')));
    const doc = await openFile(file);
    assert.strictEqual(doc.lineCount, 1);
    const syms = await outline(doc);
    assertOutlineMatchesGold(doc, syms, readJson<Gold>('gold/A-RES-80-1.json'));
  });

  it('the seed (flattened S/RES/2388 (2017), cut mid-preamble): PP1–PP6 as the expect file lists, footer in no paragraph', async () => {
    const doc = await openFile(corpusPath('seed/S-RES-2388-2017.flat.txt'));
    const expect = readJson<{ preamble_first_words: string[] }>('seed/S-RES-2388-2017.flat.expect.json');
    const syms = await outline(doc);
    const { preamble, operative } = parts(syms);
    assert.deepStrictEqual(nameTree(preamble), ['PP1', 'PP2', 'PP3', 'PP4', 'PP5', 'PP6']);
    assert.deepStrictEqual(operative, [], 'the seed has no operative part');
    preamble.forEach((pp, i) => {
      const text = doc.getText(pp.range);
      assert.ok(text.startsWith(expect.preamble_first_words[i]), `${pp.name} (${fmt(pp.range)}) should start "${expect.preamble_first_words[i]}", got "${text.slice(0, 100)}"`);
      assert.ok(!/17-20704|\*1720704\*/.test(text), `${pp.name} contains the page footer: "…${text.slice(-80)}"`);
    });
    assertRangesNest(syms);
  });

  it('follows an edit: a paragraph inserted before PP2 and OP15 deleted show at once', async () => {
    const original = readCorpus('texts/S-RES-1706-2006.txt');
    const doc = await openFile(scratchFile('S-RES-1706-2006.edit.unres', original));
    const before = await outline(doc);
    assert.strictEqual(parts(before).preamble.length, 12, `before the edit: ${nameTree(parts(before).preamble).join(' ')}`);
    const pp2 = parts(before).preamble[1];
    const op15 = parts(before).operative[14];
    assert.ok(op15, `before the edit: ${nameTree(parts(before).operative).join(' ')}`);

    const edit = new vscode.WorkspaceEdit();
    // A new paragraph typed on its own line above PP2, in the file's style (every line opens with “).
    edit.insert(doc.uri, new vscode.Position(pp2.range.start.line, 0), '“Noting with appreciation the paragraph inserted by the end-to-end test,\n\n');
    // OP15 with the blank line before it (positions are of the text before the edit).
    edit.delete(doc.uri, new vscode.Range(parts(before).operative[13].range.end, op15.range.end));
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');

    const after = await outline(doc, (s) => parts(s).preamble.length === 13 && parts(s).operative.length === 14);
    const { preamble, operative } = parts(after);
    assert.deepStrictEqual(words(doc.getText(preamble[1].range)).slice(0, 3), ['Noting', 'with', 'appreciation']);
    assertSameWords(doc, preamble[2], readJson<Gold>('gold/S-RES-1706-2006.json').preamble[1]);
    assert.strictEqual(operative[operative.length - 1].name, 'OP14');
    assertRangesNest(after);

    // Put the original text back: the outline is the original one again.
    const restore = new vscode.WorkspaceEdit();
    restore.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    assert.ok(await vscode.workspace.applyEdit(restore), 'the restoring edit was not applied');
    await waitFor('the outline after restoring the text', () => documentSymbols(doc), (s) => parts(s).preamble.length === 12 && parts(s).operative.length === 15, 10000, showOutline);
    assert.strictEqual(doc.getText(), original);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('groups paragraphs under "Preamble" and "Operative part" and nests sub-paragraphs', async () => {
    const doc = await openFile(corpusPath('texts/A-RES-80-1.txt'));
    const syms = await outline(doc);
    const pre = group(syms, 'Preamble');
    const op = group(syms, 'Operative part');
    assert.ok(pre && op, `top-level symbols: ${syms.map((s) => s.name).join(', ')}`);
    assert.ok(pre.range.end.isBeforeOrEqual(op.range.start), 'the preamble ends before the operative part starts');
    const op1 = parts(syms).operative[0];
    assert.deepStrictEqual(op1.children.map((c) => c.name), ['(a)', '(b)', '(c)']);
    for (const c of op1.children) assert.ok(op1.range.contains(c.range));
  });
});
