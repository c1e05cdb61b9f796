// The text as the segmenter reads it: page furniture reads as blanks, offsets unchanged. A view
// over the original string (no copy of a large document): furniture is marked, never deleted.
import { Furniture } from './model';
import { isSpace, upTo } from './text';

export class CleanText {
  readonly length: number;
  private readonly starts: number[];
  private readonly ends: number[];
  /** Index of the span last looked up: lookups mostly move forward or stay near. */
  private hint = 0;

  constructor(
    readonly raw: string,
    furniture: Furniture[],
  ) {
    this.length = raw.length;
    // Pushed, not mapped: Array.prototype.map gives a packed array until V8 optimises this
    // constructor and a holey one after, and every method here optimised for the first kind was
    // thrown away when the second came (~500 keystrokes into a session on a 300 KB text).
    this.starts = [];
    this.ends = [];
    for (const f of furniture) {
      this.starts.push(f.span.start);
      this.ends.push(f.span.end);
    }
  }

  /** Index of the furniture span holding offset i, or -1. */
  spanIndexAt(i: number): number {
    const { starts, ends } = this;
    const n = starts.length;
    if (n === 0) return -1;
    let h = this.hint;
    if (h >= n) h = n - 1;
    if (starts[h] <= i && i < ends[h]) return h;
    if (h + 1 < n && starts[h + 1] <= i && i < ends[h + 1]) return (this.hint = h + 1);
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= i) lo = mid + 1;
      else if (starts[mid] > i) hi = mid - 1;
      else return (this.hint = mid);
    }
    this.hint = Math.min(lo, n - 1);
    return -1;
  }

  /** End of the furniture span holding i, or i itself when i is not furniture. */
  skipFurniture(i: number): number {
    const k = this.spanIndexAt(i);
    return k < 0 ? i : this.ends[k];
  }

  charCodeAt(i: number): number {
    const c = this.raw.charCodeAt(i);
    if (c === 32 || c === 10 || this.starts.length === 0) return c;
    return this.spanIndexAt(i) < 0 ? c : 32;
  }

  /**
   * The end of [start, end) with trailing blanks and furniture left out. Jumps over a furniture
   * span at once: walking a footnote block character by character was 13-18% of a 10 KB parse.
   */
  trimEnd(start: number, end: number): number {
    while (end > start) {
      const c = this.raw.charCodeAt(end - 1);
      if (c !== 32 && c !== 10 && this.starts.length !== 0) {
        const k = this.spanIndexAt(end - 1);
        if (k >= 0) {
          end = Math.max(start, this.starts[k]);
          continue;
        }
      }
      if (!isSpace(c)) break;
      end--;
    }
    return end;
  }

  /** The character at i, a blank inside furniture, NUL outside the text (never ''). */
  char(i: number): string {
    if (i < 0 || i >= this.length) return '\0';
    const c = this.charCodeAt(i);
    return c === 32 ? ' ' : this.raw[i];
  }

  slice(start: number, end: number = this.length): string {
    start = Math.max(0, start);
    end = Math.min(this.length, end);
    if (this.starts.length === 0 || end <= start) return this.raw.slice(start, end);
    let k = this.spanIndexAt(start);
    if (k < 0) k = this.firstSpanAfter(start);
    if (k < 0 || k >= this.starts.length || this.starts[k] >= end) return this.raw.slice(start, end);
    const parts: string[] = [];
    let at = start;
    for (; k < this.starts.length && this.starts[k] < end; k++) {
      const s = Math.max(this.starts[k], start);
      const e = Math.min(this.ends[k], end);
      if (s > at) parts.push(this.raw.slice(at, s));
      parts.push(' '.repeat(e - s));
      at = e;
    }
    if (at < end) parts.push(this.raw.slice(at, end));
    return parts.join('');
  }

  indexOf(search: string, from = 0): number {
    for (let i = this.raw.indexOf(search, from); i >= 0; i = this.raw.indexOf(search, i + 1)) {
      const k = this.spanIndexAt(i);
      if (k < 0) return i;
      i = this.ends[k] - 1;
    }
    return -1;
  }

  /**
   * Offset of the first match of the global `re` at or after `from` outside furniture, or -1;
   * with `to`, only a match that ends by `to` (a bounded search: without it, an expression found
   * nowhere after `from` is looked for to the end of the text).
   */
  search(re: RegExp, from = 0, to = this.length): number {
    const hay = upTo(this.raw, to);
    re.lastIndex = from;
    for (let m; (m = re.exec(hay)); ) {
      const k = this.spanIndexAt(m.index);
      if (k < 0) return m.index;
      re.lastIndex = this.ends[k];
    }
    return -1;
  }

  private firstSpanAfter(i: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length ? lo : -1;
  }
}
