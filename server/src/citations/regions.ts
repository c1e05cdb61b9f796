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
 * "para.", "Corr."), or a closing bracket, then ". ", ";" or ":" and blanks, then a capital.
 */
const SENTENCE_END = /(?:[a-z]{5}|\))[.;:](?=[ \t]*(?:\r?\n[ \t]*)*[A-Z“"])/g;

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
    SENTENCE_END.lastIndex = at + (max >> 1);
    const m = SENTENCE_END.exec(text);
    if (!m || m.index >= r.end - (max >> 2)) break;
    const cut = m.index + m[0].length;
    out.push({ start: at, end: cut });
    at = cut;
  }
  out.push({ start: at, end: r.end });
  return out;
}
