// Resolutions, presidential statements, decisions and UN document symbols, in every form the
// corpus shows: "resolution 1706 (2006)", "its resolutions 1679 (2006) of 16 May 2006, 1665 (2006)
// … and 1556 (2004)", "resolution 1590 of 24 March 2005", "resolution 70/1", "54/237 C",
// "2200 A (XXI)", "Human Rights Council resolution 31/21", "Presidential Statement 2015/25",
// "decision 1/CP.21", "S/2005/57 and Add.1". Reads one normalised stream (single spaces).
import { compactSymbol, Hit, HitCitation, ScanContext } from './hit';
import { Body, BODY_BEFORE, BODY_NAMES, DATE, MONTH_NUMBER, NOT_A_RESOLUTION_BEFORE } from './lexicon';
import type { CitationKind } from './model';
import { mayOpenParagraph, OPERATIVE_VERBS } from '../parser/lexicon';

const MEMBER = new RegExp(
  [
    String.raw`(?<scn>\d{1,4}) ?\( ?(?<scy>\d{4}) ?\)`,
    String.raw`(?<oldn>\d{1,4}) ?(?:(?<oldl>[A-Z]) ?)?\( ?(?<olds>(?:ES-|S-)?[IVXL]{1,7}|(?:ES|S)-\d{1,2}) ?\)`,
    String.raw`(?<ss>(?:ES-|S-)?\d{1,4})\/(?<sn>\d{1,4})(?: ?(?<sl>[A-L])(?![\p{L}\p{N}\/]))?(?![\d\/])`,
    String.raw`(?<wha>\d{2}\.\d{1,2})(?![\d]|\.\d)`,
    String.raw`(?<bare>\d{1,4})(?![\d\/]|[.,]\d| ?\(\d)`,
  ]
    .map((x) => `(?:${x})`)
    .join('|'),
  'uy',
);
const DATE_AFTER = new RegExp(`,? (?:of|dated|adopted on|adopted) (?<date>${DATE})`, 'y');
/** Between members of a list; "to" and a dash join the two ends of a range, each cited. */
const SEP = /(?:,? and |,? as well as |,? or |, | to | ?[–—] ?)(?=(?:ES-|S-)?\d)/y;
const KEYWORD = /(?<![\p{L}\p{N}])(?:[Rr]esolutions?|RESOLUTIONS?) (?=(?:ES-|S-)?\d)/gu;

type Family = 'SC' | 'GA' | 'OTHER';
interface Member {
  family: Family;
  citation: HitCitation;
  year?: { value: number; a: number; b: number };
  /** Characters at the end that are a footnote marker, not part of the citation. */
  trim?: number;
}

function bodyBefore(s: string, at: number): Body | undefined {
  const pre = s.slice(Math.max(0, at - 60), at);
  for (const [re, body] of BODY_BEFORE) if (re.test(pre)) return body;
  return undefined;
}

/** "Council resolution 52/27": the council last named before it, the Human Rights Council by default. */
function lastCouncil(s: string, at: number): 'HRC' | 'ECOSOC' {
  const pre = s.slice(Math.max(0, at - 3000), at);
  return pre.lastIndexOf('Economic and Social Council') > pre.lastIndexOf('Human Rights Council') ? 'ECOSOC' : 'HRC';
}

function scMember(ctx: ScanContext, n: number, printed: number | undefined, dateYear: number | undefined): HitCitation {
  const year = ctx.knowledge.scYear(n) ?? printed ?? dateYear;
  const symbol = year ? `S/RES/${n} (${year})` : `S/RES/${n}`;
  return { kind: 'sc-resolution', canonical: symbol, symbol, number: n, year };
}

/** "Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 …, resolution 1". */
const REPORT = /Report of the ([^,;]{6,200}?), ([^,;()\d]{2,50}?), (?:[^,;()\d]{2,40}, )?[^;()]{0,30}?\b((?:19|20)\d\d)\b/;
function conferenceResolution(s: string, at: number, n: number): HitCitation | undefined {
  const pre = s.slice(Math.max(0, at - 400), at);
  const i = pre.lastIndexOf('Report of the ');
  if (i < 0) return undefined;
  const m = REPORT.exec(pre.slice(i));
  if (!m || m.index !== 0) return undefined;
  const name = m[1].trim();
  return { kind: 'other-resolution', canonical: `${name} (${m[2].trim()}, ${m[3]}), resolution ${n}`, body: name };
}

function classify(ctx: ScanContext, g: Record<string, string | undefined>, body: Body | undefined, dateYear: number | undefined, keywordAt: number, first: boolean, family: Family | undefined, yearAt: number): Member | undefined {
  const s = ctx.stream.s;
  const eff = body === 'OWN' ? ctx.organ : body;
  if (g.scn) {
    if (eff && eff !== 'SC' && eff !== 'COUNCIL') return undefined;
    const n = Number(g.scn);
    const printed = Number(g.scy);
    const ya = s.indexOf(g.scy!, s.indexOf('(', yearAt));
    return { family: 'SC', citation: scMember(ctx, n, printed, dateYear), year: { value: printed, a: ya, b: ya + 4 } };
  }
  if (g.oldn) {
    const letter = g.oldl ? ` ${g.oldl}` : '';
    if (eff === 'ECOSOC') return { family: 'OTHER', citation: { kind: 'other-resolution', canonical: `E/RES/${g.oldn}${letter} (${g.olds})`, symbol: `E/RES/${g.oldn}${letter} (${g.olds})`, body: BODY_NAMES.ECOSOC } };
    if (eff === 'TC') return { family: 'OTHER', citation: { kind: 'other-resolution', canonical: `T/RES/${g.oldn}${letter} (${g.olds})`, symbol: `T/RES/${g.oldn}${letter} (${g.olds})`, body: BODY_NAMES.TC } };
    // A session in roman numerals is the General Assembly's numbering, whoever "its" is.
    if (eff && eff !== 'GA' && body !== 'OWN') return undefined;
    const sym = `A/RES/${g.oldn}${letter} (${g.olds})`;
    return { family: 'GA', citation: { kind: 'ga-resolution', canonical: sym, symbol: sym } };
  }
  if (g.ss) {
    const yearFirst = /^\d{4}$/.test(g.ss) && Number(g.ss) >= 1946;
    let b = eff === 'COUNCIL' ? lastCouncil(s, keywordAt) : eff;
    if (yearFirst) {
      if (b === 'CHR') return other(`E/CN.4/RES/${g.ss}/${g.sn}`, 'CHR');
      if (b && b !== 'ECOSOC' && b !== 'GA') return undefined;
      return other(`E/RES/${g.ss}/${g.sn}`, 'ECOSOC');
    }
    if (g.ss.length > 2 && !/^(?:ES|S)-/.test(g.ss)) return undefined;
    // No session has adopted a thousand resolutions: "77/2285" is 77/228 with footnote 5 glued on.
    const full = g.sn ?? '';
    const trim = full.length === 4 ? 1 : 0;
    const sn = full.slice(0, full.length - trim);
    if (b === 'HRC') return { ...other(`A/HRC/RES/${g.ss}/${sn}`, 'HRC'), trim };
    if (b && b !== 'GA') return undefined;
    const sym = `A/RES/${g.ss}/${sn}${g.sl ? ` ${g.sl}` : ''}`;
    return { family: 'GA', citation: { kind: 'ga-resolution', canonical: sym, symbol: sym }, trim: g.sl ? 0 : trim };
  }
  if (g.wha) return eff === 'WHA' ? other(`WHA${g.wha}`, 'WHA') : undefined;
  if (g.bare) {
    const n = Number(g.bare);
    if (first && n < 100 && !body) {
      const conf = conferenceResolution(s, keywordAt, n);
      if (conf) return { family: 'OTHER', citation: conf };
    }
    const sc = eff === 'SC' || eff === 'COUNCIL' || (!eff && ctx.organ === 'SC') || family === 'SC';
    const known = ctx.knowledge.scYear(n);
    if (!sc && !(dateYear && known === dateYear)) return undefined;
    // In a list, a bare number continues Security Council members only when a date or the catalogue vouches for it.
    if (!first && !dateYear && known === undefined) return undefined;
    return { family: 'SC', citation: scMember(ctx, n, undefined, dateYear) };
  }
  return undefined;

  function other(symbol: string, b: keyof typeof BODY_NAMES): Member {
    return { family: 'OTHER', citation: { kind: 'other-resolution', canonical: symbol, symbol: /^WHA/.test(symbol) ? undefined : symbol, body: BODY_NAMES[b] } };
  }
}

/**
 * Where a list's bare number is the start of the next paragraph, not one more member: its number
 * then an operative verb ("… of 1 August 1947, 1. Notes with satisfaction …"), or a footnote
 * marker then the paragraph's opening ("… 571 (1985), 79 Having considered …"). In the bulk corpus
 * read as one volume, whose later resolutions' paragraphs are not outlined, 32 such numbers were
 * cited as resolutions.
 */
const CLAUSE_AFTER_NUMBER = /(\.?)\s+([A-Z][A-Za-z]+)\b/y;
function startsParagraph(s: string, end: number): boolean {
  CLAUSE_AFTER_NUMBER.lastIndex = end;
  const m = CLAUSE_AFTER_NUMBER.exec(s);
  if (!m) return false;
  return m[1] ? OPERATIVE_VERBS.has(m[2]) : mayOpenParagraph(m[2]);
}

/** "resolution(s) …" with every member of the list that follows. */
export function findResolutions(ctx: ScanContext): Hit[] {
  const s = ctx.stream.s;
  const out: Hit[] = [];
  KEYWORD.lastIndex = 0;
  for (let k = KEYWORD.exec(s); k; k = KEYWORD.exec(s)) {
    const body = bodyBefore(s, k.index);
    let family: Family | undefined;
    let pos = KEYWORD.lastIndex;
    let first = true;
    for (;;) {
      MEMBER.lastIndex = pos;
      const m = MEMBER.exec(s);
      if (!m) break;
      const end = MEMBER.lastIndex;
      if (!first && m.groups!.bare !== undefined && startsParagraph(s, end)) break;
      DATE_AFTER.lastIndex = end;
      const d = DATE_AFTER.exec(s);
      const dateYear = d ? Number(d.groups!.date.slice(-4)) : undefined;
      const member = classify(ctx, m.groups!, body, dateYear, k.index, first, family, m.index);
      if (!member || (family && member.family !== family)) break;
      family = member.family;
      // A document never cites itself by its own symbol ("Resolution 1755 (2007)" atop its text).
      if (!(ctx.ownSymbol && compactSymbol(member.citation.canonical) === ctx.ownSymbol)) {
        out.push({ a: first ? k.index : m.index, b: end - (member.trim ?? 0), citation: member.citation, year: member.year, priority: 5 });
      }
      first = false;
      if (member.citation.kind === 'other-resolution' && !member.citation.symbol) break;
      SEP.lastIndex = d ? DATE_AFTER.lastIndex : end;
      if (!SEP.exec(s)) break;
      pos = SEP.lastIndex;
    }
  }
  return out;
}

/** "1612 (2005)" standing alone after an interruption: a resolution when the catalogue agrees. */
export function findCataloguedScResolutions(ctx: ScanContext): Hit[] {
  const s = ctx.stream.s;
  const out: Hit[] = [];
  const re = /(?<![\p{L}\p{N}\/.\-])(\d{1,4}) ?\((\d{4})\)/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const n = Number(m[1]);
    const y = Number(m[2]);
    if (ctx.knowledge.scYear(n) !== y) continue;
    if (NOT_A_RESOLUTION_BEFORE.test(s.slice(Math.max(0, m.index - 14), m.index))) continue;
    const ya = m.index + m[0].lastIndexOf(m[2]);
    out.push({ a: m.index, b: m.index + m[0].length, citation: scMember(ctx, n, y, undefined), year: { value: y, a: ya, b: ya + 4 }, priority: 4 });
  }
  return out;
}

/** "Presidential Statement 2015/25", "presidential statements 2015/25 and 2016/3". */
export function findPresidentialStatements(ctx: ScanContext): Hit[] {
  const s = ctx.stream.s;
  const out: Hit[] = [];
  const re = /(?<![\p{L}\p{N}])[Pp]residential [Ss]tatements? (?=(?:S\/PRST\/)?\d{4}\/\d)/gu;
  const member = /(?:S\/PRST\/)?(\d{4})\/(\d{1,3})(?![\d\/])/y;
  for (let k = re.exec(s); k; k = re.exec(s)) {
    let pos = re.lastIndex;
    let first = true;
    for (;;) {
      member.lastIndex = pos;
      const m = member.exec(s);
      if (!m) break;
      const sym = `S/PRST/${m[1]}/${Number(m[2])}`;
      out.push({ a: first ? k.index : m.index, b: member.lastIndex, citation: { kind: 'prst', canonical: sym, symbol: sym, year: Number(m[1]) }, priority: 6 });
      first = false;
      SEP.lastIndex = member.lastIndex;
      if (!SEP.exec(s)) break;
      pos = SEP.lastIndex;
    }
  }
  return out;
}

/** "the statement by the President of the Security Council of 12 February 2014": the catalogue knows which. */
export function findPresidentialStatementsByDate(ctx: ScanContext): Hit[] {
  const s = ctx.stream.s;
  const out: Hit[] = [];
  if (!ctx.knowledge.prstOn) return out;
  const re = new RegExp(
    `(?<![\\p{L}])[Ss]tatement (?:by|of) (?:its|the) President(?: of the (?:Security )?Council)?(?: on (?:its|the Council['’]s) behalf)?,? (?:of|dated|on|issued on) (?<date>${DATE})(?! ?\\(S\\/PRST)`,
    'gu',
  );
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const d = /(\d{1,2}) (\w+),? (\d{4})/.exec(m.groups!.date);
    const month = d && MONTH_NUMBER[d[2].toLowerCase()];
    if (!d || !month) continue;
    const found = ctx.knowledge.prstOn(`${d[3]}-${month}-${d[1].padStart(2, '0')}`);
    if (found.length !== 1) continue;
    out.push({ a: m.index, b: m.index + m[0].length, citation: { kind: 'prst', canonical: found[0], symbol: found[0], year: Number(d[3]) }, priority: 6 });
  }
  return out;
}

/** "decision 1/CP.21" (UNFCCC), "decision 15/4" of the CBD, "General Assembly decision 79/555". */
export function findDecisions(ctx: ScanContext): Hit[] {
  const s = ctx.stream.s;
  const out: Hit[] = [];
  const re = /(?<![\p{L}\p{N}])[Dd]ecisions? (?:(?<u>\d{1,3})\/(?<ub>CP|CMP|CMA)\.(?<us>\d{1,2})|(?<a>\d{1,3})\/(?<b>\d{1,4}))(?![\p{L}\p{N}\/])/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const g = m.groups!;
    let c: HitCitation | undefined;
    if (g.u) c = { kind: 'other-resolution', canonical: `Decision ${g.u}/${g.ub}.${Number(g.us)}`, body: 'UNFCCC Conference of the Parties' };
    else {
      const pre = s.slice(Math.max(0, m.index - 300), m.index);
      const body = bodyBefore(s, m.index);
      if (/CBD\/COP|Biological Diversity/.test(pre)) c = { kind: 'other-resolution', canonical: `CBD/COP/DEC/${g.a}/${g.b}`, body: 'Conference of the Parties to the Convention on Biological Diversity' };
      else if (body === 'GA' || (body === 'OWN' && ctx.organ === 'GA')) c = { kind: 'other-resolution', canonical: `A/DEC/${g.a}/${g.b}`, symbol: `A/DEC/${g.a}/${g.b}`, body: 'General Assembly decision' };
    }
    if (c) out.push({ a: m.index, b: m.index + m[0].length, citation: c, priority: 5 });
  }
  return out;
}

const SYMBOL = /(?<![\p{L}\p{N}\/.\-])[A-Z]{1,10}(?:\.\d{1,3})?(?:\/[A-Z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*)+/gu;
const SC_YEAR = / ?\((\d{4})\)/y;
const SUFFIX = /(?:,? and |, |,? & )((?:Add|Corr|Rev|Amend)\.\d{1,3})(?![\p{L}\p{N}])/uy;

/** The kind a symbol names by its series. */
export function kindOfSymbol(symbol: string): CitationKind {
  if (/^S\/RES\//.test(symbol)) return 'sc-resolution';
  if (/^A\/RES\//.test(symbol)) return 'ga-resolution';
  if (/^S\/PRST\//.test(symbol)) return 'prst';
  if (/^(?:E|A\/HRC|E\/CN\.\d+)\/RES\//.test(symbol)) return 'other-resolution';
  return 'document';
}

/** UN document symbols of any organ: "S/2017/939", "A/CONF.202/3", "A/C.3/78/L.41", "S/RES/2331 (2016)". */
export function findSymbols(ctx: ScanContext): Hit[] {
  const s = ctx.stream.s;
  const out: Hit[] = [];
  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(s); m; m = SYMBOL.exec(s)) {
    let raw = m[0].replace(/-+$/, '');
    if (!/\d/.test(raw)) continue;
    let end = m.index + raw.length;
    let symbol = raw;
    let year: Hit['year'];
    let number: number | undefined;
    const sc = /^S\/RES\/(\d+)$/.exec(raw);
    if (sc) {
      number = Number(sc[1]);
      SC_YEAR.lastIndex = end;
      const y = SC_YEAR.exec(s);
      const known = ctx.knowledge.scYear(number);
      if (y) {
        year = { value: Number(y[1]), a: SC_YEAR.lastIndex - 5, b: SC_YEAR.lastIndex - 1 };
        end = SC_YEAR.lastIndex;
      }
      const yr = known ?? year?.value;
      symbol = yr ? `S/RES/${number} (${yr})` : raw;
    }
    if (ctx.ownSymbol && compactSymbol(symbol) === ctx.ownSymbol) continue;
    const kind = kindOfSymbol(symbol);
    const citation: HitCitation = { kind, canonical: symbol, symbol };
    if (number !== undefined) {
      citation.number = number;
      citation.year = ctx.knowledge.scYear(number) ?? year?.value;
    }
    out.push({ a: m.index, b: end, citation, year, priority: 8 });
    // "S/2005/57 and Add.1": the addendum is a document of its own.
    let pos = end;
    for (;;) {
      SUFFIX.lastIndex = pos;
      const x = SUFFIX.exec(s);
      if (!x) break;
      const sym = `${raw}/${x[1]}`;
      out.push({ a: SUFFIX.lastIndex - x[1].length, b: SUFFIX.lastIndex, citation: { kind: 'document', canonical: sym, symbol: sym }, priority: 8 });
      pos = SUFFIX.lastIndex;
    }
  }
  return out;
}
