// The pure citation recogniser on real resolution texts: every kind, every text shape, recall
// against the hand-labelled answer keys, and what must never be taken for a citation.
import * as assert from 'assert';
import { loadBundledCatalogue } from '../src/catalogue/bundled';
import { CatalogueStore } from '../src/catalogue/store';
import { Citation, CitationKnowledge, recogniseCitations } from '../src/citations';
import { NO_KNOWLEDGE } from '../src/citations/knowledge';
import { parse } from '../src/parser/parse';
import { fixture, fixtureJson, listFixtures, shape } from './support/fixtures';
import { citationIndex } from '../src/citations';
import { countAcronyms, MISSION_DEFINITION, missionDefinitions } from '../src/citations/instruments';

interface KeyEntry {
  text: string;
  occurrence?: number;
  kind: Citation['kind'];
  canonical: string;
}

const SHAPES = ['orig', 'flat', 'crlf'] as const;
let knowledge: CitationKnowledge;

before(() => {
  const { error } = loadBundledCatalogue();
  assert.ok(!error, `the bundled catalogue must be built (npm run build): ${error}`);
  knowledge = new CatalogueStore().knowledge();
});

const cite = (text: string, k: CitationKnowledge = knowledge) => recogniseCitations(parse(text), k);
const at = (text: string, cits: Citation[], needle: string, occurrence = 1) => {
  let i = -1;
  for (let n = 0; n < occurrence; n++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" not in text`);
  const mid = i + Math.floor(needle.length / 2);
  return cits.find((c) => (c.parts ?? [c.span]).some((p) => p.start <= mid && mid < p.end));
};
const printed = (text: string, c: Citation) => text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ');

/** Where the character at `offset` of the original text lands in another shape of it. */
function mapOffset(original: string, offset: number, s: (typeof SHAPES)[number]): number {
  if (s === 'orig') return offset;
  if (s === 'crlf') return shape(original.slice(0, offset), 'crlf').length;
  const joined = original.replace(/\s*\r?\n\s*/g, ' ');
  const lead = joined.length - joined.trimStart().length;
  return original.slice(0, offset).replace(/\s*\r?\n\s*/g, ' ').length - lead;
}

/** What a key entry needs to find in a citation: the canonical form (a pinpoint: target and paragraph). */
function satisfies(c: Citation | undefined, k: KeyEntry): boolean {
  if (!c) return false;
  const norm = (s: string) => s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').toLowerCase();
  const got = norm([c.canonical, c.symbol, c.target?.canonical].filter(Boolean).join(' | '));
  if (k.kind === 'pinpoint-paragraph') {
    const m = /^(.*?)\s+OP(\S+)$/.exec(k.canonical);
    return m ? got.includes(norm(m[1])) && got.includes(norm(`OP${m[2]}`)) : got.includes(norm(k.canonical));
  }
  return got.includes(norm(k.canonical));
}

describe('citation recogniser: recall against the answer keys', function () {
  this.timeout(60000);
  for (const s of SHAPES) {
    it(`finds ≥ 97% of the 338 labelled citations, every kind ≥ 90% (${s})`, () => {
      const byKind = new Map<string, { hit: number; n: number }>();
      const misses: string[] = [];
      for (const keyFile of listFixtures('corpus/citations', '.json')) {
        const key = fixtureJson<{ file: string; citations: KeyEntry[] }>(`corpus/citations/${keyFile}`);
        const original = fixture(`corpus/texts/${key.file}`);
        const text = shape(original, s);
        const cits = cite(text);
        for (const k of key.citations) {
          // Find the occurrence in the original text, then the same characters in this shape.
          let i = -1;
          for (let n = 0; n < (k.occurrence ?? 1); n++) i = original.indexOf(k.text, i + 1);
          assert.ok(i >= 0, `${key.file}: key text not found: ${k.text}`);
          let mid = i + Math.floor(k.text.length / 2);
          while (/\s/.test(original[mid])) mid++;
          const mapped = mapOffset(original, mid, s);
          const c = cits.find((x) => (x.parts ?? [x.span]).some((p) => p.start <= mapped && mapped < p.end));
          const ok = satisfies(c, k);
          const row = byKind.get(k.kind) ?? { hit: 0, n: 0 };
          row.n++;
          if (ok) row.hit++;
          else misses.push(`${key.file}: ${k.kind} "${k.text}" → ${c ? c.canonical : 'nothing'}`);
          byKind.set(k.kind, row);
        }
      }
      const total = [...byKind.values()].reduce((a, r) => ({ hit: a.hit + r.hit, n: a.n + r.n }), { hit: 0, n: 0 });
      assert.strictEqual(total.n, 338);
      const summary = [...byKind].map(([k, r]) => `${k} ${r.hit}/${r.n}`).join(', ');
      assert.ok(total.hit / total.n >= 0.97, `recall ${total.hit}/${total.n} (${summary})\n${misses.join('\n')}`);
      for (const [k, r] of byKind) assert.ok(r.hit / r.n >= 0.9, `${k}: ${r.hit}/${r.n}\n${misses.join('\n')}`);
    });
  }
});

describe('citation recogniser: Security Council resolutions', () => {
  const text = fixture('corpus/texts/S-RES-1706-2006.txt');
  let cits: Citation[];
  before(() => (cits = cite(text)));

  it('reads every member of a list, the first with its keyword, dates left out', () => {
    const first = at(text, cits, 'resolutions 1679 (2006)')!;
    assert.strictEqual(first.kind, 'sc-resolution');
    assert.strictEqual(first.canonical, 'S/RES/1679 (2006)');
    assert.strictEqual(printed(text, first), 'resolutions 1679 (2006)');
    const members = ['1665 (2006)', '1663 (2006)', '1593 (2005)', '1591 (2005)', '1590 (2005)', '1574 (2004)', '1564 (2004)', '1556 (2004)'];
    for (const m of members) {
      const c = at(text, cits, m)!;
      assert.strictEqual(c.canonical, `S/RES/${m}`.replace(/ \(/, ' ('));
      assert.strictEqual(printed(text, c), m, 'a member is its number and year, not its date');
    }
  });

  it('completes a resolution cited without its year from the date or the catalogue', () => {
    const t1590 = fixture('corpus/texts/S-RES-1590-2005.txt');
    assert.strictEqual(at(t1590, cite(t1590), '1585')?.canonical, 'S/RES/1585 (2005)');
    const t1627 = fixture('corpus/texts/S-RES-1627-2005.txt');
    assert.strictEqual(at(t1627, cite(t1627), 'resolution 1590')?.canonical, 'S/RES/1590 (2005)');
    const t1812 = fixture('corpus/texts/S-RES-1812-2008.txt');
    assert.strictEqual(at(t1812, cite(t1812), 'resolution 1663')?.canonical, 'S/RES/1663 (2006)');
  });

  it('ends a list where the next paragraph begins: its number before an operative verb, a footnote marker before an opening', () => {
    // In a volume only the first resolution is outlined: a later one's "1." is text, as is a
    // footnote marker printed after a clause. Both once read as one more bare member of a list.
    const later = [
      'The Security Council,',
      'Recalling its resolution 435 (1978), 68',
      'Taking note of its resolution 186 (1964) of 4 March 1964, 1. Reaffirms its resolutions 1325 (2000), 1820 and 1888;',
      '2. Recalls resolutions 1267 (1999) and 1333. The Committee shall report;',
    ].join('\n\n');
    for (const s of ['orig', 'flat'] as const) {
      const t = shape(`${fixture('corpus/texts/S-RES-1706-2006.txt')}\n\n${later}`, s);
      const c = cite(t);
      const from = t.indexOf('Recalling its resolution 435');
      const of = (needle: string) => {
        const i = t.indexOf(needle, from);
        assert.ok(i >= 0, `"${needle}" in the later resolution`);
        const mid = i + Math.floor(needle.length / 2);
        return c.find((x) => (x.parts ?? [x.span]).some((p) => p.start <= mid && mid < p.end));
      };
      assert.strictEqual(of('435 (1978)')?.canonical, 'S/RES/435 (1978)', s);
      assert.strictEqual(of(', 68')?.canonical, undefined, `[${s}] "68" is a footnote marker`);
      assert.strictEqual(of('186 (1964)')?.canonical, 'S/RES/186 (1964)', s);
      assert.strictEqual(of('1964, 1.')?.canonical, undefined, `[${s}] "1." numbers the next paragraph`);
      for (const m of ['1325 (2000)', '1820', '1888', '1267 (1999)']) assert.ok(of(m)?.canonical.startsWith(`S/RES/${m.split(' ')[0]}`), `[${s}] ${m} still a member`);
      assert.ok(of('1333.')?.canonical.startsWith('S/RES/1333'), `[${s}] a member before a sentence that is not a paragraph stays one`);
    }
  });

  it('keeps a list member after an interruption when the catalogue confirms it', () => {
    const t = fixture('corpus/texts/S-RES-1755-2007.txt');
    const c = cite(t);
    for (const m of ['1612 (2005)', '1502 (2003)', '1325 (2000)']) assert.strictEqual(at(t, c, m)?.canonical, `S/RES/${m}`);
  });

  it('notes a printed year that contradicts the catalogue and names the real resolution', () => {
    const t = 'The Security Council,\n\nRecalling its resolution 2331 (2015) on trafficking,\n';
    const [c] = cite(t);
    assert.strictEqual(c.canonical, 'S/RES/2331 (2016)');
    assert.deepStrictEqual(c.printedYear && { value: c.printedYear.value, text: t.slice(c.printedYear.span.start, c.printedYear.span.end) }, { value: 2015, text: '2015' });
  });

  it('still cites a well-formed resolution the catalogue does not know', () => {
    const [c] = cite('The Security Council,\n\nRecalling its resolution 2999 (2031),\n', NO_KNOWLEDGE);
    assert.strictEqual(c.canonical, 'S/RES/2999 (2031)');
  });
});

describe('citation recogniser: General Assembly and other bodies', () => {
  it('reads GA lists, old-style numbers, special sessions and lettered resolutions', () => {
    const t = fixture('corpus/texts/A-RES-80-3.txt');
    const c = cite(t);
    assert.strictEqual(at(t, c, 'resolutions 76/217')?.canonical, 'A/RES/76/217');
    for (const m of ['77/246', '77/329', '78/315', '79/279']) assert.strictEqual(at(t, c, m)?.canonical, `A/RES/${m}`);
    const t10 = fixture('corpus/texts/A-RES-80-10.txt');
    const c10 = cite(t10);
    assert.strictEqual(at(t10, c10, 'resolution 2200 A (XXI)')?.canonical, 'A/RES/2200 A (XXI)');
    assert.strictEqual(at(t10, c10, 'Resolution 217 A (III)')?.canonical, 'A/RES/217 A (III)');
    const t5 = fixture('corpus/texts/A-RES-80-5.txt');
    assert.strictEqual(at(t5, cite(t5), 'Resolution S-24/2')?.canonical, 'A/RES/S-24/2');
    const [lettered] = cite('The General Assembly,\n\nRecalling its resolution 54/237 C of 23 December 1999,\n');
    assert.strictEqual(lettered.canonical, 'A/RES/54/237 C');
  });

  it('names the body: ECOSOC, Human Rights Council, conference resolutions, decisions', () => {
    const t10 = fixture('corpus/texts/A-RES-80-10.txt');
    const c10 = cite(t10);
    const ecosoc = at(t10, c10, 'resolution 1980/67')!;
    assert.deepStrictEqual([ecosoc.kind, ecosoc.canonical], ['other-resolution', 'E/RES/1980/67']);
    assert.strictEqual(at(t10, c10, 'resolution 1', 1)?.canonical, 'Fourth World Conference on Women (Beijing, 1995), resolution 1');
    assert.strictEqual(at(t10, c10, 'resolution 1', 2)?.canonical, 'International Conference on Population and Development (Cairo, 1994), resolution 1');
    const t3 = fixture('corpus/texts/A-RES-80-3.txt');
    const c3 = cite(t3);
    assert.strictEqual(at(t3, c3, 'decision 1/CP.21')?.canonical, 'Decision 1/CP.21');
    assert.strictEqual(at(t3, c3, 'decision 15/4')?.canonical, 'CBD/COP/DEC/15/4');
    const l41 = fixture('corpus/unlabeled/A-C.3-78-L.41.txt');
    const c41 = cite(l41);
    assert.strictEqual(at(l41, c41, 'resolution S-35/1')?.canonical, 'A/HRC/RES/S-35/1');
  });
});

describe('citation recogniser: presidential statements and documents', () => {
  it('reads the seed: statement, resolution, report, instruments', () => {
    const t = fixture('corpus/seed/S-RES-2388-2017.flat.txt');
    const c = cite(t);
    const expect = fixtureJson<{ citations: { text: string; symbol?: string; instrument?: string }[] }>('corpus/seed/S-RES-2388-2017.flat.expect.json');
    for (const e of expect.citations) {
      const got = at(t, c, e.text);
      assert.ok(got, `no citation at "${e.text}"`);
      if (e.symbol) assert.strictEqual(got.symbol, e.symbol);
      if (e.instrument) assert.ok(got.canonical.startsWith(e.instrument), `${got.canonical} should name ${e.instrument}`);
    }
  });

  it('reads a statement by its symbol, and by its date through the catalogue', () => {
    const [bySymbol] = cite('The Security Council,\n\nRecalling the statement of its President of 3 February 2006 (S/PRST/2006/5),\n');
    assert.deepStrictEqual([bySymbol.kind, bySymbol.canonical], ['prst', 'S/PRST/2006/5']);
    const t = fixture('corpus/unlabeled/A-RES-73-7.pdftext.txt');
    const byDate = at(t, cite(t), 'statement by the President of the Security');
    assert.strictEqual(byDate?.canonical, 'S/PRST/2013/2', 'the footnote of the same text gives S/PRST/2013/2');
  });

  it('reads symbols of any organ with their suffixes, and "and Add.1" as its own document', () => {
    const t = fixture('corpus/texts/S-RES-1590-2005.txt');
    const c = cite(t);
    assert.strictEqual(at(t, c, 'S/2005/57')?.canonical, 'S/2005/57');
    assert.strictEqual(at(t, c, 'Add.1')?.canonical, 'S/2005/57/Add.1');
    assert.strictEqual(at(t, c, 'ST/SGB/2003/13')?.kind, 'document');
    const t1 = fixture('corpus/texts/A-RES-80-1.txt');
    assert.strictEqual(at(t1, cite(t1), 'A/80/L.2/Rev.1')?.canonical, 'A/80/L.2/Rev.1');
    const t10 = fixture('corpus/texts/A-RES-80-10.txt');
    assert.strictEqual(at(t10, cite(t10), 'A/CONF.189/12/Corr.1')?.canonical, 'A/CONF.189/12/Corr.1');
    const l41 = fixture('corpus/unlabeled/A-C.3-78-L.41.txt');
    assert.strictEqual(at(l41, cite(l41), 'A/78/511')?.canonical, 'A/78/511');
  });
});

describe('citation recogniser: instruments', () => {
  it('takes the longest name, and a short form to its official name', () => {
    const t = fixture('corpus/texts/A-RES-80-10.txt');
    const c = cite(t);
    assert.strictEqual(at(t, c, 'International \nConvention on the Elimination of All Forms of Racial Discrimination')?.canonical, 'International Convention on the Elimination of All Forms of Racial Discrimination');
    assert.strictEqual(at(t, c, 'Beijing Declaration')?.canonical, 'Beijing Declaration and Platform for Action');
    const t5 = fixture('corpus/texts/A-RES-80-5.txt');
    const c5 = cite(t5);
    assert.strictEqual(at(t5, c5, '2030 Agenda', 2)?.canonical, 'Transforming our world: the 2030 Agenda for Sustainable Development');
    assert.strictEqual(at(t5, c5, 'Charter', 2)?.canonical, 'Charter of the United Nations', '"its Charter"');
  });

  it('reads "Chapter VII of the Charter", "Article 25 of the Charter" and the Geneva Conventions as a group', () => {
    const t = 'The Security Council,\n\nActing under Chapter VII of the Charter of the United Nations, recalling Article 25 of the Charter and the Geneva Conventions of 1949 and the Additional Protocols thereto,\n';
    const c = cite(t);
    const ch = at(t, c, 'Chapter VII')!;
    assert.deepStrictEqual([ch.canonical, ch.provision], ['Charter of the United Nations', 'Chapter VII']);
    assert.strictEqual(at(t, c, 'Article 25')?.provision, 'Article 25');
    const gc = at(t, c, 'Geneva Conventions of 1949')!;
    assert.strictEqual(gc.instrumentIds?.length, 4);
    assert.strictEqual(at(t, c, 'Additional Protocols thereto')?.instrumentIds?.length, 2);
  });

  it('follows the acronym a text defines ("Comprehensive Peace Agreement (CPA)" … "the CPA")', () => {
    const t = fixture('corpus/texts/S-RES-1812-2008.txt');
    const c = cite(t);
    const cpa = at(t, c, 'CPA', 2)!;
    assert.strictEqual(cpa.kind, 'instrument');
    assert.match(cpa.canonical, /^Comprehensive Peace Agreement between the Government of the Republic of the Sudan/);
    assert.strictEqual(printed(t, cpa), 'CPA');
  });

  it('names an instrument the catalogue does not know as printed, and not the text\'s own title', () => {
    const t = fixture('corpus/texts/A-RES-80-8.txt');
    assert.strictEqual(at(t, cite(t), 'Olympic Charter')?.canonical, 'Olympic Charter');
    const t3 = fixture('corpus/texts/A-RES-80-3.txt');
    const c3 = cite(t3);
    assert.ok(!c3.some((c) => /Awaza Political Declaration/.test(c.canonical)), 'the declaration this text adopts is not a citation');
    assert.ok(!c3.some((c) => c.canonical === 'Treaty Series'), '"United Nations, Treaty Series" is a publication');
  });

  it('joins a name broken by a page break and footnotes into one citation of two pieces', () => {
    const t = fixture('corpus/texts/A-RES-80-3.txt');
    const c = at(t, cite(t), 'Convention on Biological')!;
    assert.strictEqual(c.canonical, 'Convention on Biological Diversity');
    assert.strictEqual(c.parts?.length, 2);
    assert.deepStrictEqual(c.parts!.map((p) => t.slice(p.start, p.end)), ['Convention on Biological', 'Diversity']);
  });

  it('reads the status-of-forces agreement of the mission the text names', () => {
    const t = fixture('corpus/texts/S-RES-1706-2006.txt');
    assert.strictEqual(at(t, cite(t), 'Status of Forces Agreement')?.canonical, 'Status-of-forces agreement between the United Nations and the Government of the Sudan concerning UNMIS');
  });
});

describe('citation recogniser: paragraph references', () => {
  it('reads internal references with labels and lists', () => {
    const t1 = fixture('corpus/texts/A-RES-80-1.txt');
    const r = at(t1, cite(t1), 'paragraph 1 (a)')!;
    assert.deepStrictEqual([r.kind, r.canonical], ['internal-paragraph', 'OP1(a)']);
    const t = fixture('corpus/texts/S-RES-1706-2006.txt');
    const c = cite(t);
    const i = t.indexOf('paragraphs 8, 9 and 12 below');
    const ids = c.filter((x) => x.span.start >= i && x.span.end <= i + 30).map((x) => x.canonical);
    assert.deepStrictEqual(ids, ['OP8', 'OP9', 'OP12']);
  });

  it('reads ranges and "of the present resolution"', () => {
    const [range] = cite('The Security Council,\n\n1. Decides;\n\n2. Decides;\n\n3. Decides;\n\n4. Decides;\n\n5. Decides;\n\n6. Recalls the measures in paragraphs 3 to 5 of the present resolution;\n').filter((c) => c.kind === 'internal-paragraph');
    assert.strictEqual(range.canonical, 'OP3–OP5');
    assert.deepStrictEqual([range.paragraph?.id, range.paragraph?.toId], ['OP3', 'OP5']);
  });

  it('reads pinpoints into other resolutions and instruments, and not into unnamed reports', () => {
    const t = fixture('corpus/texts/S-RES-1706-2006.txt');
    const c = cite(t);
    assert.strictEqual(at(t, c, 'paragraphs 7 and 8 of resolution 1556'.slice(0, 12))?.canonical, 'S/RES/1556 (2004) OP7');
    assert.strictEqual(at(t, c, 'paragraphs 138')?.canonical, 'A/RES/60/1 OP138');
    assert.strictEqual(at(t, c, 'paragraph 87 of his report'), undefined);
    const t10 = fixture('corpus/texts/A-RES-80-10.txt');
    const c10 = cite(t10);
    assert.strictEqual(at(t10, c10, 'paragraphs 1 to 10')?.canonical, 'E/RES/1980/67 annex paras 1-10');
    assert.strictEqual(at(t10, c10, 'paragraphs 13')?.canonical, 'E/RES/1980/67 annex para 13', '"as well as paragraphs 13 and 14" keeps the target');
    const p = fixture('corpus/pdftotext/texts/S_2018_221-EN.txt');
    assert.strictEqual(at(p, cite(p), 'paragraphs 16 and 18'.slice(0, 13))?.canonical, 'S/RES/2304 (2016) OP16', '"resolution 2304 (2016) paragraphs 16 and 18"');
  });
});

describe('citation recogniser: what is never a citation', () => {
  it('not the document\'s own symbol in its masthead or running headers, in any shape', () => {
    for (const s of SHAPES) {
      const t = shape(fixture('corpus/texts/A-RES-80-3.txt'), s);
      assert.ok(!cite(t).some((c) => c.symbol === 'A/RES/80/3' || c.canonical === 'A/RES/80/3'), s);
      const seed = fixture('corpus/seed/S-RES-2388-2017.flat.txt');
      assert.ok(!cite(seed).some((c) => c.canonical === 'S/RES/2388 (2017)'), 'S/RES/2388 (2017) and "Resolution 2388 (2017)" are the seed itself');
    }
  });

  it('not job numbers, page counters, barcodes, dates, meeting numbers or footnote markers', () => {
    const t = fixture('corpus/texts/A-RES-80-10.txt');
    const c = cite(t);
    for (const needle of ['25-19432', '2/3', '*2519432*', '26 November 2025', '51st plenary meeting', '19 September']) {
      const i = t.indexOf(needle);
      if (i < 0) continue;
      assert.ok(!c.some((x) => x.span.start < i + needle.length && i < x.span.end), `"${needle}" is not a citation`);
    }
    const t5 = fixture('corpus/texts/A-RES-80-5.txt');
    const agenda = at(t5, cite(t5), 'Awaza \nProgramme of Action for Landlocked Developing Countries for the Decade 2024–\n2034')!;
    assert.ok(t5.slice(agenda.span.start, agenda.span.end).endsWith('2034'), 'the footnote marker 12 glued to 2034 is not part of the name');
    const t1590 = fixture('corpus/texts/S-RES-1590-2005.txt');
    assert.strictEqual(at(t1590, cite(t1590), '5151st meeting'), undefined);
  });

  it('no citation in prose', () => {
    const c = cite('The Security Council,\n\nExpressing its deep concern at the situation, and stressing the need for a resolution of the conflict in 2006,\n');
    assert.deepStrictEqual(c, []);
  });
});

describe('citation recogniser: invariants on every real text', function () {
  this.timeout(120000);
  const dirs = ['corpus/texts', 'corpus/unlabeled', 'corpus/pdftotext/texts', 'corpus/bulk/cr-unsc', 'corpus/seed'];
  it('sorted, non-overlapping pieces inside the text, a canonical form each, in every shape', () => {
    let files = 0;
    let total = 0;
    for (const dir of dirs) {
      for (const f of listFixtures(dir)) {
        for (const s of SHAPES) {
          const text = shape(fixture(`${dir}/${f}`), s);
          const cits = cite(text);
          // A citation split by a page break may enclose a footnote's citations: pieces, not spans, never overlap.
          const pieces = cits.flatMap((c) => (c.parts ?? [c.span]).map((p) => ({ ...p, c })));
          pieces.sort((a, b) => a.start - b.start);
          let last = -1;
          for (const p of pieces) {
            assert.ok(p.c.canonical.length > 0, `${f}: empty canonical`);
            assert.ok(p.start >= 0 && p.end <= text.length && p.start < p.end, `${f} (${s}): bad piece ${JSON.stringify(p)}`);
            assert.ok(p.start >= last, `${f} (${s}): overlapping citations at ${p.start}`);
            assert.ok(!/^\s|\s$/.test(text.slice(p.start, p.end)), `${f} (${s}): piece with white space at an end`);
            last = p.end;
          }
          for (let i = 1; i < cits.length; i++) assert.ok(cits[i - 1].span.start <= cits[i].span.start, `${f} (${s}): not in document order`);
          // The lazy index, region by region, finds each citation at the start of each of its pieces.
          const index = citationIndex(parse(text), knowledge);
          for (const c of cits) for (const p of c.parts ?? [c.span]) assert.deepStrictEqual(index.pieceAt(p.start), { citation: c, span: p });
          total += cits.length;
        }
        files++;
      }
    }
    assert.ok(files > 450 && total > 1000, `${files} files, ${total} citations`);
  });
});

describe('citation recogniser: how often each mission is named', () => {
  /** Each acronym alone: every place it stands, a word of its own (no letter or digit either side). */
  const oneByOne = (text: string, acr: string) => {
    let n = 0;
    for (let i = text.indexOf(acr); i >= 0; i = text.indexOf(acr, i + 1)) if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + acr.length] ?? '')) n++;
    return n;
  };

  it('one scan for them all counts what a search per acronym counts, on every text of the corpus', () => {
    const texts = [...listFixtures('corpus/texts').map((f) => fixture(`corpus/texts/${f}`)), ...listFixtures('corpus/bulk/cr-unsc').map((f) => fixture(`corpus/bulk/cr-unsc/${f}`))];
    let named = 0;
    for (const text of texts) {
      // Every all-capital word of the text, and each with its last letter dropped (UNMISS, UNMIS):
      // acronyms that are the start of others, and ones that stand inside longer words.
      const words = new Set([...text.matchAll(/\p{Lu}{3,10}/gu)].map((m) => m[0]));
      const acronyms = [...new Set([...words, ...[...words].filter((w) => w.length > 3).map((w) => w.slice(0, -1))])].slice(0, 60);
      const counts = countAcronyms(text, acronyms);
      for (const acr of acronyms) {
        assert.strictEqual(counts.get(acr) ?? 0, oneByOne(text, acr), acr);
        named += counts.get(acr) ?? 0;
      }
    }
    assert.ok(named > 500, `${named} acronyms counted`);
    assert.deepStrictEqual(countAcronyms('UNMISS and UNMIS, xUNMIS, UNMISSION, (UNMIS)', ['UNMIS', 'UNMISS']), new Map([['UNMISS', 1], ['UNMIS', 2]]));
  });
  it('mission definitions, found by trying the expression only where it can match, are what its global scan finds: every text, every shape', () => {
    const globally = (text: string) => {
      const re = new RegExp(MISSION_DEFINITION.source, 'gu');
      const out: string[] = [];
      for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}|${m[0]}|${m[1]}|${m[2]}`);
      return out;
    };
    const found = (text: string) => missionDefinitions(text).map((m) => `${m.index}|${m[0]}|${m[1]}|${m[2]}`);
    const texts = [...listFixtures('corpus/texts').map((f) => fixture(`corpus/texts/${f}`)), ...listFixtures('corpus/bulk/cr-unsc').map((f) => fixture(`corpus/bulk/cr-unsc/${f}`))];
    let defined = 0;
    for (const text of texts) {
      for (const s of SHAPES) {
        const t = shape(text, s);
        const want = globally(t);
        assert.deepStrictEqual(found(t), want);
        defined += want.length;
      }
    }
    assert.ok(defined >= 30, `${defined} definitions compared`);
    // Two starts in one, a host with accents, a line break and a no-break space inside, a letter
    // beyond U+FFFF, a word of the definition far from "United Nations", none at the very end.
    const cases = [
      'the United Nations United Nations Mission in the Sudan (UNMIS) and',
      'United Nations Operation in Côte Ivoirienne (ONUCI).',
      'United Nations\nStabilization Mission\u00a0in Haiti (MINUSTAH)',
      'United Nations Mission in 𝐀Land (UNMAL)',
      'United Nations Interim Security Force for the long-named Region in Abyei (UNISFA)',
      'United Nations Mission in Liberia (UNMIL',
      'United Nations',
    ];
    for (const c of cases) assert.deepStrictEqual(found(c), globally(c), c);
    assert.strictEqual(found(cases[0]).length, 1);
  });
});
