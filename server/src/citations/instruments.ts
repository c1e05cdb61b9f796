// Named instruments: the catalogue's official names and short forms (longest match first), names
// that look like an instrument's although no catalogue lists them ("Darfur Peace Agreement",
// "Pact for the Future"), the acronyms a text defines for them ("Comprehensive Peace Agreement
// (CPA)" … "the CPA"), provisions cited before them ("Article 25 of the Charter"), and a mission's
// status-of-forces agreement.
import { OPERATIVE_VERBS, PREAMBULAR_HEADS, QUALIFIERS } from '../parser/lexicon';
import { escapeRe, isJsSpace } from '../parser/text';
import { Hit, HitCitation, ScanContext } from './hit';
import type { InstrumentEntry } from './knowledge';
import { INDEFINITE_BEFORE, INSTRUMENT_HEADS, INSTRUMENT_MULTI_HEADS, MONTH_SET, NAME_CONNECTORS, NAME_NEVER_FIRST, NAME_STOPS_AFTER_AND, NOT_AFTER_HEAD, PROVISION_BEFORE } from './lexicon';
import { cachedClass, isWordChar, Tok, tokenize } from './tokens';
import { countWord } from './wordCounts';

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: InstrumentEntry[];
  /** True when an official name (not only a short form) ends here. */
  official?: boolean;
}

interface Lexicon {
  root: TrieNode;
  /** The lower-case words of the forms (and connectors): the lower-case words worth a token of their own. */
  words: Set<string>;
  /** Acronym forms, matched with their exact capitals ("CPA", not "cpa"). */
  acronyms: Map<string, InstrumentEntry[]>;
}

/** Lower-case words the name readers look at, besides those of the lexicon's forms. */
const KEEP_WORDS = [...NAME_CONNECTORS, ...INDEFINITE_BEFORE, 'a', 'an', 'any', 'another', 'of', 'for', 'on', 'to', 'the', 'and', 'status', 'forces', 'agreement', 'programme', 'program', 'action', 'plan', 'platform', 'code', 'conduct', 'implementation'];

const lexicons = new WeakMap<readonly InstrumentEntry[], Lexicon>();

/** The lexicon is built once per list of instruments (the catalogue changes rarely). */
function lexiconOf(instruments: readonly InstrumentEntry[]): Lexicon {
  let lex = lexicons.get(instruments);
  if (lex) return lex;
  lex = { root: { next: new Map() }, acronyms: new Map(), words: new Set(KEEP_WORDS) };
  for (const e of instruments) {
    for (const form of new Set([e.name, ...e.forms])) {
      const f = form.replace(/^the\s+/i, '').trim();
      const toks = tokenize(f);
      if (toks.length === 0) continue;
      if (toks.length === 1 && toks[0].acronym) {
        const list = lex.acronyms.get(toks[0].raw) ?? [];
        if (!list.includes(e)) list.push(e);
        lex.acronyms.set(toks[0].raw, list);
        continue;
      }
      let node = lex.root;
      // Lower-case words of names ("Convention on the Rights of Persons with Disabilities"): a name
      // printed in lower case where the form has capitals is not that name.
      for (const t of toks) if (!t.cap && !t.num) lex.words.add(t.norm);
      toks.forEach((t, i) => {
        const key = `${i === 0 ? '' : t.pre}|${t.norm}`;
        let nx = node.next.get(key);
        if (!nx) node.next.set(key, (nx = { next: new Map() }));
        node = nx;
      });
      node.entries ??= [];
      if (!node.entries.includes(e)) node.entries.push(e);
      if (form === e.name) node.official = true;
    }
  }
  lexicons.set(instruments, lex);
  return lex;
}

/**
 * Which of the entries sharing a form the text means: a group ("Geneva Conventions of 1949") means
 * all; alternatives with context words mean the one whose words the document uses most.
 */
function choose(ctx: ScanContext, entries: InstrumentEntry[], counts: Map<string, number>): InstrumentEntry[] | undefined {
  if (!entries.some((e) => e.context)) return entries;
  let best: InstrumentEntry | undefined;
  let bestCount = 0;
  for (const e of entries) {
    let count = 0;
    for (const w of e.context ?? []) {
      let n = counts.get(w);
      if (n === undefined) counts.set(w, (n = countWord(ctx.text, w)));
      count += n;
    }
    if (count > bestCount) {
      best = e;
      bestCount = count;
    }
  }
  return best ? [best] : undefined;
}

function instrumentCitation(entries: InstrumentEntry[]): HitCitation {
  const group = entries.length > 1 && entries.every((e) => e.group && e.group === entries[0].group) ? entries[0].group : undefined;
  return {
    kind: 'instrument',
    canonical: entries.length === 1 ? entries[0].name : group ?? entries.map((e) => e.name).join('; '),
    instrumentIds: entries.map((e) => e.id),
  };
}

const PUNCT_BREAK = /[^\/&]/; // within a name only "/" (Movement/Army) and "&" may stand between words

const OPENERS = new Set([...PREAMBULAR_HEADS, ...OPERATIVE_VERBS, ...QUALIFIERS]);

interface Found {
  hits: Hit[];
  covered: Uint8Array;
}

function matchLexicon(ctx: ScanContext, toks: Tok[], lex: Lexicon, found: Found, counts: Map<string, number>): void {
  const s = ctx.stream.s;
  for (let i = 0; i < toks.length; i++) {
    const t0 = toks[i];
    if (t0.marker) continue;
    const acr = t0.acronym ? lex.acronyms.get(t0.raw) : undefined;
    let best: { end: number; b: number; entries: InstrumentEntry[]; official: boolean } | undefined;
    if (t0.cap || t0.num) {
      let node = lex.root;
      for (let j = i; j < toks.length; j++) {
        const t = toks[j];
        if (t.marker) break;
        const pre = j === i ? '' : t.pre;
        const nx = node.next.get(`${pre}|${t.norm}`);
        if (!nx) {
          // "…for the Decade 2024–203412": a year with a footnote marker glued to it ends the name.
          if (t.num && t.raw.length > 4 && t.raw.length <= 7) {
            const y = node.next.get(`${pre}|${t.raw.slice(0, 4)}`);
            if (y?.entries) best = { end: j, b: t.a + 4, entries: y.entries, official: !!y.official };
          }
          break;
        }
        node = nx;
        if (node.entries) best = { end: j, b: t.b, entries: node.entries, official: !!node.official };
      }
    }
    if (best && best.end === i && !t0.acronym) {
      // A one-word form ("Charter") is not a part of a longer name ("Olympic Charter", "Charter of Paris").
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const after = toks[i + 2];
      const third = toks[i + 3];
      const continues = next && ['of', 'for', 'on'].includes(next.norm) && next.pre === '' && after && after.pre === '' && (after.cap || (after.norm === 'the' && third?.pre === '' && third.cap));
      if ((prev && prev.cap && !prev.marker && prev.pre === '' && !OPENERS.has(prev.raw) && !NAME_NEVER_FIRST.has(prev.norm)) || continues) {
        best = undefined;
      }
    }
    if (best && !best.official) {
      // A short form followed by more of a name ("Doha Declaration on the TRIPS Agreement") is the
      // start of a name the catalogue does not know: leave it to the generic reading.
      const x = toks[best.end + 1];
      const y = toks[best.end + 2];
      const z = toks[best.end + 3];
      if (x && x.pre === '' && ['on', 'of', 'for', 'to'].includes(x.norm) && y && y.pre === '' && (y.cap || (y.norm === 'the' && z && z.pre === '' && z.cap))) best = undefined;
    }
    if (!best && acr) best = { end: i, b: t0.b, entries: acr, official: true };
    if (!best) continue;
    const chosen = choose(ctx, best.entries, counts);
    const b = best.b;
    if (!chosen) {
      // An ambiguous name in a text that gives no hint: still an instrument, named as printed.
      found.hits.push({ a: t0.a, b, citation: { kind: 'instrument', canonical: s.slice(t0.a, b) }, priority: 3 });
    } else found.hits.push({ a: t0.a, b, citation: instrumentCitation(chosen), priority: 3 });
    for (let k = i; k <= best.end; k++) found.covered[k] = 1;
    i = best.end;
  }
}

function headLength(toks: Tok[], i: number): number {
  const t = toks[i];
  if (!t.cap) return 0;
  if (INSTRUMENT_HEADS.has(t.norm)) return 1;
  for (const h of INSTRUMENT_MULTI_HEADS) {
    if (h[0] !== t.norm) continue;
    let ok = true;
    for (let k = 1; k < h.length; k++) {
      const x = toks[i + k];
      if (!x || x.norm !== h[k] || x.pre !== '') ok = false;
    }
    if (ok) return h.length;
  }
  return 0;
}

const SENTENCE_START = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'these', 'those', 'we', 'it']);
const ARTICLES = new Set(['a', 'an', 'any', 'another']);
const MULTI_HEAD_WORDS = new Set(INSTRUMENT_MULTI_HEADS.flat());
const isHeadWord = (norm: string) => MULTI_HEAD_WORDS.has(norm) && !['of', 'for'].includes(norm);

const isYear = (t: Tok) => t.num && /^(?:19|20)\d\d$/.test(t.raw);

/** Capitalised names around a head word, where no catalogue name was found. */
function matchGeneric(ctx: ScanContext, toks: Tok[], found: Found, title: string | undefined): void {
  const s = ctx.stream.s;
  const nameWord = (t: Tok) => t.cap && !t.marker && !NAME_NEVER_FIRST.has(t.norm) && !MONTH_SET.has(t.norm) && !OPENERS.has(t.raw);
  for (let h = 0; h < toks.length; h++) {
    if (found.covered[h]) continue;
    const len = headLength(toks, h);
    if (!len) continue;
    if (toks.slice(h, h + len).some((_, k) => found.covered[h + k])) continue;
    let start = h;
    while (start > 0 && !found.covered[start - 1] && toks[start].pre === '') {
      const p = toks[start - 1];
      const q = toks[start - 2];
      if (nameWord(p) || (isYear(p) && !(q && MONTH_SET.has(q.norm)))) start--;
      // "Antigua and Barbuda Agenda", "Abuja Humanitarian and Security Protocols": "and" between capitals.
      else if (p.norm === 'and' && !p.cap && p.pre === '' && q && nameWord(q) && !found.covered[start - 2]) start -= 2;
      else break;
    }
    let end = h + len - 1;
    let yearCut: { j: number; b: number } | undefined;
    const after = toks[end + 1];
    if (after && after.cap && after.pre === '' && NOT_AFTER_HEAD.has(after.norm)) continue;
    for (let j = end + 1; j < toks.length; ) {
      const t = toks[j];
      if (found.covered[j] || t.marker || (t.pre !== '' && PUNCT_BREAK.test(t.pre))) break;
      if (nameWord(t) || (t.cap && !t.marker && !OPENERS.has(t.raw) && !SENTENCE_START.has(t.norm)) || (isYear(t) && toks[j - 1] && (toks[j - 1].cap || isYear(toks[j - 1])))) {
        end = j++;
        continue;
      }
      // "for the Decade 2014–20243": the closing year of a range with a footnote marker glued on.
      if (t.num && /^(?:19|20)\d{3,5}$/.test(t.raw) && t.raw.length > 4 && toks[j - 1] && isYear(toks[j - 1])) {
        yearCut = { j, b: t.a + 4 };
        end = j;
        break;
      }
      if (!NAME_CONNECTORS.has(t.norm)) break;
      let k = j;
      let sawAnd = false;
      let theAfterAnd = false;
      while (k < toks.length && NAME_CONNECTORS.has(toks[k].norm) && !toks[k].cap && (k === j || toks[k].pre === '')) {
        if (toks[k].norm === 'the' && toks[k - 1]?.norm === 'and') theAfterAnd = true;
        if (toks[k].norm === 'and') sawAnd = true;
        k++;
      }
      const x = toks[k];
      if (!x || found.covered[k] || x.pre !== '' || !nameWord(x)) break;
      if (sawAnd && (theAfterAnd || NAME_STOPS_AFTER_AND.has(x.norm))) break;
      end = k;
      j = k + 1;
    }
    const words = toks.slice(start, end + 1);
    // A name has a proper part: "Protocols to the Convention" only points back at instruments named before.
    if (words.filter((t) => t.cap).length < 2 || !words.some((t) => (t.cap || t.num) && !INSTRUMENT_HEADS.has(t.norm) && !isHeadWord(t.norm))) continue;
    // "a Peace Agreement", "a future Final Peace Agreement": an agreement to come, not one cited.
    const b1 = toks[start - 1]?.norm;
    const b2 = toks[start - 2]?.norm;
    if (b1 && (ARTICLES.has(b1) || (INDEFINITE_BEFORE.has(b1) && b2 && ARTICLES.has(b2)))) continue;
    const b = yearCut && yearCut.j === end ? yearCut.b : toks[end].b;
    const name = s.slice(toks[start].a, b);
    if (title && title.startsWith(name.toLowerCase())) continue;
    found.hits.push({ a: toks[start].a, b, citation: { kind: 'instrument', canonical: name }, priority: 2 });
    for (let k = start; k <= end; k++) found.covered[k] = 1;
    h = end;
  }
}

/** "the Status of Forces Agreement (for UNMIS)": the agreement of a mission with its host country. */
function statusOfForces(ctx: ScanContext, toks: Tok[], found: Found, missions: Missions): void {
  const s = ctx.stream.s;
  for (let i = 0; i + 3 < toks.length; i++) {
    if (found.covered[i] || toks[i].norm !== 'status') continue;
    const w = toks.slice(i, i + 4);
    if (!w[0].cap || w.map((t) => t.norm).join(' ') !== 'status of forces agreement') continue;
    const rest = s.slice(w[3].b, w[3].b + 80);
    const mission = /^ (?:for|of|concerning|with) (?:the )?(\p{Lu}{3,10})\b/u.exec(rest)?.[1] ?? missions.main();
    const host = /\bwith (the \p{Lu}[\p{L}]+|\p{Lu}[\p{L}]+)/u.exec(rest)?.[1] ?? (mission ? missions.host(mission) : undefined);
    const canonical = mission && host ? `Status-of-forces agreement between the United Nations and the Government of ${host} concerning ${mission}` : 'Status-of-forces agreement';
    found.hits.push({ a: w[0].a, b: w[3].b, citation: { kind: 'instrument', canonical }, priority: 3 });
    for (let k = i; k < i + 4; k++) found.covered[k] = 1;
  }
}

/** United Nations missions a text defines ("United Nations Mission in the Sudan (UNMIS)"). */
export class Missions {
  private readonly hosts = new Map<string, string>();
  private mainMission: string | undefined | null = null;
  constructor(private readonly text: string) {
    for (const m of missionDefinitions(text)) if (!this.hosts.has(m[2])) this.hosts.set(m[2], m[1].replace(/\s+/g, ' '));
  }
  /** How often `main` was asked for: a reader notes what it was told when this moved (see CitationPass). */
  mainReads = 0;
  /**
   * What the recogniser may read from this but the mission named most often: the mission names.
   * That one costs a scan of the whole text (4-5 ms a version of a 10 MB volume) and is read only
   * by a status-of-forces agreement naming no mission, so a reader that used it notes it and
   * checks it again (`mainReads`).
   */
  signature(): string {
    return [...this.hosts].map(([k, v]) => `${k}:${v}`).join(';');
  }
  host(mission: string): string | undefined {
    return this.hosts.get(mission);
  }
  /** The mission the text names most often (as a word of its own). */
  main(): string | undefined {
    this.mainReads++;
    if (this.mainMission !== null) return this.mainMission;
    const counts = countAcronyms(this.text, [...this.hosts.keys()]);
    let best: string | undefined;
    let bestCount = 0;
    for (const acr of this.hosts.keys()) {
      const count = counts.get(acr) ?? 0;
      if (count > bestCount) [best, bestCount] = [acr, count];
    }
    return (this.mainMission = best);
  }
}

/** "United Nations Mission in the Sudan (UNMIS)": groups 1 the host, 2 the acronym. */
export const MISSION_DEFINITION = /United Nations\s+(?:[\p{L}\-]+\s+){0,6}?(?:Mission|Operation|Force|Office)\s+(?:[\p{L}\-]+\s+){0,4}?in\s+((?:the\s+)?\p{Lu}[\p{L}\-]+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\-]+){0,4})\s*\((\p{Lu}{3,10})\)/gu;
const MISSION_DEFINITION_AT = new RegExp(MISSION_DEFINITION.source, 'uy');
const isUnicodeLetter = cachedClass(/\p{L}/u);
/** Letters, hyphens and blanks (`\s`): all a definition holds before its "(". */
function isNameChar(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || isJsSpace(c)) return true;
  if (c < 128) return false;
  // Half of a character beyond U+FFFF, which may be a letter: the run goes on (the expression decides).
  return (c >= 0xd800 && c <= 0xdfff) || isUnicodeLetter(c);
}
const MISSION_WORDS = ['Mission', 'Operation', 'Force', 'Office'];

/**
 * The matches of MISSION_DEFINITION in `text`, as its global scan finds them. The expression was
 * tried at each of the ~8,000 "United Nations" of a 10 MB volume, reading up to six words after
 * each: 11-16 ms a version. Before "(", a definition holds only letters, hyphens and blanks, and
 * one of its four words: where the run of those after "United Nations" ends at another character,
 * or holds none of the words, the expression cannot match, and is not tried.
 */
export function missionDefinitions(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let at = text.indexOf('United Nations'); at >= 0; ) {
    let runEnd = at + 14;
    while (runEnd < text.length && isNameChar(text.charCodeAt(runEnd))) runEnd++;
    let m: RegExpExecArray | null = null;
    // The run is short (a few words), so it is cut out to be looked through.
    const run = text.charCodeAt(runEnd) === 40 ? text.slice(at + 14, runEnd) : '';
    if (run && MISSION_WORDS.some((w) => run.includes(w))) {
      MISSION_DEFINITION_AT.lastIndex = at;
      m = MISSION_DEFINITION_AT.exec(text);
    }
    if (m) out.push(m);
    at = text.indexOf('United Nations', m ? m.index + m[0].length : at + 1);
  }
  return out;
}

/**
 * Times each acronym stands in `text` as a word of its own ("UNMIS" is not counted in "UNMISS"),
 * in one scan for them all, the longest first where several start at one place. An acronym is all
 * letters, so none that stands alone can begin inside a match that does not. One search of the
 * whole text per acronym took 26 ms a version of a 10 MB volume naming 11 missions; this, 4-5.
 */
export function countAcronyms(text: string, acronyms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (acronyms.length === 0) return counts;
  const any = new RegExp([...acronyms].sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'g');
  for (let m = any.exec(text); m; m = any.exec(text)) {
    const end = m.index + m[0].length;
    if (!isWordChar(text.charCodeAt(m.index - 1)) && !isWordChar(text.charCodeAt(end))) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return counts;
}

/** Acronyms the text defines for an instrument it names: "Comprehensive Peace Agreement (CPA)". */
export type Acronyms = Map<string, HitCitation>;

function defineAcronyms(ctx: ScanContext, hits: Hit[], acronyms: Acronyms): void {
  const s = ctx.stream.s;
  const def = /^ ?\((?:the )?["“]?(\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*)["”]?\)/u;
  for (const h of hits) {
    const m = def.exec(s.slice(h.b, h.b + 24));
    if (m && !acronyms.has(m[1])) acronyms.set(m[1], { ...h.citation, provision: undefined });
  }
}

function matchAcronyms(toks: Tok[], found: Found, acronyms: Acronyms): void {
  if (acronyms.size === 0) return;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (found.covered[i] || !t.acronym) continue;
    const c = acronyms.get(t.raw);
    // The definition itself, "(CPA)", is part of the name before it, not a second citation.
    if (!c || t.pre === '(') continue;
    found.hits.push({ a: t.a, b: t.b, citation: { ...c }, priority: 3 });
    found.covered[i] = 1;
  }
}

/** "Article 25 of the Charter", "Chapter VII of the Charter": the provision joins the citation. */
function withProvisions(ctx: ScanContext, hits: Hit[]): void {
  const s = ctx.stream.s;
  for (const h of hits) {
    const pre = s.slice(Math.max(0, h.a - 70), h.a);
    const m = PROVISION_BEFORE.exec(pre);
    if (!m) continue;
    const at = h.a - pre.length + m.index + m[0].indexOf(m[1]);
    h.a = at;
    h.citation = { ...h.citation, provision: m[1] };
  }
}

export interface InstrumentScan {
  acronyms: Acronyms;
  /** How often each context word occurs in the document, counted once. */
  contextCounts: Map<string, number>;
  missions: Missions;
  /** The document's title in lower case: the document never cites itself by it. */
  title?: string;
}

export function findInstruments(ctx: ScanContext, scan: InstrumentScan): Hit[] {
  const lexicon = lexiconOf(ctx.knowledge.instruments);
  const toks = tokenize(ctx.stream.s, ctx.stream.paragraphBreaks, (w) => lexicon.words.has(w));
  const found: Found = { hits: [], covered: new Uint8Array(toks.length) };
  matchLexicon(ctx, toks, lexicon, found, scan.contextCounts);
  statusOfForces(ctx, toks, found, scan.missions);
  matchGeneric(ctx, toks, found, scan.title);
  defineAcronyms(ctx, found.hits, scan.acronyms);
  matchAcronyms(toks, found, scan.acronyms);
  withProvisions(ctx, found.hits);
  return found.hits;
}
