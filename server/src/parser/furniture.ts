// Page furniture: what a PDF prints on every page (running symbol and title, page counters, job
// numbers, date codes, barcodes) and footnote blocks. Found by pattern and by company: pieces that
// stand together form a page break, and footnote text runs from its rule to the next page header.
// Nothing here depends on line breaks, so flattened text gives the same answer.
import { FrontMatter, SYMBOL_SOURCE } from './masthead';
import { detached, escapeRe, isDigit, isSpace, oneLine, oneSpaced, upTo } from './text';
import { Furniture, FurnitureKind, Span } from './model';

interface Anchor extends Span {
  kind: FurnitureKind;
  /** Anchors that are furniture wherever they stand; a bare page counter is not. */
  strong: boolean;
}

// What may not stand before a match is checked after it (leading look-behinds would be tried at
// every position of the text).
export const ANCHORS = /(\d{2}-\d{5}(?!\d)(?:\s*\([A-Z]\))?)|(\*\d{6,9}\*)|((\d{1,3})\s?\/\s?(\d{1,3})(?![\w/]))|(_{5,})|(Page\s+\d+\s+of\s+\d+\b)|(\f)/g;
const ANCHOR_AT = new RegExp(ANCHORS.source, 'y');
/**
 * Marks every anchor holds at most 4 characters after its start (digits are everywhere). Each is
 * found with indexOf: one regular expression for all of them read the text 4-5 times slower.
 */
const ANCHOR_MARKS = ['-', '*', '/', '_', '\f', 'Page'];

/**
 * The matches of ANCHORS starting in [from, to), in order, as its global scan finds them: only the
 * few positions up to 4 characters before a mark are tried. A global scan tried every digit of
 * the text, the costliest part of reading a 100 KB text without furniture.
 */
export function anchorMatches(text: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = from;
  // Marks are looked for only where they can stand: a mark absent from the rest of the text was
  // looked for to its end, at each window an edit reads again (two of 300 KB per keystroke).
  const hay = upTo(text, to + 4);
  const marks = ANCHOR_MARKS.map((m) => hay.indexOf(m, from));
  for (;;) {
    let k = -1;
    for (let i = 0; i < marks.length; i++) if (marks[i] >= 0 && (k < 0 || marks[i] < marks[k])) k = i;
    if (k < 0) break;
    const h = marks[k];
    if (h - 4 >= to) break;
    marks[k] = hay.indexOf(ANCHOR_MARKS[k], h + 1);
    if (!markMayHoldAnchor(text, k, h)) continue;
    for (let s = Math.max(next, h - 4); s <= h && s < to; s++) {
      if (!mayStartAnchor(text.charCodeAt(s))) continue;
      ANCHOR_AT.lastIndex = s;
      const m = ANCHOR_AT.exec(text);
      next = s + 1;
      if (!m) continue;
      out.push(m);
      next = s + m[0].length;
      // Marks inside the match start nothing new.
      for (let i = 0; i < marks.length; i++) if (marks[i] >= 0 && marks[i] < next) marks[i] = hay.indexOf(ANCHOR_MARKS[i], next);
      break;
    }
  }
  return out;
}
/**
 * Whether an anchor not found through an earlier mark can stand around the mark `k` at `h`. A
 * hyphen or slash is found in words and symbols ("non-interference", "A/RES/80/1") far more often
 * than in job numbers and page counters, which have digits either side ("17-20704", "2 / 7"):
 * every other anchor near it is longer than 4 characters and so would hold it, but for a form
 * feed, which is a mark of its own and comes first. Other marks are tried as they are.
 */
function markMayHoldAnchor(text: string, k: number, h: number): boolean {
  if (k === 0) return isDigitAt(text, h - 1) && isDigitAt(text, h + 1);
  if (k === 2) return (isDigitAt(text, h - 1) || (/\s/.test(text.charAt(h - 1)) && isDigitAt(text, h - 2))) && (isDigitAt(text, h + 1) || (/\s/.test(text.charAt(h + 1)) && isDigitAt(text, h + 2)));
  return true;
}
const isDigitAt = (text: string, i: number) => isDigit(text.charCodeAt(i));

/** What an anchor's first character can be (a digit, "*", "_", "P" of "Page", a form feed): other positions need no match tried. */
function mayStartAnchor(c: number): boolean {
  return isDigit(c) || c === 42 || c === 95 || c === 80 || c === 12;
}
const NOT_BEFORE_JOB = /[\d-]/;
const NOT_BEFORE_COUNTER = /[\w/.,-]/;

/** Largest gap of text accepted between a running symbol and a counter as a running title. */
const MAX_TITLE = 220;
/** How far a footnote block may run before the next page header. */
export const MAX_FOOTNOTES = 8000;

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

export interface FurnitureScan {
  furniture: Furniture[];
  /** Running titles used (those of the masthead and those learnt from headers). */
  titles: Set<string>;
  /** Titles learnt from the headers read, with how many headers taught each. */
  learned: Map<string, number>;
}

/**
 * The page furniture of `text`, or of the window `range` only (for an incremental parse: titles
 * learnt elsewhere come in `knownTitles`). Undefined when the window cannot be decided alone:
 * a footnote block whose end lies beyond it.
 */
export function findFurniture(text: string, front: FrontMatter, range?: { start: number; end: number }, knownTitles?: Set<string>): FurnitureScan | undefined {
  const from = Math.max(front.masthead ? front.masthead.span.end : 0, range?.start ?? 0);
  const to = range?.end ?? text.length;
  const anchors: Anchor[] = [];

  // The document's own symbol, wherever it is printed again after the masthead, is a page header.
  const sym = front.masthead?.symbol;
  const prints = sym && symbolPrints(sym.text);
  if (sym && prints && oneSpaced(text.slice(sym.span.start, sym.span.end)) === sym.text) {
    // The character before is checked by hand: a leading look-behind is tried at every position.
    for (let m = prints.first(text, from, to - 1); m; ) {
      const rejected = m.index > 0 && /[\w/]/.test(text[m.index - 1]);
      if (!rejected) anchors.push({ kind: 'running-symbol', start: m.index, end: m.index + m[0].length, strong: true });
      m = prints.first(text, rejected ? m.index + 1 : m.index + m[0].length, to - 1);
    }
  }

  for (const m of anchorMatches(text, from, to)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = start > 0 ? text[start - 1] : ' ';
    if (m[1]) {
      if (!NOT_BEFORE_JOB.test(before)) anchors.push({ kind: 'job-number', start, end, strong: true });
    } else if (m[2]) anchors.push({ kind: 'barcode', start, end, strong: true });
    else if (m[3]) {
      const n = Number(m[4]);
      const total = Number(m[5]);
      if (n >= 1 && n <= total && !NOT_BEFORE_COUNTER.test(before)) anchors.push({ kind: 'page-counter', start, end, strong: false });
    } else if (m[6]) anchors.push({ kind: 'footnote-separator', start, end, strong: true });
    else if (m[7]) {
      if (!/\w/.test(before)) anchors.push({ kind: 'page-label', start, end, strong: true });
    } else if (m[8]) anchors.push({ kind: 'form-feed', start, end, strong: true });
  }
  anchors.sort((a, b) => a.start - b.start);

  const grouped = anchors.filter((a) => a.kind !== 'footnote-separator');
  const learned = learnTitles(text, grouped);
  const titles = new Set(knownTitles ?? [...front.runningTitles.map(oneLine).filter((t) => t.length > 3), ...learned.keys()]);
  const clusters = cluster(text, grouped, titles);
  const out: Furniture[] = [];
  for (const c of clusters) {
    if (!c.anchors.some((a) => a.strong) && !loneCounterStandsApart(text, c)) continue;
    if (!sym) extendOverGluedSymbol(text, c);
    extendOverTitleBefore(text, c, titles);
    out.push(...c.pieces);
  }
  // Past the window, only a printing of the running symbol could end a footnote block.
  const symbolBetween = (a: number, b: number) => !prints || prints.first(text, a, b) !== null;
  if (!addFootnoteBlocks(text, anchors, out, !!sym, to, symbolBetween)) return undefined;
  return { furniture: normalise(out), titles, learned };
}

/**
 * Where a document's symbol is printed: its expression (each space any blanks, or none, then no
 * word character or slash), tried only where the text before its first space stands, which every
 * printing starts with. A global search of the expression read on to where the symbol is next
 * printed, which in a volume (later resolutions have symbols of their own) was the end of the
 * text, at each window an edit reads again.
 */
class SymbolPrints {
  private readonly at: RegExp;
  private readonly head: string;

  constructor(symbol: string) {
    this.at = new RegExp(`${escapeRe(symbol).replace(/ /g, '\\s*')}(?![\\w/])`, 'y');
    this.head = symbol.split(' ')[0];
  }

  /** The first printing that starts in [from, last], or null. */
  first(text: string, from: number, last: number): RegExpExecArray | null {
    const hay = upTo(text, last + this.head.length);
    for (let i = hay.indexOf(this.head, from); i >= 0 && i <= last; i = hay.indexOf(this.head, i + 1)) {
      this.at.lastIndex = i;
      const m = this.at.exec(text);
      if (m) return m;
    }
    return null;
  }
}

/**
 * `make(key)` made once per key. The keys come from the documents read: the cache is emptied
 * rather than grown without bound, and each key, which outlives the document it was read from, is
 * a string of its own, not a view into it.
 */
function compiledOnce<T>(limit: number, make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= limit) made.clear();
      value = make(key);
      made.set(detached(key), value);
    }
    return value;
  };
}

/** One finder per symbol. */
const symbolPrints = compiledOnce(100, (symbol) => new SymbolPrints(symbol));

interface Cluster {
  start: number;
  end: number;
  anchors: Anchor[];
  pieces: Furniture[];
}

/** Groups anchors that stand together (only blanks, "(E)", a date code or a title between them). */
function cluster(text: string, anchors: Anchor[], titles: Set<string>): Cluster[] {
  const out: Cluster[] = [];
  for (const a of anchors) {
    const last = out[out.length - 1];
    const piece: Furniture = { kind: a.kind, span: { start: a.start, end: a.end } };
    if (last && a.start >= last.end) {
      const gap = gapPiece(text, last, a, titles);
      if (gap !== undefined) {
        if (gap) last.pieces.push(gap);
        last.pieces.push(piece);
        last.anchors.push(a);
        last.end = a.end;
        continue;
      }
    }
    out.push({ start: a.start, end: a.end, anchors: [a], pieces: [piece] });
  }
  for (const c of out) extendOverDateCode(text, c);
  return out;
}

/** The furniture between two anchors, null when only blanks, undefined when they do not belong together. */
function gapPiece(text: string, last: Cluster, next: Anchor, titles: Set<string>): Furniture | null | undefined {
  if (isBlank(text, last.end, next.start)) return null;
  if (next.start - last.end > MAX_TITLE + 20) return undefined;
  const raw = text.slice(last.end, next.start);
  const trimmed = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  const span = { start: last.end + lead, end: last.end + lead + trimmed.length };
  if (/^\d{6}$/.test(trimmed)) return { kind: 'date-code', span };
  // The gap is squashed only where it could be a title: a known one, or one between these anchors.
  const between = anchorsHoldTitle(last.anchors[last.anchors.length - 1], next);
  if (!between && titles.size === 0) return undefined;
  const gap = oneLine(trimmed);
  if (titles.has(gap) || (between && isTitleText(gap))) return { kind: 'running-title', span };
  return undefined;
}

/**
 * Text between a running symbol and another anchor of the header is the running title. Told by
 * the anchors first: squashing the blanks of every gap between anchors, most of them between page
 * counters and job numbers, was a third of the furniture's time on a 100 KB volume.
 */
function anchorsHoldTitle(prev: Anchor, next: Anchor): boolean {
  const symbolSide = prev.kind === 'running-symbol' || next.kind === 'running-symbol';
  return symbolSide && prev.kind !== next.kind && (prev.strong || next.strong);
}
const isTitleText = (gap: string) => gap.length <= MAX_TITLE && /^[A-Z“"‘(]/.test(gap) && !/[;]/.test(gap) && !/[,;:]$/.test(gap);

/**
 * The running titles headers teach (each with how many headers print it), read before grouping,
 * so that a title is recognised where it stands alone before a symbol on any page.
 */
function learnTitles(text: string, anchors: Anchor[]): Map<string, number> {
  const learned = new Map<string, number>();
  for (let i = 1; i < anchors.length; i++) {
    const prev = anchors[i - 1];
    const next = anchors[i];
    if (next.start < prev.end || next.start - prev.end > MAX_TITLE + 20 || !anchorsHoldTitle(prev, next) || isBlank(text, prev.end, next.start)) continue;
    const gap = oneLine(text.slice(prev.end, next.start));
    if (!isTitleText(gap)) continue;
    // Kept across versions (parse state): the key is a string of its own, not a view into this text.
    const seen = learned.get(gap);
    learned.set(seen === undefined ? detached(gap) : gap, (seen ?? 0) + 1);
  }
  return learned;
}

const SYMBOL_AFTER = new RegExp(`^[ \\t]{0,2}${SYMBOL_SOURCE}`);

/**
 * Without a masthead, the running symbol is learnt from where it stands: printed against a job
 * number or barcode in the footer ("*2321227*A/C.3/78/L.41", "23-21227A/C.3/78/L.41").
 */
function extendOverGluedSymbol(text: string, c: Cluster): void {
  if (!c.anchors.some((a) => a.kind === 'job-number' || a.kind === 'barcode')) return;
  const m = SYMBOL_AFTER.exec(text.slice(c.end, c.end + 60));
  if (!m) return;
  const start = c.end + m[0].length - m[0].trimStart().length;
  c.pieces.push({ kind: 'running-symbol', span: { start, end: c.end + m[0].length } });
  c.end += m[0].length;
}

function extendOverDateCode(text: string, c: Cluster): void {
  const m = /^\s+(\d{6})(?!\d)/.exec(text.slice(c.end, c.end + 16));
  if (m && c.anchors.some((a) => a.kind === 'job-number')) {
    const start = c.end + m[0].length - 6;
    c.pieces.push({ kind: 'date-code', span: { start, end: start + 6 } });
    c.end = start + 6;
  }
}

/** A running title printed just before the header's symbol ("International Day … A/RES/80/10"). */
function extendOverTitleBefore(text: string, c: Cluster, titles: Set<string>): void {
  if (titles.size === 0) return;
  const before = text.slice(Math.max(0, c.start - MAX_TITLE - 20), c.start);
  // A title can only end where the text before the header ends: its last character is compared
  // first, so that most titles cost no regular expression at all.
  const trimmed = before.trimEnd();
  if (trimmed === '') return;
  const last = trimmed.charCodeAt(trimmed.length - 1);
  for (const t of titles) {
    if (t.charCodeAt(t.length - 1) !== last && !/\s$/.test(t)) continue;
    const m = titleAtEnd(t).exec(before);
    if (m) {
      const start = c.start - (before.length - m.index);
      c.pieces.unshift({ kind: 'running-title', span: { start, end: start + m[0].trimEnd().length } });
      c.start = start;
      return;
    }
  }
}

/** `title`, its spaces any blanks, at the end of a string (compiled once per title). */
const titleAtEnd = compiledOnce(500, (title) => new RegExp(`${escapeRe(title).replace(/ /g, '\\s+')}\\s*$`));

/**
 * A page counter with no other furniture beside it ("5.  2/2  Decides …") is furniture when it
 * stands where no citation could: after a sentence end or a paragraph number, before a capital.
 */
function loneCounterStandsApart(text: string, c: Cluster): boolean {
  if (c.anchors.length !== 1) return false;
  const before = text.slice(Math.max(0, c.start - 12), c.start);
  const after = text.slice(c.end, c.end + 4);
  const boundaryBefore = /(?:^|[.;:]|\b\d{1,3}\.)\s+$/.test(before) || c.start === 0;
  const capitalAfter = /^\s*(?:[A-Z“"(]|$)/.test(after);
  return boundaryBefore && capitalAfter;
}

/**
 * Footnote text runs from its rule to the next page header (or the end of the document). False
 * when a block's end would lie past `to`, the end of the window being read.
 */
function addFootnoteBlocks(text: string, anchors: Anchor[], out: Furniture[], hasRunningSymbol: boolean, to: number, symbolBetween: (a: number, b: number) => boolean): boolean {
  const sorted = [...out].sort((a, b) => a.span.start - b.span.start);
  for (const sep of anchors) {
    if (sep.kind !== 'footnote-separator') continue;
    out.push({ kind: 'footnote-separator', span: { start: sep.start, end: sep.end } });
    // The page break ends with the header that carries the running symbol; without running
    // symbols, with the first furniture after the rule.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].span.start < sep.end) lo = mid + 1;
      else hi = mid;
    }
    let blockEnd = -1;
    for (let i = lo; i < sorted.length && sorted[i].span.start - sep.end <= MAX_FOOTNOTES; i++) {
      if (!hasRunningSymbol || sorted[i].kind === 'running-symbol') {
        blockEnd = sorted[i].span.start;
        break;
      }
    }
    if (blockEnd < 0) {
      // A window's rule whose block could end past the window is undecided, unless the running
      // symbol that would end it is printed nowhere there (a later resolution of a volume).
      if (sep.end + MAX_FOOTNOTES >= to && to < text.length && (!hasRunningSymbol || symbolBetween(Math.max(sep.end, to - 64), sep.end + MAX_FOOTNOTES))) return false;
      if (text.length - sep.end <= MAX_FOOTNOTES) blockEnd = text.length;
    }
    if (blockEnd > sep.end) {
      const raw = text.slice(sep.end, blockEnd);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) out.push({ kind: 'footnote', span: { start: sep.end + lead, end: sep.end + lead + body.length } });
    }
  }
  return true;
}

/** Sorted, non-overlapping: a footnote block swallows the pieces inside it. */
function normalise(list: Furniture[]): Furniture[] {
  list.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Furniture[] = [];
  for (const f of list) {
    const last = out[out.length - 1];
    if (last && f.span.start < last.span.end) {
      if (f.span.end > last.span.end) out.push({ kind: f.kind, span: { start: last.span.end, end: f.span.end } });
      continue;
    }
    if (f.span.end > f.span.start) out.push(f);
  }
  return out;
}
