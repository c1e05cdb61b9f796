// Builds syntaxes/un-resolution.tmLanguage.json from the lexicon in ./lexicon.mjs.
//   node syntaxes/src/build-grammar.mjs          write the grammar
//   node syntaxes/src/build-grammar.mjs --check  exit 1 if the committed grammar is stale
// The grammar test suite (scripts/suites/30-grammar.mjs) runs the --check too.
//
// Design notes
// - Three shapes of text: clean paragraphs, hard-wrapped PDF text (numbers on their own line,
//   page furniture between lines) and text flattened onto one line. Clause openings are therefore
//   recognised at a line start, after a paragraph number, or after ", " / "; " (flattened text),
//   and only when they are in the lexicon: a capitalised word alone is not an opening, and a
//   lower-case "recalling" inside a sentence never is.
// - The masthead is a region that starts at the first character of the file (\A) and ends before
//   the enacting formula (or the first clause if there is none). Inside it the document's own
//   symbol is a heading; after it, a symbol alone on a line is a running header (furniture).
// - Opening phrases get two scopes: `markup.italic.…` (every default VS Code theme renders
//   markup.italic in italics, as the UN prints these words) and, inside it, a colour-bearing scope
//   (`keyword.other.…` for preambular phrases, `entity.name.function.…` for operative verbs).
//   The italic scope is the outer one so that a theme giving markup.italic a foreground (the
//   2026 themes do) does not override the inner colour.
// - Page furniture (job numbers, barcodes, page counters, date codes, running headers, footnote
//   separators) is `comment.line.furniture.…`, so every theme dims it like a comment.
import { writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as L from './lexicon.mjs';

const S = '.un-resolution';
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (phrase) => phrase.split(' ').map(esc).join('\\s+');
const lowerFirst = (p) => p[0].toLowerCase() + p.slice(1);
/**
 * Alternation of phrases as a prefix tree ("Re(?:call(?:ing|s)|affirm…)"): each word's letters are
 * tried once instead of once per phrase, which keeps the grammar small and fast to compile and run.
 * At every branch the longer continuations come before the end of a shorter phrase, so Oniguruma,
 * which takes the first alternative that fits, still prefers the longest phrase.
 */
const alt = (list) => {
  const root = new Map();
  const END = '';
  for (const phrase of new Set(list)) {
    let node = root;
    for (const ch of phrase) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
    node.set(END, null);
  }
  const token = (ch) => (ch === ' ' ? '\\s+' : esc(ch));
  const emit = (node) => {
    const keys = [...node.keys()].filter((k) => k !== END).sort();
    const branches = keys.map((k) => token(k) + emit(node.get(k)));
    if (node.has(END)) branches.push('');
    if (branches.length === 1) return branches[0];
    return `(?:${branches.join('|')})`;
  };
  return emit(root);
};
const END_OF_WORD = String.raw`(?![\w’'‑-])`;

// ---------------------------------------------------------------------------------------------
// Lexicon regexes (no capturing groups: they are embedded in rules that number their captures)
const FOLLOW = String.raw`(?:\s+(?:${alt(L.FOLLOWING_ADVERBS)}))?` +
  String.raw`(?:\s+with\s+(?:(?:${alt(L.WITH_ADJECTIVES)})\s+)?(?:${alt(L.WITH_NOUNS)})` +
  String.raw`(?:\s+and\s+(?:(?:${alt(L.WITH_ADJECTIVES)})\s+)?(?:${alt(L.WITH_NOUNS)}))?)?`;

function openings(adverbs, phrases, extra = []) {
  const advCap = alt(adverbs);
  const advLow = alt(adverbs.map(lowerFirst));
  const branches = [
    String.raw`(?:${advCap})(?:\s+(?:${advLow}))*\s+(?:${alt(phrases.map(lowerFirst))})`,
    `(?:${alt(phrases)})`,
    ...extra,
  ];
  return `(?:${branches.join('|')})${FOLLOW}${END_OF_WORD}`;
}

/** "Having considered", "Having also examined", "Having been informed", "Having heard". */
const HAVING = String.raw`Having(?:\s+(?:also|further|carefully|duly|again|now|already))*\s+` +
  String.raw`(?:been\s+[a-z]+|in\s+mind|taken\s+(?:note|into\s+account)|[a-z]+(?:ed|en|wn|ne|rd|ght|lt|nt|un|id|ld|et|ad|de))`;
const PREAMB = openings(L.PREAMBULAR_ADVERBS, L.PREAMBULAR, [HAVING]);
const WE = String.raw`We(?:\s+(?:${alt(L.OPERATIVE_ADVERBS.map(lowerFirst))}))*\s+(?:${alt(L.OPERATIVE_BASE.map(lowerFirst))})`;
const OPVERB = openings(L.OPERATIVE_ADVERBS, L.OPERATIVE, [WE]);
const OPBASE = openings(L.OPERATIVE_ADVERBS, L.OPERATIVE_BASE);
const ORGAN = `(?:${alt(L.ORGANS)})`;
const QUOTE = '[“"‘]';

// ---------------------------------------------------------------------------------------------
// Symbols, citations, dates
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = String.raw`\d{1,2}\s+${MONTH}\s+\d{4}`;
const BODY = `(?:${alt(L.SYMBOL_BODIES)})`;
const COMP = String.raw`(?:[A-Z][a-z]{1,4}\.\d+|[A-Z]{1,3}-\d+|[A-Z]{1,7}(?:\.\d+)*|\d+(?:\.\d+)?)`;
const YEAR_SUFFIX = String.raw`(?:\s?\((?:19|20)\d{2}\))?`;
/** A UN document symbol without left context: S/RES/2388 (2017), A/C.3/78/L.41, E/CN.4/2005/L.10/Add.17 */
const SYMBOL_CORE = String.raw`${BODY}(?=/[\w./-]{0,30}\d)(?:/${COMP}){1,9}${YEAR_SUFFIX}(?![\w/])`;
const NOT_AFTER_WORD = String.raw`(?<![\w/.\-‑])`;
const SYMBOL = NOT_AFTER_WORD + SYMBOL_CORE;

const SC_NUM = String.raw`\d{1,4}\s?\((?:19|20)\d{2}\)`;
const OLD_GA = String.raw`\d{1,4}\s?(?:[A-H]\s?)?\((?:ES-|S-)?[IVXLC]+\)`;
const GA_NUM = String.raw`(?:(?:ES|S)-)?\d{1,3}/\d{1,3}(?:\s[A-H](?![\w’'‑-]))?(?![\d/])(?!\s*(?:\d{2}-\d{5}|${BODY}/))`;
const MEMBER = String.raw`(?:${SC_NUM}|${OLD_GA}|${GA_NUM})(?:\s+of\s+${DATE})?`;
const LIST_SEP = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+to\s+|\s+or\s+)`;

const LABEL_CORE = String.raw`(?:[a-z]{1,2}|[ivxlcdm]{1,7}|\d{1,2})`;
const REF_LABEL = String.raw`\((?:[a-z]{1,2}|[ivxlc]{1,7})(?:[-–](?:[a-z]{1,2}|[ivxlc]{1,7}))?\)`;
const REF = String.raw`(?:\d{1,3}(?:\s?(?:bis|ter|quater))?(?:\s?${REF_LABEL})*|${REF_LABEL}(?:\s?${REF_LABEL})*)`;

// ---------------------------------------------------------------------------------------------
// Page furniture
const JOB = String.raw`\d{2}-\d{5}(?:\s*\([A-Z]\))?`;
const BARCODE = String.raw`\*\d{7,8}\*`;
const PAGE = String.raw`\d{1,3}/\d{1,3}`;
const DATECODE = String.raw`\d{6}`;
const PAGE_LABEL = String.raw`Page\s+\d+\s+of\s+\d+`;
const furnitureToken = (withSymbol) => `(?:${JOB}|${BARCODE}|${PAGE_LABEL}|${DATECODE}|${PAGE}${withSymbol ? '|' + SYMBOL_CORE : ''})`;
const furnitureLine = (withSymbol) =>
  String.raw`^(?=\f?[ \t]*${furnitureToken(withSymbol)}(?:[ \t]*${furnitureToken(withSymbol)})*[ \t]*$)`;

const F = (kind) => `comment.line.furniture.${kind}${S}`;
const furnitureTokens = (withSymbol) => [
  { match: '\\f', name: F('form-feed') },
  { match: String.raw`(\d{2}-\d{5})(?:(\s*)(\([A-Z]\)))?`, captures: { 1: { name: F('job-number') }, 3: { name: F('job-number') } } },
  { match: BARCODE, name: F('barcode') },
  { match: PAGE_LABEL, name: F('page-counter') },
  { match: String.raw`(?<!\d)${DATECODE}(?!\d)`, name: F('date-code') },
  { match: String.raw`(?<![\d/])${PAGE}(?![\d/])`, name: F('page-counter') },
  ...(withSymbol ? [{ match: SYMBOL_CORE, name: F('running-header') }] : []),
];

// ---------------------------------------------------------------------------------------------
const OP_SCOPE = `markup.italic.opening-phrase.operative${S} entity.name.function.operative-verb${S}`;
const PP_SCOPE = `markup.italic.opening-phrase.preambular${S} keyword.other.preambular-phrase${S}`;
const QUOTE_SCOPE = `punctuation.definition.quote.begin${S}`;
const NUM_SCOPE = `constant.numeric.paragraph-number${S}`;
const LABEL_SCOPE = `constant.numeric.sub-paragraph-label${S}`;
const DATE_SCOPE = `constant.numeric.date${S}`;
const CLAUSE_START = String.raw`(?:^(\s*)(?:(${QUOTE})\s*)?|(?<=[,;]\s|[,;]\s\s|\*\d{7}\*\s|\*\d{8}\*\s))`;

const ADOPTION = String.raw`((?:Resolution\s+adopted|Adopted)(?:\s+(?:unanimously|without\s+(?:a\s+)?vote|by\s+consensus))?(?:\s+by\s+the\s+${ORGAN})?)` +
  String.raw`(?:(\s+at\s+(?:its|the)\s+)(\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting)?)?(?:(,?\s+(?:held\s+)?on\s+)(${DATE}))?`;
const adoptionCaptures = (offset) => ({
  [offset + 1]: { name: `keyword.other.adoption${S}` },
  [offset + 3]: { name: `constant.numeric.meeting${S}` },
  [offset + 5]: { name: DATE_SCOPE },
});

// Where the masthead may end, an approximate opener suffices (the body rules then apply the full
// lexicon): embedding the whole lexicon here several times made the grammar slow to compile.
const OPENER_HINT = String.raw`(?:(?:Deeply|Gravely|Strongly|Further|Also|Fully|Seriously|Profoundly)\s+[a-z]+|` +
  String.raw`(?:Recalling|Reaffirming|Recognizing|Recognising|Noting|Taking|Welcoming|Expressing|Bearing|Acting|Having|Guided|Mindful|Aware|` +
  String.raw`Conscious|Convinced|Concerned|Determined|Determining|Alarmed|Emphasizing|Emphasising|Stressing|Underlining|Reiterating|` +
  String.raw`Acknowledging|Considering|Whereas|Adopts|Decides|Requests|Calls|Urges|Recommends|Welcomes|Endorses|Approves|Declares|` +
  String.raw`Proclaims|Authorizes|Authorises|Demands|Condemns|Encourages|Invites|Reaffirms|Notes|Takes)(?![\w’'‑-]))`;

const MASTHEAD_STOP = [
  String.raw`(?<!\S)(?=${QUOTE}?The\s+${ORGAN}\s*,)`,
  String.raw`(?=^\s*${QUOTE}?The\s+${ORGAN}\s*$)`,
  String.raw`(?=^\s*THE\s+[A-Z][A-Z’'\- ]*[A-Z]\s*,\s*$)`,
  String.raw`(?=^\s*${QUOTE}?${OPENER_HINT})`,
  String.raw`(?=^\s*${QUOTE}?\d{1,3}\.(?:\s|$))`,
  // flattened text: a numbered clause or a clause after ", " cannot belong to the masthead
  String.raw`(?<=\s)(?=\d{1,3}\.\s+${OPENER_HINT})`,
  String.raw`(?<=[,;]\s)(?=${OPENER_HINT})`,
].join('|');
const MASTHEAD_START = String.raw`\A(?![\s\uFEFF]*${QUOTE}?(?:The\s+${ORGAN}\s*(?:,|$)|THE\s+[A-Z][A-Z’'\- ]*[A-Z]\s*,|${OPENER_HINT}|\d{1,3}\.(?:\s|$)))`;

export function buildGrammar() {
  const repository = {
    'furniture-line': {
      comment: 'A line made only of page furniture: job number, date code, barcode, page counter, running header symbol.',
      begin: furnitureLine(true), end: '$', name: `comment.line.furniture${S}`,
      patterns: furnitureTokens(true),
    },
    'furniture-line-masthead': {
      comment: 'As furniture-line, but a symbol alone on a masthead line is the document symbol, not a running header.',
      begin: furnitureLine(false), end: '$', name: `comment.line.furniture${S}`,
      patterns: furnitureTokens(false),
    },
    'furniture-inline': {
      comment: 'Furniture inside a line (flattened text, footers glued to running headers).',
      patterns: [
        { match: '\\f', name: F('form-feed') },
        { match: String.raw`(?<![\w/\-])(\d{1,3}/\d{1,3})(\s+)(\d{2}-\d{5})(?:(\s*)(\([A-Z]\)))?(?:(\s*)(${SYMBOL_CORE}))?(?![\w/\-])`,
          name: `comment.line.furniture${S}`, captures: { 1: { name: F('page-counter') }, 3: { name: F('job-number') }, 5: { name: F('job-number') }, 7: { name: F('running-header') } } },
        { match: String.raw`(?<![\w/\-])(\d{2}-\d{5})(?:(\s+)(\d{1,3}/\d{1,3}))?(\s*)(${SYMBOL_CORE})`,
          name: `comment.line.furniture${S}`, captures: { 1: { name: F('job-number') }, 3: { name: F('page-counter') }, 5: { name: F('running-header') } } },
        { match: String.raw`(?<![\w/\-])(\d{2}-\d{5})(\s*)(\([A-Z]\))(?:(\s+)(\d{6})(?!\d))?`,
          name: `comment.line.furniture${S}`, captures: { 1: { name: F('job-number') }, 3: { name: F('job-number') }, 5: { name: F('date-code') } } },
        { match: String.raw`(?<![\w/\-])(\d{2}-\d{5})(\s+)(\d{1,3}/\d{1,3})(?![\w/])`,
          name: `comment.line.furniture${S}`, captures: { 1: { name: F('job-number') }, 3: { name: F('page-counter') } } },
        { match: String.raw`(${BARCODE})(?:(\s*)(${SYMBOL_CORE}))?`, name: `comment.line.furniture${S}`, captures: { 1: { name: F('barcode') }, 3: { name: F('running-header') } } },
        { match: PAGE_LABEL, name: F('page-counter') },
        { match: '_{5,}', name: F('footnote-separator') },
      ],
    },
    masthead: {
      comment: 'From the first character of the file to the enacting formula.',
      begin: MASTHEAD_START, end: MASTHEAD_STOP, name: `meta.masthead${S}`,
      patterns: [
        { include: '#furniture-line-masthead' },
        { include: '#furniture-inline' },
        { match: String.raw`\b${ADOPTION}`, name: `meta.adoption${S}`, captures: adoptionCaptures(0) },
        { match: String.raw`^\s*(FORUM|QUESTION\s+OF|SPONSORS?|CO-SPONSORS|CO-SUBMITTERS|SIGNATORIES|SUBMITTED\s+BY|COMMITTEE|TOPIC)(\s*:)`,
          captures: { 1: { name: `keyword.other.field${S}` } } },
        { match: String.raw`^\s*(\d{1,3}/\d{1,3}\.)(\s+)(\S.*?)\s*$`,
          captures: { 1: { name: `markup.heading.title${S} constant.numeric.resolution-number${S}` }, 3: { name: `markup.heading.title${S}` } } },
        { match: String.raw`^\s*(\d{1,4}\s*\(\d{4}\)\.)(\s+Resolution\s+of\s+)(${DATE})`,
          captures: { 1: { name: `markup.heading.title${S}` }, 2: { name: `markup.heading.title${S}` }, 3: { name: `markup.heading.title${S} ${DATE_SCOPE}` } } },
        { match: String.raw`\b(?:Resolution|RESOLUTION)\s+\d{1,4}\s*\(\d{4}\)`, name: `markup.heading.title${S}` },
        { match: String.raw`(?<![(\[]|[(\[]\s)${SYMBOL}`, name: `markup.heading.symbol${S}` },
        { match: String.raw`\b(Distr\.\s*:?)(\s*)(General|Limited|Restricted)\b`,
          captures: { 1: { name: `keyword.other.distribution${S}` }, 3: { name: `constant.language.distribution${S}` } } },
        { match: String.raw`\b(Original\s*:)(\s*)([A-Z][a-z]+(?:\s*(?:/|and)\s*[A-Z][a-z]+)*)`,
          captures: { 1: { name: `keyword.other.original-language${S}` }, 3: { name: `constant.language.original-language${S}` } } },
        { match: String.raw`\b(Agenda\s+items?)(\s+)(\d+(?:\s*\([a-z]\))?(?:(?:\s*,\s*|\s+and\s+)\d+(?:\s*\([a-z]\))?)*)`,
          captures: { 1: { name: `keyword.other.agenda-item${S}` }, 3: { name: `constant.numeric.agenda-item${S}` } } },
        { match: String.raw`\b[A-Z][a-z]+(?:\s*-\s*[a-z]+)?\s+(?:(?:emergency\s+)?special\s+)?session\b`, name: `markup.heading.session${S}` },
        { match: String.raw`(?<=:)(\s*)(draft\s+resolution)\b`, captures: { 2: { name: `keyword.other.draft${S}` } } },
        { match: String.raw`\b(?:United\s+Nations|${ORGAN})\b`, name: `markup.heading.organ${S}` },
        { match: DATE, name: DATE_SCOPE },
        { include: '#body' },
      ],
    },
    body: {
      patterns: [
        { include: '#furniture-line' },
        { include: '#furniture-inline' },
        { include: '#adoption' },
        { include: '#enacting-formula' },
        { include: '#paragraph-number' },
        { include: '#sub-paragraph-label' },
        { include: '#annex-heading' },
        { include: '#preambular-phrase' },
        { include: '#operative-verb' },
        { include: '#paragraph-reference' },
        { include: '#citation' },
      ],
    },
    adoption: {
      patterns: [
        { match: String.raw`^\s*${ADOPTION}`, name: `meta.adoption${S}`, captures: adoptionCaptures(0) },
        { comment: 'Closing line: "3rd plenary meeting", "1977th meeting."',
          match: String.raw`^\s*(\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting)\s*\.?\s*$`, name: `meta.adoption${S}`,
          captures: { 1: { name: `constant.numeric.meeting${S}` } } },
        { comment: 'A date alone on a line (closing date under the meeting line).',
          match: String.raw`^\s*(${DATE})\s*$`, captures: { 1: { name: DATE_SCOPE } } },
      ],
    },
    'enacting-formula': {
      patterns: [
        { match: String.raw`(?:^(\s*)(?:(${QUOTE})\s*)?|(?<=\s))(The\s+${ORGAN})(\s*,)`,
          captures: { 2: { name: QUOTE_SCOPE }, 3: { name: `markup.heading.enacting-formula${S}` }, 4: { name: `punctuation.separator.enacting-formula${S}` } } },
        { match: String.raw`^(\s*)(?:(${QUOTE})\s*)?(The\s+${ORGAN})\s*$`,
          captures: { 2: { name: QUOTE_SCOPE }, 3: { name: `markup.heading.enacting-formula${S}` } } },
        { comment: 'Model UN: "THE FORMAL CLEARING OFFICE,"',
          match: String.raw`^(\s*)(THE\s+[A-Z][A-Z’'\- ]*[A-Z])(\s*,)\s*$`,
          captures: { 2: { name: `markup.heading.enacting-formula${S}` }, 3: { name: `punctuation.separator.enacting-formula${S}` } } },
      ],
    },
    'paragraph-number': {
      patterns: [
        { comment: 'At a line start, alone ("1." then the text on the next line) or followed by its opening words.',
          match: String.raw`^(\s*)(?:(${QUOTE})\s*)?(\d{1,3}(?:\s?(?:bis|ter|quater))?\.)(?=\s|$)(?:(\s+)(?:(${OPVERB})|(${PREAMB})|(${OPBASE})))?`,
          captures: { 2: { name: QUOTE_SCOPE }, 3: { name: NUM_SCOPE }, 5: { name: OP_SCOPE }, 6: { name: PP_SCOPE }, 7: { name: OP_SCOPE } } },
        { comment: 'Inside a flattened line: only when an opening follows ("…; 16. Encourages").',
          match: String.raw`(?<=\s)(${QUOTE})?(\d{1,3}(?:\s?(?:bis|ter|quater))?\.)(\s+)(?:(${OPVERB})|(${PREAMB})|(${OPBASE}))`,
          captures: { 1: { name: QUOTE_SCOPE }, 2: { name: NUM_SCOPE }, 4: { name: OP_SCOPE }, 5: { name: PP_SCOPE }, 6: { name: OP_SCOPE } } },
      ],
    },
    'sub-paragraph-label': {
      patterns: [
        { comment: '"(a)", "(ii)", "(1)" at a line start; not "(a) above" (a wrapped cross-reference).',
          match: String.raw`^(\s*)(?:(${QUOTE})\s*)?(\(${LABEL_CORE}\))(?=\s|$)(?!\s*(?:above|below)\b)`,
          captures: { 2: { name: QUOTE_SCOPE }, 3: { name: LABEL_SCOPE } } },
        { comment: 'Model UN "a)" and "i." at a line start.',
          match: String.raw`^(\s*)((?:[a-z]|[ivx]{1,5})\)|[ivx]{1,5}\.)(?=\s)`,
          captures: { 2: { name: LABEL_SCOPE } } },
        { comment: 'Inside a flattened line, after ":" or ";".',
          match: String.raw`(?<=[:;]\s|[:;]\s\s|[:;]\s\s\s|;\sand\s|;\sor\s)(\(${LABEL_CORE}\))(?=\s)(?!\s*(?:above|below)\b)`,
          captures: { 1: { name: LABEL_SCOPE } } },
        { comment: 'Dash bullets.',
          match: String.raw`^(\s*)([-–—•])(?=\s)`, captures: { 2: { name: `punctuation.definition.list.bullet${S}` } } },
      ],
    },
    'annex-heading': {
      match: String.raw`^\s*((?:Annex|ANNEX|Appendix|APPENDIX)(?:\s+[IVXLC]+)?)\s*$`,
      captures: { 1: { name: `markup.heading.annex${S}` } },
    },
    'preambular-phrase': {
      match: CLAUSE_START + `(${PREAMB})`,
      captures: { 2: { name: QUOTE_SCOPE }, 3: { name: PP_SCOPE } },
    },
    'operative-verb': {
      match: CLAUSE_START + `(${OPVERB})`,
      captures: { 2: { name: QUOTE_SCOPE }, 3: { name: OP_SCOPE } },
    },
    'paragraph-reference': {
      comment: 'Cross-references to paragraphs: "paragraph 1 (a) above", "paragraphs 8, 9 and 12 below".',
      match: String.raw`\b((?:[Ss]ub-?)?[Pp]aragraphs?)(\s+)(${REF}(?:(?:${LIST_SEP}|\s*[-–]\s*)${REF})*)(?:(\s+)(above|below)\b)?`,
      name: `meta.reference.paragraph${S}`,
      captures: {
        3: { patterns: [{ match: REF, name: `constant.other.reference.paragraph${S}` }] },
      },
    },
    citation: {
      patterns: [
        { match: String.raw`\b(Presidential\s+[Ss]tatements?)(\s+)(\d{4}/\d{1,3})\b`, name: `meta.citation${S}`,
          captures: { 3: { name: `string.other.link.citation.prst${S}` } } },
        { match: NOT_AFTER_WORD + String.raw`S/PRST(?:/${COMP}){1,6}(?![\w/])`, name: `string.other.link.citation.prst${S}` },
        { match: NOT_AFTER_WORD + String.raw`S/RES(?:/${COMP}){1,6}${YEAR_SUFFIX}(?![\w/])`, name: `string.other.link.citation.sc-resolution${S}` },
        { match: NOT_AFTER_WORD + String.raw`A/RES(?:/${COMP}){1,6}(?![\w/])`, name: `string.other.link.citation.ga-resolution${S}` },
        { match: NOT_AFTER_WORD + String.raw`${BODY}(?:/${COMP}){0,4}/RES(?:/${COMP}){1,6}(?![\w/])`, name: `string.other.link.citation.other-resolution${S}` },
        { match: SYMBOL, name: `string.other.link.citation.document${S}` },
        { comment: 'Resolutions of other organs: "Human Rights Council resolution S-35/1".',
          match: String.raw`\b((?:Human\s+Rights|Economic\s+and\s+Social|Trusteeship)\s+Council\s+[Rr]esolutions?)(\s+)(${MEMBER}(?:${LIST_SEP}${MEMBER})*)`,
          name: `meta.citation.resolution${S}`,
          captures: { 3: { patterns: [{ match: String.raw`${SC_NUM}|${OLD_GA}|${GA_NUM}`, name: `string.other.link.citation.other-resolution${S}` }] } } },
        { comment: '"resolution 2331 (2016)", "resolutions 55/2 and 60/1", "resolution 217 A (III)".',
          match: String.raw`\b([Rr]esolutions?)(\s+)(${MEMBER}(?:${LIST_SEP}${MEMBER})*)`, name: `meta.citation.resolution${S}`,
          captures: { 3: { patterns: [{ include: '#resolution-number' }] } } },
        { comment: 'A Security Council resolution number alone, e.g. later members of a list: "1665 (2006)".',
          match: String.raw`(?<![\w/])${SC_NUM}`, name: `string.other.link.citation.sc-resolution${S}` },
      ],
    },
    'resolution-number': {
      patterns: [
        { match: SC_NUM, name: `string.other.link.citation.sc-resolution${S}` },
        { match: OLD_GA, name: `string.other.link.citation.ga-resolution${S}` },
        { match: GA_NUM, name: `string.other.link.citation.ga-resolution${S}` },
      ],
    },
  };

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    information_for_contributors: [
      'This file is generated by syntaxes/src/build-grammar.mjs from syntaxes/src/lexicon.mjs.',
      'Edit those and run `node syntaxes/src/build-grammar.mjs`; tests are in test/grammar/.',
    ],
    name: 'UN Resolution',
    scopeName: 'text.un-resolution',
    fileTypes: ['unres', 'res.txt'],
    patterns: [{ include: '#masthead' }, { include: '#body' }],
    repository,
  };
}

export const grammarPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'un-resolution.tmLanguage.json');
export const render = () => JSON.stringify(buildGrammar(), null, 2) + '\n';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = render();
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(grammarPath, 'utf8'); } catch { /* missing */ }
    if (current !== text) {
      console.error(`${grammarPath} is out of date: run node syntaxes/src/build-grammar.mjs`);
      process.exit(1);
    }
    console.log('grammar is up to date');
  } else {
    writeFileSync(grammarPath, text);
    console.log(`wrote ${grammarPath} (${text.length} bytes)`);
  }
}
