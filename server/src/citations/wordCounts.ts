// How often the document uses a context word ("Sudan", "New York": an instrument's name shared by
// several instruments means the one whose words the document uses most), carried from one version
// of a document to the next. Counted afresh, each word read the whole text at every version when
// it was used fewer than COUNT_CAP times: 1-8 ms a word on a 10 MB volume, 10-17 ms a version.
// A version made from the one before by an edit keeps that version's occurrences outside the edit
// (shifted after it) and looks for the word only around the edit.
import type { ResolutionModel } from '../parser/model';
import { CarriedTable } from './carried';

/** Counts are read capped: only which words are used more often matters. */
export const COUNT_CAP = 50;

/**
 * Occurrences of `w` in `text`, as the matcher has always counted them: from the start, each
 * search after the end of the last occurrence, at most COUNT_CAP.
 */
export function countWord(text: string, w: string): number {
  let n = 0;
  for (let i = text.indexOf(w); i >= 0 && n < COUNT_CAP; i = text.indexOf(w, i + w.length)) n++;
  return n;
}

/** How many words were counted over the whole text, and how many carried from the version before (for tests). */
export const wordCountStats = { scanned: 0, carried: 0 };

/** Tables of the versions read last, newest last (occurrences only, never the text). */
const recent: WordCounts[] = [];

/**
 * Can two occurrences of `w` overlap ("abab" in "ababab")? Then which are counted depends on the
 * ones before, not only on the text around them, and a count is not carried.
 */
function overlapsItself(w: string): boolean {
  for (let k = 1; k < w.length; k++) if (w.endsWith(w.slice(0, k))) return true;
  return false;
}

function allPositions(text: string, w: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(w, from); i >= 0 && i + w.length <= to; i = text.indexOf(w, i + w.length)) out.push(i);
  return out;
}

/** One version's occurrences of the words asked about, found or carried on first asking. */
export class WordCounts extends CarriedTable<WordCounts> {
  private readonly positions = new Map<string, Int32Array>();

  constructor(model: ResolutionModel) {
    super(model, recent);
  }

  /** The count of `w` in `text`, this version's text, as `countWord` gives it. */
  count(text: string, w: string): number {
    return Math.min(COUNT_CAP, this.occurrences(text, w));
  }

  /** Every occurrence of `w` in `text` (this version's), uncapped. */
  occurrences(text: string, w: string): number {
    let p = this.positions.get(w);
    if (!p) {
      p = this.carried(text, w);
      if (p) wordCountStats.carried++;
      else {
        p = Int32Array.from(allPositions(text, w, 0, text.length));
        wordCountStats.scanned++;
      }
      this.positions.set(w, p);
    }
    return p.length;
  }

  /**
   * The occurrences of the version before that the edit left whole (shifted by it after it), and
   * those in the new text that overlap the edit: exactly this version's, when occurrences of `w`
   * cannot overlap one another.
   */
  private carried(text: string, w: string): Int32Array | undefined {
    const { before, edit } = this;
    const old = before?.positions.get(w);
    if (!old || !edit || w.length === 0 || overlapsItself(w)) return undefined;
    const L = w.length;
    const shift = edit.endNew - edit.endOld;
    let a = 0;
    while (a < old.length && old[a] + L <= edit.start) a++;
    let b = a;
    while (b < old.length && old[b] < edit.endOld) b++;
    const around = allPositions(text, w, Math.max(0, edit.start - L + 1), Math.min(text.length, edit.endNew + L - 1));
    const out = new Int32Array(a + around.length + (old.length - b));
    out.set(old.subarray(0, a), 0);
    out.set(around, a);
    for (let k = b, j = a + around.length; k < old.length; k++, j++) out[j] = old[k] + shift;
    return out;
  }
}
