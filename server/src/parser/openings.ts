// Opening phrases: the words that open a paragraph ("Recalling also", "Deeply concerned",
// "Further requests", "It is resolved"), read from the lexicon at a given offset.
import { CleanText } from './cleanText';
import { isSpace } from './text';
import { isPreambularHead, looksLikeParticiple, OPERATIVE_PHRASES, OPERATIVE_VERBS, PREAMBULAR_PHRASES, QUALIFIERS } from './lexicon';

export interface Opening {
  text: string;
  end: number;
  /** Recognised as a participle by its form, not found in the lexicon. */
  generic?: boolean;
}

/** The next whitespace-delimited word at or after `from`, and where it starts. */
export function nextWord(c: CleanText, from: number): { word: string; at: number } {
  let i = from;
  while (i < c.length && isSpace(c.charCodeAt(i))) i++;
  let e = i;
  while (e < c.length && !isSpace(c.charCodeAt(e))) e++;
  return { word: c.slice(i, e), at: i };
}

/**
 * The opening phrase starting at `at`, if the word there opens a paragraph of that kind:
 * "Recalling also", "Deeply concerned", "Taking note with appreciation", "Decides further".
 */
export function openingPhrase(c: CleanText, at: number, kind: 'preambular' | 'operative'): Opening | undefined {
  const first = nextWord(c, at);
  let w = stripQuote(first.word).replace(/[,;:.]$/, '');
  let end = first.at + first.word.replace(/[,;:.]$/, '').length;
  let phrase = w;
  let generic = false;
  if (kind === 'preambular') {
    const fixed = PREAMBULAR_PHRASES.exec(c.slice(first.at, first.at + 40));
    if (fixed) return { text: fixed[0].replace(/\s+/g, ' '), end: first.at + fixed[0].length };
  }
  if (QUALIFIERS.has(w)) {
    const second = nextWord(c, end);
    const head = capitalise(second.word.replace(/[^A-Za-z]/g, ''));
    const ok = kind === 'preambular' ? isPreambularHead(head) || looksLikeParticiple(head) : OPERATIVE_VERBS.has(head);
    if (!ok) return undefined;
    phrase = `${w} ${second.word.replace(/[,;:.]$/, '')}`;
    end = second.at + second.word.replace(/[,;:.]$/, '').length;
    w = head;
  } else if (kind === 'preambular') {
    if (!isPreambularHead(w)) {
      if (!looksLikeParticiple(w)) return undefined;
      // An unknown participle opens a paragraph only before a lower-case word ("Demanding that"),
      // and not inside a name ("… and Punish Trafficking in Persons").
      const next = nextWord(c, end);
      if (!/^[a-z]/.test(next.word)) return undefined;
      if (/^[A-Z]/.test(nextWord(c, next.at + next.word.length).word) && !/^(?:the|its|their|all|that)$/.test(next.word)) return undefined;
      generic = true;
    }
  } else if (!OPERATIVE_VERBS.has(w)) {
    return end > first.at && /^[A-Z“"]/.test(first.word) ? { text: w, end } : undefined;
  }
  // Common continuations that belong to the phrase: "also", "further", "note of", "in mind".
  const cont = /^(?:,?\s+(?:also|further|again|once\s+again|with\s+(?:deep\s+|grave\s+|great\s+|serious\s+)?(?:appreciation|satisfaction|concern|regret|alarm)(?:\s+also)?|note(?:\s+(?:with\s+(?:appreciation|concern|satisfaction))?(?:\s+also)?(?:\s+of)?)?|into\s+account|into\s+consideration|in\s+mind|upon|on|for|under|by))+(?=[\s,]|$)/.exec(c.slice(end, end + 60));
  if (cont) {
    end += cont[0].replace(/\s+$/, '').length;
    phrase += ' ' + cont[0].replace(/^,?\s+/, '').replace(/\s+/g, ' ');
  }
  return { text: phrase, end, generic };
}

/** The operative opening phrase at `at` ("Decides", "Further requests", "further fully endorses"). */
export function operativeOpeningAt(c: CleanText, at: number): Opening | undefined {
  let w = nextWord(c, at);
  const phrase = OPERATIVE_PHRASES.exec(c.slice(w.at, w.at + 40));
  if (phrase) return { text: phrase[0].replace(/\s+/g, ' '), end: w.at + phrase[0].length };
  const words: string[] = [];
  for (let k = 0; k < 3 && w.word; k++) {
    const bare = capitalise(stripQuote(w.word).replace(/[^A-Za-z’'\-]+$/, ''));
    words.push(w.word.replace(/[,;:.]+$/, ''));
    if (OPERATIVE_VERBS.has(bare)) {
      const phrase = openingPhrase(c, at, 'operative');
      const end = w.at + w.word.replace(/[,;:.]+$/, '').length;
      return phrase && phrase.end >= end ? phrase : { text: words.join(' '), end };
    }
    if (!QUALIFIERS.has(bare)) return undefined;
    w = nextWord(c, w.at + w.word.length);
  }
  return undefined;
}

export function stripQuote(w: string): string {
  return w.replace(/^[“"‘'(]+/, '');
}

export function capitalise(w: string): string {
  return w ? w[0].toUpperCase() + w.slice(1) : w;
}
