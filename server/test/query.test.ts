// Paragraph addresses as drafters type them.
import * as assert from 'assert';
import { parse } from '../src/parser/parse';
import { addressOf, findParagraph, parseParagraphQuery } from '../src/parser/query';
import { fixture } from './support/fixtures';

describe('paragraph addresses', () => {
  it('parses the forms drafters type', () => {
    const cases: [string, object | undefined][] = [
      ['3', { part: 'any', number: '3', labels: [] }],
      ['OP3', { part: 'OP', number: '3', labels: [] }],
      ['op 3', { part: 'OP', number: '3', labels: [] }],
      ['PP3', { part: 'PP', number: '3', labels: [] }],
      ['pp 3', { part: 'PP', number: '3', labels: [] }],
      ['3(a)', { part: 'any', number: '3', labels: ['a'] }],
      ['3 (a) (ii)', { part: 'any', number: '3', labels: ['a', 'ii'] }],
      ['OP3(a)(ii)', { part: 'OP', number: '3', labels: ['a', 'ii'] }],
      ['paragraph 3', { part: 'any', number: '3', labels: [] }],
      ['OP3bis', { part: 'OP', number: '3bis', labels: [] }],
      ['annex 5', { part: 'annex', annex: undefined, number: '5', labels: [] }],
      ['annex II 5(a)', { part: 'annex', annex: 'ii', number: '5', labels: ['a'] }],
      ['OP12(a)(dash2)', { part: 'OP', number: '12', labels: ['a', 'dash2'] }],
      ['', undefined],
      ['three', undefined],
      ['PP3(a)', undefined],
      ['3(', undefined],
    ];
    for (const [input, want] of cases) assert.deepStrictEqual(parseParagraphQuery(input), want, input);
  });

  it('finds paragraphs: a bare number is operative; PP, sub-paragraphs and annexes by address', () => {
    const text = fixture('corpus/pdftotext/texts/S_2024_557-EN.txt');
    const m = parse(text);
    const at = (q: string) => findParagraph(m, q)?.id;
    assert.strictEqual(at('3'), 'OP3');
    assert.strictEqual(at('pp 2'), 'PP2');
    assert.strictEqual(at('annex 1'), 'ANNEX1:1');
    assert.strictEqual(at('annex II 5'), 'ANNEX2:5');
    assert.strictEqual(at('annex 2 5'), 'ANNEX2:5');
    assert.strictEqual(at('annex I 1(a)'), 'ANNEX1:1(a)');
    assert.strictEqual(at('OP99'), undefined);
    assert.strictEqual(at('annex III 1'), undefined);
    assert.strictEqual(addressOf(m, 'ANNEX2:5'), 'annex II 5');
    assert.strictEqual(at('ANNEX2:5'), 'ANNEX2:5', 'a paragraph id is an address too');
    assert.strictEqual(at('annex1:1(a)'), 'ANNEX1:1(a)');
  });

  it('an annex printed "Annex 3" before a third, unnumbered one: each annex keeps an address that finds it (fuzzer, seed 20261128)', () => {
    const text = 'Recalling 18th plenary meeting,\nRecalling Annex 3 Annex II,\nRecalling Annex I,\n1. Recalling,';
    const m = parse(text);
    assert.deepStrictEqual(m.annexes.map((a) => a.name), ['Annex 3', 'Annex', 'Annex']);
    const address = addressOf(m, 'ANNEX3:1');
    assert.strictEqual(findParagraph(m, address)?.id, 'ANNEX3:1', `address ${address}`);
    assert.strictEqual(findParagraph(m, 'annex 3 1'), undefined, '"annex 3" is the annex printed so, which has no paragraph 1');
  });
});
