// The parser's blank-collapsing helpers (oneSpaced, oneLine) give exactly what the regular
// expressions they stand for give, and return the very string when nothing is to be replaced.
import * as assert from 'assert';
import { isJsSpace, oneLine, oneSpaced } from '../src/parser/text';
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
