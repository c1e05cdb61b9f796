// Citations of a model, computed once per model (and catalogue) on first use and indexed by offset:
// the outline never pays for them, and a hover is a binary search.
import type { ResolutionModel, Span } from '../parser/model';
import type { CitationKnowledge } from './knowledge';
import type { Citation } from './model';
import { recogniseCitations } from './recognise';

export class CitationIndex {
  /** Every piece of every citation, sorted by start; pieces never overlap. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly owners: Int32Array;

  constructor(readonly citations: readonly Citation[]) {
    const pieces: { span: Span; i: number }[] = [];
    citations.forEach((c, i) => {
      for (const p of c.parts ?? [c.span]) pieces.push({ span: p, i });
    });
    pieces.sort((a, b) => a.span.start - b.span.start);
    this.starts = Int32Array.from(pieces, (p) => p.span.start);
    this.ends = Int32Array.from(pieces, (p) => p.span.end);
    this.owners = Int32Array.from(pieces, (p) => p.i);
  }

  /** The citation with a piece covering the character at `offset`. */
  at(offset: number): Citation | undefined {
    const i = this.pieceAt(offset);
    return i < 0 ? undefined : this.citations[this.owners[i]];
  }

  /** The piece of the citation under `offset`: the range a hover highlights. */
  pieceAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && offset < this.ends[found] ? found : -1;
  }

  /** The citation a piece belongs to. */
  citationOf(piece: number): Citation {
    return this.citations[this.owners[piece]];
  }

  pieceSpan(i: number): Span {
    return { start: this.starts[i], end: this.ends[i] };
  }
}

const cache = new WeakMap<ResolutionModel, { knowledge: CitationKnowledge; index: CitationIndex }>();

/** The citations of a model, recognised once for each model and knowledge. */
export function citationIndex(model: ResolutionModel, knowledge: CitationKnowledge): CitationIndex {
  const hit = cache.get(model);
  if (hit && hit.knowledge === knowledge) return hit.index;
  const index = new CitationIndex(recogniseCitations(model, knowledge));
  cache.set(model, { knowledge, index });
  return index;
}

export type { Citation, CitationKind, ParagraphRef } from './model';
export type { CitationKnowledge, InstrumentEntry } from './knowledge';
export { recogniseCitations } from './recognise';
