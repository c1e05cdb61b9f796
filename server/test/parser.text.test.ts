// The parser's blank-collapsing helpers (oneSpaced, oneLine) give exactly what the regular
// expressions they stand for give, and return the very string when nothing is to be replaced.
import * as assert from 'assert';
import { endsWithNumber, isBracketedLabel, isJsSpace, lowerLetters, oneLine, oneSpaced } from '../src/parser/text';
import { fixture, listFixtures } from './support/fixtures';

const replaced = (s: string) => s.replace(/\s+/g, ' ');

describe('parser text helpers: blanks collapsed', () => {
  it('isJsSpace is /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.strictEqual(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    assert.strictEqual(isJsSpace(NaN), false, 'past the end of a string');
  });

  it('oneSpaced and oneLine: every blank code unit alone, doubled, at either end and between words', () => {
    let blanks = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const b = String.fromCharCode(c);
      if (!/\s/.test(b)) continue;
      blanks++;
      for (const s of [b, `a${b}b`, `a ${b}b`, `a${b} b`, `${b}a`, `a${b}`, `a${b}${b}b`, `Décide${b}“que”${b}`]) {
        assert.strictEqual(oneSpaced(s), replaced(s), JSON.stringify(s));
        assert.strictEqual(oneLine(s), replaced(s).trim(), JSON.stringify(s));
      }
    }
    assert.strictEqual(blanks, 25);
  });

  it('oneSpaced returns the string itself where every blank is one space', () => {
    for (const s of ['', 'Decides', 'Taking note of', 'S/RES/2388 (2017)', 'Décide également', 'يقرر أن']) assert.strictEqual(oneSpaced(s), s);
    assert.notStrictEqual(oneSpaced('Taking  note'), 'Taking  note');
  });

  it('agrees with the regular expression on slices of every fixture, printed and flattened', () => {
    let compared = 0;
    for (const dir of ['corpus/texts', 'corpus/pdftotext/texts', 'corpus/unlabeled']) {
      for (const f of listFixtures(dir)) {
        const text = fixture(`${dir}/${f}`);
        for (const t of [text, replaced(text)]) {
          for (let at = 0; at < t.length; at += 97) {
            const s = t.slice(at, at + 1 + (at % 211));
            assert.strictEqual(oneSpaced(s), replaced(s), `${f} at ${at}`);
            assert.strictEqual(oneLine(s), replaced(s).trim(), `${f} at ${at}`);
            compared++;
          }
        }
      }
    }
    assert.ok(compared > 5000, `${compared} slices`);
  });
});

describe('parser text helpers: the word before a label or number', () => {
  // What the segmenter asks of the word before a candidate, once answered by regular expressions.
  const asExpressions = {
    endsWithNumber: (w: string) => /\d[)\]]?$/.test(w),
    isBracketedLabel: (w: string) => /^\(?[a-z]{1,4}\)$/.test(w),
    lowerLetters: (w: string, hyphen: boolean) => w.toLowerCase().replace(hyphen ? /[^a-z\-]/g : /[^a-z]/g, ''),
  };
  const tricky = ['', ')', '1', '1)', '12]', 'a)', '(a)', '(abcd)', '(abcde)', '(A)', '()', 'a1)', 'following:', 'and,', 'U.N.', 'sub-paragraph', 'Sub-Paragraph;',
    'para2', 'x.y', 'İstanbul', 'Kelvin\u212a', 'décide', 'CAPS:', 'a-', '-', '“quoted”', 'article 5', '5)]', 'll.', 'nos.', 'pp.'];

  it('each gives what its expression gives, on every word of the corpus and on edge cases', () => {
    const words = new Set(tricky);
    for (const dir of ['corpus/texts', 'corpus/unlabeled', 'corpus/pdftotext/texts']) for (const f of listFixtures(dir)) for (const w of fixture(`${dir}/${f}`).split(/\s+/)) words.add(w);
    assert.ok(words.size > 8_000, `${words.size} distinct words`);
    for (const w of words) {
      assert.strictEqual(endsWithNumber(w), asExpressions.endsWithNumber(w), JSON.stringify(w));
      assert.strictEqual(isBracketedLabel(w), asExpressions.isBracketedLabel(w), JSON.stringify(w));
      for (const hyphen of [true, false]) assert.strictEqual(lowerLetters(w, hyphen), asExpressions.lowerLetters(w, hyphen), JSON.stringify(w));
    }
  });
});
