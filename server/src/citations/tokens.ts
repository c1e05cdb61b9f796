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

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const IGNORABLE = /[\s\-‐‑‒–—'’"“”«»]/g;
const GLUED_MARKER = /^(\p{L}[\p{L}\p{M}]{2,})(\d{1,3})$/u;

export function normWord(raw: string): string {
  return raw.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]/g, '');
}

function tok(s: string, a: number, b: number, prevEnd: number, marker: boolean): Tok {
  const raw = s.slice(a, b);
  return {
    a,
    b,
    raw,
    norm: normWord(raw),
    pre: s.slice(prevEnd, a).replace(IGNORABLE, ''),
    cap: /^\p{Lu}/u.test(raw),
    num: /^\d/.test(raw),
    acronym: /^\p{Lu}[\p{L}\d]*\p{Lu}/u.test(raw),
    marker,
  };
}

export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const a = m.index;
    const b = a + m[0].length;
    const g = GLUED_MARKER.exec(m[0]);
    if (g && !/^\p{Lu}+$/u.test(g[1])) {
      const cut = a + g[1].length;
      out.push(tok(s, a, cut, prevEnd, false));
      out.push(tok(s, cut, b, cut, true));
    } else out.push(tok(s, a, b, prevEnd, false));
    prevEnd = b;
  }
  return out;
}
