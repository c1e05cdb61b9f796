// What the segmenter looks at: the candidate patterns of one scan, and the words around a number
// or label that make it a reference rather than a paragraph start ("paragraph 11.", "1 (a) above").
import { OPENING_WORDS } from './lexicon';
import { UnionScan } from './unionScan';

/** A paragraph number whose digits are `digits` ("3.", "3 bis.", "5, Notes"): groups number, suffix. */
function numberPart(digits: string): string {
  return String.raw`(${digits})(?:\s?(bis|ter|quater))?(?:\.|,(?=\s+[A-Z])|(?=\s+[A-Z][a-z]+s\b))(?=\s|$|[“"‘'(A-Z])`;
}

/**
 * Candidates: closing lines; paragraph numbers ("3.", "3 bis.", OCR'd "ll."); labels "(a)" and
 * Model UN "a)"/"i."; dash bullets; roman section numbers "II."; and, where preambular openings
 * are looked for, capitalised words (elsewhere only "Annex"). Every part starts with a character
 * that is rare in prose (a digit, "(", ")", ".", a dash, a capital), so the scans skip ordinary
 * words quickly, and captures in its first group whenever it matches (the body's union scan tells
 * the parts apart by it).
 */
export const CANDIDATE_PARTS = [
  String.raw`(\d{1,3}(?:st|nd|rd|th)\s+plenary\s+meeting|Adopted\s+(?:unanimously\s+|without\s+(?:a\s+)?vote\s+)?at\s+the\s+\d{1,4}(?:st|nd|rd|th)\s+meeting\.?)`,
  numberPart(String.raw`\d{1,3}`),
  String.raw`(\.)(?<=(?:ll|1l|l1)\.)(?=\s+[A-Z])`,
  String.raw`\(([a-z]{1,4})\)(?=[\s“"‘]|$)`,
  String.raw`([.)])(?<=(?<![\w.(\-/])(?:[a-z]|[ivx]{2,5})[.)])(?=\s)`,
  String.raw`(--|[—–])(?=\s)`,
  String.raw`([IVX]{1,5})\.(?=\s+[A-Z])`,
];
/** A character of `\w`: [A-Za-z0-9_]. */
export const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/**
 * Characters that may not stand right before each kind of candidate (checked after the match), by
 * code: /[\w/.,\-–(’']/, /[\w(\[]/ and /[\w.]/ (a test compares them on every UTF-16 code unit).
 * A regular expression tested on a one-character string for each candidate was a third of the
 * scan loop's own time on a 100 KB volume.
 */
export const notBeforeNumber = (c: number): boolean => isWordCode(c) || c === 47 || c === 46 || c === 44 || c === 45 || c === 0x2013 || c === 40 || c === 0x2019 || c === 39;
export const notBeforeLabel = (c: number): boolean => isWordCode(c) || c === 40 || c === 91;
export const notBeforeRoman = (c: number): boolean => isWordCode(c) || c === 46;
/** A capitalised word, the whole of it, hyphens and apostrophes in: what PREAMBLE_WORD filters (tests compare). */
export const CAPITALISED_WORD = String.raw`([A-Z][A-Za-z’'\-]*)`;
const WORD_END = String.raw`(?![A-Za-z’'\-])`;
/**
 * Only the capitalised words the segmenter can use: one that may open a paragraph
 * (`mayOpenParagraph`: a word of the lexicon, or any word ending in "ing") and "Annex". Filtered
 * by the expression itself, so names and titles ("Security Council", "United Nations") cost no
 * match and no lookup: the clean 10 KB preamble scan made ~5× fewer matches. The word is matched
 * from its first character on, with nothing before it: V8 passes quickly over the characters that
 * cannot start a match only when the expression begins with what it consumes. Behind a look-ahead
 * on the word (and on the first character, `[\dA-Z]`) it tried every position: the preamble
 * scan took 64-73 µs on the 10 KB texts and 588-623 µs on flattened 100 KB, against 48-57 and
 * 416-430 µs so. The participle's letters are taken lazily (`*?ing`): greedily, each capitalised
 * word was read to its end and then given back a letter at a time looking for "ing"; lazily, "ing"
 * is tried as the word is read. The matches are the same (the word's end must follow "ing", and a
 * word has one end); a scan of the whole text took 5-15% less (alternated, every shape, 10 KB
 * and 100 KB). A match inside a capitalised word ("UN-Recalling"), which a look-behind used to
 * keep out, is dropped by the segmenter (`insideCapitalisedWord`).
 */
export const PREAMBLE_WORD = String.raw`((?:${[...OPENING_WORDS].filter((w) => !w.endsWith('ing')).sort().join('|')}|Annex|ANNEX)${WORD_END}|[A-Z][A-Za-z’'\-]*?ing${WORD_END})`;

/**
 * Does the word at `at` continue a capitalised word ("UN-Recalling", "Mc-Recalling")? The letters,
 * hyphens and apostrophes right before it hold a capital: the capitalised word began there.
 */
export function insideCapitalisedWord(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (!((c >= 97 && c <= 122) || c === 0x2019 || c === 39 || c === 45)) return false;
  }
  return false;
}
export const BODY_WORD = String.raw`(Annex|ANNEX)(?![\w])`;
/**
 * Every character a part of the body can start with. Checked first, in one character class, by
 * the body's one-expression scan: without it that scan took 8-15% longer on the 10 KB texts (its
 * parts begin with what they consume, but the union of so many kinds of character defeats V8's
 * quick pass; see unionScan.ts). A test checks that every part starts with one of them.
 */
export const FIRST_CHARS = String.raw`[\d.()\-—–A-Z]`;
/** A scan of `parts` as one expression (a union scan of one group), `head` before it. */
const oneExpression = (parts: string[], head: string) => new UnionScan(parts, [parts.map((_, i) => i)], head);
const [CLOSING, NUMBER, ...BODY_ONLY] = CANDIDATE_PARTS;
/**
 * The paragraph number that can matter before the operative part: 1 (or 0 before "bis"), which
 * opens it. Any other number, the sub-paragraph labels, dashes and roman headings are passed over
 * there by the segmenter, so the preamble scan does not look for them: it tries two characters
 * fewer kinds of position ('.', brackets, dashes) and no number but 0 and 1, 12-20% of its time on
 * the 10 KB texts. Groups as in NUMBER, so the segmenter reads both scans alike.
 */
export const FIRST_NUMBER = numberPart('0{0,2}[01]');
/** Every character a preamble part can start with (a test checks it). */
export const PREAMBLE_FIRST_CHARS = String.raw`[\dA-Z]`;
/** Parts in one order for both scans, the capitalised word third: its match is group 4 in each. */
export const PREAMBLE_PARTS = [CLOSING, FIRST_NUMBER, PREAMBLE_WORD];
/**
 * The preamble scan as the union of two groups, stops and numbers apart from the words: alone, the
 * words' expression starts only at capitals and the other only at digits and "A", and V8 passes
 * over the rest quickly; as one expression, over a whole 10 KB text, 39 µs against 10 + 17 µs
 * (clean; flattened 47 against 12.5 + 22), and a fresh parse of the clean 10 KB text 4-5% faster.
 */
export const PREAMBLE_CANDIDATES = new UnionScan(PREAMBLE_PARTS, [[0, 1], [2]]);
/** One expression, for a resumed run (see BODY_CANDIDATES_NEAR). */
export const PREAMBLE_CANDIDATES_NEAR = oneExpression(PREAMBLE_PARTS, '');
export const BODY_PARTS = [CLOSING, NUMBER, BODY_WORD, ...BODY_ONLY];
/**
 * The body scan (no capitalised words but "Annex") as the union of two groups, numbers and stops
 * apart from brackets, dashes and capitals, each an expression whose first characters the engine
 * can tell (see unionScan.ts): 3.1-3.6 million instructions per 100 KB of a volume (callgrind),
 * against 4.8-4.9 million as one expression behind FIRST_CHARS. Finding the preamble's
 * capitalised words by code instead, a character loop and a lookup of each word, cost more
 * (9.8-10.9 million against 5.6-6.4).
 */
export const BODY_CANDIDATES = new UnionScan(BODY_PARTS, [[0, 1, 3, 5], [4, 6, 7, 2]]);
/**
 * The body scan as one expression, for a resumed (incremental) run: it reads only the stretch up
 * to where it rejoins the old run, while each group of the split scan looks ahead to its own next
 * match, to the end of the text where there is none (11 ms over 10 MB without labels or dashes).
 */
export const BODY_CANDIDATES_NEAR = oneExpression(BODY_PARTS, `(?=${FIRST_CHARS})`);

export const NUMBER_BLOCKERS = new Set([
  'paragraph', 'paragraphs', 'para', 'paras', 'resolution', 'resolutions', 'no', 'nos', 'vol', 'article', 'articles', 'chapter',
  'section', 'sections', 'rule', 'rules', 'page', 'pages', 'annex', 'item', 'items', 'of', 'and', 'to', 'or', 'decision',
  'decisions', 'principle', 'principles', 'goal', 'goals', 'target', 'targets', 'recommendation', 'recommendations', 'part',
  'sect', 'chap', 'p', 'pp', 'op', 'under', 'in', 'by', 'see', 'at',
]);
export const ABBREVIATIONS = /^(?:No|Nos|no|nos|vol|Vol|para|paras|p|pp|art|Art|arts|chap|Chap|sect|Sect|cf|op|para)\.$/;
export const LABEL_BLOCKERS_BEFORE = new Set(['paragraph', 'paragraphs', 'subparagraph', 'subparagraphs', 'sub-paragraph', 'sub-paragraphs', 'article', 'articles', 'section', 'item', 'items', 'annex', 'letter', 'point', 'points', 'criterion', 'criteria', 'clause', 'clauses']);
export const LABEL_BLOCKERS_AFTER = /^\s*(?:above|below|thereof|hereof|of\s+(?:the|this|that|its|resolution|paragraph|annex|article)|to\s+\(|and\s+\([a-z]{1,4}\)\s+(?:above|below|of))/;

export const SENTENCE_AFTER_TITLE = /([a-z,;)”’]\s+)(?:The|We|Upon|This|These|Each|Pursuant|Having|It|Our)[\s,]+[A-Za-z]/;

