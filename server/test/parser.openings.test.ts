// Opening phrases as the segmenter reads them (openings.ts): the lexicon's words, the fixed
// phrases, the continuations that belong to a phrase, and words that only look like one. The
// cheap checks that skip the continuation and fixed-phrase expressions must never change a phrase.
import * as assert from 'assert';
import { CleanText } from '../src/parser/cleanText';
import { openingPhrase, operativeOpeningAt } from '../src/parser/openings';

const pre = (s: string) => openingPhrase(new CleanText(s, []), 0, 'preambular')?.text;
const op = (s: string) => operativeOpeningAt(new CleanText(s, []), 0)?.text;

/** [reader, text, the phrase it reads there (undefined: none)] */
type Case = [typeof pre, string, string | undefined];
const check = (cases: Case[]) => {
  for (const [read, text, want] of cases) assert.strictEqual(read(text), want, JSON.stringify(text));
};

describe('opening phrases', () => {
  it('continuations after the head word, with commas, line breaks and other blanks', () =>
    check([
      [pre, 'Recalling also its resolution 2331 (2016),', 'Recalling also'],
      [pre, 'Taking note with appreciation of the report', 'Taking note with appreciation of'],
      [pre, 'Bearing in mind the purposes', 'Bearing in mind'],
      [pre, 'Noting, further, that', 'Noting further'],
      [pre, 'Recalling\nonce   again the', 'Recalling once again'],
      [pre, 'Noting\u00a0with\u00a0concern the', 'Noting with concern'],
      [pre, 'Recalling also\u205ffurther the', 'Recalling also further'],
    ]));

  it('no continuation where the next word is not one', () =>
    check([
      [pre, 'Recalling its resolution 2331 (2016),', 'Recalling'],
      [pre, 'Recalling, in particular, its', 'Recalling'],
      [pre, 'Recalling', 'Recalling'],
      [pre, 'Recalling,', 'Recalling'],
      [pre, 'Recalling alsoX', 'Recalling'],
    ]));

  it('fixed phrases, and their first words elsewhere', () =>
    check([
      [pre, 'In view of the situation', 'In view of'],
      [pre, 'Having regard to the Charter', 'Having regard to'],
      [pre, 'With a view to ending', 'With a view to'],
      [op, 'It is hereby decided that', 'It is hereby decided'],
      [op, 'Is deeply concerned by', 'Is deeply concerned'],
      [op, 'Decides to remain seized', 'Decides'],
      [op, 'Further requests the Secretary-General', 'Further requests'],
    ]));

  it('quotes before the first word are not part of it', () =>
    check([
      [pre, '“Recalling also the', 'Recalling also'],
      [pre, '"Noting with concern', 'Noting with concern'],
      [op, '“Decides that', 'Decides'],
      [pre, 'the Council', undefined],
    ]));
});
