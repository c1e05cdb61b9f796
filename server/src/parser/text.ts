// Small text helpers shared by the parser and the features. Pure.
import { Paragraph } from './model';

/** The first words of a paragraph after its label, on one line: the outline's `detail`. */
export function openingWords(text: string, p: Paragraph, maxChars = 72): string {
  let start = p.span.start;
  if (p.labelSpan && p.labelSpan.start <= start + 1) start = Math.max(start, p.labelSpan.end);
  // Collapse whitespace by hand over a short window: this runs for every symbol of every outline.
  // Where words are parted by single spaces (most clean text) the detail is one slice of the text;
  // elsewhere the words are joined as they are read (a regular expression replacing the runs of
  // blanks cost ~2 µs a symbol, most of a hard-wrapped 300 KB volume's outline).
  const limit = Math.min(p.span.end, start + maxChars * 2);
  let i = start;
  while (i < limit && isBlank(text.charCodeAt(i))) i++;
  // Most details are cut: when the text up to one character past the cut is words parted by single
  // spaces, ending inside a word, the loop below would join exactly that text and cut it. Tested
  // by one regular expression instead of reading ~150 characters one by one (a quarter of a 10 KB
  // clean text's outline).
  const past = i + maxChars + 1;
  if (past <= limit && !isBlank(text.charCodeAt(past - 1))) {
    const window = text.slice(i, past);
    if (!NOT_ONE_SPACE.test(window)) return shortened(window, maxChars);
  }
  let first = -1;
  let end = -1;
  let joined: string | undefined;
  let length = 0;
  while (i < limit && length <= maxChars) {
    while (i < limit && isBlank(text.charCodeAt(i))) i++;
    if (i >= limit) break;
    let j = i + 1;
    while (j < limit && !isBlank(text.charCodeAt(j))) j++;
    if (first < 0) first = i;
    else if (joined !== undefined) joined += ' ' + text.slice(i, j);
    else if (i !== end + 1 || text.charCodeAt(end) !== 32) joined = text.slice(first, end) + ' ' + text.slice(i, j);
    length += (end < 0 ? 0 : 1) + j - i;
    end = j;
    i = j;
  }
  const out = first < 0 ? '' : joined ?? text.slice(first, end);
  if (out.length <= maxChars && (i >= p.span.end || /^\s*$/.test(text.slice(i, p.span.end)))) return out;
  return shortened(out, maxChars);
}

/** `s` cut at a word to at most `maxChars`, a trailing comma, semicolon or colon dropped, and an ellipsis. */
export function shortened(s: string, maxChars: number): string {
  const cut = s.slice(0, maxChars);
  const sp = cut.lastIndexOf(' ');
  const words = sp > maxChars / 2 ? cut.slice(0, sp) : cut;
  const last = words.charCodeAt(words.length - 1);
  return (last === 44 || last === 59 || last === 58 ? words.slice(0, -1) : words) + '…';
}

/**
 * `text` as far as `end`, for a search that must not read on: a slice is a view (no copy), and a
 * search for something the rest of the text lacks reads to its end otherwise.
 */
export function upTo(text: string, end: number): string {
  return end < text.length ? text.slice(0, end) : text;
}

/** The blanks an outline detail collapses: ASCII white space and the no-break space. */
function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0xa0;
}
/** In words parted so, a blank of `isBlank` other than one space: the detail is joined word by word. */
const NOT_ONE_SPACE = /[\n\r\t\f\u00a0]| {2}/;

/** White space as a regular expression's `\s` reads it. */
export function isJsSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const SPACE_RUN = /\s+/g;
/**
 * `s.replace(/\s+/g, ' ')`, returning `s` itself where every blank is already one space (most
 * opening phrases, labels, masthead fields and running titles): the replace made a new string each
 * time, ~40 of them in a 10 KB parse.
 */
export function oneSpaced(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c)) return s.replace(SPACE_RUN, ' ');
  }
  return s;
}

/** `s.replace(/\s+/g, ' ').trim()` (see `oneSpaced`). */
export function oneLine(s: string): string {
  return oneSpaced(s).trim();
}

/** An ASCII digit (false for NaN, what `charCodeAt` gives outside the string). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Blank for the parser: ASCII white space, no-break and typographic spaces, BOM, line separators. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

/** The end of [start, end) with trailing blanks left out. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The first non-blank offset at or after i. */
export function skipBlank(text: { length: number; charCodeAt(i: number): number }, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * `s` as a string of its own. V8 makes a slice of 13 or more characters a view that keeps the whole
 * text it was cut from alive. Strings kept from one version of a document to the next (the front
 * matter, running titles, paragraph nodes an incremental parse reuses) kept the first version's
 * text alive: 10 MB more with a 5 MB document open. Short strings are copies already.
 */
export function detached(s: string): string {
  // The concatenation is flattened into a new string before the slice is cut from it.
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/** Every string field of a small tree of plain objects and arrays detached (see `detached`). */
export function detachStrings<T>(value: T): T {
  if (typeof value === 'string') return detached(value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = detachStrings(value[i]);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = detachStrings(o[k]);
  }
  return value;
}

/** Ends with a digit, or a digit and a closing bracket: "1", "2)", "3]" (a reference "1 (a)"). */
export function endsWithNumber(w: string): boolean {
  let i = w.length - 1;
  const c = w.charCodeAt(i);
  if (c === 41 || c === 93) i--;
  return i >= 0 && isDigit(w.charCodeAt(i));
}

/** A label in brackets, "(a)" or "a)" (one to four small letters): "(a) and (b)". */
export function isBracketedLabel(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 41) return false;
  const from = w.charCodeAt(0) === 40 ? 1 : 0;
  const letters = n - 1 - from;
  if (letters < 1 || letters > 4) return false;
  for (let i = from; i < n - 1; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * `w` lower-cased with all but the letters a-z (and the hyphen, with `hyphen`) taken out. Most
 * words before a candidate are such letters already: they are returned as they are, where a
 * lower-casing and a replace made two strings for every candidate (a third of `onLabel`'s time).
 */
export function lowerLetters(w: string, hyphen: boolean): string {
  const kept = (c: number) => (c >= 97 && c <= 122) || (hyphen && c === 45);
  let i = 0;
  while (i < w.length && kept(w.charCodeAt(i))) i++;
  if (i === w.length) return w;
  // Small letters then only punctuation ("following:", "and,"): the letters, as they are.
  let j = i;
  for (; j < w.length; j++) {
    const c = w.charCodeAt(j);
    if (kept(c) || (c >= 65 && c <= 90) || c >= 0x80) break;
  }
  if (j === w.length) return w.slice(0, i);
  return w.toLowerCase().replace(hyphen ? /[^a-z\-]/g : /[^a-z]/g, '');
}

/** `s` as a regular expression that matches it literally. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
