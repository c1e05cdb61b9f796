// The outline's `detail` (openingWords): a paragraph's first words after its label, on one line,
// whatever the shape of the text (hard-wrapped, CRLF, tabs, no-break spaces), cut at a word with
// an ellipsis when longer than the width.
import * as assert from 'assert';
import { Paragraph } from '../src/parser/model';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../src/parser/parse';
import { openingWords } from '../src/parser/text';
import { provideDocumentSymbols } from '../src/service/languageFeatures/documentSymbols';
import { fixture } from './support/fixtures';

/** A paragraph over all of `text`, its label being the first `label` characters. */
function para(text: string, label = 0): Paragraph {
  const p: Paragraph = { kind: 'operative', id: 'OP1', name: 'OP1', span: { start: 0, end: text.length }, selection: { start: 0, end: label }, children: [] };
  if (label) p.labelSpan = { start: 0, end: label };
  return p;
}

describe('outline detail: opening words on one line', () => {
  it('clean text: the words as printed, after the label', () => {
    const t = '3. Decides to remain seized of the matter.';
    assert.strictEqual(openingWords(t, para(t, 2)), 'Decides to remain seized of the matter.');
  });

  it('hard-wrapped, CRLF, tabs and no-break spaces: one space between words', () => {
    const t = '3.\r\n  Decides\tto\u00a0remain\r\n\r\nseized   of\nthe matter.  \n';
    assert.strictEqual(openingWords(t, para(t, 2)), 'Decides to remain seized of the matter.');
  });

  it('longer than the width: cut at a word, a trailing comma dropped, an ellipsis added', () => {
    const t = 'Recalling its previous resolutions and the statements of its President,\nin particular resolution 2331 (2016)';
    assert.strictEqual(openingWords(t, para(t), 40), 'Recalling its previous resolutions and…');
    const u = 'Recalling its resolutions, and also the statements of its President';
    assert.strictEqual(openingWords(u, para(u), 30), 'Recalling its resolutions…');
  });

  it('single-spaced text is cut as the same words hard-wrapped are, wherever the cut falls', () => {
    // Single-spaced text takes a shorter way (one slice and one test); it must agree with the
    // word-by-word join of the same words wrapped, for a cut inside a word, just after one, at a
    // space, before a trailing comma, and for a text exactly as long as the width.
    const words = 'Recalling its previous resolutions, and the statements of its President, in particular resolution 2331 (2016) on trafficking';
    for (let width = 8; width <= words.length + 2; width++) {
      const clean = `3. ${words}`;
      const wrapped = `3.\n  ${words.replace(/ /g, (_, i: number) => (i % 3 ? ' ' : '\r\n '))}\n`;
      const expected = openingWords(wrapped, para(wrapped, 2), width);
      assert.strictEqual(openingWords(clean, para(clean, 2), width), expected, `width ${width}`);
      assert.ok(expected.length <= width + 1, `width ${width}: ${expected}`);
    }
    assert.strictEqual(openingWords(`1. ${words}`, para(`1. ${words}`, 2), 36), 'Recalling its previous resolutions…');
    assert.strictEqual(openingWords(`1. ${words}`, para(`1. ${words}`, 2), words.length), words);
  });

  it('short paragraphs and blank ones: no ellipsis; nothing for a label alone', () => {
    assert.strictEqual(openingWords('Noting,\n\n  ', para('Noting,\n\n  ')), 'Noting,');
    assert.strictEqual(openingWords('3.   ', para('3.   ', 2)), '');
  });

  it('non-ASCII text is kept as it is: French, Arabic, curly quotes', () => {
    const t = '1. Décide\nde rester saisi de la question « قرار » “now”.';
    assert.strictEqual(openingWords(t, para(t, 2)), 'Décide de rester saisi de la question « قرار » “now”.');
  });

  it('an annex: its title whole up to 120 characters; what runs on to its first paragraph is cut', () => {
    const annexes = (file: string) => {
      const text = fixture(file);
      const model = parse(text);
      const symbols = provideDocumentSymbols(TextDocument.create('file:///a.unres', 'un-resolution', 1, text), model);
      return { model, symbols: symbols.filter((s) => s.kind === 2) };
    };
    // S/RES/883 (1993): a list of items stands between "Annex" and anything numbered.
    const list = annexes('corpus/bulk/cr-unsc/S_RES_0883_1993_EN_GOLD.txt');
    assert.ok(list.model.annexes[0].subtitle!.text.length > 1000);
    const detail = list.symbols[0].detail!;
    assert.ok(detail.length <= 121 && detail.endsWith('…') && detail.startsWith('List of items referred to in paragraph'), detail);
    // A/RES/80/5: the declaration's title, 120 characters, whole.
    const doha = annexes('corpus/texts/A-RES-80-5.txt');
    assert.strictEqual(doha.symbols[0].detail, doha.model.annexes[0].subtitle!.text);
    assert.ok(!doha.symbols[0].detail!.endsWith('…'));
  });
});
