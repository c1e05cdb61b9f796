// The edit log (server/src/editLog.ts): from an editor's incremental changes it tells where the
// text differs from an earlier version, and the incremental parser, told so, gives the model a
// fresh parse gives. Random changes (several per version, reversed ranges, positions past a line
// end, CRLF and non-ASCII text) over several versions, asked about from any earlier version.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditLog } from '../src/editLog';
import { parse, reparse, reparseStats } from '../src/parser/parse';
import { fixture } from './support/fixtures';

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
