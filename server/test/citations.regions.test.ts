// Long citation regions are cut again at sentence ends (citations/regions.ts), so that reading the
// citations of a volume of resolutions never holds the tokens of megabytes at once. The cuts must
// not change what is found: on a volume of real resolutions in every shape, the citations are the
// same as with uncut regions.
import * as assert from 'assert';
import { loadBundledCatalogue } from '../src/catalogue/bundled';
import { CatalogueStore } from '../src/catalogue/store';
import { CitationKnowledge, recogniseCitations } from '../src/citations';
import { CitationPass, completeInSlices, MIN_CACHED_CHARS, reachInSlices, regionCacheStats, visitInSlices } from '../src/citations/pass';
import { citationRegions, MAX_REGION } from '../src/citations/regions';
import { parse, reparse } from '../src/parser/parse';
import { RegionHashes, regionHashStats, textHash } from '../src/citations/regionHashes';
import type { Span } from '../src/parser/model';
import { fixture, listFixtures, shape } from './support/fixtures';

describe('citation regions of a volume', () => {
  let knowledge: CitationKnowledge;
  // A volume as drafters hold one: resolutions one after the other (~400 KB); the parser outlines
  // the first, so the rest falls into a few very long regions.
  const texts = [
    ...listFixtures('corpus/bulk/cr-unsc').filter((_, i) => i % 4 === 0).map((f) => fixture(`corpus/bulk/cr-unsc/${f}`)),
    ...listFixtures('corpus/texts').map((f) => fixture(`corpus/texts/${f}`)),
  ];
  const volume = texts.join('\n\n');

  before(() => {
    const { error } = loadBundledCatalogue();
    assert.ok(!error, `the bundled catalogue must be built (npm run build): ${error}`);
    knowledge = new CatalogueStore().knowledge();
  });

  /** The knowledge with every look into the catalogue counted: a region recalled from the cache makes none. */
  function countingLooks(): { counter: { looks: number }; counting: CitationKnowledge } {
    const counter = { looks: 0 };
    const counting = new Proxy(knowledge, {
      get: (target, prop, receiver) => {
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? (...args: unknown[]) => (counter.looks++, v.apply(target, args)) : v;
      },
    });
    return { counter, counting };
  }

  for (const s of ['orig', 'flat'] as const) {
    it(`[${s}] regions tile the text, long ones cut at sentence ends, and the citations are those of uncut regions`, () => {
      const text = shape(volume, s);
      assert.ok(text.length > 300_000, `volume of ${text.length} characters`);
      const model = parse(text);
      const uncut = citationRegions(model, Infinity);
      const regions = citationRegions(model);
      const longestUncut = Math.max(...uncut.map((r) => r.end - r.start));
      assert.ok(longestUncut > 3 * MAX_REGION, `the volume has very long regions to cut: longest ${longestUncut}`);
      assert.ok(regions.length > uncut.length + 3, `${regions.length} regions, ${uncut.length} uncut`);
      let at = 0;
      for (const r of regions) {
        assert.strictEqual(r.start, at, 'regions are contiguous');
        assert.ok(r.end > r.start);
        at = r.end;
      }
      assert.strictEqual(at, text.length, 'regions cover the text');
      const cutsOnly = new Set(regions.map((r) => r.start));
      for (const r of uncut) cutsOnly.delete(r.start);
      for (const c of cutsOnly) {
        const where = `cut at ${c}: ${JSON.stringify(text.slice(c - 30, c + 30))}`;
        assert.match(text.slice(c - 7, c), /(?:[a-z]{5}|\))[.;:]$/, where);
        assert.match(text.slice(c, c + 40), /^\s*[A-Z“"]/, where);
      }
      const longest = Math.max(...regions.map((r) => r.end - r.start));
      assert.ok(longest <= 2 * MAX_REGION, `longest region ${longest} characters`);

      const found = recogniseCitations(model, knowledge).map((c) => JSON.stringify(c));
      const want = recogniseCitations(model, knowledge, Infinity).map((c) => JSON.stringify(c));
      assert.ok(want.length > 1_000, `${want.length} citations`);
      assert.deepStrictEqual(found, want);
    });
  }

  it('long regions are cut where the expression begun with the letters cut them (the volume and every text, 3 shapes, 4 region sizes)', () => {
    // The expression as it was: tried at every small letter, so a word cut by the search's start
    // counts only from there.
    const SENTENCE_END_BEFORE = /(?:[a-z]{5}|\))[.;:](?=[ \t]*(?:\r?\n[ \t]*)*[A-Z“"])/g;
    const cutBefore = (text: string, r: Span, max: number): Span[] => {
      if (r.end - r.start <= max) return [r];
      const out: Span[] = [];
      let at = r.start;
      while (r.end - at > max) {
        SENTENCE_END_BEFORE.lastIndex = at + (max >> 1);
        const m = SENTENCE_END_BEFORE.exec(text);
        if (!m || m.index >= r.end - (max >> 2)) break;
        out.push({ start: at, end: m.index + m[0].length });
        at = m.index + m[0].length;
      }
      out.push({ start: at, end: r.end });
      return out;
    };
    let cuts = 0;
    for (const base of [volume, ...listFixtures('corpus/texts').map((f) => fixture(`corpus/texts/${f}`))]) {
      for (const s of ['orig', 'flat', 'crlf'] as const) {
        const model = parse(shape(base, s));
        const uncut = citationRegions(model, Infinity);
        for (const max of [997, 2_500, 5_003, MAX_REGION]) {
          const want = uncut.flatMap((r) => cutBefore(model.text, r, max));
          assert.deepStrictEqual(citationRegions(model, max), want, `[${s}] regions of at most ${max}`);
          cuts += want.length - uncut.length;
        }
      }
    }
    assert.ok(cuts > 300, `${cuts} cuts compared`);
  });

  it('read in slices as far as a region (a hover deep into the volume): that far and no further, stopped when stale, then the rest', async () => {
    const model = parse(volume);
    const pass = new CitationPass(model, knowledge);
    const target = Math.floor(pass.regions.length / 2);
    assert.ok(target > 10, `${pass.regions.length} regions`);
    assert.strictEqual(await reachInSlices(pass, target, () => true, 0), false, 'stale after the first slice');
    assert.strictEqual(pass.done, 1, 'a slice of 0 ms still reads one region');
    assert.strictEqual(await reachInSlices(pass, target, () => false), true);
    assert.strictEqual(pass.done, target + 1, 'regions up to and including the target, none after');
    assert.strictEqual(await reachInSlices(pass, target, () => true), true, 'already there: nothing to stop');
    assert.strictEqual(await completeInSlices(pass, () => false), true);
    const all = pass.all();
    assert.strictEqual(pass.done, pass.regions.length);
    assert.deepStrictEqual(all.map((c) => JSON.stringify(c)), recogniseCitations(model, knowledge).map((c) => JSON.stringify(c)), 'the same citations as one pass');
  });

  it('the region cache holds at most twice the largest version read, and all of that version', async () => {
    const model = parse(volume);
    const { counter, counting } = countingLooks();
    const pass = new CitationPass(model, counting);
    assert.strictEqual(await completeInSlices(pass, () => false, 50), true);
    assert.ok(counter.looks > 0, 'read afresh, regions look into the catalogue');
    const after = regionCacheStats();
    assert.ok(after.limit >= MIN_CACHED_CHARS && after.limit >= 2 * pass.keptChars, `limit ${after.limit}, the volume keeps ${pass.keptChars}`);
    assert.ok(after.chars <= after.limit, `${after.chars} characters cached`);
    // Many small versions after it (a drafter typing): the bound holds, and the volume's next
    // version still finds every region it kept (read again, the same JSON, none recognised anew).
    for (let i = 0; i < 300; i++) {
      const t = `The Security Council,\n\nRecalling its resolution ${1000 + i} (2000),\n\n1. Decides to remain seized of the matter ${i}.\n`;
      new CitationPass(parse(t), counting).all();
      assert.ok(regionCacheStats().chars <= regionCacheStats().limit);
    }
    assert.strictEqual(regionCacheStats().limit, after.limit, 'small versions do not move the bound');
    const again = new CitationPass(model, counting);
    counter.looks = 0;
    assert.strictEqual(await completeInSlices(again, () => false, 50), true);
    assert.strictEqual(counter.looks, 0, 'every region recalled from the cache');
    assert.strictEqual(again.keptChars, pass.keptChars);
  });

  it('one text in two places that resolves differently in each ("paragraph 4 above" in two annexes): the next version recalls both', () => {
    const annex = (n: string) =>
      `ANNEX ${n}\n\nArrangements\n\n1. The Committee shall meet monthly.\n\n2. The Committee shall adopt its rules.\n\n` +
      `3. The Secretariat shall support the Committee.\n\n4. The Panel of Experts shall report every six months.\n\n` +
      `5. The measures in paragraph 4 above apply as set out in resolution 1325 (2000).\n\n`;
    const text = `The Security Council,\n\nRecalling its resolution 1244 (1999),\n\n1. Adopts the arrangements annexed to this resolution;\n\n2. Decides to remain seized of the matter.\n\n${annex('I')}${annex('II')}`;
    const { counter, counting } = countingLooks();
    const first = new CitationPass(parse(text), counting).all();
    const targets = first.filter((c) => c.kind === 'internal-paragraph').map((c) => c.canonical);
    assert.deepStrictEqual(targets, ['ANNEX1:4', 'ANNEX2:4'], 'the same words, a different paragraph in each annex');
    // The next version of the same text (as after an edit undone): each annex's paragraph 5 finds
    // its own result. With one result per text, each copy replaced the other's and both were read
    // again at every version.
    for (let version = 2; version <= 3; version++) {
      counter.looks = 0;
      const again = new CitationPass(parse(text), counting).all();
      assert.strictEqual(counter.looks, 0, `version ${version}: every region recalled from the cache`);
      assert.deepStrictEqual(again.map((c) => JSON.stringify(c)), first.map((c) => JSON.stringify(c)));
    }
  });

  it("a new version hashes only the regions its edit touched; the others' hashes are carried over, equal to their text's", () => {
    type Keyed = { regions: Span[]; keyOf(i: number, region: Span): string };
    const hashIn = (key: string) => key.split('\u0002')[2];
    let model = parse(volume);
    new CitationPass(model, knowledge).readTo(Number.MAX_SAFE_INTEGER);
    let text = volume;
    // An insertion, a deletion and a replacement of another length, one after the other, each in
    // a different place: regions after each edit stand shifted by its length.
    const edits = [[volume.length >> 1, 0, 'new words, '], [volume.length >> 2, 7, ''], [(3 * volume.length) >> 2, 3, 'much longer']] as const;
    for (const [at, removed, inserted] of edits) {
      text = text.slice(0, at) + inserted + text.slice(at + removed);
      model = reparse(model, text, { start: at, endOld: at + removed, endNew: at + inserted.length });
      const before = { ...regionHashStats };
      const pass = new CitationPass(model, knowledge) as unknown as Keyed;
      const keys = pass.regions.map((r, i) => pass.keyOf(i, r));
      const hashed = regionHashStats.hashed - before.hashed;
      const carried = regionHashStats.carried - before.carried;
      const touched = pass.regions.filter((r) => r.end > at && r.start < at + inserted.length + (removed > 0 ? 1 : 0)).length;
      assert.strictEqual(hashed + carried, pass.regions.length);
      assert.ok(hashed <= touched + 2, `${hashed} regions hashed again for an edit touching ${touched} (of ${pass.regions.length})`);
      assert.ok(carried >= pass.regions.length - touched - 2, `${carried} carried`);
      keys.forEach((k, i) => assert.strictEqual(hashIn(k), textHash(text, pass.regions[i].start, pass.regions[i].end), `region ${i}`));
    }
    assert.deepStrictEqual(new CitationPass(model, knowledge).all().map((c) => JSON.stringify(c)), recogniseCitations(model, knowledge).map((c) => JSON.stringify(c)));
  });

  it('a pass several edits after the last pass (the versions between outlined, not read for citations) carries its hashes from it', () => {
    let model = parse(volume);
    new CitationPass(model, knowledge).readTo(Number.MAX_SAFE_INTEGER);
    let text = volume;
    // Five keystrokes, each its own version, as typing gives the outline.
    for (let k = 0; k < 5; k++) {
      const at = (volume.length >> 1) + 7 * k;
      text = text.slice(0, at) + 'x' + text.slice(at);
      model = reparse(model, text, { start: at, endOld: at, endNew: at + 1 });
    }
    const before = { ...regionHashStats };
    const pass = new CitationPass(model, knowledge);
    pass.readTo(Number.MAX_SAFE_INTEGER);
    const carried = regionHashStats.carried - before.carried;
    assert.ok(carried >= pass.regions.length - 3, `${carried} of ${pass.regions.length} region hashes carried over five versions`);
    assert.deepStrictEqual(pass.all().map((c) => JSON.stringify(c)), recogniseCitations(model, knowledge).map((c) => JSON.stringify(c)));
  });

  it('a region after the edit that is not where one stood before (cut elsewhere) is hashed, not carried', () => {
    const text = volume.slice(0, 40_000);
    const model = parse(text);
    const before = new RegionHashes(model, 4);
    for (const [i, [s, e]] of [[0, 10_000], [10_000, 20_000], [20_000, 30_000], [30_000, 40_000]].entries()) before.hash(i, text, s, e);
    const edited = text.slice(0, 5_000) + 'inserted ' + text.slice(5_000);
    const next = new RegionHashes(reparse(model, edited, { start: 5_000, endOld: 5_000, endNew: 5_009 }), 4);
    const stats = { ...regionHashStats };
    // Before the edit as it was; after it, one shifted as it was and two cut elsewhere.
    const regions = [[0, 4_000], [4_000, 20_009], [20_009, 30_009], [30_009, 35_009], [35_009, 40_009]];
    for (const [i, [s, e]] of regions.entries()) assert.strictEqual(next.hash(i, edited, s, e), textHash(edited, s, e), `region ${s}-${e}`);
    assert.strictEqual(regionHashStats.carried - stats.carried, 1, 'only the region shifted as it was');
    assert.strictEqual(regionHashStats.hashed - stats.hashed, 4);
  });

  it('a status-of-forces agreement naming no mission follows the mission the document names most often, from version to version', () => {
    const head =
      'The Security Council,\n\nRecalling the establishment of the United Nations Mission in the Sudan (UNMIS) and of the ' +
      'United Nations Mission in the Republic of South Sudan (UNMISS),\n\n';
    const sofa = '1. Calls upon the parties to respect the Status of Forces Agreement in full;\n\n';
    const mentions = (m: string, n: number) => Array.from({ length: n }, (_, i) => `${i + 2}. Requests ${m} to report on its work;\n\n`).join('');
    const canonicalOf = (text: string) => new CitationPass(parse(text), knowledge).all().find((c) => c.canonical.startsWith('Status-of-forces'))?.canonical;
    const first = canonicalOf(head + sofa + mentions('UNMIS', 3));
    assert.match(first ?? '', /concerning UNMIS$/);
    // The next version names the other mission more often, in paragraphs after the agreement's:
    // the agreement's own region is the same text, and its result must not be reused as it was.
    const second = canonicalOf(head + sofa + mentions('UNMISS', 5));
    assert.match(second ?? '', /concerning UNMISS$/);
    assert.strictEqual(canonicalOf(head + sofa + mentions('UNMIS', 3)), first, 'and back');
  });

  it("each region's key names the furniture inside it, found in one walk over the furniture", () => {
    const model = parse(volume);
    assert.ok(model.furniture.length > 100, `${model.furniture.length} pieces of furniture`);
    // keyOf is private: read here as the pass reads it, region after region.
    const pass = new CitationPass(model, knowledge) as unknown as { regions: Span[]; keyOf(i: number, region: Span): string };
    let withFurniture = 0;
    for (const [i, r] of pass.regions.entries()) {
      const inKey = pass.keyOf(i, r).split('\u0002')[1].split(',').filter((p) => p !== '' && !p.startsWith('m'));
      const inside = model.furniture.filter((f) => f.span.end > r.start && f.span.start < r.end).map((f) => `${f.kind}${f.span.start - r.start}-${f.span.end - r.start}`);
      assert.deepStrictEqual(inKey, inside, `region ${r.start}-${r.end}`);
      if (inside.length) withFurniture++;
    }
    assert.ok(withFurniture > 20, `${withFurniture} regions hold furniture`);
  });

  it('visited in slices (diagnostics, links of a large document): every citation in order, or stopped when stale', async () => {
    const model = parse(volume);
    const want = recogniseCitations(model, knowledge).map((c) => JSON.stringify(c));
    const seen: string[] = [];
    // Slices of 0 ms read one region each; stale at the third look, after three regions.
    let looks = 0;
    assert.strictEqual(await visitInSlices(new CitationPass(model, knowledge), (c) => seen.push(JSON.stringify(c)), () => ++looks === 3, 0), false, 'stopped when stale');
    const pass = new CitationPass(model, knowledge);
    const three = [0, 1, 2].reduce((n, i) => n + pass.upTo(i).length, 0);
    assert.ok(three > 0, 'the first three regions hold citations');
    assert.deepStrictEqual(seen, want.slice(0, three), 'the citations of the regions read, none after');
    seen.length = 0;
    assert.strictEqual(await visitInSlices(new CitationPass(model, knowledge), (c) => seen.push(JSON.stringify(c)), () => false, 0), true);
    assert.deepStrictEqual(seen, want);
    // Two walks of one pass at once (the diagnostics' and a hover's): the first reads several regions
    // a slice, so the second finds them read before it gets there.
    seen.length = 0;
    const shared = new CitationPass(model, knowledge);
    const [visited, reached] = await Promise.all([visitInSlices(shared, (c) => seen.push(JSON.stringify(c)), () => false, 2), reachInSlices(shared, shared.regions.length - 1, () => false, 0)]);
    assert.deepStrictEqual([visited, reached, shared.done], [true, true, shared.regions.length]);
    assert.deepStrictEqual(seen, want);
  });
});
