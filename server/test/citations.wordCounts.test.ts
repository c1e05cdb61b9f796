// Counts of context words carried from version to version (citations/wordCounts.ts): after any
// edit they must be the counts of the new text, found by reading only around the edit.
import * as assert from 'assert';
import { parse, reparse } from '../src/parser/parse';
import { COUNT_CAP, countWord, WordCounts, wordCountStats } from '../src/citations/wordCounts';
import { fixture, listFixtures } from './support/fixtures';

/** Every occurrence of a word that cannot overlap itself. */
const everyOccurrence = (text: string, w: string) => text.split(w).length - 1;

describe('context-word counts carried across versions', () => {
  const volume = [
    ...listFixtures('corpus/bulk/cr-unsc').filter((_, i) => i % 6 === 0).map((f) => fixture(`corpus/bulk/cr-unsc/${f}`)),
    ...listFixtures('corpus/texts').map((f) => fixture(`corpus/texts/${f}`)),
  ].join('\n\n');
  // The catalogue's context words, the most used ("Sudan", beyond the cap here) and rare ones.
  const words = ['Sudan', 'Liberia', 'Nepal', 'Chad', 'Somalia', 'United States', 'New York', 'Host Country', 'financing for development'];

  it('counts as the matcher always has: from the start, after each occurrence, capped', () => {
    assert.strictEqual(countWord('aaaa', 'aa'), 2);
    assert.strictEqual(countWord('Sudan, South Sudan', 'Sudan'), 2);
    assert.strictEqual(countWord('x '.repeat(200), 'x'), COUNT_CAP);
    assert.strictEqual(countWord('', 'x'), 0);
  });

  it('after each edit, equal to the new text counted afresh; only the first version reads the whole text', () => {
    let text = volume;
    let model = parse(text);
    let counts = new WordCounts(model);
    for (const w of words) assert.strictEqual(counts.occurrences(text, w), everyOccurrence(text, w), w);
    assert.ok(everyOccurrence(text, 'Sudan') > COUNT_CAP, 'one word used beyond the cap');
    // Each edit found in the text as it then is: insert words, cut one in half and join it again
    // (an occurrence that starts before the edit), replace across an occurrence's end, split one
    // by an insertion, delete one whole or only its first letter, edit at either end of the text.
    const find = (t: string, s: string, from = 0) => {
      const i = t.indexOf(s, from);
      assert.ok(i >= 0, `${s} is in the text`);
      return i;
    };
    const edits: ((t: string) => [number, number, string])[] = [
      (t) => [t.length >> 1, 0, ' the Sudan and Liberia '],
      (t) => [find(t, 'Sudan', t.length >> 1) + 2, 1, ''],
      (t) => [find(t, 'Suan') + 2, 0, 'd'],
      (t) => [find(t, 'New York') + 5, 6, 'Yo'],
      (t) => [find(t, 'New York') + 3, 0, 'Host Country'],
      (t) => [find(t, 'Liberia'), 7, ''],
      (t) => [find(t, 'Somalia') - 1, 2, ''],
      () => [0, 0, 'Nepal '],
      (t) => [t.length, 0, ' Chad'],
      () => [10, 40, 'United States of America, New Yorkers'],
    ];
    for (const edit of edits) {
      const [at, removed, inserted] = edit(text);
      text = text.slice(0, at) + inserted + text.slice(at + removed);
      model = reparse(model, text, { start: at, endOld: at + removed, endNew: at + inserted.length });
      const before = { ...wordCountStats };
      counts = new WordCounts(model);
      for (const w of words) {
        assert.strictEqual(counts.occurrences(text, w), everyOccurrence(text, w), `${w} after editing at ${at}`);
        assert.strictEqual(counts.count(text, w), countWord(text, w), w);
      }
      assert.strictEqual(wordCountStats.carried - before.carried, words.length, 'every word carried from the version before');
      assert.strictEqual(wordCountStats.scanned - before.scanned, 0);
    }
  });

  it('a word whose occurrences can overlap is counted afresh; so is one the version before never counted', () => {
    const text = 'The banana and the bananas of the Sudan.';
    const model = parse(text);
    new WordCounts(model).count(text, 'anan');
    const edited = text.slice(0, 4) + 'ban' + text.slice(4);
    const next = new WordCounts(reparse(model, edited, { start: 4, endOld: 4, endNew: 7 }));
    const before = { ...wordCountStats };
    assert.strictEqual(next.count(edited, 'anan'), countWord(edited, 'anan'));
    assert.strictEqual(next.count(edited, 'Sudan'), 1);
    assert.strictEqual(wordCountStats.scanned - before.scanned, 2);
    assert.strictEqual(wordCountStats.carried - before.carried, 0);
  });
});
