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
  'Acting under Chapter VI', 'Acting under Chapter VII', 'Acting under Chapter VIII', 'Adhering',
  'Adopting', 'Affirming', 'Aiming', 'Alarmed', 'Anticipating', 'Anxious', 'Appalled',
  'Appealing', 'Appreciating', 'Approving', 'Attaching', 'Aware', 'Bearing in mind', 'Believing',
  'Building on', 'Building upon', 'Calling', 'Calling for', 'Calling on', 'Calling upon',
  'Cognisant', 'Cognizant', 'Commending', 'Committed', 'Concerned', 'Condemning', 'Confident',
  'Confirming', 'Conscious', 'Considering', 'Contemplating', 'Continuing', 'Convening',
  'Convinced', 'Deciding', 'Declaring', 'Demanding', 'Deploring', 'Desiring', 'Desirous',
  'Determined', 'Determining', 'Disappointed', 'Dismayed', 'Distressed', 'Disturbed',
  'Drawing attention', 'Drawing the attention', 'Emphasising', 'Emphasizing', 'Encouraged',
  'Encouraging', 'Endorsing', 'Expecting', 'Expressing', 'Extending', 'Fearful', 'Fulfilling',
  'Gratified', 'Grieved', 'Guided', 'Having regard to', 'Heartened', 'Highlighting', 'Hoping',
  'Horrified', 'In light of', 'In the light of', 'In view of', 'Insisting', 'Inspired', 'Keen',
  'Keeping in mind', 'Learning', 'Looking forward', 'Mindful', 'Motivated', 'Noting',
  'Observing', 'Outraged', 'Paying', 'Paying tribute', 'Persuaded', 'Pleased', 'Pledging',
  'Pointing out', 'Praising', 'Re-emphasizing', 'Reaffirming', 'Realising', 'Realizing',
  'Reasserting', 'Recalling', 'Receiving', 'Recognising', 'Recognizing', 'Recommending',
  'Referring', 'Reflecting', 'Regretting', 'Reiterating', 'Rejecting', 'Remaining',
  'Remaining committed', 'Remaining concerned', 'Remaining deeply concerned',
  'Remaining determined', 'Remaining gravely concerned', 'Remaining seized', 'Reminding',
  'Renewing', 'Requesting', 'Resolved', 'Resolving', 'Responding', 'Reviewing', 'Saddened',
  'Saluting', 'Satisfied', 'Seeking', 'Seized', 'Sharing', 'Shocked', 'Stating', 'Stressing',
  'Striving', 'Supporting', 'Taking fully into account', 'Taking into account',
  'Taking into consideration', 'Taking note', 'Thanking', 'Troubled', 'Trusting', 'Underlining',
  'Underscoring', 'Upholding', 'Urging', 'Valuing', 'Viewing', 'Welcoming', 'Whereas', 'Wishing',
  'With a view to', 'Worried',
];

/** Operative verbs (third person singular, as the organ speaks of itself). */
export const OPERATIVE = [
  'Accepts', 'Acknowledges', 'Addresses', 'Adjourns', 'Admits', 'Adopts', 'Advises', 'Affirms',
  'Agrees', 'Appeals', 'Applauds', 'Appoints', 'Appreciates', 'Approves', 'Asks', 'Assures',
  'Authorises', 'Authorizes', 'Bears in mind', 'Believes', 'Calls', 'Calls for', 'Calls on',
  'Calls upon', 'Cautions', 'Censures', 'Clarifies', 'Commends', 'Commits', 'Communicates',
  'Concurs', 'Condemns', 'Condones', 'Confirms', 'Congratulates', 'Considers', 'Continues',
  'Decides', 'Declares', 'Deems', 'Defers', 'Demands', 'Denounces', 'Deplores', 'Deprecates',
  'Designates', 'Determines', 'Directs', 'Dissolves', 'Draws attention', 'Draws the attention',
  'Elects', 'Emphasises', 'Emphasizes', 'Encourages', 'Endorses', 'Enjoins', 'Entrusts',
  'Establishes', 'Exhorts', 'Expects', 'Expresses', 'Extends', 'Finds', 'Highlights', 'Holds',
  'Honors', 'Honours', 'Hopes', 'Implores', 'Imposes', 'Insists', 'Instructs', 'Invites',
  'Is concerned', 'Is convinced', 'Is deeply concerned', 'Is determined', 'Is gravely concerned',
  'Is resolved', 'Is seriously concerned', 'It is agreed', 'It is decided',
  'It is hereby decided', 'It is hereby resolved', 'It is resolved', 'Launches', 'Lends',
  'Lifts', 'Looks forward', 'Maintains', 'Mandates', 'Mourns', 'Notes', 'Observes', 'Orders',
  'Pays homage', 'Pays tribute', 'Permits', 'Pledges', 'Proclaims', 'Prohibits', 'Promotes',
  'Reaffirms', 'Recalls', 'Recognises', 'Recognizes', 'Recommends', 'Reconfirms', 'Reconvenes',
  'Regards', 'Regrets', 'Reiterates', 'Rejects', 'Remains', 'Remains actively seized',
  'Remains seized', 'Reminds', 'Renews', 'Repeats', 'Requests', 'Requires', 'Resolves',
  'Reviews', 'Salutes', 'Shares', 'Solicits', 'Specifies', 'Stands ready', 'Stresses',
  'Suggests', 'Supports', 'Suspends', 'Takes cognizance', 'Takes into account', 'Takes note',
  'Terminates', 'Thanks', 'Transmits', 'Trusts', 'Underlines', 'Underscores', 'Undertakes',
  'Urges', 'Warns', 'Welcomes', 'Wishes',
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
  'Additionally', 'Again', 'Also', 'Being', 'Bitterly', 'Deeply', 'Duly', 'Emphatically',
  'Equally', 'Especially', 'Extremely', 'Firmly', 'Fully', 'Further', 'Furthermore', 'Gravely',
  'Greatly', 'Highly', 'Increasingly', 'Keenly', 'Likewise', 'Moreover', 'Most', 'Once again',
  'Particularly', 'Profoundly', 'Seriously', 'Similarly', 'Sincerely', 'Sorely', 'Still',
  'Strongly', 'Very', 'Warmly',
];

/** Adverbs that may come before an operative verb ("Also decides", "Strongly condemns"). */
export const OPERATIVE_ADVERBS = [
  'Additionally', 'Again', 'Also', 'Categorically', 'Deeply', 'Earnestly', 'Emphatically',
  'Equally', 'Especially', 'Expressly', 'Extremely', 'Finally', 'Firmly', 'Formally', 'Fully',
  'Further', 'Furthermore', 'Highly', 'Increasingly', 'Likewise', 'Moreover', 'Once again',
  'Once more', 'Resolutely', 'Respectfully', 'Seriously', 'Similarly', 'Sincerely', 'Solemnly',
  'Still', 'Strongly', 'Unanimously', 'Unequivocally', 'Unreservedly', 'Urgently', 'Vigorously',
  'Warmly',
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
