// Opening-phrase lexicon for the TextMate grammar (syntaxes/un-resolution.tmLanguage.json).
// Mined from the corpus fixtures (gold keys, pdftotext drafts, the 451 CR-UNSC resolutions) and
// completed from standard UN and Model UN drafting usage. Keep it in sync in spirit with the
// server's lexicon (server/src/parser/lexicon.ts) when that exists: the grammar colours what the
// parser treats as a clause opening.
//
// Entries are written with a capital first letter, words separated by single spaces; the builder
// derives the lower-case form used after an adverb ("Also decides", "Deeply concerned") and
// lets any run of whitespace stand between words (hard-wrapped PDF text has double spaces).

/**
 * Preambular openings: participles, adjectives and fixed phrases. "Having" + a past participle
 * ("Having considered", "Having also examined", "Having been informed") is recognised by rule in
 * the builder rather than listed here.
 */
export const PREAMBULAR = [
  'Acknowledging', 'Acting in', 'Acting on', 'Acting pursuant to', 'Acting under',
  'Acting under Chapter VI', 'Acting under Chapter VII', 'Acting under Chapter VIII', 'Adopting',
  'Affirming', 'Alarmed', 'Anticipating', 'Anxious', 'Appalled', 'Appealing', 'Appreciating',
  'Approving', 'Attaching', 'Aware', 'Bearing in mind', 'Believing', 'Calling', 'Calling for',
  'Calling on', 'Calling upon', 'Cognisant', 'Cognizant', 'Commending', 'Committed', 'Concerned',
  'Condemning', 'Confident', 'Confirming', 'Conscious', 'Considering', 'Contemplating',
  'Continuing', 'Convinced', 'Declaring', 'Demanding', 'Deploring', 'Desiring', 'Desirous',
  'Determined', 'Determining', 'Dismayed', 'Distressed', 'Disturbed', 'Drawing attention',
  'Drawing the attention', 'Emphasising', 'Emphasizing', 'Encouraged', 'Encouraging',
  'Endorsing', 'Expecting', 'Expressing', 'Extending', 'Fulfilling', 'Grieved', 'Guided',
  'Having regard to', 'Heartened', 'Highlighting', 'Hoping', 'Insisting', 'Keeping in mind',
  'Learning', 'Looking forward', 'Mindful', 'Motivated', 'Noting', 'Observing', 'Outraged',
  'Paying', 'Paying tribute', 'Persuaded', 'Pledging', 'Pointing out', 'Praising',
  'Re-emphasizing', 'Reaffirming', 'Realising', 'Realizing', 'Reasserting', 'Recalling',
  'Recognising', 'Recognizing', 'Recommending', 'Referring', 'Regretting', 'Reiterating',
  'Remaining', 'Remaining committed', 'Remaining concerned', 'Remaining deeply concerned',
  'Remaining determined', 'Remaining gravely concerned', 'Remaining seized', 'Reminding',
  'Renewing', 'Requesting', 'Resolved', 'Resolving', 'Responding', 'Reviewing', 'Saluting',
  'Satisfied', 'Seeking', 'Seized', 'Sharing', 'Shocked', 'Stressing', 'Supporting',
  'Taking fully into account', 'Taking into account', 'Taking into consideration', 'Taking note',
  'Thanking', 'Troubled', 'Underlining', 'Underscoring', 'Upholding', 'Urging', 'Viewing',
  'Welcoming', 'Whereas', 'Wishing',
];

/** Operative verbs (third person singular, as the organ speaks of itself). */
export const OPERATIVE = [
  'Accepts', 'Acknowledges', 'Addresses', 'Adopts', 'Affirms', 'Agrees', 'Appeals', 'Applauds',
  'Appoints', 'Appreciates', 'Approves', 'Asks', 'Assures', 'Authorises', 'Authorizes',
  'Bears in mind', 'Believes', 'Calls', 'Calls for', 'Calls on', 'Calls upon', 'Cautions',
  'Censures', 'Commends', 'Communicates', 'Concurs', 'Condemns', 'Confirms', 'Congratulates',
  'Considers', 'Continues', 'Decides', 'Declares', 'Deems', 'Defers', 'Demands', 'Denounces',
  'Deplores', 'Deprecates', 'Designates', 'Determines', 'Directs', 'Dissolves',
  'Draws attention', 'Draws the attention', 'Emphasises', 'Emphasizes', 'Encourages', 'Endorses',
  'Entrusts', 'Establishes', 'Exhorts', 'Expresses', 'Extends', 'Finds', 'Highlights', 'Holds',
  'Insists', 'Instructs', 'Invites', 'Lends', 'Looks forward', 'Maintains', 'Mandates', 'Notes',
  'Observes', 'Pays homage', 'Pays tribute', 'Pledges', 'Proclaims', 'Reaffirms', 'Recalls',
  'Recognises', 'Recognizes', 'Recommends', 'Reconfirms', 'Regrets', 'Reiterates', 'Rejects',
  'Remains', 'Remains actively seized', 'Remains seized', 'Reminds', 'Renews', 'Repeats',
  'Requests', 'Requires', 'Resolves', 'Salutes', 'Shares', 'Stands ready', 'Stresses',
  'Suggests', 'Supports', 'Takes cognizance', 'Takes into account', 'Takes note', 'Thanks',
  'Transmits', 'Trusts', 'Underlines', 'Underscores', 'Undertakes', 'Urges', 'Warns', 'Welcomes',
];

/**
 * Operative verbs in the base form, used by declarations and outcome documents
 * ("We reaffirm", "21. Commit to"). Only recognised after "We" or a paragraph number, never
 * alone at a line start, where a capitalised "Support" or "Note" may be an ordinary word.
 */
export const OPERATIVE_BASE = [
  'Accept', 'Acknowledge', 'Adopt', 'Affirm', 'Agree', 'Call', 'Call for', 'Call on',
  'Call upon', 'Commend', 'Commit', 'Condemn', 'Decide', 'Declare', 'Emphasize', 'Emphasise',
  'Encourage', 'Endorse', 'Express', 'Highlight', 'Invite', 'Note', 'Pledge', 'Reaffirm',
  'Recall', 'Recognize', 'Recognise', 'Reiterate', 'Request', 'Resolve', 'Stress', 'Support',
  'Take note', 'Underline', 'Underscore', 'Urge', 'Welcome',
];

/** Adverbs that may come before a preambular opening ("Deeply concerned", "Further recalling"). */
export const PREAMBULAR_ADVERBS = [
  'Also', 'Again', 'Being', 'Deeply', 'Duly', 'Firmly', 'Fully', 'Further', 'Furthermore',
  'Gravely', 'Greatly', 'Keenly', 'Most', 'Once again', 'Particularly', 'Profoundly',
  'Seriously', 'Sincerely', 'Strongly', 'Very', 'Warmly',
];

/** Adverbs that may come before an operative verb ("Also decides", "Strongly condemns"). */
export const OPERATIVE_ADVERBS = [
  'Again', 'Also', 'Categorically', 'Deeply', 'Earnestly', 'Emphatically', 'Equally',
  'Expressly', 'Finally', 'Firmly', 'Formally', 'Fully', 'Further', 'Furthermore', 'Likewise',
  'Once again', 'Once more', 'Resolutely', 'Respectfully', 'Seriously', 'Sincerely', 'Solemnly',
  'Strongly', 'Unequivocally', 'Unreservedly', 'Urgently', 'Vigorously', 'Warmly',
];

/** Words that may follow the opening and belong to it ("Recalling also", "Decides further"). */
export const FOLLOWING_ADVERBS = ['also', 'further', 'furthermore', 'again', 'once again', 'once more', 'in particular'];

/** "Noting with deep concern", "Takes note with appreciation". */
export const WITH_ADJECTIVES = [
  'considerable', 'deep', 'deepest', 'grave', 'great', 'greatest', 'growing', 'increasing',
  'particular', 'profound', 'serious', 'some', 'the greatest', 'the utmost', 'utmost',
];
export const WITH_NOUNS = [
  'alarm', 'anxiety', 'apprehension', 'appreciation', 'approval', 'concern', 'disappointment',
  'dismay', 'distress', 'gratitude', 'indignation', 'interest', 'outrage', 'regret',
  'satisfaction', 'shock', 'sorrow',
];

/** Organs that speak in an enacting formula ("The Security Council,"). */
export const ORGANS = [
  'Security Council', 'General Assembly', 'Economic and Social Council', 'Human Rights Council',
  'Trusteeship Council',
];

/** Bodies that start a UN document symbol (S/…, A/…, E/CN.4/…, CCPR/C/…). */
export const SYMBOL_BODIES = [
  'A', 'S', 'E', 'ST', 'DP', 'TD', 'UNEP', 'CCPR', 'CERD', 'CEDAW', 'CRC', 'CAT', 'CRPD', 'CMW',
  'FCCC', 'ICCD', 'UNW', 'ICEF',
];
