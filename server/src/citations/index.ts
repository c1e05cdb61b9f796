// Citations of a model, recognised lazily, region by region (see pass.ts), and looked up by offset:
// the outline never pays for them, and a hover reads only as far as its own paragraph.
import type { ResolutionModel, Span } from '../parser/model';
import type { CitationKnowledge } from './knowledge';
import type { Citation } from './model';
import { CitationDigest, CitationPass, CitationPick, completeInSlices, reachInSlices, visitDigestsInSlices, visitInSlices } from './pass';

/** Regions whose pieces a CitationIndex keeps at hand. */
const PIECE_REGIONS = 16;

export class CitationIndex {
  private readonly pass: CitationPass;
  /**
   * The citation pieces, sorted by start, of the regions looked up last (least recent first): a
   * hover's region stays at hand, and hovers all over a large document do not make every region's
   * citations live again.
   */
  private readonly pieces = new Map<number, Piece[]>();

  constructor(model: ResolutionModel, knowledge: CitationKnowledge) {
    this.pass = new CitationPass(model, knowledge);
  }

  /** Characters of the region results this model's pass has read so far (see CitationPass.keptChars). */
  get keptChars(): number {
    return this.pass.keptChars;
  }

  /** Every citation, in document order (recognises the regions not read yet), kept once made. */
  get citations(): readonly Citation[] {
    return this.pass.all();
  }

  /** The same, one region's at a time: what a pass over them all (diagnostics, links) reads. */
  each(): Iterable<Citation> {
    return this.pass.each();
  }

  /**
   * The same, in slices that leave the event loop free; false if it went stale. With `pick`, only
   * the citations it takes, and a region this version reuses from the last is not parsed for them
   * again (see CitationPick).
   */
  visitInSlices(visit: (c: Citation) => void, isStale: () => boolean, pick?: CitationPick): Promise<boolean> {
    return visitInSlices(this.pass, visit, isStale, undefined, pick);
  }

  /**
   * Each region's digest (offsets relative to the region, see CitationDigest) with where the region
   * starts, in slices; false if it went stale. A region this version reuses from the last is not
   * parsed again for it.
   */
  visitDigestsInSlices<T>(digest: CitationDigest<T>, visit: (value: T, regionStart: number) => void, isStale: () => boolean): Promise<boolean> {
    return visitDigestsInSlices(this.pass, digest, visit, isStale);
  }

  /** Recognises every region in slices that leave the event loop free; false if it went stale. */
  complete(isStale: () => boolean): Promise<boolean> {
    return completeInSlices(this.pass, isStale);
  }

  /**
   * The same up to the region holding `offset` (what `pieceAt` reads there): a hover deep into a
   * large document that is not read yet waits for it without holding the server up.
   */
  reach(offset: number, isStale: () => boolean): Promise<boolean> {
    return reachInSlices(this.pass, this.pass.regionAt(offset), isStale);
  }

  /** The citation with a piece covering the character at `offset`, and that piece. */
  pieceAt(offset: number): { citation: Citation; span: Span } | undefined {
    return pieceIn(this.piecesOf(this.pass.regionAt(offset)), offset);
  }

  /** A region's citation pieces, sorted by start (kept among the last PIECE_REGIONS looked up). */
  private piecesOf(region: number): Piece[] {
    let pieces = this.pieces.get(region);
    if (pieces) this.pieces.delete(region);
    else {
      pieces = piecesOf(this.pass.upTo(region));
      if (this.pieces.size >= PIECE_REGIONS) this.pieces.delete(this.pieces.keys().next().value!);
    }
    this.pieces.set(region, pieces);
    return pieces;
  }

  at(offset: number): Citation | undefined {
    return this.pieceAt(offset)?.citation;
  }
}

type Piece = { citation: Citation; span: Span };

/** The piece covering `offset`: pieces never overlap (a citation's span may enclose a footnote's citation; its pieces do not). */
function pieceIn(pieces: Piece[], offset: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].span.start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  const p = pieces[hi];
  return p && offset < p.span.end ? p : undefined;
}

function piecesOf(citations: Citation[]): Piece[] {
  return citations.flatMap((citation) => (citation.parts ?? [citation.span]).map((span) => ({ citation, span }))).sort((a, b) => a.span.start - b.span.start);
}

const cache = new WeakMap<ResolutionModel, { knowledge: CitationKnowledge; index: CitationIndex }>();

/** The citation index of a model, one per model and knowledge. */
export function citationIndex(model: ResolutionModel, knowledge: CitationKnowledge): CitationIndex {
  const hit = cache.get(model);
  if (hit && hit.knowledge === knowledge) return hit.index;
  const index = new CitationIndex(model, knowledge);
  cache.set(model, { knowledge, index });
  return index;
}

/**
 * Characters of region results an open model needs kept: what its pass has read so far, or its
 * text's length, whichever is more (a new version's pass may not have read anything yet). No
 * index is made for a model that has none.
 */
export function regionCharsNeeded(model: ResolutionModel): number {
  return Math.max(model.text.length, cache.get(model)?.index.keptChars ?? 0);
}

export { boundRegionCache } from './pass';
export { CitationDigest } from './pass';
export type { CitationPick } from './pass';
export type { Citation, CitationKind, ParagraphRef } from './model';
export type { CitationKnowledge, InstrumentEntry } from './knowledge';
export { recogniseCitations } from './recognise';
