// Words of a normalised stream, for matching instrument names: case and apostrophes folded,
// hyphens and dashes ignored ("Cease-fire", "2015–\n2030"), footnote markers glued to a word
// ("Nations1", "Child4") split off so that they never join a name.

export interface Tok {
  a: number;
  b: number;
  raw: string;
  /** Lower case, no apostrophes, no diacritics: what names are compared on. */
  norm: string;
  /** Punctuation between the previous word and this one, hyphens, dashes and quotes removed. */
  pre: string;
  cap: boolean;
  num: boolean;
  /** Two or more capitals: an acronym ("CPA", "UNFCCC", "SDGs"). */
  acronym: boolean;
  /** Digits glued to the end of a word: a footnote marker, never part of a name. */
  marker: boolean;
}

const IGNORABLE = /[\s\-‐‑‒–—'’"“”«»]/g;
const GLUED_MARKER = /^(\p{L}[\p{L}\p{M}]{2,})(\d{1,3})$/u;

export function normWord(raw: string): string {
  let ascii = true;
  for (let i = 0; i < raw.length && ascii; i++) if (raw.charCodeAt(i) > 127 || raw.charCodeAt(i) === 39) ascii = false;
  // Most words are plain ASCII: skip Unicode normalisation for them (a 1 MB text has 170,000 words).
  return ascii ? raw.toLowerCase() : raw.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]/g, '');
}

const isUpper = (c: number) => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());

function tok(s: string, a: number, b: number, prevEnd: number, marker: boolean): Tok {
  const raw = s.slice(a, b);
  const c0 = raw.charCodeAt(0);
  const cap = isUpper(c0);
  let acronym = false;
  if (cap) for (let i = 1; i < raw.length && !acronym; i++) acronym = isUpper(raw.charCodeAt(i));
  return {
    a,
    b,
    raw,
    norm: normWord(raw),
    pre: a - prevEnd === 1 && s.charCodeAt(prevEnd) === 32 ? '' : s.slice(prevEnd, a).replace(IGNORABLE, ''),
    cap,
    num: c0 >= 48 && c0 <= 57,
    acronym,
    marker,
  };
}

/** A test of one UTF-16 unit against `re` (a one-character class), its answers kept per code. */
export function cachedClass(re: RegExp): (c: number) => boolean {
  const cache = new Map<number, boolean>();
  return (c) => {
    let v = cache.get(c);
    if (v === undefined) cache.set(c, (v = re.test(String.fromCharCode(c))));
    return v;
  };
}

const isUnicodeWordChar = cachedClass(/[\p{L}\p{M}\p{N}]/u);
/** Letter, mark or digit: ASCII by code, the rest through a (cached) Unicode test. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isUnicodeWordChar(c);
}

/** Does the next word after `from` begin with a capital or a digit? */
function nextStartsName(s: string, from: number): boolean {
  let i = from;
  while (i < s.length && !isWordChar(s.charCodeAt(i))) i++;
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || isUpper(c);
}

/** A run of ordinary lower-case words, kept as one token: names never run through them. */
export const FILLER = '\u0000';

/**
 * Words of `s`; a word after a blank line carries "¶" in `pre`, so that no name runs across it.
 * Lower-case words for which `keep` says no are merged into filler tokens: a 1 MB text has 170,000
 * words, most of them prose that no name contains, and one object per word is what costs.
 */
export function tokenize(s: string, paragraphBreaks?: ReadonlySet<number>, keep?: (lower: string) => boolean): Tok[] {
  const out: Tok[] = [];
  let prevEnd = 0;
  const n = s.length;
  let i = 0;
  let filler: Tok | undefined;
  while (i < n) {
    if (!isWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const a = i;
    // A word, with apostrophes inside it ("People’s", "N’djamena").
    for (;;) {
      while (i < n && isWordChar(s.charCodeAt(i))) i++;
      const c = s.charCodeAt(i);
      if ((c === 39 || c === 0x2019) && i + 1 < n && isWordChar(s.charCodeAt(i + 1)) && !/\d/.test(s[i + 1])) i++;
      else break;
    }
    const b = i;
    const c0 = s.charCodeAt(a);
    const brk = paragraphBreaks?.has(a) ?? false;
    if (keep && c0 >= 97 && c0 <= 122 && !brk) {
      const raw = s.slice(a, b);
      // A lower-case word counts only inside or next to a name: after a word that is no filler, or
      // before a capital or a number ("implementation of the Darfur Peace Agreement": "the" counts).
      const near = (out.length > 0 && out[out.length - 1] !== filler) || nextStartsName(s, b);
      if (!(near && keep(raw)) && !/\d/.test(raw)) {
        if (filler) filler.b = b;
        else out.push((filler = { a, b, raw: FILLER, norm: FILLER, pre: '', cap: false, num: false, acronym: false, marker: false }));
        prevEnd = b;
        continue;
      }
    }
    filler = undefined;
    const raw = s.slice(a, b);
    const g = c0 > 64 && /\d$/.test(raw) ? GLUED_MARKER.exec(raw) : null;
    if (g && !/^\p{Lu}+$/u.test(g[1])) {
      const cut = a + g[1].length;
      out.push(tok(s, a, cut, prevEnd, false));
      out.push(tok(s, cut, b, cut, true));
      if (brk) out[out.length - 2].pre += '¶';
    } else {
      out.push(tok(s, a, b, prevEnd, false));
      if (brk) out[out.length - 1].pre += '¶';
    }
    prevEnd = b;
  }
  return out;
}
