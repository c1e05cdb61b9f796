// Links walk each region's link digest (citations/pass.ts, CitationDigest): kept with the region's
// result, so a region the next version reuses is not parsed again for them. The links are those
// of a walk over every citation, at every version, wherever an edit moved them.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadBundledCatalogue } from '../src/catalogue/bundled';
import { pickStats } from '../src/citations/pass';
import { createResolutionService } from '../src/service';
import { DEFAULT_DIAGNOSTIC_SETTINGS } from '../src/service/languageFeatures/diagnostics';
import { parse } from '../src/parser/parse';
import { fixture, listFixtures, shape } from './support/fixtures';

describe('document links over the versions of a document', () => {
  before(() => {
    const { error } = loadBundledCatalogue();
    assert.ok(!error, `the bundled catalogue must be built (npm run build): ${error}`);
  });

  // A citation printed across a real page break (job number, date code, barcode, running symbol):
  // a link in two pieces, to one target.
  const broken = (() => {
    const t = fixture('corpus/pdftotext/texts/S_2017_77-EN.txt');
    const page = parse(t).furniture.filter((f) => f.kind !== 'footnote' && f.kind !== 'footnote-separator');
    let end = page[0].span.end;
    for (const f of page.slice(1)) if (f.span.start - end < 40) end = f.span.end;
    return `${t.slice(0, page[0].span.start)} as stated in resolution 2331 ${t.slice(page[0].span.start, end)} (2016), ${t.slice(end)}`;
  })();
  // Real resolutions as PDF text, then a few clean ones: a small volume.
  const volume = [
    broken,
    ...listFixtures('corpus/pdftotext/texts').map((f) => fixture(`corpus/pdftotext/texts/${f}`)),
    ...listFixtures('corpus/texts').slice(0, 6).map((f) => fixture(`corpus/texts/${f}`)),
  ].join('\n\n');

  for (const s of ['orig', 'flat'] as const) {
    it(`${s === 'orig' ? 'as extracted' : 'flattened'}: at each version, the links of a walk over every citation; reused regions are not parsed again`, async () => {
      const service = createResolutionService();
      const uri = `file:///links-${s}.unres`;
      let doc = TextDocument.create(uri, 'un-resolution', 1, shape(volume, s));
      const check = async () => {
        const sliced = await service.documentLinksInSlices(doc, () => false);
        assert.deepStrictEqual(sliced, service.documentLinks(doc), `version ${doc.version}`);
        return sliced!;
      };
      pickStats.parsed = 0;
      const first = await check();
      assert.ok(first.length > 300, `${first.length} links`);
      // The citation across the page break: a link on each piece, to the same target.
      const split = first.filter((l) => l.target === 'https://undocs.org/S/RES/2331(2016)').slice(0, 2);
      assert.deepStrictEqual(split.map((l) => doc.getText().slice(doc.offsetAt(l.range.start), doc.offsetAt(l.range.end))), ['resolution 2331', '(2016)']);
      assert.ok(doc.offsetAt(split[1].range.start) - doc.offsetAt(split[0].range.end) > 30, 'the page furniture stands between the pieces');
      const regions = pickStats.parsed;

      // Text typed near the top: every link after it moves.
      const edit = async (at: number, deleted: number, text: string) => {
        const old = doc.getText();
        doc = TextDocument.create(uri, 'un-resolution', doc.version + 1, old.slice(0, at) + text + old.slice(at + deleted));
        pickStats.parsed = 0;
        return check();
      };
      const head = doc.getText().indexOf(' ', 300);
      const lastAt = doc.offsetAt(first[first.length - 1].range.start);
      const moved = await edit(head, 0, ' (as amended)');
      assert.strictEqual(moved.length, first.length);
      assert.deepStrictEqual(moved[moved.length - 1].range.start, doc.positionAt(lastAt + ' (as amended)'.length), 'the last link moved with its citation');
      assert.ok(regions > 50 && pickStats.parsed <= 2, `${pickStats.parsed} of the regions parsed again for the links (the first version: ${regions})`);

      // A citation typed in the middle: one link more, to its target.
      const middle = doc.getText().indexOf(' ', doc.getText().length >> 1);
      const added = await edit(middle, 0, ' recalling resolution 2331 (2016),');
      assert.strictEqual(added.length, first.length + 1);
      const typed = added.filter((l) => doc.offsetAt(l.range.start) > middle && doc.offsetAt(l.range.end) <= middle + 40);
      assert.deepStrictEqual(typed.map((l) => [doc.getText().slice(doc.offsetAt(l.range.start), doc.offsetAt(l.range.end)), l.target]), [['resolution 2331 (2016)', 'https://undocs.org/S/RES/2331(2016)']]);
      assert.ok(pickStats.parsed <= 3, `${pickStats.parsed} regions parsed again after a citation was typed`);

      // The same citation deleted again: the links of the version before.
      const back = await edit(middle, ' recalling resolution 2331 (2016),'.length, '');
      assert.deepStrictEqual(back, moved);

      // Diagnostics in between walk their own digest: neither evicts the other's.
      await service.citationDiagnosticsInSlices(doc, DEFAULT_DIAGNOSTIC_SETTINGS, () => false);
      pickStats.parsed = 0;
      assert.deepStrictEqual(await service.documentLinksInSlices(doc, () => false), back);
      assert.strictEqual(pickStats.parsed, 0, 'the same version walked again parses nothing');
    });
  }
});
