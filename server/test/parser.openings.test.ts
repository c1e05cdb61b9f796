// Opening phrases as the segmenter reads them (openings.ts): the lexicon's words, the fixed
// phrases, the continuations that belong to a phrase, and words that only look like one. The
// cheap checks that skip the continuation and fixed-phrase expressions must never change a phrase.
import * as assert from 'assert';
import { CleanText } from '../src/parser/cleanText';
import { openingPhrase, operativeOpeningAt } from '../src/parser/openings';

const pre = (s: string) => openingPhrase(new CleanText(s, []), 0, 'preambular')?.text;
const op = (s: string) => operativeOpeningAt(new CleanText(s, []), 0)?.text;

describe('opening phrases', () => {
  it('continuations after the head word, with commas, line breaks and other blanks', () => {
    assert.strictEqual(pre('Recalling also its resolution 2331 (2016),'), 'Recalling also');
    assert.strictEqual(pre('Taking note with appreciation of the report'), 'Taking note with appreciation of');
    assert.strictEqual(pre('Bearing in mind the purposes'), 'Bearing in mind');
    assert.strictEqual(pre('Noting, further, that'), 'Noting further');
    assert.strictEqual(pre('Recalling\nonce   again the'), 'Recalling once again');
    assert.strictEqual(pre('Noting\u00a0with\u00a0concern the'), 'Noting with concern');
    assert.strictEqual(pre('Recalling also\u205ffurther the'), 'Recalling also further');
  });

  it('no continuation where the next word is not one', () => {
    assert.strictEqual(pre('Recalling its resolution 2331 (2016),'), 'Recalling');
    assert.strictEqual(pre('Recalling, in particular, its'), 'Recalling');
    assert.strictEqual(pre('Recalling'), 'Recalling');
    assert.strictEqual(pre('Recalling,'), 'Recalling');
    assert.strictEqual(pre('Recalling alsoX'), 'Recalling');
  });

  it('fixed phrases, and their first words elsewhere', () => {
    assert.strictEqual(pre('In view of the situation'), 'In view of');
    assert.strictEqual(pre('Having regard to the Charter'), 'Having regard to');
    assert.strictEqual(pre('With a view to ending'), 'With a view to');
    assert.strictEqual(op('It is hereby decided that'), 'It is hereby decided');
    assert.strictEqual(op('Is deeply concerned by'), 'Is deeply concerned');
    assert.strictEqual(op('Decides to remain seized'), 'Decides');
    assert.strictEqual(op('Further requests the Secretary-General'), 'Further requests');
  });

  it('quotes before the first word are not part of it', () => {
    assert.strictEqual(pre('“Recalling also the'), 'Recalling also');
    assert.strictEqual(pre('"Noting with concern'), 'Noting with concern');
    assert.strictEqual(op('“Decides that'), 'Decides');
    assert.strictEqual(pre('the Council'), undefined);
  });
});
