// The resolution model: what the parser makes of a text. Pure data; every span is a pair of
// UTF-16 offsets into the exact text that was parsed (LSP positions are made from them at the edge).

/** Half-open [start, end) offsets into the parsed text. */
export interface Span {
  start: number;
  end: number;
}

export type ParagraphKind = 'preambular' | 'operative' | 'annex' | 'sub';

export interface Paragraph {
  kind: ParagraphKind;
  /**
   * Stable address: `PP3`, `OP3`, `OP3bis`, `OP3(a)(ii)`, `OP12(a)(dash1)`; annex paragraphs
   * `ANNEX2:5`, `ANNEX2:5(a)` (annexes counted from 1 in document order).
   */
  id: string;
  /** Outline name: `PP3`, `OP3`, `(a)`, `(ii)`, `5` (annex paragraph), `(dash1)`. */
  name: string;
  /** The label as printed (`3.`, `(a)`, `a)`, `i.`, `--`), absent for preambular paragraphs. */
  label?: string;
  labelSpan?: Span;
  /** Whole paragraph including sub-paragraphs; never includes trailing page furniture. */
  span: Span;
  /** The label and/or opening phrase: what the outline highlights. Inside `span`. */
  selection: Span;
  /** Opening phrase from the lexicon (`Recalling also`, `Decides`), when one was recognised. */
  opening?: string;
  children: Paragraph[];
}

export interface Heading {
  text: string;
  span: Span;
}

export interface Field {
  text: string;
  span: Span;
}

export interface Masthead {
  span: Span;
  /** The document's own symbol as printed: `S/RES/2388 (2017)`, `A/RES/80/1`, `S/2017/77`. */
  symbol?: Field;
  /** `Security Council`, `General Assembly`, or a Model UN forum. */
  organ?: Field;
  /** Distribution date (`21 November 2017`). */
  date?: Field;
  session?: Field;
  agendaItem?: Field;
  title?: Field;
  /** `Adopted by the Security Council at its 8111th meeting, on 21 November 2017`. */
  adoption?: Field & { meeting?: string; date?: string };
  /** Job number printed in the masthead (`17-20704`), used to recognise later page furniture. */
  jobNumber?: Field;
  /** Model UN headers: FORUM:, QUESTION OF:, SPONSOR:. */
  forum?: Field;
  question?: Field;
  sponsor?: Field;
}

export type FurnitureKind =
  | 'running-symbol'
  | 'running-title'
  | 'page-counter'
  | 'job-number'
  | 'date-code'
  | 'barcode'
  | 'page-label'
  | 'footnote-separator'
  | 'footnote'
  | 'form-feed';

export interface Furniture {
  kind: FurnitureKind;
  span: Span;
}

export interface Annex {
  /** `Annex`, `Annex I`, `Annex II`; `Adopted text` for a text adopted inline by an operative paragraph. */
  name: string;
  /** Set for a text the resolution adopts inline ("Adopts the following declaration: 1. …"). */
  adopted?: boolean;
  /** 1-based position among the document's annexes; annex paragraph ids use it. */
  index: number;
  span: Span;
  /** The `Annex …` line itself. */
  selection: Span;
  subtitle?: Field;
  paragraphs: Paragraph[];
  headings: Heading[];
}

export interface ResolutionModel {
  /** The text that was parsed; all spans index into it. */
  text: string;
  masthead?: Masthead;
  /** `The Security Council,` / `The General Assembly,` / a Model UN forum in capitals. */
  enactingFormula?: Field;
  preamble: Paragraph[];
  operative: Paragraph[];
  /** Section headings between top-level paragraphs of the preamble and operative part. */
  headings: Heading[];
  /** Closing lines such as `18th plenary meeting` or `Adopted at the 2nd meeting.` */
  closing: Field[];
  annexes: Annex[];
  /** Page furniture and footnote text, sorted by start, non-overlapping. */
  furniture: Furniture[];
}
