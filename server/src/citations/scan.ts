// The text the recogniser reads: the parsed text with page furniture taken out and every run of
// white space (line ends, CRLF, indentation, page breaks) made one space, so that "resolution\n1706
// (2006)" and the same words split by a page header read alike in every text shape. Each character
// keeps its offset in the original text; a citation interrupted by furniture maps back to pieces.
import type { ResolutionModel, Span } from '../parser/model';

export interface Stream {
  /** Normalised text: single spaces, no soft hyphens. */
  s: string;
  /** Offset in the original text of each character of `s`. */
  map: Int32Array;
  /** Indexes into `s` where skipped text (furniture) lies between `s[i-1]` and `s[i]`. */
  breaks: number[];
  /** Indexes into `s` of the first character after a blank line: names and lists do not cross them. */
  paragraphBreaks: Set<number>;
  /** Footnote text: read on its own, never joined to the body it interrupts. */
  footnote: boolean;
}

const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff || c === 0x85;

class StreamBuilder {
  /** Character codes of the stream, and the original offset of each: typed arrays, no garbage. */
  private readonly codes: Uint16Array;
  private readonly offsets: Int32Array;
  private length = 0;
  private last = 32; // the last code emitted; a space before anything
  private readonly breaks: number[] = [];
  private readonly paragraphBreaks = new Set<number>();
  private pendingBreak = false;
  /** Newlines in the current run of white space; -1 right after skipped furniture (not a paragraph end). */
  private newlines = 0;

  constructor(private readonly text: string, capacity: number) {
    this.codes = new Uint16Array(capacity + 1);
    this.offsets = new Int32Array(capacity + 1);
  }

  add(start: number, end: number): void {
    const text = this.text;
    const codes = this.codes;
    const offsets = this.offsets;
    let len = this.length;
    let last = this.last;
    let newlines = this.newlines;
    if (this.pendingBreak && len) {
      if (last !== 32) {
        codes[len] = 32;
        offsets[len++] = start;
        last = 32;
      }
      this.breaks.push(len);
    }
    this.pendingBreak = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        if (c === 10 && newlines >= 0) newlines++;
        if (len && last !== 32) {
          codes[len] = 32;
          offsets[len++] = i;
          last = 32;
        }
      } else if (c !== 0xad) {
        if (newlines >= 2) this.paragraphBreaks.add(len);
        newlines = 0;
        codes[len] = c;
        offsets[len++] = i;
        last = c;
      }
    }
    this.length = len;
    this.last = last;
    this.newlines = newlines;
  }

  /** Text was skipped: the next piece does not continue the previous one on the page. */
  gap(): void {
    this.pendingBreak = true;
    this.newlines = -1;
  }

  build(footnote: boolean): Stream {
    // UTF-16 code units straight into a string (lone surrogates survive, as they must for offsets).
    const s = Buffer.from(this.codes.buffer, this.codes.byteOffset, this.length * 2).toString('utf16le');
    return { s, map: this.offsets.subarray(0, this.length), breaks: this.breaks, paragraphBreaks: this.paragraphBreaks, footnote };
  }
}

/**
 * The body stream (text minus furniture, minus the masthead's own symbol and job number) and one
 * stream per footnote block. Running headers, page counters and job numbers are read nowhere.
 */
export function buildStreams(model: ResolutionModel, region: Span = { start: 0, end: model.text.length }): Stream[] {
  const text = model.text;
  const skip: Span[] = model.furniture.map((f) => f.span);
  const m = model.masthead;
  for (const f of [m?.symbol, m?.jobNumber, m?.date]) if (f) skip.push(f.span);
  skip.sort((a, b) => a.start - b.start);

  const body = new StreamBuilder(text, region.end - region.start);
  let at = region.start;
  for (const sp of skip) {
    if (sp.end <= at) continue;
    if (sp.start >= region.end) break;
    if (sp.start > at) body.add(at, sp.start);
    body.gap();
    at = Math.max(at, sp.end);
  }
  if (at < region.end) body.add(at, region.end);
  const out = [body.build(false)];
  for (const f of model.furniture) {
    if (f.kind !== 'footnote' || f.span.start < region.start || f.span.start >= region.end) continue;
    const fb = new StreamBuilder(text, f.span.end - f.span.start);
    fb.add(f.span.start, f.span.end);
    out.push(fb.build(true));
  }
  return out;
}

/** Maps a match [a, b) of `stream.s` to original-text pieces, split where furniture was skipped. */
export function toSpans(stream: Stream, a: number, b: number): Span[] {
  const out: Span[] = [];
  let from = a;
  const cut = (x: number, y: number) => {
    while (x < y && stream.s[x] === ' ') x++;
    while (y > x && stream.s[y - 1] === ' ') y--;
    if (y > x) out.push({ start: stream.map[x], end: stream.map[y - 1] + 1 });
  };
  // First break after `a` by binary search: a 1 MB text has hundreds of page breaks.
  const br = stream.breaks;
  let lo = 0, hi = br.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (br[mid] <= a) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < br.length && br[i] < b; i++) {
    cut(from, br[i]);
    from = br[i];
  }
  cut(from, b);
  return out;
}
