// Paragraph references: internal ("paragraph 5 above", "paragraphs 3 to 5 of the present
// resolution", "paragraph 1 (a) above", "paragraphs 8, 9 and 12 below") and pinpoints into another
// text ("paragraphs 7 and 8 of resolution 1556", "paragraphs 138 and 139 of the 2005 World Summit
// outcome document", "paragraphs 1 to 10 of the annex thereto", "resolution 2304 (2016) paragraphs
// 16 and 18"). A reference into a text that has no symbol or name ("paragraph 87 of his report")
// is not a citation.
import { Hit, HitCitation, ScanContext } from './hit';
import type { InstrumentEntry } from './knowledge';

export interface InternalQuery {
  part: 'PP' | 'OP' | 'any' | 'annex';
  annex?: string;
  number: string;
  labels: string[];
}

/** Resolves an internal reference at stream offset `at` to a paragraph id of the model. */
export type ResolveInternal = (q: InternalQuery, at: number) => string;

const KEYWORD = /(?<![\p{L}\p{N}])(?:(?<pos>[Oo]perative|[Pp]reambular) )?(?:[Ss]ub-?)?(?:[Pp]aragraphs?|[Pp]aras?\.?) (?=\d)/gu;
const ITEM =
  /(?<n>\d{1,3})(?: ?(?<suf>bis|ter|quater))?(?<labels>(?: ?\( ?(?:[a-z]{1,4}|\d{1,2}) ?\))*)(?: ?(?:to|–|—|-|through) ?(?<n2>\d{1,3})(?<labels2>(?: ?\( ?[a-z]{1,4} ?\))*))?(?![\p{L}\p{N}]|[\/.,]\d)/uy;
const LABELS_ONLY = /(?<lo>(?:\( ?[a-z]{1,4} ?\) ?)*\( ?[a-z]{1,4} ?\))(?![\p{L}\p{N}])/uy;
const SEP = /(?:,? and |,? or |, )(?=\d|\()/y;

const TAIL_INTERNAL = /(?:,? (?:above|below|hereof|herein|hereunder)|(?: of| in) (?:the present|this) (?:resolution|decision|declaration))(?![\p{L}])/uy;
const TAIL_ANNEX_INTERNAL = / (?:of|in) (?:the )?annex(?: (?<an>[IVXLC]+|\d+))?(?: (?:to|of) (?:the present|this) (?:resolution|decision)|(?! (?:to|of|thereto)\b))(?![\p{L}])/uy;
const TAIL_ANNEX_THERETO = / (?:of|in) (?:the )?annex(?:es)?(?: [IVXLC]+)? (?:thereto|to that resolution|to the said resolution)(?![\p{L}])/uy;
const TAIL_ANNEX_OF = / (?:of|in) (?:the )?annex(?: [IVXLC]+)? (?:to|of) /y;
const TAIL_TARGET = / (?:(?:of|in|under) )?(?:(?:its|their|the|his|her|General Assembly|Security Council|Human Rights Council|Economic and Social Council|Council|Assembly|document|documents) )*/y;
const TAIL_OF = / of /y;
/** "of that resolution", "of the above-mentioned resolution": the resolution cited last. */
const TAIL_THAT_RESOLUTION = / (?:of|in|under) (?:that|the said|the above-mentioned|the aforementioned|the same|the latter|the) resolution(?![\p{L}])/uy;
/** "of the Secretary-General's report (S/25492)": the symbol in parentheses names the text. */
const TAIL_REPORT_SYMBOL = /^ of (?:the |his |her |its )?[\p{L}’'\- ]{1,80}?\($/u;

interface Item {
  a: number;
  b: number;
  n: string;
  n2?: string;
  labels: string[];
}

const labelsOf = (x: string | undefined) => [...(x ?? '').matchAll(/\(\s?([a-z0-9]{1,4})\s?\)/g)].map((m) => m[1]);
const fmtLabels = (ls: string[]) => ls.map((l) => `(${l})`).join('');

function pinpointCanonical(target: HitCitation, instruments: readonly InstrumentEntry[], item: Item, annexExplicit: boolean): { canonical: string; annex: boolean } | undefined {
  let sym = target.symbol;
  let annex = annexExplicit;
  if (target.kind === 'instrument') {
    const e = target.instrumentIds?.length === 1 ? instruments.find((x) => x.id === target.instrumentIds![0]) : undefined;
    if (e?.containedIn) {
      sym = e.containedIn;
      annex = annex || !!e.inAnnex;
    } else {
      return { canonical: `${target.canonical}, paragraph ${item.n}${fmtLabels(item.labels)}${item.n2 ? `–${item.n2}` : ''}`, annex };
    }
  }
  if (!sym) return undefined;
  const resolution = /\/RES\//.test(sym) || target.kind === 'instrument';
  if (annex) return { canonical: item.n2 ? `${sym} annex paras ${item.n}-${item.n2}` : `${sym} annex para ${item.n}${fmtLabels(item.labels)}`, annex };
  if (!resolution) return { canonical: `${sym} para${item.n2 ? 's' : ''} ${item.n}${item.n2 ? `-${item.n2}` : ''}${fmtLabels(item.labels)}`, annex };
  return { canonical: item.n2 ? `${sym} OP${item.n}-${item.n2}` : `${sym} OP${item.n}${fmtLabels(item.labels)}`, annex };
}

export function findParagraphRefs(ctx: ScanContext, targets: Hit[], resolve: ResolveInternal): Hit[] {
  const s = ctx.stream.s;
  const out: Hit[] = [];
  const startsAt = new Map<number, Hit>();
  const endsAt = new Map<number, Hit>();
  for (const t of targets) {
    if (t.citation.kind === 'internal-paragraph' || t.citation.kind === 'pinpoint-paragraph') continue;
    if (!startsAt.has(t.a) || startsAt.get(t.a)!.b < t.b) startsAt.set(t.a, t);
    endsAt.set(t.b, t);
  }
  const sorted = targets.filter((t) => t.citation.kind !== 'internal-paragraph' && t.citation.kind !== 'pinpoint-paragraph').sort((p, q) => p.a - q.a);
  const resolutionKinds = new Set(['sc-resolution', 'ga-resolution', 'other-resolution']);
  /** The resolution cited last before `at`, within the same stretch of text. */
  const lastResolutionBefore = (at: number): Hit | undefined => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].a < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const h = sorted[i];
      if (h.b > at) continue;
      if (at - h.b > 1500) return undefined;
      if (resolutionKinds.has(h.citation.kind) && h.citation.symbol) return h;
    }
    return undefined;
  };
  const symbolInParentheses = (from: number): Hit | undefined => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].a <= from) lo = mid + 1;
      else hi = mid;
    }
    const h = sorted[lo];
    return h && h.a - from <= 100 && h.citation.symbol && TAIL_REPORT_SYMBOL.test(s.slice(from, h.a)) ? h : undefined;
  };
  // The target of the last pinpoint, inherited by "as well as paragraphs 13 and 14" in the same sentence.
  let last: { target: HitCitation; annex: boolean; end: number } | undefined;
  KEYWORD.lastIndex = 0;
  for (let k = KEYWORD.exec(s); k; k = KEYWORD.exec(s)) {
    const items: Item[] = [];
    let pos = KEYWORD.lastIndex;
    for (;;) {
      ITEM.lastIndex = pos;
      const m = ITEM.exec(s);
      if (m) {
        const g = m.groups!;
        items.push({ a: m.index, b: ITEM.lastIndex, n: g.n + (g.suf ?? ''), n2: g.n2, labels: labelsOf(g.labels) });
      } else if (items.length) {
        LABELS_ONLY.lastIndex = pos;
        const l = LABELS_ONLY.exec(s);
        if (!l) break;
        items.push({ a: l.index, b: LABELS_ONLY.lastIndex, n: items[items.length - 1].n, labels: labelsOf(l.groups!.lo) });
      } else break;
      SEP.lastIndex = items[items.length - 1].b;
      if (!SEP.exec(s)) break;
      pos = SEP.lastIndex;
    }
    if (items.length === 0) continue;
    const end = items[items.length - 1].b;
    const part: InternalQuery['part'] = k.groups!.pos?.toLowerCase() === 'preambular' ? 'PP' : k.groups!.pos ? 'OP' : 'any';

    let target: HitCitation | undefined;
    let annex = false;
    let internal: { annex?: string } | undefined;
    const at = (re: RegExp) => {
      re.lastIndex = end;
      return re.exec(s);
    };
    let x: RegExpExecArray | null;
    if (at(TAIL_INTERNAL)) internal = {};
    else if ((x = at(TAIL_ANNEX_THERETO))) {
      const prev = last && !/[.;]\s/.test(s.slice(last.end, k.index)) ? last.target : undefined;
      target = lastResolutionBefore(k.index)?.citation ?? prev;
      annex = true;
      if (!target) continue;
    } else if ((x = at(TAIL_ANNEX_OF))) {
      const t = startsAt.get(TAIL_ANNEX_OF.lastIndex);
      if (!t) continue;
      target = t.citation;
      annex = true;
    } else if ((x = at(TAIL_ANNEX_INTERNAL))) internal = { annex: x.groups!.an };
    else if (at(TAIL_THAT_RESOLUTION)) {
      const before = lastResolutionBefore(k.index);
      if (!before) continue;
      target = before.citation;
    } else {
      const p = at(TAIL_TARGET) ? TAIL_TARGET.lastIndex : end;
      const t = startsAt.get(p) ?? startsAt.get(p + 1);
      const inParens = t ? undefined : symbolInParentheses(end);
      if (t) target = t.citation;
      else if (inParens) target = inParens.citation;
      else if (at(TAIL_OF)) continue; // "paragraph 87 of his report": into a text with no symbol
      else {
        // "resolution 2304 (2016) paragraphs 16 and 18": the resolution just before.
        const before = endsAt.get(k.index - 1) ?? endsAt.get(k.index - 2);
        if (before && /^,? ?$/.test(s.slice(before.b, k.index))) target = before.citation;
        else if (last && k.index - last.end < 400 && !/[.;]\s/.test(s.slice(last.end, k.index))) {
          target = last.target;
          annex = last.annex;
        } else internal = {};
      }
    }

    items.forEach((item, i) => {
      const a = i === 0 ? k.index : item.a;
      const label = `${item.n}${item.labels.length ? ' ' + fmtLabels(item.labels) : ''}${item.n2 ? ` to ${item.n2}` : ''}`;
      if (internal) {
        const q: InternalQuery = { part: internal.annex !== undefined ? 'annex' : part, annex: internal.annex, number: item.n, labels: item.labels };
        const id = resolve(q, a);
        const toId = item.n2 ? resolve({ ...q, number: item.n2, labels: labelsOf(undefined) }, a) : undefined;
        out.push({ a, b: item.b, citation: { kind: 'internal-paragraph', canonical: toId ? `${id}–${toId}` : id, paragraph: { id, toId, label, annex: q.part === 'annex' } }, priority: 7 });
      } else if (target) {
        const c = pinpointCanonical(target, ctx.knowledge.instruments, item, annex);
        if (!c) return;
        out.push({
          a,
          b: item.b,
          citation: {
            kind: 'pinpoint-paragraph',
            canonical: c.canonical,
            paragraph: { id: `${c.annex ? 'ANNEX:' : 'OP'}${item.n}${fmtLabels(item.labels)}`, toId: item.n2 ? `${c.annex ? 'ANNEX:' : 'OP'}${item.n2}` : undefined, label, annex: c.annex },
            target: { canonical: target.canonical, symbol: target.symbol, kind: target.kind, instrumentIds: target.instrumentIds },
          },
          priority: 7,
        });
      }
    });
    if (target) last = { target, annex, end };
  }
  return out;
}
