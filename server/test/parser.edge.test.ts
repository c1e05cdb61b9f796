// Text as users really have it: line ends, BOM, tabs, other scripts, broken and odd input.
// Nothing may throw; the outline shows what can be recognised.
import * as assert from 'assert';
import { parse } from '../src/parser/parse';
import { allParagraphs, findParagraph } from '../src/parser/query';
import { fixture, shape } from './support/fixtures';

const ids = (text: string) => [...allParagraphs(parse(text))].map((p) => p.id);
const A_RES_80_1 = fixture('corpus/texts/A-RES-80-1.txt');
const S_RES_1706 = fixture('corpus/texts/S-RES-1706-2006.txt');

describe('parser: encodings and line ends', () => {
  it('CRLF, CR-only, a BOM and tabs give the same outline', () => {
    const want = ids(A_RES_80_1);
    assert.ok(want.length > 10);
    assert.deepStrictEqual(ids(shape(A_RES_80_1, 'crlf')), want);
    assert.deepStrictEqual(ids(A_RES_80_1.replace(/\r?\n/g, '\r')), want);
    assert.deepStrictEqual(ids('\uFEFF' + A_RES_80_1), want);
    assert.deepStrictEqual(ids(A_RES_80_1.replace(/ {2,}/g, '\t')), want);
  });

  it('offsets are UTF-16 code units: text before a paragraph in astral characters shifts it exactly', () => {
    const prefix = '𝔘𝔑 📜 ';
    const m = parse(prefix + A_RES_80_1);
    const plain = parse(A_RES_80_1);
    assert.strictEqual(m.operative[0].span.start, plain.operative[0].span.start + prefix.length);
    assert.strictEqual(m.text.slice(m.operative[0].span.start, m.operative[0].span.end), A_RES_80_1.slice(plain.operative[0].span.start, plain.operative[0].span.end));
  });

  it('French and Arabic words inside paragraphs do not disturb the outline', () => {
    const text = S_RES_1706.replace('Darfur Peace Agreement', 'Accord de paix au Darfour (اتفاق سلام دارفور)');
    assert.deepStrictEqual(ids(text), ids(S_RES_1706));
  });
});

describe('parser: bad and partial input', () => {
  it('empty and blank text: an empty outline', () => {
    for (const t of ['', ' ', '\n\n\r\n', '\uFEFF']) {
      const m = parse(t);
      assert.deepStrictEqual([m.preamble.length, m.operative.length, m.annexes.length], [0, 0, 0]);
    }
  });

  it('a file of only page furniture: no paragraphs, all of it furniture', () => {
    const t = 'A/RES/80/1\n25-15106 (E)\n*2515106*\n2/2\n17-20704 (E) 221117\n*1720704*\n';
    const m = parse(t);
    assert.strictEqual([...allParagraphs(m)].length, 0);
    assert.ok(m.furniture.length >= 3);
  });

  it('binary junk and NUL bytes: no exception, ranges inside the text', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const junk = Array.from({ length: 20000 }, () => String.fromCharCode(Math.floor(rnd() * 0x3000))).join('');
    for (const t of [junk, '\0\0\0' + A_RES_80_1.replace(/e/g, '\0'), junk + A_RES_80_1 + junk]) {
      const m = parse(t);
      for (const p of allParagraphs(m)) assert.ok(p.span.start >= 0 && p.span.end <= t.length && p.span.start <= p.span.end);
    }
  });

  it('a half-typed paragraph at the end is still a paragraph', () => {
    const cut = A_RES_80_1.slice(0, A_RES_80_1.indexOf('Further decides') + 'Further dec'.length);
    const m = parse(cut);
    assert.deepStrictEqual(m.operative.map((p) => p.name), ['OP1', 'OP2', 'OP3']);
    assert.ok(m.text.slice(m.operative[2].span.start, m.operative[2].span.end).endsWith('Further dec'));
  });

  it('a 5 MB volume of resolutions parses, with every paragraph inside the text', () => {
    const parts: string[] = [];
    for (let size = 0; size < 5_000_000; ) {
      parts.push(S_RES_1706, A_RES_80_1);
      size += S_RES_1706.length + A_RES_80_1.length;
    }
    const m = parse(parts.join('\n\n'));
    assert.ok(m.preamble.length > 100 || m.operative.length > 0);
    for (const p of allParagraphs(m)) assert.ok(p.span.end <= m.text.length);
  });
});

describe('parser: the traps the answer keys name', () => {
  it('"(i)" after "(h)" is a letter; "(i)" under "(a)" is a roman numeral', () => {
    const m1706 = parse(S_RES_1706);
    assert.deepStrictEqual(findParagraph(m1706, 'OP8')!.children.map((c) => c.name).join(''), '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)');
    const m1590 = parse(fixture('corpus/texts/S-RES-1590-2005.txt'));
    assert.deepStrictEqual(findParagraph(m1590, 'OP4(a)')!.children.map((c) => c.name).slice(0, 4), ['(i)', '(ii)', '(iii)', '(iv)']);
  });

  it('"paragraph 1 (a) above" is a cross-reference, not a sub-paragraph', () => {
    const m = parse(A_RES_80_1);
    const op2 = findParagraph(m, 'OP2')!;
    assert.match(m.text.slice(op2.span.start, op2.span.end), /paragraph 1 \(a\)/);
    assert.strictEqual(op2.children.length, 0);
  });

  it('a run-in list "(a) … (b)" inside a sentence is not sub-paragraphs', () => {
    const m = parse(fixture('corpus/pdftotext/texts/S_2018_693-EN.txt'));
    const op13 = findParagraph(m, 'OP13')!;
    assert.match(m.text.slice(op13.span.start, op13.span.end), /to: \(a\) the protection/);
    assert.strictEqual(op13.children.length, 0);
  });

  it('a paragraph number printed under its first line is reattached to that line', () => {
    const text = fixture('corpus/texts/S-RES-1755-2007.txt');
    const op3 = findParagraph(parse(text), '3')!;
    assert.match(text.slice(op3.span.start, op3.span.end), /^Calls upon the parties to the Comprehensive Peace Agreement to\s+3\.\s+accelerate/);
  });

  it('unlabelled dash bullets are sub-paragraphs (dash1)… under their item', () => {
    const m = parse(S_RES_1706);
    assert.deepStrictEqual(findParagraph(m, 'OP12(a)')!.children.map((c) => c.id), ['OP12(a)(dash1)', 'OP12(a)(dash2)', 'OP12(a)(dash3)']);
  });

  it('no preamble and one unnumbered operative paragraph: OP1', () => {
    const m = parse(fixture('corpus/texts/A-RES-80-5.txt'));
    assert.strictEqual(m.preamble.length, 0);
    assert.deepStrictEqual(m.operative.map((p) => p.name), ['OP1']);
    assert.match(m.text.slice(m.operative[0].span.start, m.operative[0].span.end), /^Adopts the Doha Political Declaration/);
    assert.strictEqual(m.closing[0]?.text, '28th plenary meeting 4 November 2025');
    assert.ok(m.operative[0].span.end <= m.closing[0].span.start, 'the closing line is not part of OP1');
  });

  it('headings inside the operative part are their own, not the tail of the paragraph before', () => {
    const m = parse(fixture('corpus/pdftotext/texts/S_2017_77-EN.txt'));
    assert.deepStrictEqual(m.headings.map((h) => h.text), ['Arms embargo', 'Travel ban', 'Asset freeze', 'Designation criteria', 'Sanctions Committee', 'Panel of Experts', 'Reporting and review']);
  });
});
