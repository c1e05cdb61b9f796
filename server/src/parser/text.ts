// Small text helpers shared by the parser and the features. Pure.
import { Paragraph } from './model';

/** The first words of a paragraph after its label, on one line: the outline's `detail`. */
export function openingWords(text: string, p: Paragraph, maxChars = 72): string {
  let start = p.span.start;
  if (p.labelSpan && p.labelSpan.start <= start + 1) start = Math.max(start, p.labelSpan.end);
  // Collapse whitespace by hand over a short window: this runs for every symbol of every outline.
  const limit = Math.min(p.span.end, start + maxChars * 2);
  let out = '';
  let space = false;
  let i = start;
  for (; i < limit && out.length <= maxChars; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0xa0) space = out.length > 0;
    else {
      if (space) out += ' ';
      space = false;
      out += text[i];
    }
  }
  if (out.length <= maxChars && (i >= p.span.end || /^\s*$/.test(text.slice(i, p.span.end)))) return out;
  const cut = out.slice(0, maxChars);
  const sp = cut.lastIndexOf(' ');
  return (sp > maxChars / 2 ? cut.slice(0, sp) : cut).replace(/[,;:]$/, '') + '…';
}

/** Blank for the parser: ASCII white space, no-break and typographic spaces, BOM, line separators. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

/** The end of [start, end) with trailing blanks left out. */
export function trimEnd(text: { charCodeAt(i: number): number }, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The first non-blank offset at or after i. */
export function skipBlank(text: { length: number; charCodeAt(i: number): number }, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
