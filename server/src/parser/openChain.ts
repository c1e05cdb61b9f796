// The paragraph open at a checkpoint, and the sub-paragraphs open under it: the only nodes a
// later candidate may still add children to (a label attaches to the paragraph or to the last
// node of its `open` path). A checkpoint records where they stand and how many children each had,
// not the nodes themselves: a checkpoint outlives the run that took it, and later versions put
// copies in the nodes' place. The nodes are looked up in the run a checkpoint is resumed from.
import type { OpenLevel } from './labels';
import type { AnnexBuilder, Item, Node } from './tree';

export interface OpenChain {
  /** Which list holds the open paragraph (it is that list's last node at the checkpoint). */
  kind: Node['kind'];
  /** Child count of the paragraph, then of each open sub-paragraph, outermost first. */
  children: number[];
  dashCounts: (number | undefined)[];
  /** The paragraph's label levels then (undefined: no sub-paragraph yet). */
  levels: OpenLevel[] | undefined;
}

/** Where the lists of a run stood at a checkpoint. */
export interface ChainPlace {
  preamble: number;
  operative: number;
  annexes: number;
  annexTop: number;
}

interface Lists {
  preamble: Node[];
  operative: Node[];
  annexes: AnnexBuilder[];
}

/** The open paragraph and its open sub-paragraphs, outermost first (none without a paragraph). */
export function openNodes(cur: Node | undefined): Node[] {
  return cur ? [cur, ...(cur.open ?? [])] : [];
}

/** The list that holds a top-level paragraph of this kind: the preamble, the operative part, an annex. */
function listOf(kind: Node['kind'], run: Lists, annexes: number): Node[] {
  return kind === 'preambular' ? run.preamble : kind === 'operative' ? run.operative : run.annexes[annexes - 1].top;
}

export function openChain(cur: Node): OpenChain {
  const nodes = openNodes(cur);
  return {
    kind: cur.kind,
    children: nodes.map((n) => n.children.length),
    dashCounts: nodes.map((n) => n.dashCount),
    levels: cur.levels && [...cur.levels],
  };
}

/**
 * The chain's nodes in `run`, the run whose checkpoint it is or a later version of it: the list's
 * node at the checkpoint, then each open sub-paragraph, the last child of the node before it then.
 */
export function chainNodes(chain: OpenChain, at: ChainPlace, run: Lists): Node[] {
  const count = chain.kind === 'preambular' ? at.preamble : chain.kind === 'operative' ? at.operative : at.annexTop;
  const nodes = [listOf(chain.kind, run, at.annexes)[count - 1]];
  for (let d = 1; d < chain.children.length; d++) nodes.push(nodes[d - 1].children[chain.children[d - 1] - 1]);
  return nodes;
}

/**
 * Copies of the chain's nodes (`nodes`, as `chainNodes` found them) cut back to the checkpoint, put
 * in place of the originals in the resumed run's own lists (each already a copy cut back to the
 * checkpoint). Returns the copy of the open paragraph.
 */
export function reopenChain(chain: OpenChain, nodes: Node[], items: Item[], lists: Lists): Node {
  const copies = nodes.map((n, d): Node => ({ ...n, children: n.children.slice(0, chain.children[d]), dashCount: chain.dashCounts[d] }));
  for (let d = 1; d < copies.length; d++) {
    const siblings = copies[d - 1].children;
    siblings[siblings.length - 1] = copies[d];
  }
  const top = copies[0];
  top.levels = chain.levels && [...chain.levels];
  top.open = chain.levels && copies.slice(1);
  const swap = new Map(nodes.map((n, d) => [n, copies[d]]));
  // The chain's items are the open paragraph's and, after it, some of its descendants.
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    const copy = it.type === 'para' ? swap.get(it.node) : undefined;
    if (!copy) continue;
    items[i] = { type: 'para', node: copy };
    if (copy === top) break;
  }
  const list = listOf(chain.kind, lists, lists.annexes.length);
  list[list.length - 1] = top;
  return top;
}

/**
 * Whether two runs stand in the same open paragraph at a checkpoint: the same nodes (by id and
 * offsets, the old run's shifted past the edit), the same children so far, the same levels.
 */
export function sameChain(
  old: OpenChain | undefined,
  oldNodes: Node[],
  now: OpenChain | undefined,
  nowNodes: Node[],
  shift: (x: number) => number,
): boolean {
  if (!old || !now) return old === now;
  if (old.kind !== now.kind || old.children.length !== now.children.length || (old.levels === undefined) !== (now.levels === undefined)) return false;
  for (let d = 0; d < old.children.length; d++) {
    const a = oldNodes[d];
    const b = nowNodes[d];
    if (a.id !== b.id || shift(a.start) !== b.start || shift(a.selEnd) !== b.selEnd || shift(a.labelSpan?.end ?? -1) !== (b.labelSpan?.end ?? -1)) return false;
    if (old.children[d] !== now.children[d] || old.dashCounts[d] !== now.dashCounts[d]) return false;
  }
  const la = old.levels ?? [];
  const lb = now.levels ?? [];
  return la.length === lb.length && la.every((l, i) => l.style === lb[i].style && l.value === lb[i].value);
}
