// The scans are written for speed: the body's one-expression scan starts with a character-class
// look-ahead, its fresh scan is a union of two expressions scanned apart (unionScan.ts), the
// preamble's looks only for what the segmenter acts on there and leaves words inside a
// capitalised word to the segmenter, the page-furniture scan tries only the positions near a
// mark. None may change what is found: on every fixture, in every shape, each finds exactly what
// its plain regular expression finds, and the preamble scan all that the full one found there.
import * as assert from 'assert';
import { BODY_CANDIDATES, BODY_CANDIDATES_NEAR, BODY_PARTS, BODY_WORD, CANDIDATE_PARTS, CAPITALISED_WORD, FIRST_CHARS, insideCapitalisedWord, isWordCode, notBeforeLabel, notBeforeNumber, notBeforeRoman, PREAMBLE_CANDIDATES, PREAMBLE_CANDIDATES_NEAR, PREAMBLE_FIRST_CHARS, PREAMBLE_PARTS, PREAMBLE_WORD } from '../src/parser/candidates';
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
  it('the characters that may not stand before a candidate are, by code, those of their regular expressions', () => {
    const pairs: [string, (c: number) => boolean, RegExp][] = [
      ['word', isWordCode, /\w/],
      ['number', notBeforeNumber, /[\w/.,\-–(’']/],
      ['label', notBeforeLabel, /[\w(\[]/],
      ['roman', notBeforeRoman, /[\w.]/],
    ];
    for (const [name, byCode, re] of pairs) {
      let hits = 0;
      for (let c = 0; c <= 0xffff; c++) {
        const want = re.test(String.fromCharCode(c));
        assert.strictEqual(byCode(c), want, `${name}: U+${c.toString(16).padStart(4, '0')}`);
        if (want) hits++;
      }
      assert.ok(hits >= 63, `${name}: ${hits} characters`);
    }
  });
  const files = [
    ...listFixtures('corpus/texts').map((f) => `corpus/texts/${f}`),
    ...listFixtures('corpus/pdftotext/texts').map((f) => `corpus/pdftotext/texts/${f}`),
    ...listFixtures('corpus/unlabeled').map((f) => `corpus/unlabeled/${f}`),
    ...listFixtures('corpus/bulk/cr-unsc').filter((_, i) => i % 10 === 0).map((f) => `corpus/bulk/cr-unsc/${f}`),
  ];
  /** Every fixture as printed and flattened, with where it came from. */
  const texts = () => files.flatMap((f) => (['orig', 'flat'] as const).map((s) => ({ where: `${f} [${s}]`, text: shape(fixture(f), s) })));
  const plain = {
    preamble: new RegExp(PREAMBLE_PARTS.join('|'), 'g'),
    body: new RegExp(BODY_PARTS.join('|'), 'g'),
  };

  it(`the look-ahead ${FIRST_CHARS} and the union scans (preamble, body) hide no match: ${files.length} fixtures × 2 shapes × 4 scans`, () => {
    let compared = 0;
    for (const { where, text } of texts()) {
      const pre = matches(plain.preamble, text);
      assert.deepStrictEqual(matches(PREAMBLE_CANDIDATES, text), pre, `${where} preamble scan`);
      assert.deepStrictEqual(matches(PREAMBLE_CANDIDATES_NEAR, text), pre, `${where} preamble scan (one expression)`);
      const body = matches(plain.body, text);
      assert.deepStrictEqual(matches(BODY_CANDIDATES, text), body, `${where} body scan`);
      assert.deepStrictEqual(matches(BODY_CANDIDATES_NEAR, text), body, `${where} body scan (one expression)`);
      compared += pre.length + body.length;
    }
    assert.ok(compared > 5_000, `${compared} matches compared`);
  });

  it('the preamble scan finds all that the scan for every candidate found there and the segmenter acted on: closing lines, numbers 0 and 1, opening words', () => {
    // Before, the preamble was read with every candidate of the body as well (other numbers, labels,
    // dashes, roman headings), which the segmenter passed over before the operative part. What it
    // acted on: any closing line, a number 0 or 1 after none of notBeforeNumber, a word after no
    // word character. Groups: 1 closing line, 2 number, 4 word, in both scans.
    const full = new RegExp(`(?=${FIRST_CHARS})(?:${[BODY_PARTS[0], BODY_PARTS[1], PREAMBLE_WORD, ...BODY_PARTS.slice(3)].join('|')})`, 'g');
    const actedOn = (scan: RegExp | UnionScan, text: string) => {
      const re = scan instanceof UnionScan ? scan.scanner() : scan;
      const out: string[] = [];
      re.lastIndex = 0;
      for (let m; (m = re.exec(text)); ) {
        const before = m.index > 0 ? text[m.index - 1] : ' ';
        if (m[1] !== undefined) out.push(`${m.index}:closing:${m[0]}`);
        else if (m[2] !== undefined && Number(m[2]) <= 1 && !notBeforeNumber(before.charCodeAt(0))) out.push(`${m.index}:number:${m[0]}`);
        else if (m[4] !== undefined && !/\w/.test(before) && !insideCapitalisedWord(text, m.index)) out.push(`${m.index}:word:${m[4]}`);
      }
      return out;
    };
    let compared = 0;
    let fewer = 0;
    for (const { where, text } of texts()) {
      const want = actedOn(full, text);
      assert.deepStrictEqual(actedOn(PREAMBLE_CANDIDATES, text), want, where);
      compared += want.length;
      fewer += matches(full, text).length - matches(PREAMBLE_CANDIDATES, text).length;
    }
    assert.ok(compared > 2_000 && fewer > 0.5 * compared, `${compared} candidates acted on compared; ${fewer} fewer matches to pass over`);
  });

  it('the preamble scan with the segmenter\'s check filters capitalised words exactly as the segmenter did: every word that may open a paragraph, and Annex', () => {
    // Before the filter, every capitalised word was a match and onWord dropped those for which
    // mayOpenParagraph was false (and which were not "Annex"): the scan must keep exactly the rest.
    // The scan also matches a word that continues a capitalised one ("UN-Recalls"), which the
    // whole capitalised word hid; the segmenter drops it (insideCapitalisedWord), and so here.
    const unfiltered = new RegExp(`(?=${PREAMBLE_FIRST_CHARS})(?:${[...PREAMBLE_PARTS.slice(0, 2), CAPITALISED_WORD].join('|')})`, 'g');
    const kept = (list: string[]) =>
      list.filter((m) => {
        const word = m.slice(m.indexOf(':') + 1).split('|')[3];
        return word === '' || word === 'Annex' || word === 'ANNEX' || mayOpenParagraph(word);
      });
    const outsideWords = (text: string, list: string[]) => list.filter((m) => m.split('|')[3] === '' || !insideCapitalisedWord(text, Number(m.slice(0, m.indexOf(':')))));
    let words = 0;
    let dropped = 0;
    let inside = 0;
    for (const { where, text } of texts()) {
      const before = matches(unfiltered, text);
      const want = kept(before);
      const found = matches(PREAMBLE_CANDIDATES, text);
      const got = outsideWords(text, found);
      assert.deepStrictEqual(got, want, where);
      words += want.filter((m) => m.split('|')[3] !== '').length;
      dropped += before.length - want.length;
      inside += found.length - got.length;
    }
    assert.ok(words > 2_000 && dropped > 5 * words, `${words} opening words kept, ${dropped} other capitalised words no longer matched, ${inside} inside capitalised words`);
  });

  it('a word inside a capitalised word is told by the letters, hyphens and apostrophes before it', () => {
    const at = (text: string, word: string) => insideCapitalisedWord(text, text.indexOf(word));
    assert.strictEqual(at('the UN-Recalls and', 'Recalls'), true);
    assert.strictEqual(at('d’Recalling', 'Recalling'), false);
    assert.strictEqual(at('pre-Recalling', 'Recalling'), false);
    assert.strictEqual(at('McRecalling', 'Recalling'), true);
    assert.strictEqual(at('L’Recalling', 'Recalling'), true);
    assert.strictEqual(at('2-Recalling', 'Recalling'), false);
    assert.strictEqual(at(' Recalling', 'Recalling'), false);
    assert.strictEqual(at('Recalling', 'Recalling'), false);
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
    for (const [chars, parts] of [[FIRST_CHARS, [...CANDIDATE_PARTS, BODY_WORD]], [PREAMBLE_FIRST_CHARS, PREAMBLE_PARTS]] as const) {
      const first = new RegExp(`^${chars}`);
      for (const sample of [...samples, '1. ', '01. ', '0 bis. ']) {
        for (const part of parts) {
          const m = new RegExp(part, 'g').exec(` ${sample} `);
          if (m && m[0] !== '') assert.ok(first.test(m[0]), `${part} matched ${JSON.stringify(m[0])}, which starts outside ${chars}`);
        }
      }
    }
  });
});
