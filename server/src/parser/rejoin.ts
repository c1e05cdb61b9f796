// Splicing an old run's tail into a resumed one: the nodes, headings and checkpoints after the
// rejoin point, shifted by the edit's length change. Pure data copying; nothing is re-scanned.
import { Field, Heading } from './model';
import type { Checkpoint, SegmenterState } from './segmenter';
import { chainNodes, OpenChain } from './openChain';
import { AnnexBuilder, Item, Node } from './tree';

/** Where an offset of the old text stands in the new one: before the edit's end it stays, after it it moves with the text. */
export const shiftPast = (editEndOld: number, delta: number) => (x: number): number => (x >= editEndOld ? x + delta : x);

/** Index of the checkpoint whose scan offset is `scanAt`, or -1 (checkpoints are in scan order). */
export function findCheckpoint(list: Checkpoint[], scanAt: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid].scanAt;
    if (v === scanAt) return mid;
    if (v < scanAt) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface Tail {
  items: Item[];
  preamble: Node[];
  operative: Node[];
  headings: Heading[];
  closing: Field[];
  /** The rest of the annex open at the rejoin point, if any. */
  annexTop?: { top: Node[]; headings: Heading[]; expected: number };
  annexes: AnnexBuilder[];
  checkpoints: Checkpoint[];
}

/**
 * The old run's tail from its checkpoint `cp` (index `k`), shifted by `delta`. `chain` and
 * `chainNow` are what the resumed run has open there, in the same state as `cp.chain`: those nodes
 * stay the resumed run's own, and the children the old run gave them after the checkpoint are
 * copied onto them. `offsets`: how many more items, headings and closing lines the resumed run
 * has before the rejoin point than the old run had.
 */
export function shiftTail(
  prev: SegmenterState,
  cp: Checkpoint,
  k: number,
  delta: number,
  editEndOld: number,
  chain: OpenChain | undefined,
  chainNow: Node[],
  offsets: { items: number; headings: number; closing: number },
): Tail {
  // The tail is what the old run read after the rejoin point, but some of it reaches back before
  // the edit (an adopted text starts at the colon of its lead-in, which may be far before the "1."
  // that opened it): those offsets stay.
  const shift = shiftPast(editEndOld, delta);
  const map = new Map<Node, Node>();
  // Each node open at the checkpoint in the old run, beside the resumed run's own.
  const pairs = cp.chain && chain ? chainNodes(cp.chain, cp, prev).map((old, d) => [old, chainNow[d]] as const) : [];
  for (const [old, now] of pairs) map.set(old, now);
  const node = (n: Node): Node => {
    const hit = map.get(n);
    if (hit) return hit;
    // Written out field by field, in newNode's order: one object shape for every node.
    const copy: Node = {
      kind: n.kind,
      id: n.id,
      name: n.name,
      label: n.label,
      labelSpan: n.labelSpan && { start: shift(n.labelSpan.start), end: shift(n.labelSpan.end) },
      start: shift(n.start),
      selStart: shift(n.selStart),
      selEnd: shift(n.selEnd),
      opening: n.opening,
      ownEnd: shift(n.ownEnd),
      children: [],
      levels: n.levels?.map((l) => ({ ...l })),
      open: undefined,
      dashCount: n.dashCount,
      depth: n.depth,
      // Offsets from the node's start: they hold as they are for the node moved.
      endFor: n.endFor,
      runIn: n.runIn,
    };
    map.set(n, copy);
    copy.children = n.children.map(node);
    copy.open = n.open?.map(node);
    return copy;
  };
  const span = <T extends { span: { start: number; end: number } }>(x: T): T => ({ ...x, span: { start: shift(x.span.start), end: shift(x.span.end) } });
  const items = prev.items.slice(cp.items).map((it): Item => (it.type === 'para' ? { type: 'para', node: node(it.node) } : { type: 'stop', at: shift(it.at) }));
  const tail: Tail = {
    items,
    preamble: prev.preamble.slice(cp.preamble).map(node),
    operative: prev.operative.slice(cp.operative).map(node),
    headings: prev.headings.slice(cp.headings).map(span),
    closing: prev.closing.slice(cp.closing).map(span),
    annexes: prev.annexes.slice(cp.annexes).map((a) => ({ ...a, start: shift(a.start), selEnd: shift(a.selEnd), top: a.top.map(node), headings: a.headings.map(span) })),
    checkpoints: [],
  };
  if (cp.annexes > 0) {
    const open = prev.annexes[cp.annexes - 1];
    tail.annexTop = { top: open.top.slice(cp.annexTop).map(node), headings: open.headings.slice(cp.annexHeadings).map(span), expected: open.expected };
  }
  pairs.forEach(([old, now], d) => {
    now.children.push(...old.children.slice(cp.chain!.children[d]).map(node));
    now.dashCount = old.dashCount;
    if (d === 0) {
      now.levels = old.levels?.map((l) => ({ ...l }));
      now.open = old.open?.map(node);
    }
  });
  // Field by field, in snapshot's order (spread copies of copies ran ~25x slower in the server).
  tail.checkpoints = prev.checkpoints.slice(k).map(
    (c, i): Checkpoint => ({
      scanAt: shift(c.scanAt),
      section: c.section,
      expectedOp: c.expectedOp,
      suffixRank: c.suffixRank,
      romanHeading: c.romanHeading,
      lastHeadingEnd: shift(c.lastHeadingEnd),
      quoteOpenedAt: shift(c.quoteOpenedAt),
      items: c.items + offsets.items,
      preamble: c.preamble,
      operative: c.operative,
      headings: c.headings + offsets.headings,
      closing: c.closing + offsets.closing,
      annexes: c.annexes,
      annexTop: c.annexTop,
      annexHeadings: c.annexHeadings,
      annexExpected: c.annexExpected,
      chain: i === 0 ? chain : c.chain,
    }),
  );
  return tail;
}
