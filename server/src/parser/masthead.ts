// The masthead: what stands above the enacting formula ("The Security Council,"). Works on any
// text shape because every field is found by its own pattern, not by line position.
import { Field, Masthead } from './model';
import { detached, oneLine, skipBlank, trimEnd } from './text';

/** How far into a document the masthead and the enacting formula are looked for. */
export const MASTHEAD_WINDOW = 6000;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = `\\d{1,2}\\s+${MONTH}\\s+\\d{4}`;

/** A UN document symbol (S/RES/2388 (2017), A/RES/80/1, S/2017/77, A/C.3/78/L.41). */
const SYMBOL_CORE = String.raw`(?:S\/RES\/\d{1,4}\s?\(\d{4}\)|[A-Z]{1,6}(?:\.\d+)?\/[A-Z0-9.\-]*(?:\/[A-Z0-9.\-]+)*\d[A-Z0-9.\-]*(?:\/[A-Za-z0-9.\-]+)*)`;
export const SYMBOL_SOURCE = String.raw`(?<![\w/])${SYMBOL_CORE}`;
// The patterns below start with the characters they match; what may not stand before a match is
// checked after it (a leading look-behind would be tried at every position of the window).
const SYMBOL = new RegExp(SYMBOL_CORE, 'g');
const RESOLUTION_LINE = /(RESOLUTION|Resolution)\s+(\d{1,4})\s*\((\d{3,4})\)/g;
const ENACTING =
  /(?:[“"]\s*)?(?:The\s+(Security\s+Council|General\s+Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Trusteeship\s+Council|Commission\s+on\s+[A-Z][a-z]+(?:\s+[a-z]+)?(?:\s+[A-Z][a-z]+)*)\s*([,:])?|THE\s+([A-Z'’\-]+(?:\s+[A-Z'’\-]+){0,8})\s*,)/g;
const ADOPTION = new RegExp(
  String.raw`(?:Resolution\s+)?[Aa]dopted\s+(?:unanimously\s+|without\s+(?:a\s+)?vote\s+)?by\s+the\s+(Security\s+Council|General\s+Assembly)` +
    String.raw`(?:\s+at\s+its\s+(\d+)(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting)?(?:\s*,?\s*on\s+(${DATE}))?`,
);
const DISTR_DATE = new RegExp(String.raw`Distr\.\s*:\s*[A-Za-z]+\s+(${DATE})`);
const SESSION = /\b([A-Z][a-z]+(?:\s?-\s?[a-z]+)?)\s+session\b/;
const AGENDA = /\bAgenda\s+items?\s+\d+[\w()]*(?:\s*(?:,|and)\s*\d+[\w()]*)*/;
const GA_TITLE = /(\d{2,3}\/\d{1,4})\s*\.\s+(?=\S)/g;
const JOB_NUMBER = /\d{2}-\d{5}(?!\d)/g;
const MUN_HEADER = /\b(FORUM|QUESTION OF|SPONSOR|SPONSORS|SIGNATORIES|CO-SUBMITTERS|COMMITTEE|TOPIC)\s*:\s*/g;
const ORGAN = /\b(Security Council|General Assembly|Economic and Social Council|Human Rights Council)\b/;
/** "France: draft resolution": found from its fixed end, then read back to its start. */
const DRAFT_RESOLUTION = /:\s*(?:revised\s+)?draft\s+resolution\b/;
const BEFORE_SPONSOR = /^[\s\S]*(?:\n|Original\s*:\s*[A-Z][a-z]+|Distr\.\s*:\s*[A-Za-z]+(?:\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?)\s*/;

export interface FrontMatter {
  masthead?: Masthead;
  enactingFormula?: Field;
  /** Where the body (preamble or operative part) may begin. */
  bodyStart: number;
  /** Titles that page headers repeat (the resolution title without its number). */
  runningTitles: string[];
}

/**
 * A field's words on one line, a string of its own: a view into the text (what `oneLine` gives for
 * words already single-spaced, as in flattened text) kept the text alive as long as anything held
 * the field, the outline the server keeps for the next version among them (5 MB flattened open:
 * a peak of 105-106 MB instead of 96-97).
 */
const fieldText = (text: string, start: number, end: number): string => detached(oneLine(text.slice(start, end)));
const field = (text: string, start: number, end: number): Field => ({ text: fieldText(text, start, end), span: { start, end } });

function findEnactingFormula(text: string, limit: number): Field | undefined {
  ENACTING.lastIndex = 0;
  for (let m; (m = ENACTING.exec(text)) && m.index < limit; ) {
    if (m.index > 0 && /\w/.test(text[m.index - 1])) continue;
    const end = m.index + m[0].length;
    // "The Security Council requests …" is an operative sentence, not the formula.
    const next = /^\s*(\S)/.exec(text.slice(end, end + 40));
    const follower = next ? next[1] : '';
    if (m[3] === undefined && !m[2] && follower && !/[A-Z“"‘(]/.test(follower)) continue;
    // Inside the adoption line: "Adopted by the Security Council" is lower-case "the"; a formula
    // never follows a digit-led label ("1. The Security Council requests").
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/\d\.\s*$/.test(before)) continue;
    let start = m.index;
    while (start < end && /\s/.test(text[start])) start++;
    return { text: fieldText(text, start, end), span: { start, end } };
  }
  return undefined;
}

export function parseFrontMatter(text: string): FrontMatter {
  const window = Math.min(text.length, MASTHEAD_WINDOW);
  const formula = findEnactingFormula(text, window);
  const headEnd = formula ? formula.span.start : window;
  const head = text.slice(0, headEnd);
  const m: Masthead = { span: { start: 0, end: 0 } };
  const ends: number[] = [];
  const note = (f: Field | undefined) => {
    if (f) ends.push(f.span.end);
    return f;
  };

  const sym = firstMatch(SYMBOL, head, /[\w/]/);
  const resLine = firstMatch(RESOLUTION_LINE, head, /[\w/]/);
  if (sym && sym.index < 600) {
    m.symbol = note(field(text, sym.index, sym.index + sym[0].length));
  } else if (resLine && resLine.index < 600) {
    // "Resolution 1755 (2007)": the symbol is not printed; the masthead still names it.
    m.symbol = { text: `S/RES/${resLine[2]} (${resLine[3]})`, span: { start: resLine.index, end: resLine.index + resLine[0].length } };
    ends.push(m.symbol.span.end);
  }
  if (resLine && m.symbol && resLine.index !== m.symbol.span.start) ends.push(resLine.index + resLine[0].length);

  const adoption = ADOPTION.exec(head);
  if (adoption) {
    const f = note(field(text, adoption.index, adoption.index + adoption[0].length))!;
    // Written out: a spread of the field cost 1.3 µs, a quarter of the front matter of a 10 KB text.
    m.adoption = { text: f.text, span: f.span, meeting: adoption[2], date: adoption[3] };
  }
  const organ = ORGAN.exec(head.slice(0, adoption ? adoption.index : head.length)) ?? (adoption ? ORGAN.exec(adoption[0]) : null);
  if (organ) {
    const at = adoption && organ.index >= (adoption ? adoption.index : 0) && !ORGAN.exec(head.slice(0, adoption.index)) ? adoption.index + adoption[0].indexOf(organ[1]) : organ.index;
    m.organ = note(field(text, at, at + organ[1].length));
  }
  const distr = DISTR_DATE.exec(head);
  if (distr) {
    const at = distr.index + distr[0].length - distr[1].length;
    m.date = note(field(text, at, at + distr[1].length));
  }
  const session = SESSION.exec(head);
  if (session) m.session = note(field(text, session.index, session.index + session[0].length));
  const agenda = AGENDA.exec(head);
  if (agenda) m.agendaItem = note(field(text, agenda.index, agenda.index + agenda[0].length));
  const job = firstMatch(JOB_NUMBER, head, /[\d-]/);
  if (job) m.jobNumber = note(field(text, job.index, job.index + job[0].length));

  const runningTitles: string[] = [];
  GA_TITLE.lastIndex = 0;
  let gaTitle: RegExpExecArray | null;
  while ((gaTitle = GA_TITLE.exec(head)) && gaTitle.index > 0 && /[\w/]/.test(head[gaTitle.index - 1])) GA_TITLE.lastIndex = gaTitle.index + 1;
  if (gaTitle && formula) {
    const start = gaTitle.index;
    const title = field(text, start, headEnd);
    m.title = note(title);
    runningTitles.push(fieldText(text, start + gaTitle[0].length, headEnd));
  }
  const draft = DRAFT_RESOLUTION.exec(head);
  if (draft && !m.sponsor) {
    const from = Math.max(0, draft.index - 300);
    const skip = BEFORE_SPONSOR.exec(head.slice(from, draft.index));
    const start = from + (skip ? skip[0].length : 0);
    if (/^[A-Z]/.test(head.slice(start, start + 1)) && !head.slice(start, draft.index).includes(':')) m.sponsor = note(field(text, start, draft.index + draft[0].length));
  }

  // Model UN headers: "FORUM: …  QUESTION OF: …  SPONSOR: …", each up to the next header.
  // An exec loop: matchAll copies the expression first (another 0.5 µs on every text).
  const headers: RegExpExecArray[] = [];
  MUN_HEADER.lastIndex = 0;
  for (let h; (h = MUN_HEADER.exec(head)); ) headers.push(h);
  headers.forEach((h, i) => {
    const valueStart = h.index! + h[0].length;
    let valueEnd = i + 1 < headers.length ? headers[i + 1].index! : headEnd;
    const nl = text.indexOf('\n', valueStart);
    if (nl >= 0 && nl < valueEnd && /\n\s*\n/.test(text.slice(valueStart, valueEnd))) valueEnd = text.slice(0, valueEnd).search(/\s*$/) ;
    const f = note(field(text, h.index!, Math.max(valueStart, trimEnd(text, valueStart, valueEnd))));
    const key = h[1];
    if (key === 'FORUM' || key === 'COMMITTEE') m.forum = f;
    else if (key === 'QUESTION OF' || key === 'TOPIC') {
      m.question = f;
      if (!m.title) m.title = field(text, valueStart, trimEnd(text, valueStart, valueEnd));
    } else m.sponsor = f;
  });
  const pageLabel = /\bPage\s+\d+\s+of\s+\d+\b/.exec(head);
  if (pageLabel) ends.push(pageLabel.index + pageLabel[0].length);

  if (ends.length === 0 && !formula) return { bodyStart: 0, runningTitles };
  const mastheadEnd = formula ? trimEnd(text, 0, formula.span.start) : Math.max(...ends);
  const start = skipBlank(text, 0);
  m.span = { start: Math.min(start, mastheadEnd), end: mastheadEnd };
  const hasFields = ends.length > 0;
  return {
    masthead: hasFields && mastheadEnd > m.span.start ? m : undefined,
    enactingFormula: formula,
    bodyStart: formula ? formula.span.end : mastheadEnd,
    runningTitles,
  };
}

/** The first match of a global pattern not preceded by a character of `notBefore`. */
function firstMatch(re: RegExp, text: string, notBefore: RegExp): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m.index === 0 || !notBefore.test(text[m.index - 1])) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}
