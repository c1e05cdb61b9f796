// A citation found in one stream, before its offsets are mapped back to the original text.
import type { CitationKnowledge } from './knowledge';
import type { Citation } from './model';
import type { Stream } from './scan';

export type HitCitation = Omit<Citation, 'span' | 'parts' | 'printedYear'>;

export interface Hit {
  /** [a, b) in the stream's normalised text. */
  a: number;
  b: number;
  citation: HitCitation;
  /** The printed year "(2015)" of "resolution 2331 (2015)", in stream offsets. */
  year?: { value: number; a: number; b: number };
  /** Higher wins where two hits overlap (a symbol over an acronym inside it). */
  priority: number;
}

export interface ScanContext {
  stream: Stream;
  /** The whole document text: context words for ambiguous instrument names are counted there. */
  text: string;
  knowledge: CitationKnowledge;
  /** The body that adopted the document being read, when known. */
  organ?: 'SC' | 'GA';
  /** The document's own symbol without spaces (`S/RES/1706(2006)`), never a citation. */
  ownSymbol?: string;
}

export const compactSymbol = (s: string) => s.replace(/\s+/g, '');
