// The regions citations are recognised in: the text cut at every top-level paragraph and annex,
// so that a citation never crosses a cut and an edit leaves the other regions' results standing.
import type { ResolutionModel, Span } from '../parser/model';

export function citationRegions(model: ResolutionModel): Span[] {
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
  return out;
}
