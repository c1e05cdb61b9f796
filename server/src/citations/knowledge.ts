// What the recogniser needs to know beyond the text: the years of Security Council resolutions
// (to complete "resolution 1590" and to trust a bare "1612 (2005)" after an interruption) and the
// instrument lexicon. Plain data handed in by the caller, so the recogniser stays pure.

export interface InstrumentEntry {
  id: string;
  /** Official name: what the hover names. */
  name: string;
  /** Forms seen in resolutions, the official name included; a leading "the" is not part of a form. */
  forms: string[];
  /** Entries of one group ("Geneva Conventions of 1949") are all meant by a shared form. */
  group?: string;
  /**
   * Words that must occur in the document for an ambiguous form to mean this entry ("Comprehensive
   * Peace Agreement" is Sudan's in a text about the Sudan, Nepal's in a text about Nepal).
   */
  context?: string[];
  /** Symbol of the resolution whose text this instrument is (pinpoints land there): `A/RES/60/1`. */
  containedIn?: string;
  /** True when the instrument's paragraphs are the annex paragraphs of `containedIn`. */
  inAnnex?: boolean;
}

export interface CitationKnowledge {
  /** Year of adoption of Security Council resolution `n`, when catalogued. */
  scYear(n: number): number | undefined;
  instruments: readonly InstrumentEntry[];
  /** Symbols of the presidential statements issued on an ISO date ("the statement of its President of 3 February 2006"). */
  prstOn?(isoDate: string): string[];
}

/** Knowledge with no catalogue: the recogniser still finds every well-formed citation. */
export const NO_KNOWLEDGE: CitationKnowledge = { scYear: () => undefined, instruments: [] };
