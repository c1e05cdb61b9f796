// Property-based tests (fast-check) over the parser and the language features: arbitrary text and
// mutated real fixtures never throw, every range is inside the document and nested, every
// paragraph is found again by its address, and incremental edits give the model of a fresh parse.
// CI size: UNRES_FUZZ_RUNS cases per property (default in support/robustness.ts), seeded by
// UNRES_FUZZ_SEED; `npm run fuzz` runs the same targets with ≥ 100,000 cases.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { parse, reparse } from '../../src/parser/parse';
import { allParagraphs } from '../../src/parser/query';
import { fixture, shape } from '../support/fixtures';
import { FixtureCase, fixtureCaseText, FUZZ_RUNS, FUZZ_SEED, FuzzTarget, modelViolations, parserTargets, realTexts } from '../support/robustness';

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

// Minimal inputs on which `npm run fuzz` found a property broken (shrunk by fast-check). Each stays
// here as a regression test once fixed; until then it fails, on purpose, naming the fault.
describe('robustness: counterexamples found by the long fuzz run', () => {
  const cases: [string, string][] = [
    ['a number inside a sub-paragraph taken as the next operative number: OP1 overlaps OP2', 'Decides x.\nRequests,\n(a) y 2. z,'],
    ['"Annex I" inside a clause opens an annex that starts after its first paragraph', 'Recalling 18th plenary meeting,\nDecides Annex I,\n1.'],
    ['two annexes both "Annex II": the second\'s paragraphs have no address', 'The Security Council,\nRecalling 18th plenary meeting,\nRecalling Annex II 17-20704 (E),\nRecalling Annex II,\n1. Recalling,'],
    ['an adopted text whose paragraphs overlap', '1.  ,\nRecalling:\n1. Encourages 18th plenary meeting 2. the,'],
    ['a number printed with a leading zero: named OP01, not found as OP1', '01. \u0000'],
    ['a roman heading in an annex read on past the next annex to the next number: the heading outside its annex', 'Recalling . Annex II,\nRecalling I. Annex II,\nRecalling 3. Recalling also,'],
  ];
  for (const [what, text] of cases) {
    it(`${what}: ${JSON.stringify(text)}`, () => {
      assert.deepStrictEqual(parserTargets.arbitrary.check([text, []]), []);
    });
  }

  it('a real text with two lines swapped: "3. Reiterates" reattached inside OP4, OP4 overlaps OP5 (S/RES/881 (1993))', () => {
    const c: FixtureCase = { file: realTexts().findIndex((t) => /S_RES_0881_1993/.test(t.name)), from: 0, lines: 0, mutations: [{ op: 'swap', at: 3851, to: 36556 }, { op: 'split', at: 0, col: 0 }, { op: 'truncate', at: 11028 }], lineEnd: 'lf', bom: false };
    assert.ok(c.file >= 0);
    const text = fixtureCaseText(c);
    assert.deepStrictEqual(modelViolations(text, parse(text)), []);
  });

  it('a line moved in S/2024/557: "2." then a page break then "Annex II" made an empty ANNEX1:2 where Annex II starts (seed 20261202)', () => {
    const c: FixtureCase = { file: realTexts().findIndex((t) => /S_2024_557-EN/.test(t.name)), from: 0, lines: 0, mutations: [{ op: 'swap', at: 26931, to: 26730 }], lineEnd: 'lf', bom: false };
    assert.ok(c.file >= 0);
    const text = fixtureCaseText(c);
    assert.ok(/\n2\.\n6\/8\n\n24-13337\n\n\fS\/2024\/557\n\nAnnex II\n/.test(text), 'the moved "2." stands before the page break and Annex II');
    const model = parse(text);
    assert.deepStrictEqual(modelViolations(text, model), []);
    assert.deepStrictEqual(model.annexes.map((a) => a.name), ['Annex I', 'Annex II']);
  });

  it('reparse after inserting a job number 7,000 characters after a footnote rule equals a fresh parse', () => {
    const text = '__________________\n' + fixture('corpus/texts/S-RES-1706-2006.txt');
    const edited = text.slice(0, 7000) + '17-20704 (E)' + text.slice(7000);
    const incremental = reparse(parse(text), edited);
    const fresh = parse(edited);
    assert.deepStrictEqual([incremental.preamble.length, incremental.operative.length], [fresh.preamble.length, fresh.operative.length]);
    assert.strictEqual(JSON.stringify(incremental), JSON.stringify(fresh));
  });
});
