// Diagnostics walk only the citations they may warn of, and a region the next version reuses is
// not parsed again for them (citations/pass.ts, CitationPick): the warnings are those of a walk
// over every citation, at every version, wherever an edit moved them.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadBundledCatalogue } from '../src/catalogue/bundled';
import { pickStats } from '../src/citations/pass';
import { createResolutionService } from '../src/service';
import { CitationDiagnosticSettings, DEFAULT_DIAGNOSTIC_SETTINGS } from '../src/service/languageFeatures/diagnostics';
import { fixture } from './support/fixtures';

describe('citation diagnostics over the versions of a document', () => {
  before(() => {
    const { error } = loadBundledCatalogue();
    assert.ok(!error, `the bundled catalogue must be built (npm run build): ${error}`);
  });

  // A real resolution with a year the catalogue contradicts and a reference to a paragraph it lacks.
  const base = fixture('corpus/texts/S-RES-1590-2005.txt');
  const wrongYear = 'resolution 2331 (2015)';
  const missing = 'paragraph 97 above';
  const text = base.replace('towards this end;', `towards this end, as set out in ${wrongYear} and ${missing};`);

  it('at each version: the warnings of a walk over every citation, moved with the text; reused regions are not parsed again', async () => {
    assert.ok(text.includes(wrongYear) && text.includes(missing), 'the text holds both faults');
    const service = createResolutionService();
    const uri = 'file:///diagnostics.unres';
    const check = async (doc: TextDocument, settings: CitationDiagnosticSettings) => {
      const sliced = await service.citationDiagnosticsInSlices(doc, settings, () => false);
      assert.deepStrictEqual(sliced, service.citationDiagnostics(doc, settings), `version ${doc.version}`);
      return sliced!;
    };
    let doc = TextDocument.create(uri, 'un-resolution', 1, text);
    const first = await check(doc, DEFAULT_DIAGNOSTIC_SETTINGS);
    const at = (d: TextDocument, s: string) => d.positionAt(d.getText().indexOf(s) + s.indexOf('2015'));
    assert.deepStrictEqual(first.map((d) => d.code).sort(), ['citation-year', 'internal-reference']);
    assert.deepStrictEqual(first.find((d) => d.code === 'citation-year')!.range.start, at(doc, wrongYear));
    const regions = pickStats.parsed;
    // Text typed near the top, before both faults: everything after it moves.
    const head = doc.getText().indexOf('\n', 200);
    const inserted = doc.getText().slice(0, head) + ' (as amended)' + doc.getText().slice(head);
    doc = TextDocument.create(uri, 'un-resolution', 2, inserted);
    pickStats.parsed = 0;
    const second = await check(doc, DEFAULT_DIAGNOSTIC_SETTINGS);
    assert.deepStrictEqual(second.find((d) => d.code === 'citation-year')!.range.start, at(doc, wrongYear), 'the warning moved with its citation');
    assert.strictEqual(second.length, first.length);
    assert.ok(regions > 10 && pickStats.parsed <= 2, `${pickStats.parsed} of the regions parsed again for the walk (the first version: ${regions})`);
    // Another question (year warnings off): another pick, its own regions.
    const internalOnly = await check(doc, { citationYear: false, internalReferences: true });
    assert.deepStrictEqual(internalOnly.map((d) => d.code), ['internal-reference']);
    assert.deepStrictEqual((await check(doc, DEFAULT_DIAGNOSTIC_SETTINGS)).map((d) => d.code).sort(), ['citation-year', 'internal-reference']);
  });
});
