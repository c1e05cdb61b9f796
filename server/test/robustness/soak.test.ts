// The soak through the real server over stdio (support/soak.ts): UNRES_SOAK_EDITS random
// incremental edits (CI: 1,000; `npm run soak`: 10,000) interleaved with documentSymbol, hover and
// unres/selectParagraph; every answer equals the in-process service's on the same version, the
// final outline equals a fresh server's, and the server's RSS stays bounded.
import * as assert from 'assert';
import { FUZZ_SEED, SOAK_EDITS } from '../support/robustness';
import { runSoak, SOAK_HEAP_MB, soakSummary } from '../support/soak';

describe('robustness: soak over stdio', function () {
  this.timeout(Math.max(60_000, SOAK_EDITS * 100));

  it(`${SOAK_EDITS} incremental edits with outline, hover and selection requests: answers right, final outline equal, memory bounded`, async () => {
    const r = await runSoak({ edits: SOAK_EDITS, seed: FUZZ_SEED, log: (l) => process.env.UNRES_PRINT_FIGURES && console.log(`      ${l}`) });
    console.log(`      ${soakSummary(r)}`);
    assert.deepStrictEqual(r.mismatches, []);
    assert.strictEqual(r.edits, SOAK_EDITS);
    assert.ok(r.symbolRequests > 0 && r.hoverRequests > 0 && r.selectRequests > 0);
    assert.ok(r.finalOutlineEqual, 'the outline after the edits equals a fresh server on the final text');
    // The server runs with a 96 MB old space (support/soak.ts): a leak would crash it; what it holds
    // stays within the heap plus the runtime's own memory.
    const bound = r.rssBeforeMB + 2 * SOAK_HEAP_MB;
    assert.ok(r.rssAfterMB <= bound, `RSS ${r.rssBeforeMB} MB → ${r.rssAfterMB} MB exceeds ${bound} MB`);
  });
});
