// Folding ranges from the server: preamble, operative part, paragraphs with sub-paragraphs.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, corpusPath, group, openFile, outline, parts, waitFor } from './helpers';

describe('folding ranges', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('S/RES/1706 (2006): the preamble, the operative part and OP8 (with (a)–(l)) fold', async () => {
    const doc = await openFile(corpusPath('texts/S-RES-1706-2006.txt'));
    const syms = await outline(doc);
    const ranges = await waitFor(
      'folding ranges',
      () => vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', doc.uri),
      (r) => !!r && r.length > 0,
    );
    const folds = (ranges ?? []).map((r) => `${r.start + 1}-${r.end + 1}`);
    const expectFold = (what: string, range: vscode.Range | undefined) => {
      assert.ok(range, `${what} is not in the outline`);
      const ok = (ranges ?? []).some((r) => r.start === range.start.line && (r.end === range.end.line || r.end === range.end.line - 1));
      assert.ok(ok, `no folding range for ${what} (lines ${range.start.line + 1}-${range.end.line + 1}); got ${folds.join(', ')}`);
    };
    expectFold('the preamble', group(syms, 'Preamble')?.range);
    expectFold('the operative part', group(syms, 'Operative part')?.range);
    expectFold('OP8', parts(syms).operative.find((s) => s.name === 'OP8')?.range);
  });
});
