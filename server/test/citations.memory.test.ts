// What a version's citations keep alive: each region's result as the JSON text the region cache
// holds, not as objects. Diagnostics and links walk them region by region; a hover makes only its
// own region's citations again. Measured as heap kept after a full collection (V8's gc(), reached
// the way the server reaches it), before and after the same citations are made all at once.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadBundledCatalogue } from '../src/catalogue/bundled';
import { createResolutionService } from '../src/service';
import { DEFAULT_DIAGNOSTIC_SETTINGS } from '../src/service/languageFeatures/diagnostics';
import { exposedGc } from '../src/memory';
import { CitationPass, MIN_CACHED_CHARS, regionCacheStats } from '../src/citations/pass';
import { CatalogueStore } from '../src/catalogue/store';
import { regionHashStats } from '../src/citations/regionHashes';
import { parse, reparse } from '../src/parser/parse';
import { fixture, listFixtures, shape } from './support/fixtures';

describe('memory kept by a version\'s citations', () => {
  // A volume of real resolutions, flattened (~2.6 MB): thousands of citations.
  const volume = shape(
    [...listFixtures('corpus/bulk/cr-unsc').map((f) => fixture(`corpus/bulk/cr-unsc/${f}`)), ...listFixtures('corpus/texts').map((f) => fixture(`corpus/texts/${f}`))].join('\n\n'),
    'flat',
  );
  const gc = exposedGc();

  before(() => {
    const { error } = loadBundledCatalogue();
    assert.ok(!error, `the bundled catalogue must be built (npm run build): ${error}`);
    assert.ok(gc, 'V8\'s gc() is reachable');
  });

  const kept = (before: number) => {
    gc!();
    return process.memoryUsage().heapUsed - before;
  };

  it('after diagnostics, links and a hover on every link, the citations are not kept as objects; the answers are those of the objects', async () => {
    const service = createResolutionService();
    // What every document shares (the catalogue's indexes, compiled matchers) made first, on the
    // same resolutions in another shape (other regions, so no cached results to reuse).
    const other = TextDocument.create('file:///other.unres', 'un-resolution', 1, volume.replace(/ /g, '\n'));
    assert.strictEqual(await service.prepareCitations(other, () => false), true);
    service.forget(other.uri);
    const doc = TextDocument.create('file:///volume.unres', 'un-resolution', 1, volume);
    service.documentSymbols(doc);
    gc!();
    const base = process.memoryUsage().heapUsed;

    assert.strictEqual(await service.prepareCitations(doc, () => false), true);
    const diagnostics = service.citationDiagnostics(doc);
    const links = service.documentLinks(doc);
    assert.deepStrictEqual(await service.citationDiagnosticsInSlices(doc, DEFAULT_DIAGNOSTIC_SETTINGS, () => false), diagnostics, 'diagnostics read in slices');
    assert.deepStrictEqual(await service.documentLinksInSlices(doc, () => false), links, 'links read in slices');
    // Inside every link (a link's last character is the one before its end). One citation here is
    // in a footnote block that runs on into the next region: it is read with the footnote's own.
    const offsets = links.map((l) => (doc.offsetAt(l.range.start) + doc.offsetAt(l.range.end) - 1) >> 1);
    const hovers = offsets.map((o) => service.hover(doc, doc.positionAt(o)));
    assert.ok(offsets.length > 2_000 && hovers.every((h) => h !== null), `${hovers.filter((h) => h !== null).length} of ${offsets.length} hovers on links answered`);
    const pass = kept(base);

    const all = service.citations(doc);
    assert.ok(all.length > 3_000, `${all.length} citations`);
    // Made all at once, as objects, they take room the pass had not kept: ~185 bytes a citation
    // here. Kept by the pass, they would cost only the array that lists them (4-8 bytes each).
    const objects = kept(base) - pass;
    assert.ok(objects > 100 * all.length, `the ${all.length} citations as objects: ${objects} bytes more than the pass kept (${pass})`);

    // The same answers as from the objects.
    assert.deepStrictEqual(service.citationDiagnostics(doc), diagnostics);
    assert.deepStrictEqual(service.documentLinks(doc), links);
    assert.deepStrictEqual(offsets.map((o) => service.hover(doc, doc.positionAt(o))), hovers);
    assert.strictEqual(links.length, all.filter((c) => c.symbol ?? c.target?.symbol).reduce((n, c) => n + (c.parts?.length ?? 1), 0));
  });

  it('closing a document lets its citation results go, down to what the documents still open need', async () => {
    const service = createResolutionService();
    const big = TextDocument.create('file:///big.unres', 'un-resolution', 1, volume);
    // The same resolutions in another shape: other regions, other results.
    const other = TextDocument.create('file:///other-big.unres', 'un-resolution', 1, volume.replace(/ /g, '\n'));
    assert.strictEqual(await service.prepareCitations(big, () => false), true);
    // A small document closed: the bound is set from what the one still open, the volume, needs.
    service.forget('file:///small.unres');
    assert.strictEqual(regionCacheStats().limit, 2 * volume.length, 'room for twice the open volume');
    assert.strictEqual(await service.prepareCitations(other, () => false), true);
    const both = regionCacheStats();
    assert.ok(both.chars > MIN_CACHED_CHARS, `both volumes' results kept: ${both.chars} characters`);
    service.forget(other.uri);
    assert.strictEqual(regionCacheStats().limit, 2 * volume.length, 'the volume still open keeps its room');
    service.forget(big.uri);
    const closed = regionCacheStats();
    assert.strictEqual(closed.limit, MIN_CACHED_CHARS, 'no document open: the smallest bound');
    assert.ok(closed.chars <= MIN_CACHED_CHARS, `${closed.chars} characters kept (${both.chars} before)`);
  });

  it("a version's pass keeps nothing of the version before it (its region hashes are carried, its model let go)", async () => {
    const knowledge = new CatalogueStore().knowledge();
    // In a function of its own: its frame's temporaries would hold the first version otherwise.
    const versions = () => {
      const model = parse(volume.replace('Recalling', 'Recalled'));
      new CitationPass(model, knowledge).readTo(Number.MAX_SAFE_INTEGER);
      const at = model.text.indexOf('Recalled');
      const text = model.text.slice(0, at) + 'Recalling' + model.text.slice(at + 8);
      const next = reparse(model, text, { start: at, endOld: at + 8, endNew: at + 9 });
      const carried = regionHashStats.carried;
      const pass = new CitationPass(next, knowledge);
      pass.readTo(Number.MAX_SAFE_INTEGER);
      assert.ok(regionHashStats.carried - carried > 100, 'the second version took its region hashes from the first');
      return { first: new WeakRef(model), next, pass };
    };
    const { first, next, pass } = versions();
    // A WeakRef's target stays alive until the current job ends.
    await new Promise((r) => setImmediate(r));
    gc!();
    assert.ok(pass.done > 100 && next.operative.length > 0, `${pass.done} regions read`);
    assert.strictEqual(first.deref(), undefined, 'the first version\'s model was collected while the second\'s pass is alive');
  });
  it('an editing session does not chain its versions: the tables carried from version to version let the older ones go', async () => {
    const knowledge = new CatalogueStore().knowledge();
    const text0 = volume.slice(0, 200_000);
    type Tables = { hashes: object; words: object };
    // Six versions, each made from the one before by an edit and read by a pass, as hovers after
    // each edit read them; the first version's tables, looked at through weak references.
    const session = () => {
      let model = parse(text0);
      const pass0 = new CitationPass(model, knowledge);
      pass0.readTo(Number.MAX_SAFE_INTEGER);
      const first = { hashes: new WeakRef((pass0 as unknown as Tables).hashes), words: new WeakRef((pass0 as unknown as Tables).words) };
      let last = pass0;
      for (let v = 1; v <= 6; v++) {
        const at = model.text.indexOf(' the ', 1_000 * v) + 1;
        const text = model.text.slice(0, at) + 'The' + model.text.slice(at + 3);
        model = reparse(model, text, { start: at, endOld: at + 3, endNew: at + 3 });
        last = new CitationPass(model, knowledge);
        last.readTo(Number.MAX_SAFE_INTEGER);
      }
      return { first, last };
    };
    const { first, last } = session();
    await new Promise((r) => setImmediate(r));
    gc!();
    assert.ok(last.done > 10, `${last.done} regions read by the last version's pass`);
    assert.strictEqual(first.hashes.deref(), undefined, "the first version's region hashes were collected");
    assert.strictEqual(first.words.deref(), undefined, "the first version's word counts were collected");
  });
});
