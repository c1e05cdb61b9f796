// The citation recogniser: parsed model (and what the catalogue knows) in, citations out. Pure: no
// LSP, no I/O. Reads the body with page furniture taken out, and each footnote on its own.
import type { ResolutionModel } from '../parser/model';
import { perModel } from '../parser/perModel';
import { findParagraph } from '../parser/query';
import { detached } from '../parser/text';
import { compactSymbol, Hit, ScanContext } from './hit';
import { Acronyms, findInstruments, Missions } from './instruments';
import { CitationKnowledge, NO_KNOWLEDGE } from './knowledge';
import type { Citation } from './model';
import { findParagraphRefs, InternalQuery, ResolveInternal } from './paragraphs';
import { findCataloguedScResolutions, findDecisions, findPresidentialStatements, findPresidentialStatementsByDate, findResolutions, findSymbols } from './resolutions';
import { buildStreams, Stream, toSpans } from './scan';
import { citationRegions, MAX_REGION } from './regions';
import type { Span } from '../parser/model';

const ownSymbols = perModel<string | undefined>();

/** The document's own symbol, from the masthead or, failing that, from its first lines (once per model). */
export function ownSymbolOf(model: ResolutionModel): string | undefined {
  return ownSymbols(model, () => findOwnSymbol(model));
}

function findOwnSymbol(model: ResolutionModel): string | undefined {
  const printed = model.masthead?.symbol?.text;
  // Without a masthead, only what stands above the enacting formula ("The Security Council,") can be the text's own symbol.
  const top = model.enactingFormula?.span.start ?? model.text.slice(0, 4000).search(/\bThe (?:Security Council|General Assembly)\s*,/);
  const head = printed ?? model.text.slice(0, top >= 0 ? Math.min(top, 600) : 600);
  const res = /^\s*(?:[Rr]esolution|RESOLUTION) (\d{1,4}) ?\((\d{4})\)/.exec(head);
  if (res) return `S/RES/${res[1]} (${res[2]})`;
  const sym = /(?<![\p{L}\p{N}\/.\-])(?:S\/RES\/\d+ ?\(\d{4}\)|[AES](?:\/[A-Z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*)+)/u.exec(head);
  return sym && /\d/.test(sym[0]) ? sym[0] : undefined;
}

function organOf(model: ResolutionModel, own: string | undefined): 'SC' | 'GA' | undefined {
  const organ = model.masthead?.organ?.text ?? '';
  if (/Security Council/i.test(organ)) return 'SC';
  if (/General Assembly/i.test(organ)) return 'GA';
  if (own?.startsWith('S/')) return 'SC';
  if (own?.startsWith('A/')) return 'GA';
  const head = model.text.slice(0, 4000);
  const sc = head.search(/Security Council/);
  const ga = head.search(/General Assembly/);
  if (sc >= 0 && (ga < 0 || sc < ga)) return 'SC';
  return ga >= 0 ? 'GA' : undefined;
}

function titleOf(model: ResolutionModel): string | undefined {
  const t = model.masthead?.title?.text ?? /^\s*\d{1,2}\/\d{1,3}\.\s+(.+)$/m.exec(model.text.slice(0, 3000))?.[1];
  return t?.replace(/^\s*\d{1,2}\/\d{1,3}\.\s*/, '').replace(/\s+/g, ' ').trim().toLowerCase() || undefined;
}

/** Resolves "paragraph 5 (a) above" written at `offset` to a paragraph id of the model. */
export type ResolveAt = (q: InternalQuery, offset: number) => string;

export function internalResolver(model: ResolutionModel): ResolveAt {
  const hasParagraphs = model.preamble.length + model.operative.length + model.annexes.length > 0;
  const fmt = (ls: string[]) => ls.map((l) => `(${l})`).join('');
  return (q: InternalQuery, offset: number) => {
    const inAnnex = model.annexes.findIndex((a) => offset >= a.span.start && offset < a.span.end);
    if (q.part === 'annex' || (q.part === 'any' && inAnnex >= 0)) {
      const k = q.part === 'annex' && q.annex === undefined && inAnnex < 0 ? 0 : inAnnex;
      if (q.annex !== undefined) {
        const p = findParagraph(model, { part: 'annex', annex: q.annex, number: q.number, labels: q.labels });
        if (p) return p.id;
      }
      const annex = model.annexes[k];
      const p = annex?.paragraphs.find((x) => x.name === q.number);
      let cur = p;
      for (const l of q.labels) cur = cur?.children.find((c) => c.name === `(${l})`);
      return cur?.id ?? `ANNEX${(k >= 0 ? k : 0) + 1}:${q.number}${fmt(q.labels)}`;
    }
    if (hasParagraphs) {
      const p = findParagraph(model, { part: q.part === 'OP' ? 'OP' : q.part === 'PP' ? 'PP' : 'any', number: q.number, labels: q.part === 'PP' ? [] : q.labels });
      if (p) return p.id;
    }
    return `${q.part === 'PP' ? 'PP' : 'OP'}${q.number}${fmt(q.labels)}`;
  };
}

/** Keeps the best of overlapping hits: higher priority first, then the longer. */
function resolveOverlaps(hits: Hit[], length: number): Hit[] {
  const taken = new Uint8Array(length + 1);
  const out: Hit[] = [];
  const order = [...hits].sort((x, y) => y.priority - x.priority || y.b - y.a - (x.b - x.a) || x.a - y.a);
  for (const h of order) {
    if (h.b <= h.a) continue;
    let free = true;
    for (let i = h.a; i < h.b && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, h.a, h.b);
    out.push(h);
  }
  return out.sort((x, y) => x.a - y.a);
}

function toCitation(stream: Stream, h: Hit): Citation | undefined {
  const pieces = toSpans(stream, h.a, h.b);
  if (pieces.length === 0) return undefined;
  const c: Citation = { ...h.citation, span: { start: pieces[0].start, end: pieces[pieces.length - 1].end } };
  if (pieces.length > 1) c.parts = pieces;
  if (h.year) {
    const y = toSpans(stream, h.year.a, h.year.b)[0];
    if (y) c.printedYear = { value: h.year.value, span: y };
  }
  for (const k of Object.keys(c) as (keyof Citation)[]) if (c[k] === undefined) delete c[k];
  return detach(c);
}

/**
 * The citation with strings of its own. Its fields are often slices of the region's text as the
 * scanner read it (a copy without furniture); V8 keeps a slice's whole parent alive, so the
 * citations of a 5 MB document held ~7 MB of region copies. Equal strings are shared.
 */
function detach(c: Citation): Citation {
  c.canonical = own(c.canonical);
  if (c.symbol !== undefined) c.symbol = own(c.symbol);
  if (c.provision !== undefined) c.provision = own(c.provision);
  if (c.body !== undefined) c.body = own(c.body);
  if (c.target) c.target = definedOnly({ ...c.target, canonical: own(c.target.canonical), ...(c.target.symbol !== undefined ? { symbol: own(c.target.symbol) } : {}) });
  if (c.paragraph) c.paragraph = definedOnly({ ...c.paragraph, id: own(c.paragraph.id), label: own(c.paragraph.label), ...(c.paragraph.toId !== undefined ? { toId: own(c.paragraph.toId) } : {}) });
  return c;
}

/** Without its undefined fields: a citation is the same after the JSON it is kept as (pass.ts). */
function definedOnly<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

const owned = new Map<string, string>();
function own(s: string): string {
  let v = owned.get(s);
  if (v === undefined) {
    if (owned.size >= 20_000) owned.clear();
    v = detached(s);
    owned.set(v, v);
  }
  return v;
}

/** What every region of one document shares: computed once per model and knowledge. */
export interface DocumentContext {
  knowledge: CitationKnowledge;
  organ: 'SC' | 'GA' | undefined;
  ownSymbol: string | undefined;
  missions: Missions;
  title: string | undefined;
}

export function documentContext(model: ResolutionModel, knowledge: CitationKnowledge): DocumentContext {
  const own = ownSymbolOf(model);
  return { knowledge, organ: organOf(model, own), ownSymbol: own ? compactSymbol(own) : undefined, missions: new Missions(model.text), title: titleOf(model) };
}

/** What a region passes on to the regions after it: acronyms defined, context words counted. */
export interface RegionState {
  acronyms: Acronyms;
  contextCounts: Map<string, number>;
}

/**
 * The citations in one region of the text (a top-level paragraph, the masthead, …): its body with
 * page furniture taken out, and its footnotes each on their own. Citations never cross regions.
 */
export function recogniseRegion(model: ResolutionModel, doc: DocumentContext, region: Span, state: RegionState, resolve: ResolveAt): Citation[] {
  const out: Citation[] = [];
  for (const stream of buildStreams(model, region)) {
    const ctx: ScanContext = { stream, text: model.text, knowledge: doc.knowledge, organ: doc.organ, ownSymbol: doc.ownSymbol };
    const found = [
      ...findSymbols(ctx),
      ...findResolutions(ctx),
      ...findCataloguedScResolutions(ctx),
      ...findPresidentialStatements(ctx),
      ...findPresidentialStatementsByDate(ctx),
      ...findDecisions(ctx),
      ...findInstruments(ctx, { acronyms: state.acronyms, missions: doc.missions, title: doc.title, contextCounts: state.contextCounts }),
    ];
    // Never the document's own symbol ("Resolution 2388 (2017)" of the masthead, in any form).
    const notOwn = ctx.ownSymbol ? found.filter((h) => compactSymbol(h.citation.symbol ?? h.citation.canonical) !== ctx.ownSymbol) : found;
    const base = resolveOverlaps(notOwn, stream.s.length);
    const byStream: ResolveInternal = (q, at) => resolve(q, stream.map[at] ?? 0);
    const all = resolveOverlaps([...base, ...findParagraphRefs(ctx, base, byStream)], stream.s.length);
    for (const h of all) {
      const c = toCitation(stream, h);
      if (c) out.push(c);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Every citation in the model's text, in document order, non-overlapping. */
export function recogniseCitations(model: ResolutionModel, knowledge: CitationKnowledge = NO_KNOWLEDGE, maxRegion = MAX_REGION): Citation[] {
  const doc = documentContext(model, knowledge);
  const state: RegionState = { acronyms: new Map(), contextCounts: new Map() };
  const resolve = internalResolver(model);
  return citationRegions(model, maxRegion).flatMap((r) => recogniseRegion(model, doc, r, state, resolve));
}
