// What the citation recogniser finds in a resolution text. Pure data; every span is a pair of
// UTF-16 offsets into the parsed text (the same text as the ResolutionModel's).
import type { Span } from '../parser/model';

export type CitationKind =
  | 'sc-resolution'
  | 'ga-resolution'
  | 'other-resolution'
  | 'prst'
  | 'document'
  | 'instrument'
  | 'internal-paragraph'
  | 'pinpoint-paragraph';

/** A paragraph address inside a resolution: `OP8`, `OP1(a)`, `PP3`, `ANNEX1:5`, a range `OP3`–`OP5`. */
export interface ParagraphRef {
  /** First (or only) paragraph id, in the model's id scheme. */
  id: string;
  /** Last paragraph id of a range ("paragraphs 3 to 5"). */
  toId?: string;
  /** The number and labels as printed, normalised: `1 (a)`, `3 to 5`. */
  label: string;
  /** True when the paragraph is one of the cited document's annex paragraphs. */
  annex?: boolean;
}

export interface Citation {
  kind: CitationKind;
  /** From the first to the last character of the citation as printed. */
  span: Span;
  /**
   * The pieces of `span` that are citation text, when page furniture or a footnote interrupts it
   * ("Convention on Biological" … page break … "Diversity"); absent when `span` is one piece.
   */
  parts?: Span[];
  /**
   * Canonical form: the UN symbol (`S/RES/2331 (2016)`, `A/RES/70/1`, `S/PRST/2015/25`, `S/2017/939`),
   * an instrument's official name, a paragraph id (`OP5`), or `S/RES/1556 (2004) OP8` for a pinpoint.
   */
  canonical: string;
  /** UN document symbol, when the citation has one (link target): `S/RES/2331 (2016)`. */
  symbol?: string;
  /** Security Council resolutions: number and year (year as printed, or inferred). */
  number?: number;
  year?: number;
  /** The year exactly as printed in the citation, with its span (for the year diagnostic). */
  printedYear?: { value: number; span: Span };
  /** Instruments: catalogue ids (several for a group such as "the Geneva Conventions of 1949"). */
  instrumentIds?: string[];
  /** Instruments: a pinpoint inside the instrument as printed ("Article 25", "Chapter VII"). */
  provision?: string;
  /** Internal and pinpoint paragraph references. */
  paragraph?: ParagraphRef;
  /** Pinpoints: the cited resolution or instrument (its canonical form). */
  target?: { canonical: string; symbol?: string; kind: CitationKind; instrumentIds?: string[] };
  /** The body when it is not the kind's default ("Human Rights Council", "Economic and Social Council"). */
  body?: string;
}
