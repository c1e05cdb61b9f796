// The regions citations are recognised in: the text cut at every top-level paragraph and annex,
// so that a citation never crosses a cut and an edit leaves the other regions' results standing.
// A region longer than MAX_REGION (the rest of a volume of resolutions after the one outlined)
// is cut again where one sentence ends and the next begins, so that no pass holds the tokens of
// megabytes at once: reading the citations of a 5 MB volume raised the server's peak memory by
// 22 MB with uncut regions.
import type { ResolutionModel, Span } from '../parser/model';

export const MAX_REGION = 16_000;
/**
 * A sentence end no citation runs across: a word of five or more small letters (not "No.", "Doc.",
 * "para.", "Corr."), or a closing bracket, then ". ", ";" or ":" and blanks, then a capital. The
 * expression matches the stop and looks back for the letters: begun with the letters, it was tried
 * at every small letter of the text, 16 ms a megabyte against 0.8 (the same cuts), a tenth of a
 * 10 MB volume's pass set-up at every version.
 */
const SENTENCE_END = /[.;:](?<=(?:[a-z]{5}|\))[.;:])(?=[ \t]*(?:\r?\n[ \t]*)*[A-Z“"])/g;
/** Where the sentence end found at the stop `m` begins: its letters, or its bracket. */
const sentenceEndStart = (text: string, m: RegExpExecArray) => m.index - (text.charCodeAt(m.index - 1) === 0x29 ? 1 : 5);

export function citationRegions(model: ResolutionModel, maxRegion = MAX_REGION): Span[] {
  const cuts: number[] = [];
  for (const p of model.preamble) cuts.push(p.span.start);
  for (const p of model.operative) cuts.push(p.span.start);
  for (const a of model.annexes) {
    cuts.push(a.span.start);
    for (const p of a.paragraphs) cuts.push(p.span.start);
  }
  for (const h of model.headings) cuts.push(h.span.start);
  for (const c of model.closing) cuts.push(c.span.start);
  // A label printed before its paragraph's text (moved by page furniture) belongs to that paragraph.
  const sorted = [...new Set(cuts)].filter((x) => x > 0 && x < model.text.length).sort((a, b) => a - b);
  const out: Span[] = [];
  let at = 0;
  for (const c of sorted) {
    if (c > at) out.push({ start: at, end: c });
    at = c;
  }
  out.push({ start: at, end: model.text.length });
  return out.flatMap((r) => cutLong(model.text, r, maxRegion));
}

function cutLong(text: string, r: Span, max: number): Span[] {
  if (r.end - r.start <= max) return [r];
  const out: Span[] = [];
  let at = r.start;
  while (r.end - at > max) {
    const from = at + (max >> 1);
    SENTENCE_END.lastIndex = from;
    // Only a sentence end that begins at `from` or after, as when the search began at its letters.
    let m: RegExpExecArray | null;
    let start = -1;
    while ((m = SENTENCE_END.exec(text)) && (start = sentenceEndStart(text, m)) < from);
    if (!m || start >= r.end - (max >> 2)) break;
    const cut = m.index + 1;
    out.push({ start: at, end: cut });
    at = cut;
  }
  out.push({ start: at, end: r.end });
  return out;
}
