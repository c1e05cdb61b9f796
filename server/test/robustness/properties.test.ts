// Property-based tests (fast-check) over the parser and the language features: arbitrary text and
// mutated real fixtures never throw, every range is inside the document and nested, every
// paragraph is found again by its address, and incremental edits give the model of a fresh parse.
// CI size: UNRES_FUZZ_RUNS cases per property (default in support/robustness.ts), seeded by
// UNRES_FUZZ_SEED; `npm run fuzz` runs the same targets with ≥ 100,000 cases.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { parse } from '../../src/parser/parse';
import { allParagraphs } from '../../src/parser/query';
import { shape } from '../support/fixtures';
import { FUZZ_RUNS, FUZZ_SEED, FuzzTarget, modelViolations, parserTargets, realTexts } from '../support/robustness';

function holds<T>(target: FuzzTarget<T>): void {
  const numRuns = Math.max(20, Math.round(FUZZ_RUNS * target.weight * 2));
  it(`${target.name} (${numRuns} cases, seed ${FUZZ_SEED})`, function () {
    this.timeout(Math.max(60_000, numRuns * 50));
    fc.assert(
      fc.property(target.arbitrary, (input) => {
        assert.deepStrictEqual(target.check(input), []);
      }),
      { numRuns, seed: FUZZ_SEED, endOnFailure: false },
    );
  });
}

describe('robustness: properties of the parser and the features (fast-check)', () => {
  holds(parserTargets.arbitrary);
  holds(parserTargets.fixtures);
  holds(parserTargets.incremental);
});

describe('robustness: the real fixtures keep their outline in every shape', () => {
  const ids = (text: string) => [...allParagraphs(parse(text))].map((p) => p.id).join(' ');
  const texts = realTexts();

  it(`${texts.length} real texts: no violated invariant as given`, () => {
    const bad = texts.flatMap((t) => modelViolations(t.text, parse(t.text)).map((e) => `${t.name}: ${e}`));
    assert.deepStrictEqual(bad, []);
  });

  for (const [label, transform] of [
    ['CRLF', (t: string) => shape(t, 'crlf')],
    ['CR-only', (t: string) => t.replace(/\r?\n/g, '\r')],
    ['a BOM', (t: string) => '\uFEFF' + t],
    ['flattened onto one line', (t: string) => shape(t, 'flat')],
  ] as const) {
    it(`same paragraph ids with ${label}`, () => {
      const differ: string[] = [];
      for (const t of texts) {
        const want = ids(t.text);
        const got = ids(transform(t.text));
        if (got !== want) differ.push(`${t.name}:\n  as given: ${want}\n  ${label}: ${got}`);
      }
      assert.deepStrictEqual(differ, []);
    });
  }
});
