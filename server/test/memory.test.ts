// The server's memory policy (server/src/memory.ts): for a large document, the young generation
// pinned once and, after each new version, one collection when the server is next free; nothing
// for ordinary documents.
import * as assert from 'assert';
import { exposedGc, LARGE_CHARS, largeDocuments } from '../src/memory';

describe('memory: collecting superseded versions of large documents', () => {
  const setup = () => {
    let collections = 0;
    let pins = 0;
    const queued: (() => void)[] = [];
    const superseded = largeDocuments(() => collections++, (run) => queued.push(run), () => pins++);
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
    largeDocuments(null, (run) => queued.push(run), () => pins++)(LARGE_CHARS * 2);
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
