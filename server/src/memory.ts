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
//    3 edits of a 5 MB text fell from 99-100 to 96-97 MB.
// 3. Every edit of a large document makes a new copy of its text (10 MB for 5 MB of two-byte
//    text); the old one is garbage, but V8 lets the old generation grow a long way before it
//    collects: open + 3 edits of a 5 MB document peaked at 148 MB. After a new version of a
//    document over LARGE_CHARS, one full collection when the server is next free (11-19 ms with
//    5 MB open) brought that to 125 MB. Ordinary documents are left to V8.
// node:v8 and node:vm are loaded on the first large document, not at start (3 ms of a cold start).
const v8 = () => require('node:v8') as typeof import('node:v8');
const vm = () => require('node:vm') as typeof import('node:vm');

export const LARGE_CHARS = 2_000_000;

/** V8's heap sized for a large document (1 and 2 above); from then on, for the process. */
export function largeDocumentHeap(): void {
  v8().setFlagsFromString('--semi-space-growth-factor=1');
  v8().setFlagsFromString('--heap-growing-percent=20');
}

/** V8's gc(), reached without a command-line flag (a new context gets it), or null. */
export function exposedGc(): (() => void) | null {
  try {
    v8().setFlagsFromString('--expose-gc');
    const gc = vm().runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => (gc as () => void)() : null;
  } catch {
    return null;
  }
}

/**
 * What to call when a document of `chars` characters was opened or got a new version. For a large
 * document only: the young generation is pinned (from then on; smaller documents parse faster with
 * V8's default growth, ~15% on a 1 MB edit), and one collection runs when the server is next
 * free (calls before it runs add nothing). `gcOf` is asked for V8's gc() on the first large document.
 */
export function largeDocuments(gcOf: () => (() => void) | null = exposedGc, schedule: (run: () => void) => void = setImmediate, pin: () => void = largeDocumentHeap): (chars: number) => void {
  let pinned = false;
  let pending = false;
  let gc: (() => void) | null = null;
  return (chars) => {
    if (chars < LARGE_CHARS) return;
    if (!pinned) {
      pinned = true;
      pin();
      gc = gcOf();
    }
    const collect = gc;
    if (!collect || pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      collect();
    });
  };
}
