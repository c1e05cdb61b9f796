// The hand-verified answer keys (test-fixtures/corpus/**/gold) and how a paragraph's words are
// compared with them: whitespace tokens, line-end hyphenation joined, typographic quotes folded,
// the paragraph's own label and opening quote left out.
import * as path from 'path';
import { readdirSync, readFileSync } from 'fs';
import { FIXTURES } from './fixtures';

export interface GoldParagraph {
  id: string;
  first: string;
  last: string;
  subs?: GoldParagraph[];
}

export interface GoldKey {
  file: string;
  symbol: string;
  preamble: GoldParagraph[];
  operative: GoldParagraph[];
  annexes?: { title: string; paragraphs: number; first_para_first: string }[];
  notes?: string;
}

export interface GoldSet {
  name: string;
  dir: string;
  keys: GoldKey[];
}

export function goldSets(): GoldSet[] {
  return [
    { name: 'gold', dir: path.join(FIXTURES, 'corpus') },
    { name: 'pdftotext', dir: path.join(FIXTURES, 'corpus', 'pdftotext') },
  ].map((s) => ({
    ...s,
    keys: readdirSync(path.join(s.dir, 'gold'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(s.dir, 'gold', f), 'utf8')) as GoldKey),
  }));
}

export function goldText(set: GoldSet, key: GoldKey): string {
  return readFileSync(path.join(set.dir, 'texts', key.file), 'utf8');
}

/** Every keyed paragraph, depth first; unlabelled dash bullets are keyed but not named by label. */
export function flattenGold(key: GoldKey): GoldParagraph[] {
  const out: GoldParagraph[] = [...key.preamble];
  const walk = (list: GoldParagraph[] | undefined) => {
    for (const p of list ?? []) {
      out.push(p);
      walk(p.subs);
    }
  };
  walk(key.operative);
  return out;
}

export function wordsOf(s: string): string[] {
  return s
    .replace(/\u00AD/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/([A-Za-z0-9])([-])\s+(?=[A-Za-z0-9])/g, '$1$2')
    .split(/\s+/)
    .filter(Boolean);
}

const bare = (w: string) => w.replace(/^["']+|["']+$/g, '').toLowerCase();

/** Drops a leading label ("3.", "(a)") or opening quote from a paragraph's words. */
export function withoutLabel(words: string[]): string[] {
  const out = [...words];
  while (out.length && /^(?:"|\d+\.|\(\w{1,5}\)|\d+\s*bis\.?|-{2}|[—–])$/.test(out[0])) out.shift();
  if (out.length) out[0] = out[0].replace(/^"+/, '');
  return out;
}

/** Does a paragraph's text begin with the key's first words and end with its last words? */
export function matchesGold(paragraphText: string, g: GoldParagraph): { first: boolean; last: boolean; got: string } {
  const ws = withoutLabel(wordsOf(paragraphText));
  const first = wordsOf(g.first);
  const last = wordsOf(g.last);
  const eq = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => bare(w) === bare(b[i]));
  return {
    first: eq(ws.slice(0, first.length), first),
    last: eq(ws.slice(-last.length), last),
    got: `${ws.slice(0, first.length).join(' ')} … ${ws.slice(-last.length).join(' ')}`,
  };
}
