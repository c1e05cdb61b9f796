// The scans are written for speed: the preamble's candidate scan starts with a character-class
// look-ahead (FIRST_CHARS), the body's is a union of two expressions scanned apart (unionScan.ts),
// the page-furniture scan tries only the positions near a mark. None may change what is found: on
// every fixture, in every shape, each finds exactly what its plain regular expression finds.
import * as assert from 'assert';
import { BODY_CANDIDATES, BODY_CANDIDATES_NEAR, BODY_WORD, CANDIDATE_PARTS, CAPITALISED_WORD, FIRST_CHARS, PREAMBLE_CANDIDATES, PREAMBLE_WORD } from '../src/parser/candidates';
import { mayOpenParagraph } from '../src/parser/lexicon';
import { anchorMatches, ANCHORS } from '../src/parser/furniture';
import { fixture, listFixtures, shape } from './support/fixtures';
import { UnionScan } from '../src/parser/unionScan';

const matches = (scan: RegExp | UnionScan, text: string) => {
  const re = scan instanceof UnionScan ? scan.scanner() : scan;
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) out.push(`${m.index}:${m.slice(1).map((g) => g ?? '').join('|')}`);
  return out;
};

describe('candidate and furniture scans', () => {
  const files = [
    ...listFixtures('corpus/texts').map((f) => `corpus/texts/${f}`),
    ...listFixtures('corpus/pdftotext/texts').map((f) => `corpus/pdftotext/texts/${f}`),
    ...listFixtures('corpus/unlabeled').map((f) => `corpus/unlabeled/${f}`),
    ...listFixtures('corpus/bulk/cr-unsc').filter((_, i) => i % 10 === 0).map((f) => `corpus/bulk/cr-unsc/${f}`),
  ];
  const plain = {
    preamble: new RegExp([...CANDIDATE_PARTS, PREAMBLE_WORD].join('|'), 'g'),
    body: new RegExp([...CANDIDATE_PARTS, BODY_WORD].join('|'), 'g'),
  };

  it(`the look-ahead ${FIRST_CHARS} and the body's union scan hide no match: ${files.length} fixtures × 2 shapes × 3 scans`, () => {
    let compared = 0;
    for (const f of files) {
      for (const s of ['orig', 'flat'] as const) {
        const text = shape(fixture(f), s);
        const pre = matches(plain.preamble, text);
        assert.deepStrictEqual(matches(PREAMBLE_CANDIDATES, text), pre, `${f} [${s}] preamble scan`);
        const body = matches(plain.body, text);
        assert.deepStrictEqual(matches(BODY_CANDIDATES, text), body, `${f} [${s}] body scan`);
        assert.deepStrictEqual(matches(BODY_CANDIDATES_NEAR, text), body, `${f} [${s}] body scan (one expression)`);
        compared += pre.length;
      }
    }
    assert.ok(compared > 5_000, `${compared} matches compared`);
  });

  it('the preamble scan filters capitalised words exactly as the segmenter did: every word that may open a paragraph, and Annex', () => {
    // Before the filter, every capitalised word was a match and onWord dropped those for which
    // mayOpenParagraph was false (and which were not "Annex"): the scan must keep exactly the rest.
    const unfiltered = new RegExp(`(?=${FIRST_CHARS})(?:${[...CANDIDATE_PARTS, CAPITALISED_WORD].join('|')})`, 'g');
    const kept = (list: string[]) =>
      list.filter((m) => {
        const word = m.slice(m.indexOf(':') + 1).split('|')[8];
        return word === '' || word === 'Annex' || word === 'ANNEX' || mayOpenParagraph(word);
      });
    let words = 0;
    let dropped = 0;
    for (const f of files) {
      for (const s of ['orig', 'flat'] as const) {
        const text = shape(fixture(f), s);
        const before = matches(unfiltered, text);
        const want = kept(before);
        assert.deepStrictEqual(matches(PREAMBLE_CANDIDATES, text), want, `${f} [${s}]`);
        words += want.filter((m) => m.split('|')[8] !== '').length;
        dropped += before.length - want.length;
      }
    }
    assert.ok(words > 2_000 && dropped > 5 * words, `${words} opening words kept, ${dropped} other capitalised words no longer matched`);
  });

  it('the furniture scan near marks finds what the global ANCHORS scan finds, over whole texts and windows', () => {
    const plainScan = (text: string, from: number, to: number) => {
      const out: string[] = [];
      ANCHORS.lastIndex = from;
      for (let m; (m = ANCHORS.exec(text)) && m.index < to; ) out.push(`${m.index}:${m.slice(1).map((g) => g ?? '').join('|')}`);
      return out;
    };
    let compared = 0;
    for (const f of files) {
      for (const s of ['orig', 'flat', 'crlf'] as const) {
        const text = shape(fixture(f), s);
        const windows = [[0, text.length], [Math.floor(text.length / 3), Math.floor((2 * text.length) / 3)], [1, text.length - 1]];
        for (const [from, to] of windows) {
          const want = plainScan(text, from, to);
          const got = anchorMatches(text, from, to).map((m) => `${m.index}:${m.slice(1).map((g) => g ?? '').join('|')}`);
          assert.deepStrictEqual(got, want, `${f} [${s}] [${from}, ${to})`);
          compared += want.length;
        }
      }
    }
    assert.ok(compared > 2_000, `${compared} anchors compared`);
  });

  it('every alternative starts with a character of the class (each part alone, on text made to match it)', () => {
    const samples = ['12th plenary meeting', 'Adopted at the 8114th meeting.', '3. ', 'll. Decides', '(a) ', 'ii) ', '— ', 'IV. Annex', 'Annex ', 'Recalling'];
    const first = new RegExp(`^${FIRST_CHARS}`);
    for (const sample of samples) {
      for (const part of [...CANDIDATE_PARTS, PREAMBLE_WORD, BODY_WORD]) {
        const m = new RegExp(part, 'g').exec(` ${sample} `);
        if (m && m[0] !== '') assert.ok(first.test(m[0]), `${part} matched ${JSON.stringify(m[0])}, which starts outside ${FIRST_CHARS}`);
      }
    }
  });
});
