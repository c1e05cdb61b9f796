// The paragraph tree: nodes as the segmenter opens them, then each paragraph's end computed from
// what follows it (the next item of any kind), trailing blanks, markers and moved labels excluded.
import { SENTENCE_AFTER_TITLE } from './candidates';
import { CleanText } from './cleanText';
import { OpenLevel } from './labels';
import { OPERATIVE_VERBS, OPERATIVE_VERBS_LOWER } from './lexicon';
import { detached, oneSpaced, skipBlank } from './text';
import { Annex, Field, Heading, Paragraph } from './model';

export interface Node {
  kind: Paragraph['kind'];
  id: string;
  name: string;
  label?: string;
  labelSpan?: { start: number; end: number };
  /** Where the paragraph starts (its label, opening quote or first word). */
  start: number;
  selStart: number;
  selEnd: number;
  opening?: string;
  /** Where this paragraph's own text ends, before the next item of any kind. */
  ownEnd: number;
  children: Node[];
  /** Sub-paragraph levels open under this top-level paragraph (its label style per depth). */
  levels?: OpenLevel[];
  /** Open sub-paragraph nodes, parallel to `levels`. */
  open?: Node[];
  dashCount?: number;
  depth: number;
  /**
   * What `ownEnd` was last worked out from, as offsets from `start` (so that a node moved by an
   * edit keeps it): the next item's start and the node's own marks. See `computeEnds`.
   */
  endFor?: Readonly<{ limit: number; selStart: number; selEnd: number; labelStart: number; labelEnd: number }>;
  /** The answer of `runInList`, and the stretch of its last sub-paragraph it read (offsets from `start`). */
  runIn?: Readonly<{ start: number; from: number; to: number; value: boolean }>;
}

/** Everything the segmenter emits, in document order; ends are computed from what follows. */
export type Item = { type: 'para'; node: Node } | { type: 'stop'; at: number };

export interface Segmented {
  preamble: Paragraph[];
  operative: Paragraph[];
  headings: Heading[];
  closing: Field[];
  annexes: Annex[];
}

export interface AnnexBuilder {
  name: string;
  start: number;
  selEnd: number;
  top: Node[];
  headings: Heading[];
  expected: number;
  /** A text the resolution adopts inline ("Adopts the following declaration: …"), not an annex. */
  adopted?: boolean;
  /** The end and subtitle last worked out, offsets from `start`, and what they were read from. */
  ends?: Readonly<{ selEnd: number; firstInside: number; nextStart: number; end: number; subStart: number; subEnd: number; subtitle: string }>;
}

/**
 * Where the text and its furniture are as they were in the run a resumed one continues: before
 * `before`, and from `after` on (moved by the edit). What was worked out from text wholly in one
 * of them stands.
 */
export interface Unchanged {
  before: number;
  after: number;
}

/** Is [from, to] wholly in text the edit left alone (what was read there then stands)? */
const unchangedBetween = (u: Unchanged, from: number, to: number) => to <= u.before || from >= u.after;

/** What the segmenter hands over to be built into paragraphs. */
export interface TreeParts {
  items: Item[];
  preamble: Node[];
  operative: Node[];
  headings: Heading[];
  closing: Field[];
  annexes: AnnexBuilder[];
}

export function newNode(kind: Paragraph['kind'], id: string, name: string, start: number, selStart: number, selEnd: number): Node {
  // Every field present from the start: one object shape for all nodes keeps property access fast.
  return {
    kind, id, name, label: undefined, labelSpan: undefined, start, selStart, selEnd, opening: undefined, ownEnd: start,
    children: [], levels: undefined, open: undefined, dashCount: undefined, depth: 0, endFor: undefined, runIn: undefined,
  };
}

/**
 * The paragraphs of the nodes. After an edit (`unchanged` given), what was worked out from text
 * the edit left alone is taken as it was: a keystroke in a 300 KB volume spent half its reparse
 * here, on every paragraph's end, inline lists and annex titles.
 */
export function buildTree(clean: CleanText, parts: TreeParts, unchanged?: Unchanged): Segmented {
  computeEnds(clean, parts.items, unchanged);
  // Nodes are kept for the next incremental run, so an inline list is left out here, not removed.
  const inline = new Set<Node>();
  for (const list of [parts.operative, ...parts.annexes.map((a) => a.top)]) for (const p of list) if (runInList(clean, p, unchanged)) inline.add(p);
  const build = (n: Node): Paragraph => {
    const kept = inline.has(n) ? n.children.filter((c) => c.name.startsWith('(dash')) : n.children;
    const children = kept.map(build);
    let end = n.ownEnd;
    for (const c of children) if (c.span.end > end) end = c.span.end;
    if (inline.has(n)) for (const c of n.children) if (!kept.includes(c)) end = Math.max(end, build(c).span.end);
    const p: Paragraph = {
      kind: n.kind,
      id: n.id,
      name: n.name,
      span: { start: n.start, end },
      selection: { start: n.selStart, end: Math.min(Math.max(n.selEnd, n.selStart), end) },
      children,
    };
    if (n.label !== undefined) p.label = n.label;
    if (n.labelSpan) p.labelSpan = n.labelSpan;
    if (n.opening) p.opening = n.opening;
    return p;
  };
  const annexes: Annex[] = parts.annexes.map((a, i) => {
    const paragraphs = a.top.map(build);
    const nextStart = i + 1 < parts.annexes.length ? parts.annexes[i + 1].start : clean.length;
    const firstInside = Math.min(paragraphs[0]?.span.start ?? Infinity, a.headings[0]?.span.start ?? Infinity);
    const ends = annexEnds(clean, a, nextStart, firstInside, unchanged);
    const annex: Annex = { name: a.name, index: i + 1, ...(a.adopted ? { adopted: true } : {}), span: { start: a.start, end: Math.max(ends.end + a.start, a.selEnd) }, selection: { start: a.start, end: a.selEnd }, paragraphs, headings: a.headings };
    if (ends.subEnd > ends.subStart) annex.subtitle = { text: ends.subtitle, span: { start: a.start + ends.subStart, end: a.start + ends.subEnd } };
    return annex;
  });
  return { preamble: parts.preamble.map(build), operative: parts.operative.map(build), headings: parts.headings, closing: parts.closing, annexes };
}

/**
 * An annex's end and subtitle, offsets from its start (see AnnexBuilder.ends): taken as worked out
 * before when the annex, to the next one, is in text the edit left alone, and the same paragraph
 * or heading comes first in it.
 */
function annexEnds(clean: CleanText, a: AnnexBuilder, nextStart: number, firstInsideAt: number, unchanged: Unchanged | undefined): NonNullable<AnnexBuilder['ends']> {
  const was = a.ends;
  const firstInside = Math.min(firstInsideAt, nextStart) - a.start;
  const selEnd = a.selEnd - a.start;
  if (was && unchanged && was.selEnd === selEnd && was.nextStart === nextStart - a.start && was.firstInside === firstInside && unchangedBetween(unchanged, a.start, nextStart)) return was;
  const end = clean.trimEnd(a.start, nextStart);
  const inside = Math.min(firstInsideAt, end);
  const subStart = skipBlank(clean, a.selEnd);
  // The title ends where an unnumbered introduction begins ("Delisting procedures The Focal
  // Point is authorized …"): a sentence opener after a lower-case word.
  const intro = SENTENCE_AFTER_TITLE.exec(clean.slice(subStart, inside));
  const subEnd = clean.trimEnd(subStart, intro ? subStart + intro.index + intro[1].length : inside);
  // Kept from version to version: a string of its own, not a view into this text.
  const subtitle = subEnd > subStart ? detached(oneSpaced(clean.slice(subStart, subEnd))) : '';
  return (a.ends = { selEnd, firstInside, nextStart: nextStart - a.start, end: end - a.start, subStart: subStart - a.start, subEnd: subEnd - a.start, subtitle });
}

/**
 * Each paragraph's own text runs to the next item; trailing blanks and markers excluded. Worked
 * out again only where the next item or the node's marks moved, or the text between may have
 * changed (see `Unchanged`).
 */
function computeEnds(clean: CleanText, items: Item[], unchanged: Unchanged | undefined): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.type !== 'para') continue;
    const n = it.node;
    let limit = clean.length;
    for (let j = i + 1; j < items.length; j++) {
      const nx = items[j];
      limit = nx.type === 'para' ? Math.min(nx.node.start, nx.node.labelSpan?.start ?? nx.node.start) : nx.at;
      if (limit >= n.start) break;
    }
    const f = n.endFor;
    const labelStart = n.labelSpan ? n.labelSpan.start - n.start : -1;
    const labelEnd = n.labelSpan ? n.labelSpan.end - n.start : -1;
    if (
      unchanged && f && f.limit === limit - n.start && f.selStart === n.selStart - n.start && f.selEnd === n.selEnd - n.start && f.labelStart === labelStart && f.labelEnd === labelEnd &&
      unchangedBetween(unchanged, n.start, limit)
    ) continue;
    n.ownEnd = contentEnd(clean, n, limit);
    n.endFor = { limit: limit - n.start, selStart: n.selStart - n.start, selEnd: n.selEnd - n.start, labelStart, labelEnd };
  }
}

function contentEnd(c: CleanText, n: Node, limit: number): number {
  let e = c.trimEnd(n.start, Math.max(n.start, limit));
  // A number printed after the paragraph's last line is not part of its text.
  if (n.labelSpan && n.labelSpan.start > n.selStart && n.labelSpan.end >= e) e = c.trimEnd(n.start, n.labelSpan.start);
  // A footnote number standing after the final punctuation: "… Future. 16".
  const tail = /([.;:,”"’)])\s+\d{1,3}$/.exec(c.slice(Math.max(n.start, e - 12), e));
  if (tail) e = c.trimEnd(n.start, e - tail[0].length + 1);
  // An opening quote that belongs to the next paragraph.
  while (e > n.start && isOpeningQuote(c.char(e - 1))) e = c.trimEnd(n.start, e - 1);
  return Math.max(e, Math.min(n.selEnd, limit));
}

/**
 * "… to: (a) the protection of civilians; and (b) ensuring access …; and requests UNAMID …":
 * when the parent's own sentence resumes after the last item, the labels were an inline list.
 */
function runInList(clean: CleanText, p: Node, unchanged: Unchanged | undefined): boolean {
  const subs = p.children.filter((c) => !c.name.startsWith('(dash'));
  if (subs.length === 0) return false;
  const last = subs[subs.length - 1];
  const from = last.labelSpan ? last.labelSpan.end : last.start;
  const to = last.ownEnd;
  const was = p.runIn;
  const read = Math.min(from, last.start);
  if (unchanged && was && was.start === last.start - p.start && was.from === from - p.start && was.to === to - p.start && unchangedBetween(unchanged, read, to)) return was.value;
  const firstWord = /^\s*\S+/.exec(clean.slice(from, to))?.[0].trim() ?? '';
  let value = false;
  if (!OPERATIVE_VERBS.has(firstWord.replace(/[^A-Za-z]/g, ''))) {
    const text = clean.slice(last.start, to);
    const m = /[;,]\s+and\s+([a-z]+)\b/g;
    for (let r; (r = m.exec(text)); ) if (OPERATIVE_VERBS_LOWER.has(r[1])) {
      value = true;
      break;
    }
  }
  p.runIn = { start: last.start - p.start, from: from - p.start, to: to - p.start, value };
  return value;
}

export function isOpeningQuote(ch: string): boolean {
  return ch === '“' || ch === '"' || ch === '‘';
}
