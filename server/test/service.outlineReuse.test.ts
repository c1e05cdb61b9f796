// After an edit the outline keeps the symbols (and their JSON) of the paragraphs the edit left
// alone. Whatever the edit, the answer must be exactly the outline made afresh for the new text,
// and its JSON exactly what JSON.stringify makes of that outline, non-ASCII escaped (asciiJson).
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { parse } from '../src/parser/parse';
import { createResolutionService } from '../src/service';
import { asciiJson } from '../src/service/asciiJson';
import { MAX_HEADS, outlineJsonParts, provideDocumentSymbols } from '../src/service/languageFeatures/documentSymbols';
import { fixture, listFixtures, shape } from './support/fixtures';

const FILES = ['corpus/texts/A-RES-80-5.txt', 'corpus/texts/S-RES-1706-2006.txt', 'corpus/pdftotext/texts/S_2018_693-EN.txt', 'corpus/unlabeled/A-RES-73-3.pdftext.txt'];
const INSERTS = ['x', ' ', ';', '\n', '\r\n', '\r', '(a) ', '3. ', 'Recalling ', 'Decides ', '17-20704 (E)', 'Annex ', '\n\n', '“'];

/** The top-level paragraph symbols of an outline (children of the parts, annexes and headings). */
function paragraphSymbols(outline: DocumentSymbol[]): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const walk = (list: DocumentSymbol[]) => {
    for (const s of list) {
      if (s.kind === 3 || s.kind === 2) walk(s.children ?? []);
      else out.push(s);
    }
  };
  for (const part of outline) if (part.name !== 'Masthead') walk(part.children ?? []);
  return out;
}

/** The JSON the stdio writer sends for `value`, as made afresh. */
const wire = (value: unknown): string => asciiJson(JSON.stringify(value));

/** Edits a document as the server's store does (one incremental change) and returns it. */
function edit(doc: TextDocument, at: number, remove: number, text: string): TextDocument {
  return TextDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + remove) }, text }], doc.version + 1);
}

describe('language service: the outline after an edit reuses what the edit left alone', () => {
  for (const file of FILES) {
    for (const s of ['orig', 'flat', 'crlf'] as const) {
      it(`${file} [${s}]: 80 seeded random edits, each outline and its JSON equal to those made afresh`, () => {
        let seed = file.length * 17 + s.length;
        const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
        const service = createResolutionService();
        let doc = TextDocument.create('file:///r.unres', 'un-resolution', 1, shape(fixture(file), s));
        let previous = service.documentSymbols(doc);
        let reused = 0;
        for (let i = 0; i < 80; i++) {
          const text = doc.getText();
          doc = edit(doc, rnd(text.length), rnd(4) === 0 ? rnd(30) : 0, INSERTS[rnd(INSERTS.length)]);
          const outline = service.documentSymbols(doc);
          const fresh = provideDocumentSymbols(TextDocument.create('file:///fresh.unres', 'un-resolution', 1, doc.getText()), parse(doc.getText()));
          assert.deepStrictEqual(outline, fresh, `edit ${i}`);
          assert.strictEqual(service.documentSymbolsJson(doc).join(''), wire(fresh), `edit ${i}: JSON`);
          const before = new Set(paragraphSymbols(previous));
          reused += paragraphSymbols(outline).filter((p) => before.has(p)).length;
          previous = outline;
        }
        assert.ok(reused > 80, `${reused} paragraph symbols reused over 80 edits`);
      });
    }
  }

  it('outlines asked for only at every third version (the versions between made by other requests): reused across the versions, equal to those made afresh', () => {
    for (const file of FILES) {
      let seed = file.length * 31;
      const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
      const service = createResolutionService();
      let doc = TextDocument.create('file:///r.unres', 'un-resolution', 1, fixture(file));
      let previous = service.documentSymbols(doc);
      let reused = 0;
      for (let i = 0; i < 60; i++) {
        const text = doc.getText();
        doc = edit(doc, rnd(text.length), rnd(4) === 0 ? rnd(30) : 0, INSERTS[rnd(INSERTS.length)]);
        // A model for every version (a folding request, say); the outline for every third.
        service.foldingRanges(doc);
        if (i % 3 !== 2) continue;
        const outline = service.documentSymbols(doc);
        const fresh = provideDocumentSymbols(TextDocument.create('file:///fresh.unres', 'un-resolution', 1, doc.getText()), parse(doc.getText()));
        assert.deepStrictEqual(outline, fresh, `${file}, edit ${i}`);
        assert.strictEqual(service.documentSymbolsJson(doc).join(''), wire(fresh), `${file}, edit ${i}: JSON`);
        const before = new Set(paragraphSymbols(previous));
        reused += paragraphSymbols(outline).filter((p) => before.has(p)).length;
        previous = outline;
      }
      assert.ok(reused > 20, `${file}: ${reused} paragraph symbols reused over 20 outlines three versions apart`);
    }
  });

  for (const s of ['orig', 'flat'] as const) {
    it(`a keystroke in a 300 KB volume of drafts [${s}]: the untouched paragraphs' symbols are the previous outline's`, () => {
      const names = ['S_2016_1061-EN.txt', 'S_2017_77-EN.txt', 'S_2018_221-EN.txt', 'S_2018_693-EN.txt', 'S_2019_441-EN.txt'];
      let text = '';
      for (let i = 0; text.length < 300_000; i++) text += fixture(`corpus/pdftotext/texts/${names[i % names.length]}`) + '\n\n';
      text = shape(text, s);
      const service = createResolutionService();
      let doc = TextDocument.create('file:///v.unres', 'un-resolution', 1, text);
      const first = service.documentSymbols(doc);
      const all = paragraphSymbols(first);
      // A letter typed inside a word in the middle of the first resolution's operative part.
      const op = first.find((p) => p.name === 'Operative part')!.children!;
      const target = op[op.length >> 1];
      const at = doc.offsetAt(target.range.start) + 30;
      doc = edit(doc, at, 0, 'x');
      const second = service.documentSymbols(doc);
      assert.deepStrictEqual(second, provideDocumentSymbols(TextDocument.create('file:///f.unres', 'un-resolution', 1, doc.getText()), parse(doc.getText())));
      const kept = new Set(all);
      const now = paragraphSymbols(second);
      const same = now.filter((p) => kept.has(p));
      const edited = now.find((p) => p.name === target.name && p.range.start.line === target.range.start.line)!;
      assert.ok(!kept.has(edited), 'the edited paragraph gets a new symbol');
      if (s === 'orig') assert.strictEqual(same.length, now.length - 1, `all but the edited paragraph reused: ${same.length} of ${now.length}`);
      else {
        // On one line every paragraph after the edit moves: only those before it are kept.
        const before = now.filter((p) => doc.offsetAt(p.range.end) < at);
        assert.ok(before.length > 3, `${before.length} paragraphs before the edit`);
        assert.deepStrictEqual(same, before);
      }
    });
  }

  for (const s of ['orig', 'flat'] as const) {
    it(`a letter typed in one sub-paragraph [${s}]: the paragraph's other sub-paragraphs keep their symbols`, () => {
      const service = createResolutionService();
      let doc = TextDocument.create('file:///s.unres', 'un-resolution', 1, shape(fixture('corpus/texts/S-RES-1706-2006.txt'), s));
      const first = service.documentSymbols(doc);
      const parent = paragraphSymbols(first).find((p) => (p.children?.length ?? 0) >= 3)!;
      assert.ok(parent, 'a paragraph with three sub-paragraphs or more');
      const target = parent.children![1];
      doc = edit(doc, doc.offsetAt(target.selectionRange.end) + 5, 0, 'x');
      const second = service.documentSymbols(doc);
      assert.deepStrictEqual(second, provideDocumentSymbols(TextDocument.create('file:///f.unres', 'un-resolution', 1, doc.getText()), parse(doc.getText())));
      const now = paragraphSymbols(second).find((p) => p.name === parent.name)!;
      assert.notStrictEqual(now, parent, 'the paragraph the edit is in is made again');
      assert.strictEqual(now.children![0], parent.children![0], 'the sub-paragraph before the edit is the same symbol');
      assert.notStrictEqual(now.children![1], target, 'the sub-paragraph edited is made again');
      if (s === 'orig') for (let i = 2; i < now.children!.length; i++) assert.strictEqual(now.children![i], parent.children![i], `sub-paragraph ${i} on a later line is the same symbol`);
      assert.strictEqual(service.documentSymbolsJson(doc).join(''), wire(second));
    });
  }

  it('typing on one line: each later paragraph moves along it, its symbol and JSON as made afresh at every keystroke', () => {
    // The seed as it came: S/RES/2388 (2017) flattened onto one line, with the other fixtures'
    // volume behind it so that the paragraphs after the edit outnumber the rest.
    const text = [fixture('corpus/seed/S-RES-2388-2017.flat.txt'), fixture('corpus/texts/S-RES-1706-2006.txt'), fixture('corpus/texts/A-RES-80-5.txt')]
      .map((t) => shape(t, 'flat'))
      .join(' ');
    const service = createResolutionService();
    let doc = TextDocument.create('file:///line.unres', 'un-resolution', 1, text);
    service.documentSymbolsJson(doc);
    // Inside the fifth paragraph, at a word's start.
    const fifth = paragraphSymbols(service.documentSymbols(doc))[4];
    const at = text.indexOf(' ', doc.offsetAt(fifth.selectionRange.end)) + 1;
    const typed = 'Recalling also its resolution 2331 (2016), ';
    for (let i = 0; i < typed.length; i++) {
      doc = edit(doc, at + i, 0, typed[i]);
      const fresh = provideDocumentSymbols(TextDocument.create('file:///fresh.unres', 'un-resolution', 1, doc.getText()), parse(doc.getText()));
      assert.deepStrictEqual(service.documentSymbols(doc), fresh, `keystroke ${i}`);
      assert.strictEqual(service.documentSymbolsJson(doc).join(''), wire(fresh), `keystroke ${i}: JSON`);
      const after = paragraphSymbols(service.documentSymbols(doc)).filter((p) => doc.offsetAt(p.range.start) > at + i + 1);
      assert.ok(after.length > 30, `${after.length} paragraphs after the edit`);
    }
  });

  it('a line break typed moves every later paragraph down: those are made again, those before reused', () => {
    const service = createResolutionService();
    let doc = TextDocument.create('file:///n.unres', 'un-resolution', 1, fixture('corpus/texts/S-RES-1706-2006.txt'));
    const first = service.documentSymbols(doc);
    const op = first.find((p) => p.name === 'Operative part')!.children!;
    const at = doc.offsetAt(op[5].range.start) + 10;
    doc = edit(doc, at, 0, '\n');
    const second = service.documentSymbols(doc);
    const kept = new Set(paragraphSymbols(first));
    const now = paragraphSymbols(second);
    const later = now.filter((p) => doc.offsetAt(p.range.start) > at);
    assert.ok(later.length > 5 && later.every((p) => !kept.has(p)), 'every paragraph after the new line is made again');
    assert.ok(now.filter((p) => doc.offsetAt(p.range.end) < at).every((p) => kept.has(p)), 'every paragraph before it is reused');
    assert.strictEqual(later[0].range.start.line, op[6].range.start.line + 1);
  });

  it('the JSON of every fixture\'s outline, made afresh, is what JSON.stringify makes of it (escaped)', () => {
    const files = ['corpus/texts', 'corpus/unlabeled', 'corpus/pdftotext/texts', 'corpus/bulk/cr-unsc'].flatMap((dir) => listFixtures(dir).map((f) => `${dir}/${f}`));
    assert.ok(files.length > 450, `${files.length} fixtures`);
    let symbols = 0;
    for (const file of files) {
      for (const s of ['orig', 'flat'] as const) {
        const text = shape(fixture(file), s);
        const outline = provideDocumentSymbols(TextDocument.create('file:///f.unres', 'un-resolution', 1, text), parse(text));
        // Twice: the second time the heads are those the first made (see headOf).
        for (let round = 0; round < 2; round++) assert.strictEqual(outlineJsonParts(outline).join(''), wire(outline), `${file} [${s}] round ${round}`);
        symbols += JSON.stringify(outline).split('"range"').length - 1;
      }
    }
    assert.ok(symbols > 15_000, `${symbols} symbols`);
  });

  it('symbols with more names and details than the JSON heads kept: the heads are emptied and made again, the JSON unchanged', () => {
    // More distinct (kind, name, detail) than MAX_HEADS, with and without a detail, non-ASCII in some.
    const symbol = (i: number): DocumentSymbol => ({
      name: i % 3 === 0 ? `PP${i}` : `« ${i} » ‘x’`,
      detail: i % 5 === 0 ? undefined : `Recalling ${i}`,
      kind: (8 + (i % 3)) as DocumentSymbol['kind'],
      range: { start: { line: i, character: 0 }, end: { line: i, character: 10 + i } },
      selectionRange: { start: { line: i, character: 0 }, end: { line: i, character: 3 } },
      children: i % 7 === 0 ? [] : i % 11 === 0 ? undefined : [{ name: `(a) ${i}`, detail: 'To', kind: 22, range: { start: { line: i, character: 1 }, end: { line: i, character: 2 } }, selectionRange: { start: { line: i, character: 1 }, end: { line: i, character: 2 } }, children: [] }],
    });
    const list = Array.from({ length: MAX_HEADS + 3000 }, (_, i) => symbol(i));
    assert.strictEqual(outlineJsonParts(list).join(''), wire(list));
    assert.strictEqual(outlineJsonParts(list.slice(0, 100)).join(''), wire(list.slice(0, 100)));
  });
});
