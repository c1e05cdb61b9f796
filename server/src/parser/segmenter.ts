// The segmenter: finds where paragraphs begin in the body of a resolution and builds the tree.
// It reads the text with page furniture blanked out, and decides from what the words are (opening
// phrases, operative verbs, paragraph numbers in sequence, sub-paragraph labels in sequence) and
// the punctuation that ends a clause, never from line breaks: flattened text gives the same tree.
import { CleanText } from './cleanText';
import { FrontMatter } from './masthead';
import { detached, endsWithNumber, isBracketedLabel, isDigit, isSpace, lowerLetters, oneSpaced, skipBlank } from './text';
import { Field, Heading } from './model';
import { AnnexBuilder, buildTree, isOpeningQuote, Item, newNode, Node, Segmented, TreeParts } from './tree';
import { levelIndex, placeLabel, romanValue } from './labels';
import { isPreambularHead, OPERATIVE_VERBS, OPERATIVE_VERBS_LOWER } from './lexicon';
import { ABBREVIATIONS, BODY_CANDIDATES, BODY_CANDIDATES_NEAR, insideCapitalisedWord, isWordCode, LABEL_BLOCKERS_AFTER, LABEL_BLOCKERS_BEFORE, notBeforeLabel, notBeforeNumber, notBeforeRoman, NUMBER_BLOCKERS, PREAMBLE_CANDIDATES, PREAMBLE_CANDIDATES_NEAR, SENTENCE_AFTER_TITLE } from './candidates';
import { capitalise, nextWord, Opening, openingPhrase, operativeOpeningAt, stripQuote } from './openings';
import { findCheckpoint, shiftPast, shiftTail } from './rejoin';
import { chainNodes, OpenChain, openChain, openNodes, reopenChain, sameChain } from './openChain';

type Section = 'front' | 'preamble' | 'operative' | 'closing' | 'annex';

const SUFFIX_RANK: Record<string, number> = { bis: 1, ter: 2, quater: 3 };
const QUOTE_MARKS = /[“”]/g;

/**
 * The segmenter's state just before it opened a top-level paragraph: enough to resume the scan
 * there after an edit further on, and to tell when a resumed scan is back in step with the old one.
 */
export interface Checkpoint {
  /** Offset of the candidate (number, opening word) that opened the paragraph. */
  scanAt: number;
  section: Section;
  expectedOp: number;
  suffixRank: number;
  romanHeading: number;
  lastHeadingEnd: number;
  quoteOpenedAt: number;
  items: number;
  preamble: number;
  operative: number;
  headings: number;
  closing: number;
  annexes: number;
  annexTop: number;
  annexHeadings: number;
  annexExpected: number;
  /** The paragraph open then, and its open sub-paragraphs (undefined: none open). */
  chain: OpenChain | undefined;
}

/** What a run leaves behind for the next incremental run (kept beside the model, not in it). */
export interface SegmenterState extends TreeParts {
  checkpoints: Checkpoint[];
}

/** Resume a previous run at one of its checkpoints, and splice its tail back in once in step. */
export interface Resume {
  prev: SegmenterState;
  /** Index of the checkpoint resumed at; -1: the scan starts at the body's start. */
  checkpoint: number;
  /** Length change of the edit, and where the edited region ends in the old text. */
  delta: number;
  editEndOld: number;
  /** The last offset (new text) read differently than before: the edit, and furniture it changed. */
  rejoinAfter: number;
  /** The first such offset: the text and its furniture are as they were before it. */
  changedFrom: number;
}

/** How far after an edit a resumed scan runs before it may rejoin the old one. */
export const REJOIN_MARGIN = 1000;

/**
 * Checkpoints are taken where a paragraph opens, and also in passing where none opens for a while:
 * a stretch with no paragraph (later resolutions of a volume, read as the first one's closing text
 * or annex; a long sub-paragraph list) was re-read whole after an edit in it, 90 KB of a 300 KB
 * volume. Between two candidates nothing changes, so a scan may resume anywhere there. A passing
 * checkpoint stands at a clause mark (PASSING_MARK) at least PASSING_SPACING after the last
 * checkpoint, one in four of them chosen by a hash of the text there alone: past an edit, the
 * resumed scan soon takes the same ones as the old run did, and can rejoin it.
 */
const PASSING_SPACING = 1500;
const PASSING_MARK = /[,;:.)](?=\s)/g;

/** How many of the first `n` headings are numbered with a roman numeral ("II. …"). */
function romanHeadings(list: Heading[], n = list.length): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (ROMAN_NUMBERED.test(list[i].text)) count++;
  return count;
}
const ROMAN_NUMBERED = /^[IVX]+\./;

function passingAnchor(text: string, at: number): boolean {
  let h = 0x811c9dc5;
  for (let i = at, end = Math.min(text.length, at + 8); i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 30 === 0;
}

export function segment(text: string, clean: CleanText, front: FrontMatter, resume?: Resume): { result: Segmented; state: SegmenterState; scanned: { from: number; to: number } } {
  const s = new Segmenter(text, clean, front, resume);
  const from = s.scanStart;
  const result = s.run();
  return { result, state: s.state(), scanned: { from, to: s.rejoinedAt >= 0 ? s.rejoinedAt : text.length } };
}

/**
 * The strings of a fresh run's nodes, headings and closing lines made strings of their own (see
 * `detached`), once, before an incremental run carries them into the next version.
 */
export function ownStrings(state: SegmenterState): void {
  const node = (n: Node): void => {
    if (n.opening !== undefined) n.opening = detached(n.opening);
    n.children.forEach(node);
  };
  state.preamble.forEach(node);
  state.operative.forEach(node);
  for (const a of state.annexes) {
    a.top.forEach(node);
    for (const h of a.headings) h.text = detached(h.text);
  }
  for (const h of state.headings) h.text = detached(h.text);
  for (const f of state.closing) f.text = detached(f.text);
}

class Segmenter {
  private section: Section = 'front';
  private items: Item[] = [];
  private preamble: Node[] = [];
  private operative: Node[] = [];
  private headings: Heading[] = [];
  private closing: Field[] = [];
  private annexes: AnnexBuilder[] = [];
  private checkpoints: Checkpoint[] = [];
  private cur: Node | undefined;
  private expectedOp = 1;
  private romanHeading = 0;
  private lastHeadingEnd = -1;
  /** Rank of the bis/ter/quater suffix last accepted after the current number (0: none). */
  private suffixRank = 0;
  /** Set when a resumed scan has rejoined the previous run: the rest is the old tail, shifted. */
  private rejoined = false;
  /** Where the resumed scan met the old run (-1: it did not). */
  rejoinedAt = -1;
  private scanFrom: number;
  /**
   * Strings a resumed scan stores are carried into later versions: made strings of their own
   * (see `detached`). A fresh parse's are made so once, when it is first resumed (`ownStrings`).
   */
  private readonly own: (s: string) => string;

  constructor(
    private readonly text: string,
    private readonly clean: CleanText,
    private readonly front: FrontMatter,
    private readonly resume?: Resume,
  ) {
    this.scanFrom = front.bodyStart;
    this.own = resume ? detached : (s) => s;
    // Checkpoint -1: from the body's start, with nothing of the old run restored.
    if (resume && resume.checkpoint >= 0) this.restore(resume.prev, resume.prev.checkpoints[resume.checkpoint], resume.checkpoint);
  }

  get scanStart(): number {
    return this.scanFrom;
  }

  state(): SegmenterState {
    const { items, preamble, operative, headings, closing, annexes, checkpoints } = this;
    return { items, preamble, operative, headings, closing, annexes, checkpoints };
  }

  run(): Segmented {
    const c = this.clean;
    // This run's own: they keep matches of this text.
    const preamble = (this.resume ? PREAMBLE_CANDIDATES_NEAR : PREAMBLE_CANDIDATES).scanner();
    const body = (this.resume ? BODY_CANDIDATES_NEAR : BODY_CANDIDATES).scanner();
    let re = this.section === 'front' || this.section === 'preamble' ? preamble : body;
    re.lastIndex = this.scanFrom;
    for (let m; !this.rejoined; ) {
      const searchedFrom = re.lastIndex;
      if (!(m = re.exec(this.text))) break;
      const at = m.index;
      if (!this.passBy(searchedFrom, at)) break;
      const inFurniture = c.skipFurniture(at);
      if (inFurniture !== at) {
        re.lastIndex = inFurniture;
        continue;
      }
      // The character before, furniture read as a blank (and a blank before the text).
      const before = at > 0 ? c.charCodeAt(at - 1) : 32;
      // Groups as candidates.ts numbers them in both scans (the preamble's has the first four only).
      if (m[1] !== undefined) this.onClosing(at, m[0]);
      else if (m[2] !== undefined) {
        if (!notBeforeNumber(before)) this.onNumber(at, m[0], m[2], m[3]);
      } else if (m[4] !== undefined) {
        if (!isWordCode(before) && !(re === preamble && (insideCapitalisedWord(this.text, at) || this.insideQuotation(at)))) this.onWord(at, m[4]);
      } else if (m[5] !== undefined) {
        if (at < 3 || !notBeforeNumber(c.charCodeAt(at - 3))) this.onNumber(at - 2, c.slice(at - 2, at + 1), c.slice(at - 2, at), undefined);
      } else if (m[6] !== undefined) {
        if (!notBeforeLabel(before)) this.onLabel(at, m[0], m[6]);
      } else if (m[7] !== undefined) {
        const label = /(?:[ivx]{2,5}|[a-z])$/.exec(c.slice(Math.max(0, at - 5), at))![0];
        this.onLabel(at - label.length, label + m[7], label, m[7]);
      } else if (m[8] !== undefined) {
        if (isSpace(before)) this.onDash(at, m[0]);
      } else if (m[9] !== undefined) {
        if (!notBeforeRoman(before)) this.onRomanHeading(at, m[9]);
      }
      // Preambular openings matter only before the operative part: past it, a lighter scan.
      const want = this.section === 'front' || this.section === 'preamble' ? preamble : body;
      if (want !== re) {
        want.lastIndex = re.lastIndex;
        re = want;
      }
    }
    if (!this.rejoined) this.items.push({ type: 'stop', at: c.trimEnd(0, c.length) });
    return this.finish();
  }

  // ---- checkpoints -----------------------------------------------------------------------

  /**
   * Passing checkpoints in [from, to], the stretch the scan just passed over to its next candidate
   * (see PASSING_SPACING). False when the resumed scan rejoined the old run at one.
   */
  private passBy(from: number, to: number): boolean {
    const n = this.checkpoints.length;
    const next = n > 0 ? this.checkpoints[n - 1].scanAt + PASSING_SPACING : 0;
    if (to < next) return true;
    PASSING_MARK.lastIndex = Math.max(from, next);
    for (let m; (m = PASSING_MARK.exec(this.text)) && m.index <= to; ) {
      if (!passingAnchor(this.text, m.index)) continue;
      if (!this.checkpoint(m.index)) return false;
      PASSING_MARK.lastIndex = m.index + PASSING_SPACING;
    }
    return true;
  }

  private snapshot(scanAt: number): Checkpoint {
    // Quotations matter to preambular openings only; past the preamble they are not followed (a
    // scan for quote marks through the operative part and annexes was 7% of a clean volume's parse).
    const quotes = this.section === 'front' || this.section === 'preamble';
    if (quotes) this.insideQuotation(scanAt);
    const annex = this.annexes[this.annexes.length - 1];
    return {
      scanAt,
      section: this.section,
      expectedOp: this.expectedOp,
      suffixRank: this.suffixRank,
      romanHeading: this.romanHeading,
      lastHeadingEnd: this.lastHeadingEnd,
      quoteOpenedAt: quotes ? this.quoteOpenedAt : -1,
      items: this.items.length,
      preamble: this.preamble.length,
      operative: this.operative.length,
      headings: this.headings.length,
      closing: this.closing.length,
      annexes: this.annexes.length,
      annexTop: annex ? annex.top.length : 0,
      annexHeadings: annex ? annex.headings.length : 0,
      annexExpected: annex ? annex.expected : 0,
      chain: this.cur && openChain(this.cur),
    };
  }

  private restore(prev: SegmenterState, cp: Checkpoint, index: number): void {
    this.items = prev.items.slice(0, cp.items);
    this.preamble = prev.preamble.slice(0, cp.preamble);
    this.operative = prev.operative.slice(0, cp.operative);
    this.headings = prev.headings.slice(0, cp.headings);
    this.closing = prev.closing.slice(0, cp.closing);
    this.annexes = prev.annexes.slice(0, cp.annexes);
    const last = this.annexes[this.annexes.length - 1];
    if (last) this.annexes[this.annexes.length - 1] = { ...last, top: last.top.slice(0, cp.annexTop), headings: last.headings.slice(0, cp.annexHeadings), expected: cp.annexExpected };
    this.checkpoints = prev.checkpoints.slice(0, index);
    this.section = cp.section;
    this.expectedOp = cp.expectedOp;
    this.suffixRank = cp.suffixRank;
    this.romanHeading = cp.romanHeading;
    this.lastHeadingEnd = cp.lastHeadingEnd;
    this.quoteOpenedAt = cp.quoteOpenedAt;
    this.quotesTo = cp.section === 'front' || cp.section === 'preamble' ? cp.scanAt : Infinity;
    this.cur = cp.chain && reopenChain(cp.chain, chainNodes(cp.chain, cp, prev), this.items, { preamble: this.preamble, operative: this.operative, annexes: this.annexes });
    this.scanFrom = cp.scanAt;
  }

  /**
   * Opens a top-level paragraph (after the heading before it, if any). In a resumed scan past the
   * edit, first checks whether the old run stood in the same state here; if so, takes the old
   * run's tail instead of scanning on.
   */
  private commitTop(scanAt: number, node: Node, heading: { start: number; end: number } | undefined): boolean {
    if (!this.checkpoint(scanAt)) return false;
    if (heading) this.addHeading(heading);
    this.pushTop(node);
    return true;
  }

  /** Records a checkpoint at `scanAt`, or rejoins the old run there (false: the scan is over). */
  private checkpoint(scanAt: number): boolean {
    const cp = this.snapshot(scanAt);
    if (this.resume && scanAt >= this.resume.rejoinAfter + REJOIN_MARGIN && this.rejoin(cp)) return false;
    // A paragraph opened at the candidate of a passing checkpoint: one checkpoint per offset, the
    // later state (the same, unless the candidate first closed what was open).
    const last = this.checkpoints.length - 1;
    if (last >= 0 && this.checkpoints[last].scanAt === scanAt) this.checkpoints[last] = cp;
    else this.checkpoints.push(cp);
    return true;
  }

  private rejoin(cp: Checkpoint): boolean {
    const r = this.resume!;
    const prev = r.prev;
    const oldAt = cp.scanAt - r.delta;
    const k = findCheckpoint(prev.checkpoints, oldAt);
    if (k < 0) return false;
    const old = prev.checkpoints[k];
    const shift = shiftPast(r.editEndOld, r.delta);
    // An operative paragraph open since before the edit may yet turn out to be the lead-in of an
    // adopted text, which starts at the first word after the paragraph's first colon (see
    // `opensAdoptedText`): unless that colon and that word are before the edit, the old run found
    // them in the old text, so the scan goes on.
    const op = this.operative[this.operative.length - 1];
    if (this.section === 'operative' && op && this.cur === op && op.selEnd < r.rejoinAfter && !this.adoptedStartBefore(op.selEnd, r.changedFrom)) return false;
    // Paragraph ids are numbered from the paragraph lists, so those counts must agree. Items,
    // headings and closing lines are not named by their count: an edit that removed one (a
    // closing line of a volume broken while it is typed) can rejoin the old run as long as the
    // last item, which the next decisions read, is the same.
    const open = openNodes(this.cur);
    const same =
      old.section === cp.section && old.expectedOp === cp.expectedOp && old.suffixRank === cp.suffixRank &&
      old.romanHeading === cp.romanHeading && shift(old.lastHeadingEnd) === cp.lastHeadingEnd &&
      (old.quoteOpenedAt < 0 ? cp.quoteOpenedAt < 0 : shift(old.quoteOpenedAt) === cp.quoteOpenedAt) &&
      old.preamble === cp.preamble && old.operative === cp.operative && old.annexes === cp.annexes && old.annexTop === cp.annexTop &&
      old.annexHeadings === cp.annexHeadings && old.annexExpected === cp.annexExpected &&
      // In an annex the roman heading expected next follows from those read in it: as many
      // headings are not enough (an edit took "II." away, and another heading stood in its place).
      (old.annexes === 0 || romanHeadings(prev.annexes[old.annexes - 1].headings, old.annexHeadings) === romanHeadings(this.annexes[this.annexes.length - 1].headings)) &&
      sameItem(prev.items[old.items - 1], this.items[this.items.length - 1], shift) &&
      sameChain(old.chain, old.chain ? chainNodes(old.chain, old, prev) : [], cp.chain, open, shift);
    if (!same) return false;
    const offsets = { items: cp.items - old.items, headings: cp.headings - old.headings, closing: cp.closing - old.closing };
    const tail = shiftTail(prev, old, k, r.delta, r.editEndOld, cp.chain, open, offsets);
    this.items.push(...tail.items);
    this.preamble.push(...tail.preamble);
    this.operative.push(...tail.operative);
    this.headings.push(...tail.headings);
    this.closing.push(...tail.closing);
    const last = this.annexes[this.annexes.length - 1];
    if (last && tail.annexTop) {
      last.top.push(...tail.annexTop.top);
      last.headings.push(...tail.annexTop.headings);
      last.expected = tail.annexTop.expected;
    }
    this.annexes.push(...tail.annexes);
    this.checkpoints.push(...tail.checkpoints);
    this.rejoined = true;
    this.rejoinedAt = cp.scanAt;
    return true;
  }

  // ---- context helpers -------------------------------------------------------------------

  /** Is there a colon outside furniture in [from, to)? Read backwards from `to`: the nearest. */
  private colonBetween(from: number, to: number): boolean {
    for (let i = this.text.lastIndexOf(':', to - 1); i >= from; i = i > 0 ? this.text.lastIndexOf(':', i - 1) : -1) {
      if (this.clean.skipFurniture(i) === i) return true;
    }
    return false;
  }

  /**
   * Do the first colon outside furniture at or after `from` and the first word after it (where
   * `opensAdoptedText` starts an adopted text) stand before `to`? The colon is looked for forwards
   * only once one is known to be there: where there was none, that read on to the end of the text.
   */
  private adoptedStartBefore(from: number, to: number): boolean {
    return this.colonBetween(from, to) && skipBlank(this.clean, this.clean.indexOf(':', from) + 1) < to;
  }

  private quoteOpenedAt = -1;
  /** Quotation marks before this offset have been read (Infinity: none are, past the preamble). */
  private quotesTo = 0;

  /**
   * Inside a quoted title ("… for All, Taking into Particular Account the Needs …”) a capitalised
   * opener is part of the quotation. The quotation marks up to `at` are found with one regular
   * expression for both marks (String indexOf of “ or ” reads every blank as a candidate in V8: 1 ns
   * a character), only as far as `at`: looking on to the next mark read to the end of the text
   * where none was left (5% of a 10 KB parse, and a whole volume's length). An unclosed quotation
   * stops counting after 400 characters.
   */
  private insideQuotation(at: number): boolean {
    const c = this.clean;
    if (at > this.quotesTo) {
      for (let q = c.search(QUOTE_MARKS, this.quotesTo, at); q >= 0; q = c.search(QUOTE_MARKS, q + 1, at)) this.quoteOpenedAt = c.charCodeAt(q) === 0x201c ? q : -1;
      this.quotesTo = at;
    }
    if (this.quoteOpenedAt >= 0 && at - this.quoteOpenedAt > 400) this.quoteOpenedAt = -1;
    return this.quoteOpenedAt >= 0 && at > this.quoteOpenedAt + 1;
  }

  /** Offset of the last non-blank character before `at` (skipping opening quotes), or -1. */
  private prevChar(at: number): number {
    const c = this.clean;
    let i = at - 1;
    while (i >= 0 && (isSpace(c.charCodeAt(i)) || isOpeningQuote(c.char(i)))) i--;
    // A footnote number after the clause end ("Women,5", "Sahara; 151") stands for that punctuation.
    let j = i;
    while (j >= 0 && j > i - 4 && isDigit(c.charCodeAt(j))) j--;
    if (j < i && j > 0) {
      let k = j;
      while (k > 0 && isSpace(c.charCodeAt(k))) k--;
      // ";15" and ":15" are always a marker; after a digit, ",15" or ".15" could be a number.
      const marker = ';:'.includes(c.char(k)) || (',.'.includes(c.char(k)) && (!isDigit(c.charCodeAt(k - 1)) || i - j <= 2));
      if (marker && (k === j || isSpace(c.charCodeAt(j)))) return k;
    }
    return i;
  }


  private prevWord(at: number): string {
    const i = this.prevChar(at);
    if (i < 0) return '';
    let s = i;
    while (s > 0 && !isSpace(this.clean.charCodeAt(s - 1))) s--;
    return this.clean.slice(s, i + 1);
  }

  private lastItemStart(): number {
    const last = this.items[this.items.length - 1];
    if (!last) return this.front.bodyStart;
    return last.type === 'para' ? last.node.start : last.at;
  }

  /**
   * Is `at` where a clause may begin: after , ; : . (or a closing bracket/quote after them), just
   * after the enacting formula or another boundary, or after a section heading?
   * Returns the heading found between the last clause end and `at`, if any.
   */
  private boundary(at: number, allowHeading = true): { ok: boolean; heading?: { start: number; end: number } } {
    const p = this.prevChar(at);
    if (p < this.front.bodyStart || p < this.lastHeadingEnd) return { ok: true };
    // The first paragraph of an annex follows its title (and perhaps an unnumbered introduction).
    const annex = this.annexes[this.annexes.length - 1];
    if (this.section === 'annex' && annex && annex.top.length === 0) return { ok: true };
    const ch = this.clean.char(p);
    if (',;:.!?'.includes(ch)) return { ok: true };
    if ('”")’'.includes(ch) && p > 0 && ',;:.'.includes(this.clean.char(this.prevChar(p)))) return { ok: true };
    // Right after another item's start label ("1. (a)") or a closing line.
    const lastStart = this.lastItemStart();
    const last = this.items[this.items.length - 1];
    if (last && last.type === 'stop' && p < last.at + 1) return { ok: true };
    if (last && last.type === 'para' && last.node.labelSpan && p < last.node.labelSpan.end && p >= lastStart) return { ok: true };
    if (!allowHeading) return { ok: false };
    const h = this.headingBefore(at);
    return h ? { ok: true, heading: h } : { ok: false };
  }

  /** A short capitalised line between a clause end and `at`: "Arms embargo", "Current situation". */
  private headingBefore(at: number): { start: number; end: number } | undefined {
    const c = this.clean;
    const floor = Math.max(this.lastItemStart(), this.front.bodyStart);
    let i = at - 1;
    let words = 0;
    let inWord = false;
    // Preambular paragraphs end with a comma; operative and annex ones never do, and a heading
    // after them may hold one ("Governance, accountability and monitoring").
    const ends = this.cur && this.cur.kind === 'preambular' ? ',;:.!?' : ';:.!?';
    for (; i >= floor; i--) {
      const ch = c.char(i);
      if (ends.includes(ch) && (i + 1 >= c.length || isSpace(c.charCodeAt(i + 1)) || '”"’'.includes(c.char(i + 1)))) break;
      if (isSpace(c.charCodeAt(i))) inWord = false;
      else if (!inWord) {
        inWord = true;
        if (++words > 14) return undefined;
      }
    }
    if (i < floor) {
      // No clause end since the last item: only a heading right after a section boundary counts.
      const last = this.items[this.items.length - 1];
      if (!(last && last.type === 'stop') && this.items.length > 0) return undefined;
    }
    let start = i + 1;
    while (start < at && (isSpace(c.charCodeAt(start)) || '”"’'.includes(c.char(start)))) start++;
    const end = c.trimEnd(start, at);
    if (end <= start) return undefined;
    const s = c.slice(start, end);
    if (!/^(?:[A-Z]|[IVX]+\.\s)/.test(s) || /[,;:]$/.test(s)) return undefined;
    // A heading has capitalised content words or is a short noun phrase; a clause fragment
    // ("the", "Calls upon the parties to") is not one.
    const first = s.split(/\s+/)[0];
    if (OPERATIVE_VERBS.has(first) || isPreambularHead(first)) return undefined;
    return { start, end };
  }

  /**
   * A roman heading's end is looked for ahead, at the next paragraph number: one read on past
   * where an annex then opened ("I. Annex II, …  3.") stood outside the annex it was read in. It
   * stops before the annex (a new object: the heading may be the previous version's too).
   */
  private endHeadingBefore(at: number): void {
    for (const list of [this.headings, this.annexes[this.annexes.length - 1]?.headings]) {
      const i = list ? list.length - 1 : -1;
      if (i < 0 || list![i].span.end <= at) continue;
      const start = list![i].span.start;
      const end = this.clean.trimEnd(start, at);
      list![i] = this.heading(start, end);
      if (this.lastHeadingEnd > end) this.lastHeadingEnd = end;
    }
  }

  /** The heading printed in [start, end), its blanks as single spaces. */
  private heading(start: number, end: number): Heading {
    return { text: this.own(oneSpaced(this.clean.slice(start, end))), span: { start, end } };
  }

  private addHeading(h: { start: number; end: number } | undefined): void {
    if (!h) return;
    this.lastHeadingEnd = h.end;
    const heading = this.heading(h.start, h.end);
    this.items.push({ type: 'stop', at: h.start });
    const annex = this.annexes[this.annexes.length - 1];
    if (this.section === 'annex' && annex) annex.headings.push(heading);
    else this.headings.push(heading);
  }

  // ---- candidates ------------------------------------------------------------------------

  private onClosing(at: number, match: string): void {
    if (this.section === 'front') return;
    // Nothing stays open after a closing line, so it is a checkpoint too: in a volume, whose later
    // resolutions are read as closing text, an edit resumes and rejoins near it (a test's 150 KB
    // volume: a few KB re-read per edit instead of the whole rest of the volume).
    if (!this.checkpoint(at)) return;
    let end = at + match.length;
    // "3rd plenary meeting 19 September 2025"
    const date = /^\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}/.exec(this.clean.slice(end, end + 30));
    if (date) end += date[0].length;
    this.items.push({ type: 'stop', at });
    this.closing.push({ text: this.own(oneSpaced(this.text.slice(at, end))), span: { start: at, end } });
    this.cur = undefined;
    if (this.section !== 'annex') this.section = 'closing';
  }

  private onNumber(at: number, match: string, printed: string, suffix: string | undefined): void {
    // "ll." is how OCR reads "11."; believed only where 11 is due and an operative verb follows.
    const ocr = printed.includes('l');
    const n = numberOf(printed);
    const annex = this.section === 'annex' ? this.annexes[this.annexes.length - 1] : undefined;
    if (this.section === 'closing') return;
    if (!annex && n === 1 && !suffix && this.expectedOp > 1 && this.opensAdoptedText(at)) return this.onNumber(at, match, printed, suffix);
    const expected = annex ? annex.expected : this.expectedOp;
    const bis = suffix !== undefined;
    // "3 bis." then "3 ter.": each suffix once, in order, after its number.
    const rank = bis ? SUFFIX_RANK[suffix] : 0;
    const fits = bis ? n === expected - 1 && rank > this.suffixRank : n === expected;
    // Sources skip a number now and then; a later number is believed only in a strong context.
    const skipped = !bis && !annex && this.section === 'operative' && n > expected && n <= expected + 2;
    if (!fits && !skipped) return;
    const next = nextWord(this.clean, at + match.length);
    const lowerAfter = /^[a-z]/.test(stripQuote(next.word));
    const atEnd = next.word === '';
    // "paragraph 11." is a reference ending a sentence, unless a clause end stands between.
    const prevRaw = this.prevWord(at);
    if (!lowerAfter && ((/[a-z]$/i.test(prevRaw) && NUMBER_BLOCKERS.has(lowerLetters(prevRaw, false))) || ABBREVIATIONS.test(prevRaw))) return;
    const b = this.boundary(at);
    const openingAfter = operativeOpeningAt(this.clean, next.at);
    const verbAfter = openingAfter !== undefined;
    const strong = b.ok && !b.heading && verbAfter;
    if (skipped && !strong) return;
    // "5, Notes" and "2 Requests": a mistyped or misread period, believed before an operative verb.
    if ((ocr || !match.endsWith('.')) && !(fits && strong)) return;

    let start = at;
    let selStart = at;
    let selEnd = at + match.length;
    let moved: { start: number; end: number } | undefined;
    if (lowerAfter || atEnd || (!b.ok && !verbAfter)) {
      // The number is printed after the first line of its paragraph (PDF extraction moved it):
      // the paragraph starts at the last clause start before it.
      moved = this.movedStart(at);
      // "5. further fully endorses": an OCR'd lower-case verb after a proper clause end.
      if (!moved && !(b.ok && lowerAfter && verbAfter)) return;
    }
    if (moved) {
      ({ start, end: selEnd } = moved);
      selStart = start;
    } else {
      // A label glued to its text ("26.Decides") or cut from it by a page break ("3. [footer]
      // Decides"): the paragraph's text starts at its first word; the label stays its label.
      const gap = this.text.slice(at + match.length, next.at);
      if (gap.length === 0 || !/^\s*$/.test(gap)) {
        // "2. [page break] Annex II": a stray number before the next annex, not a paragraph that
        // would begin where that annex does (the fuzzer's case: a line moved there).
        if (gap.length > 0 && /^(?:Annex|ANNEX)$/.test(next.word)) return;
        start = selStart = selEnd = next.at;
      }
    }

    // Named by the number, not its digits: "01." is paragraph 1, addressed as "1".
    const name = annex ? `${n}${suffix ?? ''}` : `OP${n}${suffix ?? ''}`;
    const id = annex ? `ANNEX${this.annexes.length}:${name}` : name;
    const node = newNode(annex ? 'annex' : 'operative', id, name, start, selStart, selEnd);
    node.label = oneSpaced(match);
    node.labelSpan = { start: at, end: at + match.length };
    const opening = moved ? operativeOpeningAt(this.clean, moved.start) : openingAfter;
    if (opening) {
      node.opening = this.own(opening.text);
      node.selEnd = Math.max(node.selEnd, opening.end);
    }
    if (!this.commitTop(at, node, moved ? undefined : b.heading)) return;
    this.suffixRank = rank;
    if (annex) {
      annex.top.push(node);
      if (!bis) annex.expected = n + 1;
    } else {
      this.operative.push(node);
      this.section = 'operative';
      if (!bis) this.expectedOp = n + 1;
    }
  }

  /**
   * "Adopts the following political declaration …: [title] We, Heads of State …: 1. Reaffirm …":
   * numbering restarting at 1 after an operative lead-in ending with a colon is the adopted
   * text, kept apart as the document's annexed text so OP numbers stay those of the resolution.
   */
  private opensAdoptedText(at: number): boolean {
    const op = this.operative[this.operative.length - 1];
    if (!op || this.section !== 'operative' || this.cur !== op) return false;
    const p = this.prevChar(at);
    if (p < 0 || this.clean.char(p) !== ':') return false;
    const next = nextWord(this.clean, at + 2).word;
    if (!/^[“"]?[A-Z]/.test(next)) return false;
    const colon = this.clean.indexOf(':', op.selEnd);
    if (colon < 0 || colon >= at) return false;
    const start = skipBlank(this.clean, colon + 1);
    this.items.push({ type: 'stop', at: start });
    this.cur = undefined;
    this.section = 'annex';
    this.annexes.push({ name: 'Adopted text', start, selEnd: start, top: [], headings: [], expected: 1, adopted: true });
    return true;
  }

  /** For a number printed after its paragraph's first words: the clause start before it. */
  private movedStart(at: number): { start: number; end: number } | undefined {
    const c = this.clean;
    // Never before what is already open: the current paragraph's opening, a sub-paragraph or
    // heading or annex begun since, the enacting formula.
    const floor = Math.max(this.cur ? this.cur.selEnd : 0, this.lastItemStart(), this.lastHeadingEnd, this.front.bodyStart);
    // Skip the word just before the number: "matter. 6." ends the paragraph, it does not start it.
    let i = this.prevChar(at);
    while (i > floor && !isSpace(c.charCodeAt(i))) i--;
    for (; i > floor; i--) {
      const ch = c.char(i);
      if ((ch === ';' || ch === '.' || ch === ':' || ch === ',') && isSpace(c.charCodeAt(i + 1))) {
        const w = nextWord(this.clean, i + 1);
        if (/^[“"‘]?[A-Z]/.test(w.word)) {
          const opening = operativeOpeningAt(this.clean, w.at);
          if (opening) return { start: w.at, end: opening.end };
        }
        if (ch !== ',') return undefined;
      }
    }
    return undefined;
  }

  private onLabel(at: number, match: string, label: string, mark?: string): void {
    const top = this.cur;
    if (!top || (this.section !== 'operative' && this.section !== 'annex')) return;
    if (mark !== undefined) {
      // Model UN "a)" / "i." forms: only where a list may start or continue.
      if (mark === '.' && !/^[ivx]+$/.test(label)) return;
    }
    const prevWord = this.prevWord(at);
    if (endsWithNumber(prevWord) || isBracketedLabel(prevWord)) return; // "1 (a)", "(a) and (b)"
    const prevBare = lowerLetters(prevWord, true);
    const last = prevWord.charCodeAt(prevWord.length - 1);
    if (last >= 97 && last <= 122 && LABEL_BLOCKERS_BEFORE.has(prevBare)) return;
    if (this.mayBlockAfter(at + match.length) && LABEL_BLOCKERS_AFTER.test(this.clean.slice(at + match.length, at + match.length + 40))) return;
    const p = this.prevChar(at);
    const ch = p >= 0 ? this.clean.char(p) : '';
    let ok = ',;:.'.includes(ch) || (top.labelSpan !== undefined && p < top.labelSpan.end && p >= top.start);
    if (!ok && (prevBare === 'and' || prevBare === 'or')) {
      const q = this.prevChar(p - prevWord.length + 1);
      ok = q >= 0 && ',;'.includes(this.clean.char(q));
    }
    const levels = top.levels ?? (top.levels = []);
    const open = top.open ?? (top.open = []);
    const alphaLevels = levels.some((l) => l.style === 'dash') ? levels.filter((l) => l.style !== 'dash') : levels;
    const place = placeLabel(label, alphaLevels);
    if (!place) return;
    // Without a clause end before it, only the first label of a paragraph's list is believed
    // ("… shall (a) prioritize"): a later one would be a mention in running text.
    // A label continuing its list is believed before a capitalised item even where extraction
    // lost the clause end before it.
    const after = nextWord(this.clean, at + match.length);
    if (!ok && !(place.opens && place.depth === 0 && top.children.length === 0) && !(!place.opens && /^[A-Z]/.test(after.word))) return;
    // The first item must have words before the next label: "a) b)" in margin notes is no list.
    if (after.word === '' || /^\(?[a-z]{1,4}[.)]$/.test(after.word)) return;

    // Close deeper levels (dash levels included) and attach.
    const realDepth = levelIndex(levels, place.depth);
    levels.length = realDepth;
    open.length = realDepth;
    levels.push({ style: place.style, value: place.value });
    const parent = realDepth === 0 ? top : open[realDepth - 1];
    const printed = mark ? `${label}${mark}` : `(${label})`;
    const name = `(${label})`;
    const node = newNode('sub', `${parent.id}${name}`, name, at, at, at + match.length);
    node.label = printed;
    node.labelSpan = { start: at, end: at + match.length };
    node.depth = parent.depth + 1;
    parent.children.push(node);
    open.push(node);
    this.items.push({ type: 'para', node });
  }

  /**
   * Whether LABEL_BLOCKERS_AFTER can match at `from` ("above", "below", "thereof", "hereof",
   * "of the", "to (", "and (b) above"): false when the first character after the blanks is one
   * that starts none of them, so most labels cost no slice and no match.
   */
  private mayBlockAfter(from: number): boolean {
    const c = this.clean;
    const end = Math.min(c.length, from + 40);
    let i = from;
    while (i < end && isSpace(c.charCodeAt(i))) i++;
    if (i >= end) return false;
    const ch = c.charCodeAt(i);
    // Anything not ASCII may be a blank the expression skips and this loop does not.
    return ch === 97 || ch === 98 || ch === 116 || ch === 104 || ch === 111 || ch >= 0x80;
  }

  private onDash(at: number, match: string): void {
    const top = this.cur;
    if (!top || (this.section !== 'operative' && this.section !== 'annex')) return;
    const p = this.prevChar(at);
    const ch = p >= 0 ? this.clean.char(p) : '';
    const levels = top.levels ?? (top.levels = []);
    const open = top.open ?? (top.open = []);
    const inDashList = levels.length > 0 && levels[levels.length - 1].style === 'dash';
    if (!(ch === ':' || (inDashList && (ch === ',' || ch === ';')))) return;
    const after = nextWord(this.clean, at + match.length);
    if (after.word === '') return;
    if (inDashList) {
      levels.pop();
      open.pop();
    }
    const parent = open.length ? open[open.length - 1] : top;
    const count = (parent.dashCount ?? 0) + 1;
    parent.dashCount = count;
    const name = `(dash${count})`;
    const node = newNode('sub', `${parent.id}${name}`, name, at, at, at + match.length);
    node.label = match;
    node.labelSpan = { start: at, end: at + match.length };
    node.depth = parent.depth + 1;
    parent.children.push(node);
    levels.push({ style: 'dash', value: count });
    open.push(node);
    this.items.push({ type: 'para', node });
  }

  /** "I. Global context …": a roman section heading inside an annex or an operative part. */
  private onRomanHeading(at: number, numeral: string): void {
    if (this.section !== 'annex' && this.section !== 'operative') return;
    const v = romanValue(numeral.toLowerCase());
    const annex = this.annexes[this.annexes.length - 1];
    const expected = this.section === 'annex' && annex ? romanHeadings(annex.headings) + 1 : this.romanHeading + 1;
    if (v !== expected) return;
    const b = this.boundary(at, false);
    const afterAnnexTitle = this.section === 'annex' && annex && annex.top.length === 0;
    if (!b.ok && !afterAnnexTitle) return;
    // The heading runs to the next paragraph number; keep it only if that is near.
    const rest = this.clean.slice(at, at + 400);
    const next = /\s(1?\d{1,2})\.(?=\s+[A-Z“"])/.exec(rest);
    if (!next || next[0].length > 400) return;
    const end = this.clean.trimEnd(at, at + next.index);
    if (end - at > 300) return;
    if (this.section === 'operative') this.romanHeading = v;
    this.addHeading({ start: at, end });
    this.cur = undefined;
  }

  private onWord(at: number, word: string): void {
    if (word === 'Annex' || word === 'ANNEX') return this.onAnnex(at, word);
    if (this.section === 'front' || this.section === 'preamble') {
      // Only words that may open a paragraph reach here: the scan filters them (PREAMBLE_WORD).
      const opening = openingPhrase(this.clean, at, 'preambular');
      if (opening) return this.onPreambular(at, opening);
      if (/^[A-Z]/.test(word) && operativeOpeningAt(this.clean, at)) return this.onUnnumberedOperative(at);
    }
  }

  private onPreambular(at: number, opening: Opening): void {
    // A heading may stand before a paragraph whose opening the lexicon knows, not a guessed one.
    const b = this.boundary(at, !opening.generic);
    if (!b.ok) return;
    const n = this.preamble.length + 1;
    const node = newNode('preambular', `PP${n}`, `PP${n}`, at, at, opening.end);
    node.opening = this.own(opening.text);
    if (!this.commitTop(at, node, b.heading)) return;
    this.preamble.push(node);
    this.section = 'preamble';
  }


  /** "The General Assembly Adopts the … Declaration": an operative paragraph with no number. */
  private onUnnumberedOperative(at: number): void {
    if (this.expectedOp !== 1) return;
    const b = this.boundary(at);
    if (!b.ok) return;
    // A "1." printed after this clause's first line would make it a numbered paragraph.
    const ahead = this.clean.slice(at, at + 600);
    if (/(?<![\w/.,\-–(])1\.\s+[a-z]/.test(ahead)) return;
    if (/[;,:]\s*1\.\s+[A-Z“"]/.test(ahead)) return;
    const opening = openingPhrase(this.clean, at, 'operative');
    const node = newNode('operative', 'OP1', 'OP1', at, at, opening ? opening.end : at);
    node.opening = opening && this.own(opening.text);
    if (!this.commitTop(at, node, b.heading)) return;
    this.operative.push(node);
    this.section = 'operative';
    this.expectedOp = 2;
  }

  private onAnnex(at: number, word: string): void {
    if (this.section === 'front') return;
    const p = this.prevChar(at);
    const ch = p >= 0 ? this.clean.char(p) : '';
    const last = this.items[this.items.length - 1];
    const afterStop = last && last.type === 'stop' && !this.cur;
    if (!(ch === '.' || ch === ';' || afterStop || p < this.front.bodyStart)) return;
    const tail = /^(\s+(?:[IVX]{1,5}|\d{1,2}|[A-Z])\b)?(?=\s+(?:[A-Z“"(]|\d{1,2}\.)|\s*$)/.exec(this.clean.slice(at + word.length, at + word.length + 12));
    if (!tail) return;
    const selEnd = at + word.length + (tail[1]?.length ?? 0);
    const name = ('Annex' + (tail[1] ? ' ' + tail[1].trim() : '')).replace(/^ANNEX/, 'Annex');
    this.endHeadingBefore(at);
    this.items.push({ type: 'stop', at });
    this.cur = undefined;
    this.section = 'annex';
    this.annexes.push({ name, start: at, selEnd, top: [], headings: [], expected: 1 });
  }

  // ---- building --------------------------------------------------------------------------

  private pushTop(node: Node): void {
    this.cur = node;
    this.items.push({ type: 'para', node });
  }

  private finish(): Segmented {
    const { items, preamble, operative, headings, closing, annexes } = this;
    const r = this.resume;
    return buildTree(this.clean, { items, preamble, operative, headings, closing, annexes }, r && { before: r.changedFrom, after: r.rejoinAfter });
  }
}

/** The same item in two runs: a stop at the same offset, or the same paragraph (shifted by `shift`). */
function sameItem(old: Item | undefined, now: Item | undefined, shift: (x: number) => number): boolean {
  if (!old || !now) return old === now;
  if (old.type === 'stop') return now.type === 'stop' && shift(old.at) === now.at;
  return now.type === 'para' && old.node.id === now.node.id && shift(old.node.start) === now.node.start && shift(old.node.labelSpan?.end ?? -1) === (now.node.labelSpan?.end ?? -1);
}

/** A paragraph number's digits as a number, OCR's "l" read as 1 ("ll." is 11). */
function numberOf(printed: string): number {
  let n = 0;
  for (let i = 0; i < printed.length; i++) {
    const c = printed.charCodeAt(i);
    if (c === 108) n = n * 10 + 1;
    else if (isDigit(c)) n = n * 10 + c - 48;
    else return Number(printed.replace(/l/g, '1'));
  }
  return n;
}
