// The hash of each citation region's text, carried from one version of a document to the next.
// A region's cached result is found by a hash of its text (pass.ts); hashing every region again
// at each version read the whole text: on a 10 MB volume, half of what a pass that reused every
// region cost (52 of 108 ms). A region the edit left alone has the same text as in the version
// before, where it stood at the same offset (before the edit) or shifted by the edit's length
// (after it): its hash is taken from there. Only regions the edit touched are hashed.
import type { ResolutionModel } from '../parser/model';
import { CarriedTable } from './carried';

/** 64 bits of hash of text[start, end) (two independent 32-bit hashes), with its length. */
export function textHash(text: string, start: number, end: number): string {
  const [h1, h2] = hashPair(text, start, end);
  return format(h1, h2, end - start);
}

function hashPair(text: string, start: number, end: number): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1, h2];
}

const format = (h1: number, h2: number, length: number) => `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${length}`;

/** How many region hashes were computed, and how many carried from the version before (for tests and the benchmark). */
export const regionHashStats = { hashed: 0, carried: 0 };

/** Tables of the versions read last, newest last; each holds four numbers a region (68 KB for a 10 MB volume's 4,239 regions), never the text. */
const recent: RegionHashes[] = [];

/** One version's region hashes, filled in region order as its pass reads them. */
export class RegionHashes extends CarriedTable<RegionHashes> {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly h1: Int32Array;
  private readonly h2: Int32Array;
  /** Regions hashed so far: the first `filled`. */
  private filled = 0;
  /** Where in `before` the next region's lookup starts (regions are asked for in order). */
  private cursor = 0;

  constructor(model: ResolutionModel, regions: number) {
    super(model, recent);
    this.starts = new Int32Array(regions);
    this.ends = new Int32Array(regions);
    this.h1 = new Int32Array(regions);
    this.h2 = new Int32Array(regions);
  }

  /** The hash of region `i`, [start, end) of `text` (this version's): asked for in order of `i`, each once. */
  hash(i: number, text: string, start: number, end: number): string {
    let h = this.carried(start, end);
    if (h) regionHashStats.carried++;
    else {
      h = hashPair(text, start, end);
      regionHashStats.hashed++;
    }
    if (i === this.filled && i < this.starts.length) {
      this.starts[i] = start;
      this.ends[i] = end;
      this.h1[i] = h[0];
      this.h2[i] = h[1];
      this.filled++;
    }
    return format(h[0], h[1], end - start);
  }

  /** The hash the version before had for the same text, if the edit left this region alone. */
  private carried(start: number, end: number): [number, number] | undefined {
    const { before, edit } = this;
    if (!before || !edit) return undefined;
    const shift = edit.endNew - edit.endOld;
    let oldStart: number;
    if (end <= edit.start) oldStart = start;
    else if (start >= edit.endNew) oldStart = start - shift;
    else return undefined;
    const oldEnd = oldStart + (end - start);
    let k = this.cursor;
    while (k < before.filled && before.starts[k] < oldStart) k++;
    this.cursor = k;
    if (k < before.filled && before.starts[k] === oldStart && before.ends[k] === oldEnd) return [before.h1[k], before.h2[k]];
    return undefined;
  }
}
