// The union scan must behave exactly as one global expression of its parts joined by "|": the
// leftmost match, the earliest part at one position, no overlap with the match before, groups
// numbered as in the union, lastIndex as a global RegExp keeps it.
import * as assert from 'assert';
import { BODY_PARTS, CANDIDATE_PARTS, PREAMBLE_PARTS } from '../src/parser/candidates';
import { capturingGroups, UnionScan } from '../src/parser/unionScan';

type Scanner = { lastIndex: number; exec(text: string): RegExpExecArray | null };
const all = (re: Scanner, text: string, from = 0) => {
  const out: string[] = [];
  re.lastIndex = from;
  for (let m; (m = re.exec(text)); ) out.push(`${m.index}:${[...m].map((g) => g ?? '~').join('|')}`);
  return out;
};

describe('union scan', () => {
  const parts = [String.raw`(ab)(c)?`, String.raw`(b\w+)`, String.raw`(\d+)`, String.raw`(a)`];
  const joined = new RegExp(parts.join('|'), 'g');
  const splits = [[[0, 1, 2, 3]], [[0], [1], [2], [3]], [[3, 1], [2, 0]], [[2], [0, 3], [1]]];
  const texts = ['abc bcd 12 a ab', 'xbcabc', 'aaa bbb abab 9a9', '', 'no match here at all', 'ab12bc a1b2'];

  for (const split of splits) {
    it(`finds what the joined expression finds, split ${JSON.stringify(split)}`, () => {
      const scan = new UnionScan(parts, split);
      for (const t of texts) assert.deepStrictEqual(all(scan.scanner(), t), all(joined, t), JSON.stringify(t));
    });
  }

  it('at one position the earliest part wins, across groups', () => {
    // "bcd" matches part 1 at 4 and "abc" part 0 at 0; at 0 part 3 ("a") loses to part 0.
    const scan = new UnionScan(parts, [[3], [1], [0], [2]]);
    assert.deepStrictEqual(all(scan.scanner(), 'abc'), ['0:abc|ab|c|~|~|~']);
  });

  it('a match that overlaps the one before it is not returned; the next one after it is', () => {
    // Part 1 would match "bc12" inside "abc12" (from 1) but part 0 takes "abc" from 0; then 12.
    const scan = new UnionScan(parts, [[1, 2], [0, 3]]);
    assert.deepStrictEqual(all(scan.scanner(), 'abc12'), ['0:abc|ab|c|~|~|~', '3:12|~|~|~|12|~']);
  });

  it('lastIndex may be set forward and back, as with a RegExp', () => {
    const scan = new UnionScan(parts, [[0], [1], [2], [3]]);
    const s = scan.scanner();
    const text = 'ab bx 12 a';
    s.lastIndex = 4;
    assert.strictEqual(s.exec(text)?.index, 6);
    s.lastIndex = 0;
    assert.strictEqual(s.exec(text)?.index, 0);
    s.lastIndex = 9;
    assert.strictEqual(s.exec(text)?.[0], 'a');
    assert.strictEqual(s.exec(text), null);
    assert.strictEqual(s.lastIndex, 0, 'reset after the last match');
  });

  it('a scanner given another text forgets the matches it kept of the first', () => {
    const s = new UnionScan(parts, [[0], [1, 2, 3]]).scanner();
    s.lastIndex = 0;
    assert.strictEqual(s.exec('zz ab')?.index, 3);
    s.lastIndex = 0;
    assert.strictEqual(s.exec('7')?.[0], '7');
  });

  it('refuses a split that leaves out or repeats a part, and a part with no group', () => {
    assert.throws(() => new UnionScan(parts, [[0, 1], [2]]), /exactly one group/);
    assert.throws(() => new UnionScan(parts, [[0, 1], [1, 2, 3]]), /exactly one group/);
    assert.throws(() => new UnionScan(['a', '(b)'], [[0, 1]]), /no group/);
  });
  it('counts the capturing groups of a source as the compiled expression does', () => {
    const compiled = (source: string) => new RegExp(`|${source}`).exec('')!.length - 1;
    const sources = [
      ...new Set([...CANDIDATE_PARTS, ...PREAMBLE_PARTS, ...BODY_PARTS]),
      String.raw`\(a\)`, String.raw`[(](b)`, String.raw`[\]()](c)`, String.raw`(?<name>a)(b)`, String.raw`(?<=a)(b)(?<!c)`,
      String.raw`(?=(a))(?!(b))`, String.raw`(?:a)`, String.raw`a\\(b)`, String.raw`[\\](c)`, String.raw`((a)(?:b(c)))`, '',
    ];
    for (const source of sources) assert.strictEqual(capturingGroups(source), compiled(source), source.slice(0, 80));
    assert.ok(CANDIDATE_PARTS.every((p) => capturingGroups(p) >= 1));
  });
});
