// How the server keeps its memory down with a large document open. Node-only, no editor specifics.
//
// 1. V8 doubles the young generation each time many objects survive a scavenge, up to 2 × 16 MB on
//    64-bit. Parsing a large document is exactly that pattern (the model survives), so a server
//    with a 5 MB document open kept ~32 MB of mostly empty young generation resident. Pinned at its
//    initial size (1 MB semi-spaces), survivors are promoted sooner instead: peak RSS after opening
//    5 MB fell from 133 to ~101 MB (bench/). The flag is read each time V8 decides to grow, so
//    setting it when the first large document arrives, before it is parsed, takes effect.
// 2. V8 lets the old generation grow by a factor it picks from its own GC speed (up to 4×) before
//    it collects again. With a large document, fixed at 1.2×: the peak of open, diagnostics and
//    3 edits of a 5 MB text fell from 99-100 to 96-97 MB. But an edit then always outgrew that
//    limit (its new copy of the text alone), and V8 collected on its own in the middle of the
//    edit, with the old text still in use: two full collections per keystroke on a 10 MB text.
//    So each collection of ours sets what may grow until V8's next one: 2× after a new version
//    or an open (room for the next edit, which our next collection frees), 1.2× when a pass
//    over the whole document starts (its garbage is collected as it goes). A 10 MB text, edit +
//    outline back to back, the old and new server alternated (32 edits each): p50 116 → 89 ms
//    flattened, 132 → 100 ms wrapped, 1.13 full collections an edit instead of 2; the 5 MB peak
//    unchanged (99-111 MB either way, 3 runs each). See LargeDocuments.
// 3. Every edit of a large document makes a new copy of its text (10 MB for 5 MB of two-byte
//    text); the old one is garbage, but V8 lets the old generation grow a long way before it
//    collects: open + 3 edits of a 5 MB document peaked at 148 MB. After a new version of a
//    document over LARGE_CHARS, one full collection when the server is next free (11-19 ms with
//    5 MB open) brought that to 125 MB. Ordinary documents are left to V8. "Free" is once the
//    answers are written (activity.ts): in the request's own pause after the reparse, as before,
//    every outline of an edited 10 MB text waited for the collection (edit + outline back to
//    back, 24 edits, 3 runs alternated: p50 69.5-78.9 → 53.9-61.2 ms wrapped, 71.9-75.6 →
//    58.8-76.2 flattened). An edit that comes before then collects first (3 copies otherwise).
// 4. Our collections sweep on this thread. V8 returns a freed large object's pages (an old copy of
//    the text) from a background thread, after the collection; an edit that came first made its
//    new copy with the old one still mapped, three copies of the text at once. Swept here (and
//    with a version's citations kept as JSON, citations/pass.ts), the 5 MB peak read 95.6-100.0 MB
//    in 15 runs of the bench's scenario, against 98.5-107.1 MB; 10 MB edits cost the same.
//    V8 reads the flag when a collection starts sweeping, so it is set around ours alone.
// node:v8 and node:vm are loaded on the first large document, not at start (3 ms of a cold start).
const v8 = () => require('node:v8') as typeof import('node:v8');
const vm = () => require('node:vm') as typeof import('node:vm');

export const LARGE_CHARS = 2_000_000;

/** Growth of the old generation after a collection (2 above): during a pass, and room for an edit. */
export const TIGHT_GROWTH_PERCENT = 20;
export const EDIT_ROOM_GROWTH_PERCENT = 100;

const heapGrowth = (percent: number) => v8().setFlagsFromString(`--heap-growing-percent=${percent}`);

/** V8's heap sized for a large document (1 and 2 above); from then on, for the process. */
export function largeDocumentHeap(): void {
  v8().setFlagsFromString('--semi-space-growth-factor=1');
  heapGrowth(TIGHT_GROWTH_PERCENT);
}

/** V8's gc(), reached without a command-line flag (a new context gets it), or null. */
export function exposedGc(): (() => void) | null {
  try {
    v8().setFlagsFromString('--expose-gc');
    const gc = vm().runInNewContext('gc') as unknown;
    // Put back once gc() is in hand: V8 refuses a code cache made under other flags.
    v8().setFlagsFromString('--no-expose-gc');
    if (typeof gc !== 'function') return null;
    return () => {
      // Ours only (see 4 above); V8's own collections stay concurrent.
      v8().setFlagsFromString('--no-concurrent-sweeping');
      try {
        (gc as () => void)();
      } finally {
        v8().setFlagsFromString('--concurrent-sweeping');
      }
    };
  } catch {
    return null;
  }
}

/** When the server collects for a large document (2 and 3 above). */
export interface LargeDocuments {
  /** A document of `chars` characters was opened: the open message's copies of its text are garbage. */
  opened(chars: number): void;
  /**
   * An edit is about to be applied to a document of `chars` characters (before its new text is
   * made): collects, before the reparse, only when the heap grew by more than the document's
   * characters (as bytes) since the last collection, which is what a pass over the document
   * leaves (the diagnostics pass of a 5 MB text: ~8.5 MB). Between two keystrokes it grows by an
   * answer or two (10 MB document: ~5 MB), and collecting then cost 16-33 ms of each edit. But
   * when the collection after the last new model is still waiting for the server to be free, it
   * runs now, before the copy.
   */
  changing(chars: number): void;
  /**
   * A model was made for a new version of a document: its previous text and model are garbage,
   * collected once the server is free (the request that asked for the model has answered).
   */
  modelMade(chars: number): void;
  /**
   * A document of `chars` characters was closed: its text and model are garbage. Without a
   * collection, V8 kept their pages: the server's RSS stayed at 113 MB after a 10 MB volume was
   * closed (64 MB before it was opened), and went to 89 MB with one.
   */
  closed(chars: number): void;
  /**
   * A pass over all of a document's citations is about to run: if the last collection left room
   * for an edit, one now that leaves little, so the pass's garbage is collected as it goes (with
   * room, the 5 MB peak rose from 99-100 to 107-110 MB, during the diagnostics pass after edits).
   */
  passStarting(chars: number): void;
}

export interface LargeDocumentParts {
  /** V8's gc(), asked for on the first large document. */
  gcOf: () => (() => void) | null;
  /** Runs a collection in the server's next turn: before the reparse an edit or open is followed by. */
  schedule: (run: () => void) => void;
  /**
   * Runs a collection once no message is being handled (see activity.ts): after the answer that
   * made the new model, not in a pause inside it.
   */
  whenFree: (run: () => void) => void;
  /** Sizes the heap for large documents (once). */
  pin: () => void;
  /** Bytes of the heap in use. */
  heapUsed: () => number;
  /** Sets the old generation's growth after the next collection, in percent. */
  growth: (percent: number) => void;
}

const V8_PARTS: LargeDocumentParts = {
  gcOf: exposedGc,
  schedule: setImmediate,
  whenFree: setImmediate,
  pin: largeDocumentHeap,
  heapUsed: () => v8().getHeapStatistics().used_heap_size,
  growth: heapGrowth,
};

/**
 * The policy, for large documents only: the young generation is pinned (from then on; smaller
 * documents parse faster with V8's default growth, ~15% on a 1 MB edit), and one collection runs
 * in the next turn or once the server is free (calls before it runs add nothing).
 */
export function largeDocuments(parts: Partial<LargeDocumentParts> = {}): LargeDocuments {
  const { gcOf, schedule, whenFree, pin, heapUsed, growth } = { ...V8_PARTS, ...parts };
  let pinned = false;
  let gc: (() => void) | null = null;
  /** Collections so far: a scheduled one runs only if no other ran since it was asked for. */
  let count = 0;
  /** How a collection is scheduled, if one is: in the next turn, or once the server is free. */
  let scheduled: 'soon' | 'free' | undefined;
  /** Whether the last collection left room for an edit. */
  let roomy = false;
  /** Bytes in use after the last collection (none yet: any growth counts). */
  let usedAfter = 0;
  const collect = (room: boolean) => {
    scheduled = undefined;
    count++;
    growth(room ? EDIT_ROOM_GROWTH_PERCENT : TIGHT_GROWTH_PERCENT);
    gc!();
    roomy = room;
    usedAfter = heapUsed();
  };
  /**
   * One collection, run by `when`, unless one runs before it. One asked for in the next turn while
   * another waits for the server to be free is scheduled too: the first to run is the only one.
   */
  const collectBy = (when: 'soon' | 'free') => {
    if (!gc || scheduled === 'soon' || scheduled === when) return;
    scheduled = when;
    const asked = count;
    (when === 'soon' ? schedule : whenFree)(() => {
      if (count === asked) collect(true);
    });
  };
  const large = (chars: number): boolean => {
    if (chars < LARGE_CHARS) return false;
    if (!pinned) {
      pinned = true;
      pin();
      gc = gcOf();
    }
    return true;
  };
  /**
   * An open leaves the open message's copies of the text, to be freed before its first parse; a
   * new model and a close a whole text, freed when the server is free.
   */
  return {
    opened(chars) {
      if (large(chars)) collectBy('soon');
    },
    changing(chars) {
      if (!large(chars)) return;
      // The previous version's text is still garbage (its collection waited for answers): free
      // it now, before the edit makes the next copy, or three copies are in the heap at once.
      if (gc && scheduled === 'free') collect(true);
      else if (heapUsed() - usedAfter > chars) collectBy('soon');
    },
    modelMade(chars) {
      if (large(chars)) collectBy('free');
    },
    closed(chars) {
      if (large(chars)) collectBy('free');
    },
    passStarting(chars) {
      if (large(chars) && gc && (roomy || scheduled)) collect(false);
    },
  };
}
