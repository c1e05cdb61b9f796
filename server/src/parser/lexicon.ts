// How resolutions are written, as data: the phrases that open preambular paragraphs and the verbs
// that open operative ones. The segmenter asks these tables; it does not guess from capitals.

/** Adverbs and qualifiers that may precede an opening word: "Deeply concerned", "Also decides". */
export const QUALIFIERS = new Set([
  'Also', 'Further', 'Furthermore', 'Again', 'Once', 'Deeply', 'Gravely', 'Strongly', 'Seriously', 'Profoundly', 'Greatly',
  'Firmly', 'Fully', 'Particularly', 'Especially', 'Increasingly', 'Extremely', 'Highly', 'Most', 'Very', 'Emphatically',
  'Equally', 'Additionally', 'Similarly', 'Likewise', 'Finally', 'Moreover', 'Still', 'Solemnly', 'Unanimously', 'Sincerely',
  'Warmly', 'Expressly', 'Categorically', 'Vigorously', 'Urgently', 'Earnestly', 'Keenly', 'Bitterly', 'Sorely', 'Duly',
]);

/**
 * Words that open a preambular paragraph on their own (participles, adjectives, "Having …").
 * Multi-word openers ("Bearing in mind", "Taking note") start with one of these.
 */
export const PREAMBULAR_HEADS = new Set([
  'Acknowledging', 'Acting', 'Adhering', 'Affirming', 'Alarmed', 'Anxious', 'Appalled', 'Appealing', 'Appreciating',
  'Approving', 'Aware', 'Bearing', 'Believing', 'Building', 'Calling', 'Cognizant', 'Cognisant', 'Commending', 'Committed', 'Concerned',
  'Condemning', 'Confident', 'Confirming', 'Conscious', 'Considering', 'Contemplating', 'Continuing', 'Convinced',
  'Declaring', 'Demanding', 'Deploring', 'Desiring', 'Desirous', 'Determined', 'Determining', 'Dismayed', 'Distressed', 'Disturbed',
  'Emphasizing', 'Emphasising', 'Encouraged', 'Encouraging', 'Endorsing', 'Expecting', 'Expressing', 'Fearful', 'Grieved',
  'Guided', 'Having', 'Heartened', 'Highlighting', 'Horrified', 'Inspired', 'Insisting', 'Keeping', 'Keen', 'Looking',
  'Mindful', 'Motivated', 'Noting', 'Observing', 'Outraged', 'Paying', 'Persuaded', 'Pleased', 'Praising', 'Reaffirming',
  'Realizing', 'Realising', 'Receiving', 'Recalling', 'Recognizing', 'Recognising', 'Recommending', 'Referring', 'Reflecting',
  'Regretting', 'Reiterating', 'Rejecting', 'Remaining', 'Reminding', 'Renewing', 'Resolved', 'Resolving', 'Responding',
  'Reviewing', 'Saddened', 'Satisfied', 'Seeking', 'Seized', 'Shocked', 'Stressing', 'Striving', 'Supporting', 'Taking',
  'Troubled', 'Underlining', 'Underscoring', 'Urging', 'Viewing', 'Welcoming', 'Wishing', 'Worried', 'Being', 'Deciding',
  'Upholding', 'Pointing', 'Sharing', 'Aiming', 'Valuing', 'Disappointed', 'Gratified', 'Whereas', 'Anticipating',
  'Convening', 'Emphasising', 'Fulfilling', 'Stating', 'Welcoming', 'Believing', 'Hoping', 'Trusting',
]);

/** Openers made of ordinary words, matched as whole phrases ("In view of", "It is resolved"). */
const PREAMBULAR_PHRASE_PATTERNS = ['In\\s+view\\s+of', 'In\\s+the\\s+light\\s+of', 'In\\s+light\\s+of', 'With\\s+a\\s+view\\s+to', 'Having\\s+regard\\s+to'];
const OPERATIVE_PHRASE_PATTERNS = [
  'It\\s+is\\s+(?:hereby\\s+)?(?:resolved|decided|agreed)',
  'Is\\s+(?:deeply\\s+|gravely\\s+|seriously\\s+)?(?:concerned|convinced|determined|resolved)',
];
const wholePhrases = (patterns: string[]) => new RegExp(`^(?:${patterns.join('|')})\\b`);
/** The first word of each pattern: where a text's first word is none of them, no phrase can match. */
const firstWordsOf = (patterns: string[]) => new Set(patterns.map((p) => /^[A-Za-z]+/.exec(p)![0]));
export const PREAMBULAR_PHRASES = wholePhrases(PREAMBULAR_PHRASE_PATTERNS);
export const OPERATIVE_PHRASES = wholePhrases(OPERATIVE_PHRASE_PATTERNS);
export const PREAMBULAR_PHRASE_STARTS = firstWordsOf(PREAMBULAR_PHRASE_PATTERNS);
export const OPERATIVE_PHRASE_STARTS = firstWordsOf(OPERATIVE_PHRASE_PATTERNS);

/**
 * Words that continue an opening phrase: "Recalling also", "Taking note with appreciation of",
 * "Bearing in mind", "Noting, further". Each may follow a comma and blanks, and they may chain.
 */
const CONTINUATION_PATTERNS = [
  'also', 'further', 'again', 'once\\s+again',
  'with\\s+(?:deep\\s+|grave\\s+|great\\s+|serious\\s+)?(?:appreciation|satisfaction|concern|regret|alarm)(?:\\s+also)?',
  'note(?:\\s+(?:with\\s+(?:appreciation|concern|satisfaction))?(?:\\s+also)?(?:\\s+of)?)?',
  'into\\s+account', 'into\\s+consideration', 'in\\s+mind', 'upon', 'on', 'for', 'under', 'by',
];
export const PHRASE_CONTINUATION = new RegExp(`^(?:,?\\s+(?:${CONTINUATION_PATTERNS.join('|')}))+(?=[\\s,]|$)`);
/** Character codes a continuation's first word starts with. */
export const CONTINUATION_INITIALS = new Set(CONTINUATION_PATTERNS.map((p) => p.charCodeAt(0)));

/**
 * Third-person verbs that open an operative paragraph ("Decides", "Calls upon"). Used where no
 * paragraph number says so: an unnumbered operative paragraph, a number printed after its text.
 */
export const OPERATIVE_VERBS = new Set([
  'Accepts', 'Acknowledges', 'Adopts', 'Affirms', 'Agrees', 'Appeals', 'Appoints', 'Approves', 'Asks', 'Assures', 'Authorizes',
  'Authorises', 'Calls', 'Commends', 'Concurs', 'Condemns', 'Confirms', 'Congratulates', 'Considers', 'Decides', 'Declares',
  'Demands', 'Deplores', 'Designates', 'Determines', 'Directs', 'Draws', 'Elects', 'Emphasizes', 'Emphasises', 'Encourages',
  'Endorses', 'Establishes', 'Expresses', 'Extends', 'Highlights', 'Instructs', 'Insists', 'Invites', 'Looks', 'Notes',
  'Pays', 'Proclaims', 'Reaffirms', 'Recalls', 'Recognizes', 'Recognises', 'Recommends', 'Regrets', 'Reiterates', 'Rejects',
  'Reminds', 'Renews', 'Requests', 'Resolves', 'Solicits', 'Stresses', 'Suggests', 'Supports', 'Takes', 'Thanks',
  'Transmits', 'Trusts', 'Underlines', 'Underscores', 'Urges', 'Welcomes', 'Warns', 'Applauds', 'Condones', 'Reconfirms',
  'Deems', 'Entrusts', 'Mandates', 'Launches', 'Commits', 'Pledges', 'Undertakes', 'Reviews', 'Specifies', 'Clarifies',
  'Exhorts', 'Implores', 'Enjoins', 'Censures', 'Denounces', 'Deprecates', 'Expects', 'Hopes', 'Wishes',
  'Dissolves', 'Terminates', 'Suspends', 'Lifts', 'Imposes', 'Requires', 'Permits', 'Orders', 'Prohibits', 'Observes',
  'Regards', 'Admits', 'Reconvenes', 'Adjourns', 'Continues', 'Reiterates', 'Repeats', 'Stands', 'Remains', 'Shares',
  'Salutes', 'Honours', 'Honors', 'Mourns', 'Calls', 'Emphasises', 'Acknowledges', 'Accepts', 'Promotes', 'Advises',
]);

/** Lower-case forms, to tell a parent clause resuming ("; and requests") after an inline list. */
export const OPERATIVE_VERBS_LOWER = new Set([...OPERATIVE_VERBS].map((v) => v.toLowerCase()));

/** Is this capitalised word (already known to start a clause) a preambular opening head? */
export function isPreambularHead(word: string): boolean {
  return PREAMBULAR_HEADS.has(word);
}

/** A participle not in the table ("Demanding", "Supporting") still opens a preambular paragraph. */
export function looksLikeParticiple(word: string): boolean {
  return word.length > 5 && word.endsWith('ing') && /^[A-Z][a-z]+$/.test(word);
}

export const OPENING_WORDS = new Set([...PREAMBULAR_HEADS, ...QUALIFIERS, ...OPERATIVE_VERBS, ...PREAMBULAR_PHRASE_STARTS, ...OPERATIVE_PHRASE_STARTS]);

/** Could this capitalised word (the word alone, as matched) begin an opening phrase? */
export function mayOpenParagraph(word: string): boolean {
  return OPENING_WORDS.has(word) || word.endsWith('ing');
}
