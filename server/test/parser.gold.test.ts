// The parser against the hand-verified answer keys: every preambular, operative and
// sub-paragraph with the right id, first and last words, in every text shape.
import * as assert from 'assert';
import { parse } from '../src/parser/parse';
import { allParagraphs } from '../src/parser/query';
import { Paragraph } from '../src/parser/model';
import { shape } from './support/fixtures';
import { flattenGold, goldSets, goldText, matchesGold, wordsOf, GoldParagraph } from './support/gold';

const SHAPES = ['orig', 'flat', 'crlf'] as const;

/**
 * pdftotext sometimes emits a line out of reading order; the key follows reading order, so the
 * key's last words stand before its first words in the file and no contiguous range can start
 * and end with them. For those, the paragraph must still hold both.
 */
function outOfReadingOrder(text: string, g: GoldParagraph): boolean {
  const flat = wordsOf(text).join(' ');
  const first = flat.indexOf(wordsOf(g.first).join(' '));
  return first < 0 || flat.indexOf(wordsOf(g.last).join(' '), first) < 0;
}

for (const set of goldSets()) {
  describe(`outline against the ${set.name} answer keys`, () => {
    for (const key of set.keys) {
      for (const s of SHAPES) {
        it(`${key.file} [${s}]: every keyed paragraph has its id, first and last words`, () => {
          const text = shape(goldText(set, key), s);
          const model = parse(text);
          const byId = new Map<string, Paragraph>();
          for (const p of allParagraphs(model)) if (!p.id.startsWith('ANNEX')) byId.set(p.id, p);
          const misses: string[] = [];
          for (const g of flattenGold(key)) {
            const p = byId.get(g.id);
            if (!p) {
              misses.push(`${g.id} missing`);
              continue;
            }
            const body = text.slice(p.span.start, p.span.end);
            if (outOfReadingOrder(text, g)) {
              const words = new Set(wordsOf(body));
              const lacking = [...wordsOf(g.first), ...wordsOf(g.last)].filter((w) => !words.has(w));
              if (lacking.length) misses.push(`${g.id} (out of reading order) lacks ${lacking.join(' ')}`);
              continue;
            }
            const m = matchesGold(body, g);
            if (!m.first || !m.last) misses.push(`${g.id}: got [${m.got}] want [${g.first} … ${g.last}]`);
          }
          const keyed = new Set(flattenGold(key).map((g) => g.id));
          const spurious = [...byId.keys()].filter((id) => !keyed.has(id) && !/dash/.test(id));
          assert.deepStrictEqual({ misses, spurious }, { misses: [], spurious: [] });
        });
      }
      if (key.annexes && key.annexes.length) {
        it(`${key.file}: annexes with their own numbering (as given and flattened)`, () => {
          for (const s of ['orig', 'flat'] as const) {
            const text = shape(goldText(set, key), s);
            const model = parse(text);
            assert.deepStrictEqual(
              model.annexes.map((a) => ({ name: a.name, paragraphs: a.paragraphs.length })),
              key.annexes!.map((a) => ({ name: a.title, paragraphs: a.paragraphs })),
              s,
            );
            key.annexes!.forEach((a, i) => {
              const first = model.annexes[i].paragraphs[0];
              if (a.first_para_first) assert.ok(first && matchesGold(text.slice(first.span.start, first.span.end), { id: '', first: a.first_para_first, last: '' }).first, `${a.title} paragraph 1 starts "${a.first_para_first}"`);
            });
          }
        });
      }
      it(`${key.file}: the model's ranges nest and page furniture is never inside a paragraph's edges`, () => {
        const text = goldText(set, key);
        const model = parse(text);
        for (const p of allParagraphs(model)) {
          assert.ok(p.selection.start >= p.span.start && p.selection.end <= p.span.end, `${p.id} selection inside span`);
          for (const c of p.children) assert.ok(c.span.start >= p.span.start && c.span.end <= p.span.end, `${c.id} inside ${p.id}`);
          for (const f of model.furniture) {
            assert.ok(!(f.span.start < p.span.end && f.span.end > p.span.end), `${p.id} does not end inside ${f.kind}`);
            assert.ok(!(f.span.start < p.span.start && f.span.end > p.span.start), `${p.id} does not start inside ${f.kind}`);
          }
        }
      });
    }
  });
}
