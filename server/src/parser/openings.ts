// Opening phrases: the words that open a paragraph ("Recalling also", "Deeply concerned",
// "Further requests", "It is resolved"), read from the lexicon at a given offset.
import { CleanText } from './cleanText';
import { isSpace, oneSpaced } from './text';
import {
  CONTINUATION_INITIALS,
  isPreambularHead,
  looksLikeParticiple,
  OPERATIVE_PHRASE_STARTS,
  OPERATIVE_PHRASES,
  OPERATIVE_VERBS,
  PHRASE_CONTINUATION,
  PREAMBULAR_PHRASE_STARTS,
  PREAMBULAR_PHRASES,
  QUALIFIERS,
} from './lexicon';

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
  const firstBare = first.word.replace(/[,;:.]$/, '');
  let w = stripQuote(firstBare);
  let end = first.at + firstBare.length;
  let phrase = w;
  let generic = false;
  // The fixed phrases open with these words only: other paragraphs skip the look (a slice and a match).
  if (kind === 'preambular' && PREAMBULAR_PHRASE_STARTS.has(first.word)) {
    const fixed = PREAMBULAR_PHRASES.exec(c.slice(first.at, first.at + 40));
    if (fixed) return { text: oneSpaced(fixed[0]), end: first.at + fixed[0].length };
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
  // Each starts (after a comma and blanks) with one of CONTINUATION_INITIALS: other words skip the match.
  if (!mayContinue(c, end)) return { text: phrase, end, generic };
  const cont = PHRASE_CONTINUATION.exec(c.slice(end, end + 60));
  if (cont) {
    end += cont[0].replace(/\s+$/, '').length;
    phrase += ' ' + oneSpaced(cont[0].replace(/^,?\s+/, ''));
  }
  return { text: phrase, end, generic };
}

/** The operative opening phrase at `at` ("Decides", "Further requests", "further fully endorses"). */
export function operativeOpeningAt(c: CleanText, at: number): Opening | undefined {
  let w = nextWord(c, at);
  const phrase = OPERATIVE_PHRASE_STARTS.has(w.word) ? OPERATIVE_PHRASES.exec(c.slice(w.at, w.at + 40)) : null;
  if (phrase) return { text: oneSpaced(phrase[0]), end: w.at + phrase[0].length };
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

/** A blank to the continuation's `\s`: the parser's blanks and the two more `\s` takes. */
const isContinuationBlank = (ch: number) => isSpace(ch) || ch === 0x1680 || ch === 0x205f;

/**
 * Whether a continuation of the phrase can start at `end`: an optional comma, blanks, then one of
 * its initials. False only where PHRASE_CONTINUATION cannot match.
 */
function mayContinue(c: CleanText, end: number): boolean {
  let i = end;
  if (c.charCodeAt(i) === 44) i++;
  if (i >= c.length || !isContinuationBlank(c.charCodeAt(i))) return false;
  while (i < c.length && isContinuationBlank(c.charCodeAt(i))) i++;
  return CONTINUATION_INITIALS.has(c.charCodeAt(i));
}

export function stripQuote(w: string): string {
  const ch = w.charCodeAt(0);
  // Most words open with a letter: no match to run.
  return ch === 0x201c || ch === 34 || ch === 0x2018 || ch === 39 || ch === 40 ? w.replace(/^[“"‘'(]+/, '') : w;
}

export function capitalise(w: string): string {
  return w ? w[0].toUpperCase() + w.slice(1) : w;
}
