// The server's memory policy (server/src/memory.ts): for a large document, the young generation
// pinned once and, after each new version, one collection when the server is next free; nothing
// for ordinary documents.
import * as assert from 'assert';
import { exposedGc, LARGE_CHARS, largeDocuments } from '../src/memory';
import { ResolutionModel } from '../src/parser/model';
import { parse, reparse, reparseStats } from '../src/parser/parse';
import { fixture } from './support/fixtures';

describe('memory: collecting superseded versions of large documents', () => {
  const setup = () => {
    let collections = 0;
    let pins = 0;
    const queued: (() => void)[] = [];
    const superseded = largeDocuments(() => () => collections++, (run) => queued.push(run), () => pins++);
    return { superseded, queued, count: () => collections, pins: () => pins };
  };

  it('an ordinary document never triggers a collection', () => {
    const { superseded, queued, count, pins } = setup();
    for (let i = 0; i < 10; i++) superseded(300_000);
    superseded(LARGE_CHARS - 1);
    assert.strictEqual(queued.length, 0);
    assert.strictEqual(count(), 0);
    assert.strictEqual(pins(), 0, 'the young generation is left to V8');
  });

  it('versions of a large document in a burst give one collection, run when the server is free', () => {
    const { superseded, queued, count, pins } = setup();
    for (let i = 0; i < 5; i++) superseded(5_000_000);
    assert.strictEqual(pins(), 1, 'pinned once, at the first large document');
    assert.strictEqual(queued.length, 1, 'one collection scheduled for the burst');
    assert.strictEqual(count(), 0, 'nothing collected while the server is busy');
    queued.shift()!();
    assert.strictEqual(count(), 1);
    superseded(5_000_000);
    assert.strictEqual(queued.length, 1, 'the next version schedules again');
  });

  it('without a gc function nothing is scheduled', () => {
    const queued: (() => void)[] = [];
    let pins = 0;
    largeDocuments(() => null, (run) => queued.push(run), () => pins++)(LARGE_CHARS * 2);
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
