// The outline through the language service: made once per model version, and after an edit the
// answer for the new version (not the old one kept).
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../src/parser/parse';
import { createResolutionService } from '../src/service';
import { provideDocumentSymbols } from '../src/service/languageFeatures/documentSymbols';
import { fixture } from './support/fixtures';

describe('language service: the outline of a version', () => {
  const text = fixture('corpus/texts/S-RES-1706-2006.txt');

  it('is computed once per version, and a new version gets its own', () => {
    let parses = 0;
    const service = createResolutionService({ parser: (t) => (parses++, parse(t)) });
    const v1 = TextDocument.create('file:///o.unres', 'un-resolution', 1, text);
    const first = service.documentSymbols(v1);
    assert.strictEqual(service.documentSymbols(v1), first, 'the same version asked again: the same answer');
    assert.deepStrictEqual(first, provideDocumentSymbols(v1, parse(text)));

    // A line inserted before OP1 moves every operative paragraph down by one line.
    const op1 = text.search(/^“?1\.\s/m);
    assert.ok(op1 > 0);
    const v2 = TextDocument.update(TextDocument.create('file:///o.unres', 'un-resolution', 1, text), [{ range: { start: v1.positionAt(op1), end: v1.positionAt(op1) }, text: '\n' }], 2);
    const second = service.documentSymbols(v2);
    assert.notStrictEqual(second, first);
    assert.deepStrictEqual(second, provideDocumentSymbols(v2, parse(v2.getText())));
    const line = (list: typeof first, name: string) => list.find((s) => s.name === 'Operative part')!.children!.find((s) => s.name === name)!.range.start.line;
    assert.strictEqual(line(second, 'OP1'), line(first, 'OP1') + 1);
    assert.strictEqual(parses, 2, 'one parse per version');
  });
});
