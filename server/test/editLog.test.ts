// The edit log (server/src/editLog.ts): from an editor's incremental changes it tells where the
// text differs from an earlier version, and the incremental parser, told so, gives the model a
// fresh parse gives. Random changes (several per version, reversed ranges, positions past a line
// end, CRLF and non-ASCII text) over several versions, asked about from any earlier version.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditLog, lineStarts } from '../src/editLog';
import { parse, reparse, reparseStats } from '../src/parser/parse';
import { fixture, listFixtures, shape } from './support/fixtures';

const comparable = (text: string) => JSON.stringify({ ...parse(text), text: undefined });

interface Change {
  at: number;
  del: number;
  text: string;
  /** A range given end first, or a character past the line's end (clients send both). */
  reversed: boolean;
  pastLineEnd: boolean;
}

const change = fc.record({
  at: fc.nat(),
  del: fc.oneof(fc.constant(0), fc.nat({ max: 60 })),
  text: fc.oneof(fc.constantFrom('', 'x', '\r\n', '\n', '3. ', '(a) ', 'Recalling ', '“', 'é', 'قرار', '😀', '17-20704 (E)', '__________\n1 See.\n'), fc.string({ maxLength: 8 })),
  reversed: fc.boolean(),
  pastLineEnd: fc.boolean(),
});

function apply(log: EditLog, doc: TextDocument, changes: Change[], version: number): void {
  // Each change's range is in the text the changes before it left: a probe document follows them.
  const probe = TextDocument.create('probe:', 'x', 0, doc.getText());
  const events = changes.map((c, i) => {
    const text = probe.getText();
    const s = c.at % (text.length + 1);
    let start = probe.positionAt(s);
    let end = probe.positionAt(Math.min(text.length, s + c.del));
    if (c.pastLineEnd && c.del === 0) start = end = { line: start.line, character: start.character + 1000 };
    if (c.reversed) [start, end] = [end, start];
    const event = { range: { start, end }, text: c.text };
    TextDocument.update(probe, [event], i + 1);
    return event;
  });
  log.update(doc, events, version);
  assert.strictEqual(doc.getText(), probe.getText(), 'the document is updated exactly as TextDocument.update does');
}

describe('edit log: where a document changed, from its incremental changes', () => {
  const base = fixture('corpus/texts/S-RES-1706-2006.txt').replace(/\n/g, '\r\n').slice(0, 9000) + ' قرار “décide” 😀';

  it('the range it gives holds every difference from any earlier version, and reparse told so equals a fresh parse (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.nat(), (versions, pick) => {
        const log = new EditLog();
        const doc = log.create('file:///r.unres', 'un-resolution', 1, base);
        const texts = new Map<number, string>([[1, base]]);
        let version = 1;
        for (const changes of versions) {
          apply(log, doc, changes, ++version);
          texts.set(version, doc.getText());
        }
        const since = 1 + (pick % (version - 1));
        const old = texts.get(since)!;
        const now = doc.getText();
        const edit = log.editsSince(doc, since, old.length);
        assert.ok(edit, `a range from version ${since} to ${version}`);
        assert.ok(edit.start <= edit.endOld && edit.start <= edit.endNew, JSON.stringify(edit));
        assert.strictEqual(now.slice(0, edit.start), old.slice(0, edit.start), 'the text before the range is unchanged');
        assert.strictEqual(now.slice(edit.endNew), old.slice(edit.endOld), 'the text after the range is unchanged');
        assert.strictEqual(JSON.stringify({ ...reparse(parse(old), now, edit), text: undefined }), comparable(now));
      }),
      { numRuns: 150, seed: 20261202 },
    );
  });

  it('an edit far into a long text resumes there, told where it is', () => {
    const log = new EditLog();
    const long = fixture('corpus/texts/A-RES-80-5.txt');
    const doc = log.create('file:///r.unres', 'un-resolution', 1, long);
    const model = parse(long);
    const offset = long.indexOf(' the ', long.length >> 1) + 1;
    const at = doc.positionAt(offset);
    log.update(doc, [{ range: { start: at, end: at }, text: 'all ' }], 2);
    const edit = log.editsSince(doc, 1, long.length)!;
    assert.deepStrictEqual(edit, { start: offset, endOld: offset, endNew: offset + 4 });
    const resumed = reparseStats.resumed;
    assert.strictEqual(JSON.stringify({ ...reparse(model, doc.getText(), edit), text: undefined }), comparable(doc.getText()));
    assert.strictEqual(reparseStats.resumed, resumed + 1);
  });

  it('tells its listener of each document about to change, while it still has its old text and version', () => {
    const seen: [string, number][] = [];
    const log = new EditLog((d) => seen.push([d.getText(), d.version]));
    const doc = log.create('file:///r.unres', 'un-resolution', 1, 'Recalling its resolution,');
    assert.deepStrictEqual(seen, [], 'not on open');
    log.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }, text: 'Noting' }], 2);
    log.update(doc, [{ text: 'whole new text' }], 3);
    assert.deepStrictEqual(seen, [
      ['Recalling its resolution,', 1],
      ['Noting its resolution,', 2],
    ]);
    assert.strictEqual(doc.getText(), 'whole new text');
  });

  it('unknown after a change without a range (the whole text sent), from a version it never saw, or from one it no longer keeps', () => {
    const log = new EditLog();
    const doc = log.create('file:///r.unres', 'un-resolution', 1, 'abc');
    log.update(doc, [{ text: 'whole new text' }], 2);
    assert.strictEqual(log.editsSince(doc, 1, 3), undefined);
    log.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 3);
    assert.deepStrictEqual(log.editsSince(doc, 2, 14), { start: 0, endOld: 0, endNew: 1 });
    assert.strictEqual(log.editsSince(doc, 1, 3), undefined, 'before the whole-text change');
    assert.strictEqual(log.editsSince(doc, 7, 3), undefined, 'a version the document never had');
    for (let v = 4; v < 4 + 70; v++) log.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }], v);
    assert.strictEqual(log.editsSince(doc, 2, 14), undefined, 'more versions ago than it keeps');
    assert.deepStrictEqual(log.editsSince(doc, 72, 84), { start: 0, endOld: 0, endNew: 1 });
  });
});

/** Every line start of a document the library made itself (it finds them on the first position asked). */
function libraryLineStarts(text: string): number[] {
  const doc = TextDocument.create('lib:', 'x', 0, text);
  return Array.from({ length: doc.lineCount }, (_, line) => doc.offsetAt({ line, character: 0 }));
}

/** Positions and offsets of `doc` agree with those of a document the library made from its text. */
function samePositions(doc: TextDocument, what: string): void {
  const text = doc.getText();
  const lib = TextDocument.create('lib:', 'x', 0, text);
  assert.strictEqual(doc.lineCount, lib.lineCount, `${what}: line count`);
  const step = Math.max(1, Math.floor(text.length / 400));
  for (let o = 0; o <= text.length; o += step) assert.deepStrictEqual(doc.positionAt(o), lib.positionAt(o), `${what}: position of ${o}`);
  for (let line = 0; line < lib.lineCount; line += Math.max(1, Math.floor(lib.lineCount / 200))) {
    const p = { line, character: 3 };
    assert.strictEqual(doc.offsetAt(p), lib.offsetAt(p), `${what}: offset of line ${line}`);
  }
}

describe('edit log: line starts found by indexOf', () => {
  it('are where the library finds them, in every fixture as given, flattened and with CRLF', () => {
    const files = ['corpus/texts', 'corpus/unlabeled', 'corpus/pdftotext/texts'].flatMap((dir) => listFixtures(dir).map((f) => `${dir}/${f}`));
    assert.ok(files.length > 30);
    for (const file of files) for (const s of ['orig', 'flat', 'crlf'] as const) assert.deepStrictEqual(lineStarts(shape(fixture(file), s)), libraryLineStarts(shape(fixture(file), s)), `${file} [${s}]`);
  });

  it('are where the library finds them in any mix of CR, LF and CRLF', () => {
    const piece = fc.constantFrom('\r', '\n', '\r\n', '\n\r', '\r\r\n', 'a', 'é', '😀', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        assert.deepStrictEqual(lineStarts(text), libraryLineStarts(text));
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });

  it('are set on the documents the log makes and keeps after changes (else the library would find them itself, more slowly)', () => {
    const log = new EditLog();
    const doc = log.create('file:///l.unres', 'un-resolution', 1, 'Recalling\r\nDecides\r\n');
    // The library's own field: if a later version keeps line starts elsewhere, this says so.
    assert.ok(Array.isArray((doc as unknown as { _lineOffsets?: unknown })._lineOffsets), 'line starts set at creation');
    samePositions(doc, 'created');
    // An edit that parts a CRLF: the library drops its line starts, the log sets them again.
    log.update(doc, [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, text: 'x' }], 2);
    log.update(doc, [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, text: '\n' }], 3);
    assert.ok(Array.isArray((doc as unknown as { _lineOffsets?: unknown })._lineOffsets), 'line starts set after the change');
    samePositions(doc, 'after a CRLF parted');
    log.update(doc, [{ text: 'A\rB\r\nC\nD' }], 4);
    samePositions(doc, 'after a whole-text change');
  });

  it('give the positions the library gives after random changes, CRLF and non-ASCII among them', () => {
    fc.assert(
      fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (versions) => {
        const log = new EditLog();
        const doc = log.create('file:///r.unres', 'un-resolution', 1, fixture('corpus/texts/A-RES-80-5.txt').slice(0, 3000).replace(/\n/g, '\r\n'));
        versions.forEach((changes, i) => {
          apply(log, doc, changes, i + 2);
          samePositions(doc, `version ${i + 2}`);
        });
      }),
      { numRuns: 150, seed: 7122026 },
    );
  });
});

