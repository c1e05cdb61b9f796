// How citations are written in resolutions, as data: dates, the bodies that adopt resolutions and
// how their symbols are made, the words that head an instrument's name. The recognisers read these
// tables; adding a body or a head word is a one-line change here.

export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const MONTH_SET = new Set(MONTHS.toLowerCase().split('|'));

/** "16 May 2006", "May 16, 2006", "May 2006" (on the normalised, single-spaced text). */
export const DATE = `(?:\\d{1,2} (?:${MONTHS}),? \\d{4}|(?:${MONTHS}) \\d{1,2}, \\d{4}|(?:${MONTHS}) \\d{4})`;

export type Body = 'SC' | 'GA' | 'ECOSOC' | 'HRC' | 'WHA' | 'CHR' | 'TC' | 'COUNCIL' | 'OWN';

/**
 * Text just before the word "resolution" that names the adopting body. Order matters: the first
 * match wins, so "Human Rights Council" is tried before a bare "Council".
 */
export const BODY_BEFORE: ReadonlyArray<readonly [RegExp, Body]> = [
  [/Security Council(?:['’]s)? $/, 'SC'],
  [/Economic and Social Council(?:['’]s)? $/, 'ECOSOC'],
  [/Human Rights Council(?:['’]s)? $/, 'HRC'],
  [/World Health Assembly(?:['’]s)? $/, 'WHA'],
  [/Commission on Human Rights(?:['’]s)? $/, 'CHR'],
  [/Trusteeship Council(?:['’]s)? $/, 'TC'],
  [/(?:General )?Assembly(?:['’]s)? $/, 'GA'],
  [/Council(?:['’]s)? $/, 'COUNCIL'],
  [/\b(?:[Ii]ts|[Tt]heir)(?: (?:own|previous|relevant|earlier|subsequent|recent|latest|pertinent|numerous|various|other|all|most))* $/, 'OWN'],
];

/** Human names of the kinds of resolution, by body: what a hover calls them. */
export const BODY_NAMES: Record<string, string> = {
  SC: 'Security Council resolution',
  GA: 'General Assembly resolution',
  ECOSOC: 'Economic and Social Council resolution',
  HRC: 'Human Rights Council resolution',
  WHA: 'World Health Assembly resolution',
  CHR: 'Commission on Human Rights resolution',
  TC: 'Trusteeship Council resolution',
};

export const MONTH_NUMBER: Record<string, string> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06',
  july: '07', august: '08', september: '09', october: '10', november: '11', december: '12',
};

/** Words before a bare "1612 (2005)" that make it something other than a resolution. */
export const NOT_A_RESOLUTION_BEFORE =
  /(?:\bNos?\.|\bnumbers?|\bArticles?|\barticles?|\bparagraphs?|\bparas?\.|\bchap\.|\bChapter|\bvol\.|\bitems?|\bItems?|\bpage|\bp\.|\bRules?|\brules?|\bsection|\bSection|\bLaw|\bAct|\bCode|[$€£]|\bUSD|\bUS\$) ?$/;

/** Single words that head the name of an instrument ("Darfur Peace Agreement", "Pact for the Future"). */
export const INSTRUMENT_HEADS = new Set([
  'agreement', 'agreements', 'accord', 'accords', 'convention', 'conventions', 'covenant', 'protocol', 'protocols',
  'treaty', 'charter', 'statute', 'declaration', 'agenda', 'framework', 'compact', 'consensus', 'commitment', 'pact',
  'roadmap', 'strategy', 'pathway', 'outcome',
]);

/** Heads made of several words: the first word is a head only when the rest follows. */
export const INSTRUMENT_MULTI_HEADS: ReadonlyArray<readonly string[]> = [
  ['programme', 'of', 'action'],
  ['program', 'of', 'action'],
  ['platform', 'for', 'action'],
  ['plan', 'of', 'action'],
  ['plan', 'of', 'implementation'],
  ['action', 'plan'],
  ['code', 'of', 'conduct'],
];

/**
 * Lower-case words that may join the capitalised words of a name the catalogue does not know.
 * Deliberately few: "Agreement between the Sudan and Chad" describes an agreement rather than
 * naming it, and official names with "between", "against" or "concerning" are in the catalogue.
 */
export const NAME_CONNECTORS = new Set(['of', 'on', 'for', 'to', 'in', 'and', 'the']);

/** Capitalised words after a head that make it an attribute, not a name: "Treaty Series", "Convention secretariat". */
export const NOT_AFTER_HEAD = new Set(['series', 'body', 'bodies', 'secretariat', 'committee', 'committees', 'commission', 'conference', 'council', 'organization', 'office', 'meeting', 'meetings', 'fund', 'unit', 'division', 'section', 'department', 'parties', 'party', 'states', 'negotiations', 'process', 'talks', 'implementation', 'monitoring', 'team', 'mechanism', 'commissioner']);

/** Capitalised words that begin something else after "and": "the Agreement and Security Council …". */
export const NAME_STOPS_AFTER_AND = new Set(['security', 'general', 'secretary', 'government', 'governments', 'member', 'states', 'council', 'assembly']);

/** Words that never start an instrument's name even when capitalised. */
export const NAME_NEVER_FIRST = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those', 'his', 'her', 'our', 'all', 'any', 'each', 'such', 'both', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'we', 'it', 'annex', 'annexes', 'appendix', 'chapter', 'part', 'section', 'article', 'resolution', 'decision']);

/** Adjectives between an indefinite article and a name ("a future Final Peace Agreement"): no citation. */
export const INDEFINITE_BEFORE = new Set(['future', 'possible', 'eventual', 'new', 'comprehensive', 'final', 'lasting', 'single']);

/** Provisions of an instrument cited before its name: "Article 25 of the Charter". */
export const PROVISION_BEFORE =
  /(?:^|[^\p{L}\p{N}])((?:[Cc]ommon )?(?:[Aa]rticles?|[Cc]hapters?|[Pp]arts?|[Ss]ections?) (?:[0-9]+|[IVXLC]+)(?: ?\((?:[a-z0-9]{1,4})\))*(?:(?:, | and | to | or )(?:[0-9]+|[IVXLC]+)(?: ?\((?:[a-z0-9]{1,4})\))*)*) (?:of|to|under) (?:the |its |this |that )?$/u;
