// The properties through the real server over stdio: for arbitrary and mutated real texts the
// server's outline equals the in-process one, and `unres/selectParagraph` with each paragraph's
// address returns that paragraph's id and range. Cases: UNRES_FUZZ_RUNS / 10.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { startServer, TestServer } from '../support/lspClient';
import { anyText, FUZZ_RUNS, FUZZ_SEED, lspCaseViolations } from '../support/robustness';

describe('robustness: properties over stdio (fast-check)', function () {
  const numRuns = Math.max(20, Math.round(FUZZ_RUNS / 10));
  this.timeout(Math.max(60_000, numRuns * 200));
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(async () => server.stop());

  it(`every paragraph is selected by its address over LSP, with its range; the outline equals the in-process one (${numRuns} cases, seed ${FUZZ_SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        assert.deepStrictEqual(await lspCaseViolations(server, text), []);
      }),
      { numRuns, seed: FUZZ_SEED },
    );
  });
});
