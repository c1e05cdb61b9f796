// Small text helpers shared by the parser and the features. Pure.
import { Paragraph } from './model';

/** The first words of a paragraph after its label, on one line: the outline's `detail`. */
export function openingWords(text: string, p: Paragraph, maxChars = 72): string {
  let start = p.span.start;
  if (p.labelSpan && p.labelSpan.start <= start + 1) start = Math.max(start, p.labelSpan.end);
  const end = Math.min(p.span.end, start + maxChars * 3);
  const flat = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars && end === p.span.end) return flat;
  const cut = flat.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return (space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '') + '…';
}
