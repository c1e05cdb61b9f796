// The server's memory policy (server/src/memory.ts): for a large document, the young generation
// pinned once and, after each new version, one collection once the server is free (at an edit,
// at once when that one has not run, otherwise only after a pass over the document), leaving room
// for the next edit but not for a pass; nothing for ordinary documents.
import * as assert from 'assert';
import { EDIT_ROOM_GROWTH_PERCENT, exposedGc, LARGE_CHARS, largeDocuments, TIGHT_GROWTH_PERCENT } from '../src/memory';
import { ResolutionModel } from '../src/parser/model';
import { parse, reparse, reparseStats } from '../src/parser/parse';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { outlineJsonParts, provideDocumentSymbols } from '../src/service/languageFeatures/documentSymbols';
import { fixture } from './support/fixtures';

describe('memory: collecting superseded versions of large documents', () => {
  const setup = (used = () => 0) => {
    let collections = 0;
    let pins = 0;
    /** Collections run in the next turn, and those waiting for the server to be free. */
    const queued: (() => void)[] = [];
    const whenFree: (() => void)[] = [];
    /** The growth each collection was told to leave (percent), in order. */
    const growths: number[] = [];
    let growth = 0;
    const large = largeDocuments({
      gcOf: () => () => {
        collections++;
        growths.push(growth);
      },
      schedule: (run) => queued.push(run),
      whenFree: (run) => whenFree.push(run),
      pin: () => pins++,
      heapUsed: used,
      growth: (p) => (growth = p),
    });
    const runQueued = () => [...queued.splice(0), ...whenFree.splice(0)].forEach((run) => run());
    return { large, queued, whenFree, runQueued, growths, count: () => collections, pins: () => pins };
  };

  it('an ordinary document never triggers a collection', () => {
    const { large, queued, whenFree, count, pins } = setup(() => 1e9);
    for (let i = 0; i < 10; i++) {
      large.opened(300_000);
      large.changing(300_000);
      large.modelMade(300_000);
      large.passStarting(300_000);
    }
    large.changing(LARGE_CHARS - 1);
    large.modelMade(LARGE_CHARS - 1);
    large.closed(LARGE_CHARS - 1);
    assert.strictEqual(queued.length + whenFree.length, 0);
    assert.strictEqual(count(), 0);
    assert.strictEqual(pins(), 0, 'the young generation is left to V8');
  });

  it('versions of a large document in a burst give one collection, run when the server is free', () => {
    const { large, queued, whenFree, count, pins } = setup();
    for (let i = 0; i < 5; i++) large.modelMade(5_000_000);
    assert.strictEqual(pins(), 1, 'pinned once, at the first large document');
    assert.strictEqual(whenFree.length, 1, 'one collection for the burst, once no message is handled');
    assert.strictEqual(queued.length, 0, 'not in the next turn: the request that made the model may still be answering');
    assert.strictEqual(count(), 0, 'nothing collected while the server is busy');
    whenFree.shift()!();
    assert.strictEqual(count(), 1);
    large.modelMade(5_000_000);
    assert.strictEqual(whenFree.length, 1, 'the next version schedules again');
  });

  it('an edit that comes before the server was free collects the previous version first, at once', () => {
    const { large, whenFree, queued, count, growths } = setup();
    large.modelMade(5_000_000);
    assert.strictEqual(count(), 0);
    large.changing(5_000_000);
    assert.strictEqual(count(), 1, 'collected before the edit makes the next copy of the text');
    assert.deepStrictEqual(growths, [EDIT_ROOM_GROWTH_PERCENT]);
    assert.strictEqual(queued.length, 0);
    whenFree.splice(0).forEach((run) => run());
    assert.strictEqual(count(), 1, 'the collection that waited runs no more');
    large.changing(5_000_000);
    assert.strictEqual(count(), 1, 'nothing waiting and no growth: the next edit collects nothing');
  });

  it('an open collects soon (the open message held copies of the text)', () => {
    const { large, queued, count, pins } = setup(() => 40e6);
    large.opened(5_000_000);
    assert.strictEqual(pins(), 1, 'an open pins before the first parse');
    assert.strictEqual(queued.length, 1);
    queued.shift()!();
    assert.strictEqual(count(), 1);
  });

  it('an edit collects only when the heap grew by more than the document since the last collection', () => {
    let used = 40e6;
    const { large, queued, whenFree, count, pins } = setup(() => used);
    large.changing(5_000_000);
    assert.strictEqual(pins(), 1, 'an edit pins before the reparse');
    assert.strictEqual(queued.length, 1, 'nothing collected yet: any heap counts as growth');
    queued.shift()!();
    assert.strictEqual(count(), 1);
    // An answer or two between keystrokes: no collection before the reparse.
    used += 2e6;
    large.changing(5_000_000);
    assert.strictEqual(queued.length, 0, 'a heap 2 MB above the last collection is left alone');
    // A pass over the document (its diagnostics) since: collected before the reparse.
    used += 6e6;
    large.changing(5_000_000);
    assert.strictEqual(queued.length, 1, 'a heap 8 MB above it, for a 5 M-character document, is collected');
    used = 41e6;
    queued.shift()!();
    used += 2e6;
    large.changing(5_000_000);
    assert.strictEqual(queued.length, 0, 'measured again from the collection that just ran');
    large.modelMade(5_000_000);
    assert.strictEqual(whenFree.length, 1, 'a new model always frees its previous version');
  });

  it('collections after a version leave room for the next edit; a pass starts from a tight heap', () => {
    const { large, whenFree, runQueued, growths, count } = setup();
    large.modelMade(5_000_000);
    runQueued();
    assert.deepStrictEqual(growths, [EDIT_ROOM_GROWTH_PERCENT], 'after a new version: room for the next copy of the text');
    large.passStarting(5_000_000);
    assert.strictEqual(count(), 2, 'a pass after a roomy collection collects at once');
    assert.deepStrictEqual(growths, [EDIT_ROOM_GROWTH_PERCENT, TIGHT_GROWTH_PERCENT]);
    large.passStarting(5_000_000);
    assert.strictEqual(count(), 2, 'the heap is tight already: nothing more');
    // A pass that makes the model itself: the collection waiting for it runs now, tight, once.
    large.modelMade(5_000_000);
    assert.strictEqual(whenFree.length, 1);
    large.passStarting(5_000_000);
    assert.strictEqual(count(), 3);
    assert.strictEqual(growths[2], TIGHT_GROWTH_PERCENT);
    runQueued();
    assert.strictEqual(count(), 3, 'the collection scheduled before the pass does not run again');
    large.modelMade(5_000_000);
    runQueued();
    assert.deepStrictEqual(growths.slice(3), [EDIT_ROOM_GROWTH_PERCENT], 'and the next version schedules again');
  });

  it('closing a large document collects soon (its text and model are garbage); closing an ordinary one does not', () => {
    const { large, whenFree, count } = setup();
    large.closed(300_000);
    assert.strictEqual(whenFree.length, 0);
    large.closed(5_000_000);
    assert.strictEqual(whenFree.length, 1);
    whenFree.shift()!();
    assert.strictEqual(count(), 1);
  });

  it('without a gc function nothing is scheduled', () => {
    const queued: (() => void)[] = [];
    let pins = 0;
    const large = largeDocuments({ gcOf: () => null, schedule: (run) => queued.push(run), whenFree: (run) => queued.push(run), pin: () => pins++, heapUsed: () => 1e9, growth: () => undefined });
    large.opened(LARGE_CHARS * 2);
    large.changing(LARGE_CHARS * 2);
    large.modelMade(LARGE_CHARS * 2);
    large.passStarting(LARGE_CHARS * 2);
    assert.strictEqual(queued.length, 0);
    assert.strictEqual(pins, 1, 'still pinned');
  });

  it("V8's gc() is reachable in this Node without a flag, and frees a dropped large string", () => {
    const gc = exposedGc();
    assert.ok(gc, 'gc() reached through a new context');
    const before = process.memoryUsage().heapUsed;
    let big: string | undefined = 'x'.repeat(1000) + '\u201c'.repeat(LARGE_CHARS);
    assert.ok(big.charCodeAt(5000) === 0x201c);
    big = undefined;
    gc!();
    assert.ok(process.memoryUsage().heapUsed < before + LARGE_CHARS, 'the dropped 4 MB string is gone after gc()');
  });
});

describe('memory: a reparsed model keeps nothing of the text it was reparsed from', () => {
  // V8 makes a slice of ≥ 13 characters a view that keeps its whole text alive. The front matter,
  // running titles and paragraph nodes an incremental parse reuses once held such slices, so every
  // later model kept the first version's text: 10 MB more with a 5 MB document open.
  it('heap after reparse (previous text and model dropped) ≈ heap after a fresh parse of the same text', function () {
    this.timeout(60_000);
    const gc = exposedGc()!;
    const base = fixture('corpus/texts/A-RES-80-5.txt');
    assert.ok(/[^\u0000-\u00ff]/.test(base), 'a two-byte text, as real ones are');
    const body = base.slice(base.indexOf('\n', 3000));
    const build = () => {
      const parts = [base];
      for (let n = base.length; n < 1_500_000; n += body.length) parts.push(body);
      return parts.join('\n');
    };
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const h0 = heap();
    let t1: string | undefined = build();
    let m1: ResolutionModel | undefined = parse(t1);
    const at = t1.indexOf(' ', t1.length >> 1) + 1;
    const t2 = t1.slice(0, at) + 'x' + t1.slice(at + 1);
    const resumedBefore = reparseStats.resumed;
    let m2: ResolutionModel | undefined = reparse(m1, t2);
    assert.strictEqual(reparseStats.resumed, resumedBefore + 1, 'the edit was reparsed incrementally');
    t1 = undefined;
    m1 = undefined;
    const afterReparse = heap() - h0;
    assert.ok(m2.operative.length > 0);
    m2 = undefined;
    const m3 = parse(t2);
    const afterParse = heap() - h0;
    assert.ok(m3.operative.length > 0);
    const textBytes = 2 * t2.length;
    assert.ok(
      afterReparse - afterParse < textBytes / 4,
      `reparsed model holds ${((afterReparse - afterParse) / 1e6).toFixed(1)} MB more than a fresh one (text ${(textBytes / 1e6).toFixed(1)} MB)`,
    );
  });
});

describe('memory: what outlives a version keeps nothing of its text', () => {
  // The outline's JSON heads outlive every version (see documentSymbols.ts). Their keys were once
  // views into the text (masthead fields and headings whose words were already single-spaced, as
  // in flattened text), and a 5 MB document open peaked 9-10 MB higher.
  it('after the outline and its JSON of a flattened 1.5 MB text, the dropped text is freed', function () {
    this.timeout(60_000);
    const gc = exposedGc()!;
    const heap = () => {
      // JavaScript keeps the subject of the last successful match (RegExp.input), here a slice of
      // the text that an outline detail was tested on: let go, so only what the code keeps counts.
      /(?:)/.exec('');
      gc();
      return process.memoryUsage().heapUsed;
    };
    const flat = fixture('corpus/texts/A-RES-80-1.txt').replace(/\s*\r?\n\s*/g, ' ');
    // A session name no earlier test made a head of: the masthead's fields become new keys.
    const session = 'Session' + Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
    assert.ok(flat.includes('Eightieth session'));
    const first = flat.replace('Eightieth session', `${session} session`);
    const build = () => {
      const parts = [first];
      for (let n = first.length; n < 1_500_000; n += flat.length) parts.push(flat);
      return parts.join(' ');
    };
    // In a function of its own: its frame's temporaries hold the text until it returns.
    const outline = () => {
      const text = build();
      const model = parse(text);
      assert.ok(model.masthead?.session?.text.startsWith(session) && model.operative.length > 0, 'a masthead and paragraphs, as the server outlines them');
      const json = outlineJsonParts(provideDocumentSymbols(TextDocument.create('file:///m.txt', 'unres', 1, text), model)).join('');
      assert.ok(json.length > 1000, `${json.length} characters of JSON`);
      return 2 * text.length;
    };
    const h0 = heap();
    const textBytes = outline();
    const left = heap() - h0;
    assert.ok(left < textBytes / 4, `${(left / 1e6).toFixed(1)} MB left after dropping a ${(textBytes / 1e6).toFixed(1)} MB text`);
  });
});
