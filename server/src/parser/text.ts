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
