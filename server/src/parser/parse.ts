// Entry point of the pure parser: text in, model out. No LSP, no VS Code, no I/O.
//   front matter (masthead, enacting formula) → page furniture (marked, offsets kept)
//   → segmenter reading furniture as blanks → model with exact source spans.
// `reparse` does the same after an edit, resuming the segmenter shortly before the edit and
// splicing the old tail back in once the scan is in step again; it falls back to `parse`
// whenever the edit could change anything outside that window.
import { CleanText } from './cleanText';
import { findFurniture, FurnitureScan, MAX_FOOTNOTES } from './furniture';
import { FrontMatter, MASTHEAD_WINDOW, parseFrontMatter } from './masthead';
import { Furniture, ResolutionModel } from './model';
import { ownStrings, segment, SegmenterState } from './segmenter';
import { detached, detachStrings } from './text';
import { Segmented } from './tree';

interface ParseState {
  front: FrontMatter;
  furniture: Furniture[];
  titles: Set<string>;
  /** Running titles learnt from the whole text's headers, with how many headers print each. */
  learned: Map<string, number>;
  segmenter: SegmenterState;
  /** Its strings are its own, not views into a text (see `ownState`): true once reparsed. */
  owned: boolean;
  /**
   * The window of this text whose furniture the reparse that made this model read (with `titles`):
   * the next edit, if still well inside it, reads that window of this text no more (see
   * `furnitureAfterEdit`).
   */
  window?: { start: number; end: number; scan: FurnitureScan };
  /** Which model this is, and which models' texts it was made from by what edit (see `editSince`). */
  id: number;
  from?: Lineage;
}

/**
 * The models a model's text was made from, nearest first, each with the edit from its text to
 * this one: the one `reparse` was given, and before it the ones that one was made from, their
 * edits composed. A feature that kept a table for a version some edits back (a citation pass runs
 * on fewer versions than the outline) finds it through them. Ids and numbers only.
 */
type Lineage = { id: number; edit: EditRange }[];
const LINEAGE = 16;

/** The edit from text A to text C, given A → B (`first`) and B → C (`then`), B and C's lengths. */
export function composeEdits(first: EditRange, then: EditRange, lengthB: number, lengthC: number): EditRange {
  const lengthA = lengthB - (first.endNew - first.endOld);
  // What stayed at the start and at the end through both edits.
  const prefix = Math.min(first.start, then.start);
  const suffix = Math.min(lengthB - first.endNew, lengthB - then.endOld);
  return { start: prefix, endOld: lengthA - suffix, endNew: lengthC - suffix };
}

function lineage(state: ParseState | undefined, edit: EditRange, lengthB: number, lengthC: number): Lineage | undefined {
  if (!state) return undefined;
  const out: Lineage = [{ id: state.id, edit }];
  for (const a of state.from ?? []) {
    if (out.length >= LINEAGE) break;
    out.push({ id: a.id, edit: composeEdits(a.edit, edit, lengthB, lengthC) });
  }
  return out;
}

let lastId = 0;

/**
 * The parser's working state, for the next incremental parse: kept on the model under a symbol,
 * not enumerable, so it is never part of the model's data (JSON, equality, iteration).
 */
const STATE = Symbol('unres.parseState');
type WithState = ResolutionModel & { [STATE]?: ParseState };
const stateOf = (model: ResolutionModel): ParseState | undefined => (model as WithState)[STATE];

export function parse(text: string): ResolutionModel {
  const front = parseFrontMatter(text);
  const { furniture, titles, learned } = findFurniture(text, front)!;
  const { result, state } = segment(text, new CleanText(text, furniture), front);
  return remember(text, front, { furniture, titles, learned }, result, state, false);
}

function remember(
  text: string,
  front: FrontMatter,
  f: { furniture: Furniture[]; titles: Set<string>; learned: Map<string, number> },
  body: Segmented,
  segmenter: SegmenterState,
  owned: boolean,
  from?: Lineage,
  window?: ParseState['window'],
): ResolutionModel {
  const { furniture, titles, learned } = f;
  const model: ResolutionModel = { text, ...body, furniture };
  if (front.masthead) model.masthead = front.masthead;
  if (front.enactingFormula) model.enactingFormula = front.enactingFormula;
  Object.defineProperty(model, STATE, { value: { front, furniture, titles, learned, segmenter, owned, window, id: ++lastId, from } satisfies ParseState });
  return model;
}

/** Which model this is (see `editSince`), or undefined for a model `parse` did not make. */
export function modelId(model: ResolutionModel): number | undefined {
  return stateOf(model)?.id;
}

/**
 * Where `model`'s text differs from that of the model with id `id`, when `reparse` made `model`
 * from it (resumed or parsed afresh), or from a model made from it so, up to LINEAGE versions
 * back: what a feature needs to carry its answer for the earlier version over (the outline keeps
 * the symbols of paragraphs the edit left alone). A caller keeps the id, not the earlier model,
 * so that no old text stays alive for it.
 */
export function editSince(id: number | undefined, model: ResolutionModel): EditRange | undefined {
  if (id === undefined) return undefined;
  for (const a of stateOf(model)?.from ?? []) if (a.id === id) return a.edit;
  return undefined;
}

/** Where two versions of a text differ: `[start, endOld)` of the old became `[start, endNew)`. */
export interface EditRange {
  start: number;
  endOld: number;
  endNew: number;
}

/** Where two texts differ: the common prefix, and the ends of the differing middle in each. */
export function diffRange(a: string, b: string): EditRange | undefined {
  if (a === b) return undefined;
  const n = Math.min(a.length, b.length);
  // Whole chunks compare natively; only the chunk that differs is walked character by character.
  const CHUNK = 2048;
  let start = 0;
  while (start + CHUNK <= n && a.slice(start, start + CHUNK) === b.slice(start, start + CHUNK)) start += CHUNK;
  while (start < n && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endOld = a.length;
  let endNew = b.length;
  while (endOld - CHUNK >= start && endNew - CHUNK >= start && a.slice(endOld - CHUNK, endOld) === b.slice(endNew - CHUNK, endNew)) {
    endOld -= CHUNK;
    endNew -= CHUNK;
  }
  while (endOld > start && endNew > start && a.charCodeAt(endOld - 1) === b.charCodeAt(endNew - 1)) {
    endOld--;
    endNew--;
  }
  return { start, endOld, endNew };
}

/**
 * How often `reparse` could resume instead of parsing afresh, the stretch of text the last
 * resumed scan read again, and how often the furniture window of the text before was the one read
 * already (for the benchmark and tests).
 */
export const reparseStats = { resumed: 0, fresh: 0, lastScan: { from: 0, to: 0 }, windowsKept: 0 };

/** Context that any decision about a paragraph may read before or after it. */
const EDIT_MARGIN = 1000;

/**
 * The model of `text`, reusing `prev` (the model of an earlier version) where the edit allows.
 * `known`, where the caller knows it (an editor's incremental changes), is a range holding every
 * difference between the two texts; without it the texts are compared.
 */
export function reparse(prev: ResolutionModel, text: string, known?: EditRange): ResolutionModel {
  const state = stateOf(prev);
  const edit = known && fits(known, prev.text.length, text.length) ? known : diffRange(prev.text, text);
  if (!edit || (edit.start === edit.endOld && edit.start === edit.endNew)) return prev;
  const from = lineage(state, edit, prev.text.length, text.length);
  if (!state) return fresh(text, from);
  const delta = edit.endNew - edit.endOld;
  // An edit near the top may change the masthead or the enacting formula, and with them where the
  // body begins: the front matter is read again (its window only). The scan resumes if it is the
  // same, or changed only as far as the rest of the text cannot tell (see `frontMovedOnly`).
  // Always parsed afresh, a keystroke 3-6 KB into a 300 KB volume cost 3.3-4.8 ms, 2-5 KB into
  // 1 MB 9-17 ms, against 1.1-3.6 ms in their middle (in process, with the outline).
  let front = state.front;
  if (edit.start < MASTHEAD_WINDOW + EDIT_MARGIN) {
    const now = parseFrontMatter(text);
    // Alike in every field, span and running title: all that was decided from it (where the body
    // begins, the masthead's end and symbol that the furniture reads) holds for the new text.
    if (!sameData(state.front, now)) {
      if (!frontMovedOnly(state.front, now, edit, delta)) return fresh(text, from);
      front = detachStrings(now);
    }
  }
  const furniture = furnitureAfterEdit(prev.text, text, state, front, edit, delta);
  if (!furniture) return fresh(text, from);
  // The text read differently is the edit plus any furniture that changed with it (a footnote
  // block that now ends elsewhere): resume before all of it, rejoin only after all of it.
  const dirtyStart = Math.min(edit.start, furniture.changed?.start ?? Infinity);
  const dirtyEnd = Math.max(edit.endNew, furniture.changed?.end ?? -Infinity);
  const cps = state.segmenter.checkpoints;
  let k = -1;
  for (let lo = 0, hi = cps.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (cps[mid].scanAt <= dirtyStart - EDIT_MARGIN) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // No checkpoint far enough before the edit (it is in the front matter or the first paragraph):
  // the scan starts where the body does (checkpoint -1), and may still rejoin the old run after it.
  if (!state.owned) ownState(state);
  reparseStats.resumed++;
  const { result, state: next, scanned } = segment(text, new CleanText(text, furniture.furniture), front, {
    prev: state.segmenter,
    checkpoint: k,
    delta,
    editEndOld: edit.endOld,
    rejoinAfter: dirtyEnd,
    changedFrom: dirtyStart,
  });
  reparseStats.lastScan = scanned;
  return remember(text, front, furniture, result, next, true, from, furniture.window);
}

/**
 * What a fresh parse keeps for later versions, made strings of its own once, when it is first
 * reparsed. V8 makes a slice of 13 or more characters a view that keeps its whole text alive: the
 * front matter, running titles and paragraph nodes carried from version to version kept the first
 * version's text (10 MB more with a 5 MB document open). Done here, not while parsing, because
 * most parses are never resumed and copying cost a fresh 10 KB parse ~5%.
 */
function ownState(state: ParseState): void {
  detachStrings(state.front);
  // In place: the furniture read for this edit already holds the set.
  const titles = [...state.titles];
  state.titles.clear();
  for (const t of titles) state.titles.add(detached(t));
  ownStrings(state.segmenter);
  state.owned = true;
}

/**
 * Did the edit change the front matter only where nothing but the masthead reads it? The body
 * starts at the same place in the text (moved with it when after the edit), and what the furniture
 * reads of the front (the masthead's end and symbol, the running titles) is the same: a field's
 * words may change, the masthead's parts may move, not where the body or the page headers are.
 */
function frontMovedOnly(old: FrontMatter, now: FrontMatter, edit: EditRange, delta: number): boolean {
  // Where an offset of the old text stands in the new one (NaN: inside the edit).
  const moved = (x: number) => (x <= edit.start ? x : x >= edit.endOld ? x + delta : NaN);
  return (
    now.bodyStart === moved(old.bodyStart) &&
    !old.masthead === !now.masthead &&
    (!old.masthead || now.masthead!.span.end === moved(old.masthead.span.end)) &&
    old.masthead?.symbol?.text === now.masthead?.symbol?.text &&
    !old.enactingFormula === !now.enactingFormula &&
    sameData(old.runningTitles, now.runningTitles)
  );
}

/**
 * Plain data (objects, arrays, strings, numbers) alike in every field, the fields in the same order
 * (a model is compared as JSON: the masthead's fields are set in the order the text gives them);
 * undefined fields count as absent.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  const ky = keys(y);
  return kx.length === ky.length && kx.every((k, i) => k === ky[i] && sameData(x[k], y[k]));
}

/** A range that can be an edit from a text of `oldLength` characters to one of `newLength`. */
function fits(e: EditRange, oldLength: number, newLength: number): boolean {
  return 0 <= e.start && e.start <= e.endOld && e.start <= e.endNew && e.endOld <= oldLength && e.endNew <= newLength && oldLength - e.endOld === newLength - e.endNew;
}

function fresh(text: string, from: Lineage | undefined): ResolutionModel {
  reparseStats.fresh++;
  const model = parse(text);
  stateOf(model)!.from = from;
  return model;
}

/**
 * The furniture of the new text: the old furniture far from the edit (shifted after it), and the
 * furniture of a window around the edit read afresh. The window reaches past anything the edit
 * could change (a footnote block ends at most MAX_FOOTNOTES after its rule) and its ends are moved
 * off any page break. Undefined when the window cannot stand alone (then everything is read).
 */
function furnitureAfterEdit(
  oldText: string,
  text: string,
  state: ParseState,
  /** The new text's front matter (the old one's is state.front). */
  front: FrontMatter,
  edit: { start: number; endOld: number; endNew: number },
  delta: number,
):
  | { furniture: Furniture[]; titles: Set<string>; learned: Map<string, number>; changed?: { start: number; end: number }; window: ParseState['window'] }
  | undefined {
  const old = state.furniture;
  const reach = MAX_FOOTNOTES + 4000;
  const oldLength = oldText.length;
  let a = 0;
  let bOld = 0;
  let before: FurnitureScan | undefined;
  let after: FurnitureScan | undefined;
  // Typing goes on where it was: the window the last reparse read of this text, if it still
  // reaches as far either side, is this text's window read already (its ends are off any page
  // break, in text the edits since left alone). Only the new text's window is read.
  const kept = state.window;
  if (kept && (kept.start === 0 || kept.start <= edit.start - reach) && kept.end >= Math.min(oldLength, edit.endOld + reach)) {
    a = kept.start;
    bOld = kept.end;
    before = kept.scan;
    after = findFurniture(text, front, { start: a, end: bOld + delta }, state.titles);
    if (after) reparseStats.windowsKept++;
  }
  if (!after) {
    const nearOld = (x: number) => {
      const i = firstEndingAfter(old, x - 300);
      return i < old.length && old[i].span.start < x + 300 ? old[i] : undefined;
    };
    a = Math.max(0, edit.start - reach);
    for (let f = nearOld(a); f && a > 0; f = nearOld(a)) a = Math.max(0, Math.min(a - 300, f.span.start - 300));
    bOld = Math.min(oldLength, edit.endOld + reach);
    before = undefined;
    // A footnote rule near the window's end may have its block's end beyond it (in a volume, a
    // later resolution's rules are never followed by the first one's running symbol): the window
    // is widened by the longest block, twice at most, before everything is read again.
    for (let round = 0; round < 3 && !(before && after); round++) {
      if (round > 0) bOld = Math.min(oldLength, bOld + MAX_FOOTNOTES);
      for (let f = nearOld(bOld); f && bOld < oldLength; f = nearOld(bOld)) bOld = Math.min(oldLength, Math.max(bOld + 300, f.span.end + 300));
      before = findFurniture(oldText, state.front, { start: a, end: bOld }, state.titles);
      after = before && findFurniture(text, front, { start: a, end: bOld + delta }, state.titles);
    }
  }
  if (!before || !after) return undefined;
  const b = bOld + delta;
  // The titles headers teach, over the whole text: if the edit taught or unlearnt one, read all.
  const learned = new Map(state.learned);
  for (const [t, n] of before.learned) learned.set(t, (learned.get(t) ?? 0) - n);
  for (const [t, n] of after.learned) learned.set(t, (learned.get(t) ?? 0) + n);
  for (const [t, n] of learned) {
    if (n <= 0) learned.delete(t);
    if ((n > 0) !== (state.learned.get(t) ?? 0) > 0) return undefined;
  }
  const inside = after.furniture.filter((f) => f.span.start >= a);
  if (inside.some((f) => f.span.end > b)) return undefined;
  const shift = (f: Furniture): Furniture => ({ kind: f.kind, span: { start: f.span.start + delta, end: f.span.end + delta } });
  // Where the window's furniture differs from before (old spans moved to the new text).
  const key = (f: Furniture) => `${f.kind}:${f.span.start}:${f.span.end}`;
  const was = new Set(old.slice(firstEndingAfter(old, a), firstStartingFrom(old, bOld)).filter((f) => f.span.end <= edit.start || f.span.start >= edit.endOld).map((f) => key(f.span.start >= edit.endOld ? shift(f) : f)));
  const now = new Set(inside.map(key));
  let changed: { start: number; end: number } | undefined;
  for (const f of inside) if (!was.has(key(f))) changed = cover(changed, f.span);
  for (const k of was) {
    if (now.has(k)) continue;
    const [, start, end] = k.split(':');
    changed = cover(changed, { start: Number(start), end: Number(end) });
  }
  const shifted = old.slice(firstStartingFrom(old, bOld)).map(shift);
  return { furniture: [...old.slice(0, firstEndingAfter(old, a)), ...inside, ...shifted], titles: state.titles, learned, changed, window: { start: a, end: b, scan: after } };
}

function cover(a: { start: number; end: number } | undefined, b: { start: number; end: number }): { start: number; end: number } {
  return a ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : { ...b };
}

/** Index of the first span ending after x (spans are sorted and do not overlap). */
function firstEndingAfter(list: Furniture[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.end <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstStartingFrom(list: Furniture[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
