// Entry point of the pure parser: text in, model out. No LSP, no VS Code, no I/O.
//   front matter (masthead, enacting formula) → page furniture (marked, offsets kept)
//   → segmenter reading furniture as blanks → model with exact source spans.
// `reparse` does the same after an edit, resuming the segmenter shortly before the edit and
// splicing the old tail back in once the scan is in step again; it falls back to `parse`
// whenever the edit could change anything outside that window.
import { CleanText } from './cleanText';
import { findFurniture } from './furniture';
import { FrontMatter, MASTHEAD_WINDOW, parseFrontMatter } from './masthead';
import { Furniture, ResolutionModel } from './model';
import { REJOIN_MARGIN, segment, SegmenterState } from './segmenter';
import { Segmented } from './tree';

interface ParseState {
  front: FrontMatter;
  furniture: Furniture[];
  segmenter: SegmenterState;
}

/** The parser's working state per model, for the next incremental parse (never part of the model). */
const states = new WeakMap<ResolutionModel, ParseState>();

export function parse(text: string): ResolutionModel {
  const front = parseFrontMatter(text);
  const furniture = findFurniture(text, front);
  const { result, state } = segment(text, new CleanText(text, furniture), front);
  return remember(text, front, furniture, result, state);
}

function remember(text: string, front: FrontMatter, furniture: Furniture[], body: Segmented, segmenter: SegmenterState): ResolutionModel {
  const model: ResolutionModel = { text, ...body, furniture };
  if (front.masthead) model.masthead = front.masthead;
  if (front.enactingFormula) model.enactingFormula = front.enactingFormula;
  states.set(model, { front, furniture, segmenter });
  return model;
}

/** Where two texts differ: the common prefix, and the ends of the differing middle in each. */
export function diffRange(a: string, b: string): { start: number; endOld: number; endNew: number } | undefined {
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

/** How often `reparse` could resume instead of parsing afresh (for the benchmark and tests). */
export const reparseStats = { resumed: 0, fresh: 0 };

/** Context that any decision about a paragraph may read before or after it. */
const EDIT_MARGIN = 1000;

/** The model of `text`, reusing `prev` (the model of an earlier version) where the edit allows. */
export function reparse(prev: ResolutionModel, text: string): ResolutionModel {
  const state = states.get(prev);
  const edit = diffRange(prev.text, text);
  if (!edit) return prev;
  // The masthead window, and an edit with no checkpoint well before it, need a fresh parse.
  if (!state || edit.start < MASTHEAD_WINDOW + EDIT_MARGIN) return fresh(text);
  const delta = edit.endNew - edit.endOld;
  const furniture = findFurniture(text, state.front);
  if (!sameFurnitureOutside(state.furniture, furniture, edit, delta)) return fresh(text);
  const cps = state.segmenter.checkpoints;
  let k = -1;
  for (let lo = 0, hi = cps.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (cps[mid].scanAt <= edit.start - EDIT_MARGIN) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k < 0) return fresh(text);
  reparseStats.resumed++;
  const { result, state: next } = segment(text, new CleanText(text, furniture), state.front, {
    prev: state.segmenter,
    checkpoint: k,
    delta,
    editEndOld: edit.endOld,
    editEndNew: edit.endNew,
  });
  return remember(text, state.front, furniture, result, next);
}

function fresh(text: string): ResolutionModel {
  reparseStats.fresh++;
  return parse(text);
}

/** Page furniture away from the edit must be what it was (shifted), or the old tree cannot stand. */
function sameFurnitureOutside(old: Furniture[], now: Furniture[], edit: { start: number; endOld: number; endNew: number }, delta: number): boolean {
  const key = (f: Furniture, d: number) => `${f.kind}:${f.span.start + d}:${f.span.end + d}`;
  const before = (list: Furniture[], end: number) => list.filter((f) => f.span.end <= end - REJOIN_MARGIN).map((f) => key(f, 0)).join();
  const after = (list: Furniture[], start: number, d: number) => list.filter((f) => f.span.start >= start + REJOIN_MARGIN).map((f) => key(f, d)).join();
  return before(old, edit.start) === before(now, edit.start) && after(old, edit.endOld, delta) === after(now, edit.endNew, 0);
}
