// The outline's JSON as the stdio writer sends it: the same JSON value, every character ASCII.
import * as assert from 'assert';
import { asciiJson } from '../src/service/asciiJson';
import { fixture } from './support/fixtures';

describe('asciiJson', () => {
  const samples: unknown[] = [
    { name: 'PP4', detail: 'Recalling “the Pact for the Future”, l’Assemblée générale', kind: 8 },
    { detail: 'الجمعية العامة', emoji: 'a😀b', lone: '\ud800x', nbsp: 'a\u00a0b', quote: 'say "x"\\ \n' },
    ['ASCII only', 1, null, true],
    { text: fixture('corpus/texts/A-RES-80-1.txt') },
  ];
  for (const [i, value] of samples.entries()) {
    it(`sample ${i}: parses to the same value, and holds nothing but ASCII`, () => {
      const json = JSON.stringify(value);
      const ascii = asciiJson(json);
      assert.deepStrictEqual(JSON.parse(ascii), JSON.parse(json));
      assert.ok(/^[\x00-\x7f]*$/.test(ascii));
      // Nothing to escape: the very same text.
      if (/^[\x00-\x7f]*$/.test(json)) assert.strictEqual(ascii, json);
    });
  }

  it('escapes each UTF-16 unit as \\uXXXX, lower-case hex, four digits', () => {
    assert.strictEqual(asciiJson('"é“😀"'), '"\\u00e9\\u201c\\ud83d\\ude00"');
  });
});
