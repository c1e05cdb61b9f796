// The parser over the rest of the corpus: the seed, 451 unlabelled Security Council resolutions
// (invariants), and the unlabelled General Assembly, Third Committee and Model UN texts.
import * as assert from 'assert';
import { parse } from '../src/parser/parse';
import { allParagraphs, findParagraph } from '../src/parser/query';
import { ResolutionModel } from '../src/parser/model';
import { fixture, fixtureJson, listFixtures, shape } from './support/fixtures';

function ids(model: ResolutionModel): string[] {
  return [...allParagraphs(model)].map((p) => p.id);
}

function assertNested(model: ResolutionModel, what: string): void {
  for (const p of allParagraphs(model)) {
    assert.ok(p.span.start <= p.span.end && p.span.end <= model.text.length, `${what} ${p.id}: span inside the text`);
    assert.ok(p.selection.start >= p.span.start && p.selection.end <= p.span.end, `${what} ${p.id}: selection inside span`);
    for (const c of p.children) assert.ok(c.span.start >= p.span.start && c.span.end <= p.span.end, `${what} ${c.id} inside ${p.id}`);
  }
}

describe('the seed: S/RES/2388 (2017) flattened onto one line', () => {
  const text = fixture('corpus/seed/S-RES-2388-2017.flat.txt');
  const expect = fixtureJson('corpus/seed/S-RES-2388-2017.flat.expect.json');
  const model = parse(text);

  it('"Select target paragraph3": a bare 3 selects exactly the third preambular paragraph', () => {
    const p = findParagraph(model, '3');
    assert.ok(p);
    assert.strictEqual(p.id, 'PP3');
    assert.strictEqual(text.slice(p.span.start, p.span.end), expect.select['3']);
  });

  it('PP1–PP6 start as listed and there is no operative part', () => {
    assert.deepStrictEqual(model.preamble.map((p) => text.slice(p.span.start, p.span.start + 30)), expect.preamble_first_words.map((w: string) => w.slice(0, 30)));
    assert.strictEqual(model.operative.length, 0);
    assert.strictEqual(findParagraph(model, 'OP3'), undefined);
  });

  it('the page footer "17-20704 (E) *1720704*" is furniture, in no paragraph', () => {
    const footer = text.indexOf('17-20704');
    assert.ok(footer > 0);
    assert.ok(model.furniture.some((f) => f.kind === 'job-number' && f.span.start === footer));
    assert.ok(model.furniture.some((f) => f.kind === 'barcode'));
    for (const p of allParagraphs(model)) assert.ok(p.span.end <= footer, `${p.id} ends before the footer`);
  });

  it('reads the inline masthead: symbol, adoption line with meeting and date, enacting formula', () => {
    assert.strictEqual(model.masthead?.symbol?.text, 'S/RES/2388 (2017)');
    assert.strictEqual(model.masthead?.adoption?.meeting, '8111');
    assert.strictEqual(model.masthead?.adoption?.date, '21 November 2017');
    assert.strictEqual(model.masthead?.date?.text, '21 November 2017');
    assert.strictEqual(model.enactingFormula?.text, 'The Security Council,');
  });
});

describe('451 Security Council resolutions of 1946–2002 (no keys: invariants)', () => {
  const files = listFixtures('corpus/bulk/cr-unsc');
  // Numbers the source itself lacks (checked by hand: the paragraph is printed without a number).
  const SOURCE_GAPS: Record<string, number> = { 'S_RES_0277_1970_EN_GOLD.txt': 19, 'S_RES_0591_1986_EN_GOLD.txt': 5, 'S_RES_0713_1991_EN_GOLD.txt': 5 };

  it('has all 451 files', () => assert.strictEqual(files.length, 451));

  it('every document: no exception, ranges nest, an outline, operative numbers 1..n, same ids flattened and with CRLF', () => {
    const failures: string[] = [];
    for (const f of files) {
      const text = fixture(`corpus/bulk/cr-unsc/${f}`);
      const model = parse(text);
      assertNested(model, f);
      const got = ids(model);
      if (got.length === 0) failures.push(`${f}: empty`);
      const ops = model.operative.map((p) => Number(p.name.slice(2)));
      const gap = SOURCE_GAPS[f];
      const want = Array.from({ length: ops.length + (gap ? 1 : 0) }, (_, i) => i + 1).filter((n) => n !== gap);
      if (ops.join() !== want.join()) failures.push(`${f}: operative ${ops.join(',')}`);
      if (ids(parse(shape(text, 'flat'))).join() !== got.join()) failures.push(`${f}: flattened differs`);
      if (ids(parse(shape(text, 'crlf'))).join() !== got.join()) failures.push(`${f}: CRLF differs`);
    }
    assert.deepStrictEqual(failures, []);
  });

  it('the three source gaps really are missing from the source', () => {
    for (const [f, n] of Object.entries(SOURCE_GAPS)) {
      assert.ok(!new RegExp(`(^|\\n)\\s*${n}[.,]?\\s`).test(fixture(`corpus/bulk/cr-unsc/${f}`)), `${f} has no "${n}."`);
    }
  });
});

describe('mastheads in every shape', () => {
  it('a pdftotext draft: symbol, distribution date, sponsor line (as given and flattened)', () => {
    const text = fixture('corpus/pdftotext/texts/S_2017_77-EN.txt');
    for (const s of ['orig', 'flat'] as const) {
      const m = parse(shape(text, s)).masthead;
      assert.strictEqual(m?.symbol?.text, 'S/2017/77', s);
      assert.strictEqual(m?.date?.text, '27 January 2017', s);
      assert.strictEqual(m?.sponsor?.text, 'France: draft resolution', s);
    }
  });

  it('a General Assembly resolution: session, agenda item, title, adoption date, job number', () => {
    const m = parse(fixture('corpus/texts/A-RES-80-1.txt')).masthead;
    assert.strictEqual(m?.symbol?.text, 'A/RES/80/1');
    assert.strictEqual(m?.session?.text, 'Eightieth session');
    assert.strictEqual(m?.agendaItem?.text, 'Agenda item 7');
    assert.strictEqual(m?.title?.text, '80/1. Participation by the State of Palestine during the eightieth session');
    assert.strictEqual(m?.adoption?.date, '19 September 2025');
    assert.strictEqual(m?.jobNumber?.text, '25-15106');
  });
});

describe('unlabelled texts give sensible outlines', () => {
  /** Independent oracle: the paragraph numbers printed at the start of a line in the source. */
  const printedNumbers = (text: string) => [...text.matchAll(/^\s*(\d{1,3})\.(?=\s)/gm)].map((m) => Number(m[1]));

  it('A/C.3/78/L.41 (Third Committee draft, footnotes and glued footers): 3 PP, 35 OP, OP30 (a)–(g)', () => {
    const text = fixture('corpus/unlabeled/A-C.3-78-L.41.txt');
    for (const s of ['orig', 'flat'] as const) {
      const m = parse(shape(text, s));
      assert.strictEqual(m.preamble.length, 3, s);
      assert.deepStrictEqual(m.operative.map((p) => p.name), printedNumbers(text).map((n) => `OP${n}`), s);
      assert.deepStrictEqual(m.operative[29].children.map((c) => c.name), ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)'], s);
      assert.ok(!m.operative.some((p) => /A\/C\.3\/78\/L\.41|23-21227/.test(m.text.slice(p.span.end - 30, p.span.end))), `${s}: no footer at a paragraph end`);
    }
  });

  it('A/RES/73/3: "Adopts the following political declaration:" then the declaration\'s 53 paragraphs apart', () => {
    const text = fixture('corpus/unlabeled/A-RES-73-3.pdftext.txt');
    for (const s of ['orig', 'flat'] as const) {
      const m = parse(shape(text, s));
      assert.deepStrictEqual(m.operative.map((p) => p.name), ['OP1'], s);
      assert.strictEqual(m.annexes.length, 1, s);
      assert.ok(m.annexes[0].adopted);
      assert.deepStrictEqual(m.annexes[0].paragraphs.map((p) => Number(p.name)), printedNumbers(text), s);
    }
  });

  for (const [file, pp, op] of [['A-RES-73-6.pdftext.txt', 24, 14], ['A-RES-73-7.pdftext.txt', 13, 28], ['A-RES-73-8.pdftext.txt', 8, 5]] as const) {
    it(`${file}: ${pp} PP and OP1–OP${op} as printed, same when flattened`, () => {
      const text = fixture(`corpus/unlabeled/${file}`);
      const m = parse(text);
      assert.strictEqual(m.preamble.length, pp);
      assert.deepStrictEqual(m.operative.map((p) => Number(p.name.slice(2))), printedNumbers(text));
      assert.strictEqual(m.operative.length, op);
      assert.deepStrictEqual(ids(parse(shape(text, 'flat'))), ids(m));
    });
  }

  it('Model UN sample: FORUM/QUESTION OF/SPONSOR headers, 5 PP, 8 OP, a)/i. sub-clauses, "Page 1 of 2" is furniture', () => {
    const text = fixture('corpus/unlabeled/mun-sample-resolution.pdftext.txt');
    const m = parse(text);
    assert.match(m.masthead?.forum?.text ?? '', /Formal Clearing Office/);
    assert.match(m.masthead?.question?.text ?? '', /formal aspects of a resolution/);
    assert.match(m.masthead?.sponsor?.text ?? '', /Head of Formal Clearing/);
    assert.strictEqual(m.enactingFormula?.text, 'THE FORMAL CLEARING OFFICE,');
    assert.strictEqual(m.preamble.length, 5);
    assert.deepStrictEqual(m.operative.map((p) => p.name), ['OP1', 'OP2', 'OP3', 'OP4', 'OP5', 'OP6', 'OP7', 'OP8']);
    assert.deepStrictEqual(m.operative[0].children.map((c) => c.name), ['(a)', '(b)']);
    assert.deepStrictEqual(m.operative[0].children[0].children.map((c) => c.name), ['(i)', '(ii)', '(iii)', '(iv)']);
    assert.deepStrictEqual(m.operative[4].children.map((c) => c.label), ['a)', 'b)', 'c)']);
    assert.ok(m.furniture.some((f) => f.kind === 'page-label' && m.text.slice(f.span.start, f.span.end) === 'Page 2 of 2'));
  });
});
