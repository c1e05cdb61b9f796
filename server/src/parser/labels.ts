// Sub-paragraph label sequences: (a) (b) …, (i) (ii) …, and the Model UN forms a) and i.
// Deciding whether "(i)" is the letter after "(h)" or the first roman numeral under "(a)" is a
// question of which open list it continues, so it is answered here against the open levels.

export type LabelStyle = 'alpha' | 'roman' | 'dash';

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    if (v === undefined) return NaN;
    const next = ROMAN_VALUES[s[i + 1]];
    total += next !== undefined && next > v ? -v : v;
  }
  return total;
}

const ROMAN_CANONICAL = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
export function toRoman(n: number): string {
  if (n <= 10) return ROMAN_CANONICAL[n];
  const tens = ['', 'x', 'xx', 'xxx', 'xl', 'l', 'lx', 'lxx', 'lxxx', 'xc'];
  return (n >= 100 ? 'c'.repeat(Math.floor(n / 100)) : '') + tens[Math.floor(n / 10) % 10] + ROMAN_CANONICAL[n % 10];
}

/** Alphabetic value: a=1 … z=26, aa=27 … (drafts run past z as aa, bb or aa, ab). */
export function alphaValue(s: string): number {
  if (s.length === 1) return s.charCodeAt(0) - 96;
  if (s.length === 2 && s[0] === s[1]) return 26 + s.charCodeAt(0) - 96;
  if (s.length === 2) return 26 * (s.charCodeAt(0) - 96) + s.charCodeAt(1) - 96;
  return NaN;
}

export interface OpenLevel {
  style: LabelStyle;
  /** Value of the last label seen at this level. */
  value: number;
}

export interface Placement {
  /** Index in the open levels the label continues; levels deeper than it close. */
  depth: number;
  style: LabelStyle;
  value: number;
  /** True when the label opens a new level under the innermost open one. */
  opens: boolean;
}

const isRomanShape = (s: string) => /^[ivxlc]+$/.test(s) && !Number.isNaN(romanValue(s)) && toRoman(romanValue(s)) === s;

/**
 * Where a label fits among the open levels (outermost first), or undefined when it continues
 * none and cannot open one: such a "(c)" is a mention in running text, not a label.
 */
export function placeLabel(label: string, levels: OpenLevel[], maxDepth = 3): Placement | undefined {
  const alpha = alphaValue(label);
  const roman = isRomanShape(label) ? romanValue(label) : NaN;
  // The innermost level continuing is the likeliest reading; then a new level; then outer levels.
  for (let d = levels.length - 1; d >= 0; d--) {
    const lv = levels[d];
    const fitsHere = lv.style === 'alpha' ? alpha === lv.value + 1 : lv.style === 'roman' ? roman === lv.value + 1 : false;
    if (fitsHere) return { depth: d, style: lv.style, value: lv.style === 'alpha' ? alpha : roman, opens: false };
    if (d === levels.length - 1 && levels.length < maxDepth) {
      const opening = openingStyle(label, lv.style);
      if (opening) return { depth: d + 1, style: opening, value: 1, opens: true };
    }
  }
  if (levels.length === 0) {
    const opening = openingStyle(label, undefined);
    if (opening) return { depth: 0, style: opening, value: 1, opens: true };
  }
  return undefined;
}

function openingStyle(label: string, parent: LabelStyle | undefined): LabelStyle | undefined {
  if (label === 'a') return parent === 'alpha' ? undefined : 'alpha';
  if (label === 'i') return parent === 'roman' ? undefined : 'roman';
  return undefined;
}

/** Real index of the n-th non-dash level. */
export function levelIndex(levels: OpenLevel[], alphaDepth: number): number {
  let seen = 0;
  for (let i = 0; i < levels.length; i++) {
    if (levels[i].style === 'dash') continue;
    if (seen === alphaDepth) return i;
    seen++;
  }
  return levels.length;
}
