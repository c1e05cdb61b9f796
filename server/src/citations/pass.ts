// Recognising a document's citations region by region, in order, with each region's result kept
// (keyed by the region's text and what it depends on) for the next version of the document: after
// an edit only the regions that changed are read again. A hover needs only the regions up to its
// own; diagnostics walk them all; both read them in slices, so a large document never holds the
// server up (a hover in the last tenth of a 3 MB volume just opened: ~0.6 s of reading, with
// requests answered in between).
//
// A region's result is kept as the JSON texts the cache holds (the same strings for both), and
// made into objects again only when asked for: a 5 MB volume's 15,700 citations, kept as live
// objects beside that JSON, held ~4 MB more heap for as long as the version was open (the server's
// RSS after its diagnostics pass: 90.7-96.3 MB then, 88.1-88.8 now).
import type { ResolutionModel, Span } from '../parser/model';
import type { Acronyms } from './instruments';
import type { CitationKnowledge } from './knowledge';
import type { Citation } from './model';
import type { InternalQuery } from './paragraphs';
import { documentContext, DocumentContext, internalResolver, recogniseRegion, RegionState, ResolveAt } from './recognise';
import { citationRegions } from './regions';
import { RegionHashes } from './regionHashes';
import { WordCounts } from './wordCounts';
import { detached } from '../parser/text';

/**
 * What a region's result read elsewhere in the document, checked before the result is reused. Kept
 * apart from its citations (see `Result`), so that a check does not parse them.
 */
interface RegionEntry {
  /** Acronyms the region defined, in order. */
  acronyms: [string, Acronyms extends Map<string, infer V> ? V : never][];
  /** Context words the region consulted, with the document-wide counts it saw. */
  counts: [string, number][];
  /** Internal references it resolved: the query, where it stood (relative), and the id found. */
  resolved: { q: InternalQuery; offset: number; id: string }[];
  /** The mission the document names most often, if the region asked (null: none). */
  main?: string | null;
}

/**
 * The entry of a region that defined no acronym, consulted no count, resolved no reference and did
 * not ask for the main mission: 3,488 of the 4,239 regions of the benchmark's 10 MB volume. One
 * string for all of them, and a reused one needs no parse and no check.
 */
const EMPTY_ENTRY = JSON.stringify({ acronyms: [], counts: [], resolved: [] } satisfies RegionEntry);

/**
 * A region's result: its entry's JSON and its citations' JSON (offsets relative to the region's
 * start), apart. Reusing a region, as a hover deep into a 10 MB volume just edited does for every
 * region before its own, parses only the entry: parsing the citations too was most of the 60 µs a
 * region took.
 */
interface Result {
  entry: string;
  citations: string;
}

/**
 * Region results of recent versions of open documents, least recently used first. A result is kept
 * as JSON text (compact strings, never slices that would keep a whole old text alive), keyed by a
 * hash of the region's text. The cache is bounded by the characters it holds: twice what
 * the largest version read so far keeps (so the next version of it finds every region it did not
 * change), and at least MIN_CACHED_CHARS. A version's own entries are shared with its pass, so the
 * cache costs only the older versions' entries: with a fixed 8 M characters, a 60 KB document
 * after 10,000 edits (the soak) held 134 MB of RSS against 112 MB with a 2 M bound.
 *
 * A key holds up to MAX_VARIANTS results, newest first. The same text can stand in several places
 * of a document, and what it read elsewhere can differ in each. For example, in a volume that holds
 * a resolution twice, "paragraph 4 above" is a different paragraph in each copy. With one result
 * per key, each copy replaced the other's result, so both were recognised again at every version.
 * In the benchmark's 10 MB volume, which repeats its sources, that was 694 of 4,239 regions per
 * version.
 */
export const MIN_CACHED_CHARS = 2_000_000;
const MAX_VARIANTS = 8;
let maxCachedChars = MIN_CACHED_CHARS;
const cache = new Map<string, Result[]>();
let cachedChars = 0;

/** The cache's size and bound, in characters (for tests). */
export const regionCacheStats = () => ({ chars: cachedChars, limit: maxCachedChars });

/**
 * Sets the bound again from what the documents still open need (`neededChars`, the largest of
 * them): twice that, at least MIN_CACHED_CHARS; the least recently used results beyond it go. The
 * bound only grows while documents are read, so after a large document is closed its results
 * stayed: 8.5 MB of the 18.6 MB heap left after a 10 MB volume was closed.
 */
export function boundRegionCache(neededChars: number): void {
  maxCachedChars = Math.max(MIN_CACHED_CHARS, 2 * neededChars);
  evictBeyondBound();
}

function evictBeyondBound(): void {
  for (const [k, v] of cache) {
    if (cachedChars <= maxCachedChars) break;
    cache.delete(k);
    cachedChars -= charsOf(k, v);
  }
}

const resultChars = (r: Result) => r.entry.length + r.citations.length;
const charsOf = (key: string, variants: Result[]) => variants.reduce((n, v) => n + resultChars(v), key.length);

/** Keeps `result` under `key`, newest first, in place of an identical one. */
function remember(key: string, result: Result): void {
  const old = cache.get(key) ?? [];
  cache.delete(key);
  cachedChars -= old.length ? charsOf(key, old) : 0;
  const variants = [result, ...old.filter((o) => o.entry !== result.entry || o.citations !== result.citations)].slice(0, MAX_VARIANTS);
  cache.set(key, variants);
  cachedChars += charsOf(key, variants);
  evictBeyondBound();
}

/** The results kept under `key`, newest first (none: empty); the key becomes the most recently used. */
function recall(key: string): Result[] {
  const variants = cache.get(key);
  if (variants === undefined) return [];
  cache.delete(key);
  cache.set(key, variants);
  return variants;
}

/**
 * A short id for what a region's result depends on outside the region and is the same for many
 * regions: the knowledge, the document's identity and missions, and the acronyms defined before
 * it (a string of 500-650 characters in a volume). The id stands for it in the region's key, so
 * that each key is some 40 characters, not 650, to build and hash: on a 10 MB volume, 2.8 million
 * characters per version. Ids are never reused: a key made with an id since let go can only miss.
 */
const contextIds = new Map<string, number>();
let nextContextId = 1;
/**
 * Contexts kept, oldest first. A document has one per acronym it defines, but a title or mission
 * edited makes new ones: 10,000 random edits of a 60 KB text (the soak) could make thousands.
 */
const MAX_CONTEXTS = 1_000;
function contextId(context: string): number {
  let id = contextIds.get(context);
  if (id === undefined) {
    // The oldest goes: a key made with its id can only miss from now on.
    if (contextIds.size >= MAX_CONTEXTS) contextIds.delete(contextIds.keys().next().value!);
    contextIds.set(detached(context), (id = nextContextId++));
  }
  return id;
}

/**
 * The citations a walk wants (what diagnostics warn of), told by the citation alone: the same
 * object for the same question, since what it picked from each region's result is kept by it.
 */
export interface CitationPick {
  test(c: Citation): boolean;
}

/**
 * What a walk keeps of a region's citations (offsets relative to the region), made once per region
 * result and kept with it: a result the next version reuses is not parsed again for it. Diagnostics
 * walked every citation of a 10 MB volume at each version, 15,000 made again to warn of a few; the
 * links made all 23,000 again. Each digest keeps its own values, so walks that want different
 * things (diagnostics' pick, the links) do not evict each other's.
 */
export class CitationDigest<T> {
  private readonly kept = new WeakMap<Result, T>();

  constructor(private readonly make: (citations: Citation[]) => T) {}

  /** The digest of a region's result (made now if it was not yet). */
  of(result: Result): T {
    let value = this.kept.get(result);
    if (value === undefined) {
      value = this.make(JSON.parse(result.citations) as Citation[]);
      pickStats.parsed++;
      this.kept.set(result, value);
    }
    return value;
  }
}

/** The digest of each pick: the citations it takes. */
const pickDigests = new WeakMap<CitationPick, CitationDigest<Citation[]>>();

/** Region results parsed for a digest or a pick (for tests). */
export const pickStats = { parsed: 0 };

const knowledgeIds = new WeakMap<CitationKnowledge, number>();
let nextKnowledgeId = 1;

function shift(c: Citation, d: number): Citation {
  if (d === 0) return c;
  const s = (x: Span): Span => ({ start: x.start + d, end: x.end + d });
  const out: Citation = { ...c, span: s(c.span) };
  if (c.parts) out.parts = c.parts.map(s);
  if (c.printedYear) out.printedYear = { value: c.printedYear.value, span: s(c.printedYear.span) };
  return out;
}

/** The same, on a citation of its own (just parsed): moved where it stands, no copy. */
function moveBy(c: Citation, d: number): Citation {
  const s = (x: Span) => {
    x.start += d;
    x.end += d;
  };
  s(c.span);
  c.parts?.forEach(s);
  if (c.printedYear) s(c.printedYear.span);
  return c;
}

/** The footnote block holding `offset`, if any (furniture is sorted and does not overlap). */
function footnoteAt(furniture: ResolutionModel['furniture'], offset: number): ResolutionModel['furniture'][number] | undefined {
  let lo = 0;
  let hi = furniture.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = furniture[mid];
    if (f.span.end <= offset) lo = mid + 1;
    else if (f.span.start > offset) hi = mid - 1;
    else return f.kind === 'footnote' ? f : undefined;
  }
  return undefined;
}

/**
 * The document-wide counts of context words the matcher reads, counted on first reading (see
 * wordCounts.ts), noting every word read or written so that a reused result can be checked.
 */
class RecordingCounts extends Map<string, number> {
  readonly seen = new Set<string>();
  constructor(private readonly countOf: (word: string) => number) {
    super();
  }
  override get(key: string): number {
    this.seen.add(key);
    let n = super.get(key);
    if (n === undefined) super.set(key, (n = this.countOf(key)));
    return n;
  }
  override set(key: string, value: number): this {
    this.seen.add(key);
    return super.set(key, value);
  }
}

export class CitationPass {
  readonly regions: Span[];
  /** Per region read, its result (offsets relative to the region's start). */
  private readonly results: Result[] = [];
  /** Characters of the entries read, keys included (what this version holds in the cache). */
  private kept = 0;
  private readonly doc: DocumentContext;
  private readonly docKey: string;
  private readonly state: RegionState;
  private readonly counts: RecordingCounts;
  private readonly words: WordCounts;
  private readonly resolve: ResolveAt;
  private acronymKey = '';
  /** The id of what every key of this pass begins with, the document and the acronyms so far (see `contextId`). */
  private context: number | undefined;
  private flat: Citation[] | undefined;
  /** The first furniture piece that does not end before the region `keyOf` was last asked about. */
  private furnitureFrom = 0;
  private readonly hashes: RegionHashes;

  constructor(
    private readonly model: ResolutionModel,
    knowledge: CitationKnowledge,
  ) {
    this.regions = citationRegions(model);
    this.hashes = new RegionHashes(model, this.regions.length);
    this.words = new WordCounts(model);
    this.counts = new RecordingCounts((w) => this.words.count(model.text, w));
    this.doc = documentContext(model, knowledge);
    let kid = knowledgeIds.get(knowledge);
    if (kid === undefined) knowledgeIds.set(knowledge, (kid = nextKnowledgeId++));
    const d = this.doc;
    this.docKey = [kid, d.organ, d.ownSymbol, d.title, d.missions.signature()].join('\u0001');
    this.state = { acronyms: new Map(), contextCounts: this.counts };
    this.resolve = internalResolver(model);
  }

  get done(): number {
    return this.results.length;
  }

  get keptChars(): number {
    return this.kept;
  }

  /**
   * Index of the region whose citations cover `offset`: the region holding it or, inside a
   * footnote, the one holding the footnote's start (its text is read with that region, see
   * buildStreams, even where the block runs on into the next region).
   */
  regionAt(offset: number): number {
    const note = footnoteAt(this.model.furniture, offset);
    if (note) offset = note.span.start;
    let lo = 0;
    let hi = this.regions.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.regions[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Recognises regions in order up to and including `index`; returns that region's citations,
   * made afresh (the caller may keep or drop them).
   */
  upTo(index: number): Citation[] {
    this.readTo(index);
    const i = Math.min(index, this.results.length - 1);
    if (i < 0) return [];
    const d = this.regions[i].start;
    return (JSON.parse(this.results[i].citations) as Citation[]).map((c) => moveBy(c, d));
  }

  /** The citations of the region `index` that `pick` takes (recognising regions up to it first). */
  pickedAt(index: number, pick: CitationPick): Citation[] {
    let digest = pickDigests.get(pick);
    if (!digest) pickDigests.set(pick, (digest = new CitationDigest((all) => all.filter((c) => pick.test(c)))));
    const kept = this.digestAt(index, digest);
    if (!kept) return [];
    const d = this.regions[index].start;
    return kept.map((c) => shift(c, d));
  }

  /** The digest of the region `index` (recognising regions up to it first), offsets relative to the region. */
  digestAt<T>(index: number, digest: CitationDigest<T>): T | undefined {
    this.readTo(index);
    const result = this.results[index];
    return result && digest.of(result);
  }

  /** Recognises regions in order up to and including `index` (those not read yet). */
  readTo(index: number): void {
    while (this.results.length <= index && this.results.length < this.regions.length) this.step();
  }

  /** Every citation, kept once made (for a caller that asks for all of them at once). */
  all(): Citation[] {
    if (this.flat) return this.flat;
    const out: Citation[] = [];
    for (const c of this.each()) out.push(c);
    return (this.flat = out);
  }

  /** Every citation in order, region by region, none kept here: a pass over a large document holds one region's at a time. */
  *each(): Generator<Citation> {
    if (this.flat) return yield* this.flat;
    for (let i = 0; i < this.regions.length; i++) yield* this.upTo(i);
  }

  /** Recognises one more region. */
  step(): void {
    const i = this.results.length;
    const region = this.regions[i];
    const key = this.keyOf(i, region);
    for (const result of recall(key)) {
      // Most regions read nothing elsewhere: such a result stands as it is.
      if (result.entry === EMPTY_ENTRY) {
        this.keep(key, result);
        return;
      }
      const entry = JSON.parse(result.entry) as RegionEntry;
      if (!this.stillValid(entry, region)) continue;
      for (const [k, v] of entry.acronyms) this.addAcronym(k, v);
      this.keep(key, result);
      return;
    }
    const before = this.state.acronyms.size;
    this.counts.seen.clear();
    const resolved: RegionEntry['resolved'] = [];
    const recording: ResolveAt = (q, offset) => {
      const id = this.resolve(q, offset);
      resolved.push({ q, offset: offset - region.start, id });
      return id;
    };
    const mainReads = this.doc.missions.mainReads;
    const found = recogniseRegion(this.model, this.doc, region, this.state, recording);
    const added = [...this.state.acronyms].slice(before);
    for (const [k, v] of added) this.keyAcronym(k, v);
    const entry: RegionEntry = {
      acronyms: added,
      counts: [...this.counts.seen].map((w) => [w, this.counts.get(w)]),
      resolved,
    };
    if (this.doc.missions.mainReads !== mainReads) entry.main = this.doc.missions.main() ?? null;
    const json = JSON.stringify(entry);
    const result: Result = { entry: json === EMPTY_ENTRY ? EMPTY_ENTRY : json, citations: JSON.stringify(found.map((c) => shift(c, -region.start))) };
    this.keep(key, result);
    remember(key, result);
  }

  private keep(key: string, result: Result): void {
    this.results.push(result);
    this.kept += key.length + resultChars(result);
    // Room for all of this version as it is read: a first pass never evicts its own regions.
    if (2 * this.kept > maxCachedChars) maxCachedChars = 2 * this.kept;
  }

  private addAcronym(k: string, v: RegionEntry['acronyms'][number][1]): void {
    if (this.state.acronyms.has(k)) return;
    this.state.acronyms.set(k, v);
    this.keyAcronym(k, v);
  }

  /** Later regions' keys hold the acronym defined (see `keyOf`): their context is another. */
  private keyAcronym(k: string, v: RegionEntry['acronyms'][number][1]): void {
    this.acronymKey += `${k}=${v.canonical};`;
    this.context = undefined;
  }

  private keyOf(i: number, region: Span): string {
    const furniture: string[] = [];
    // Regions are read in order: the furniture wholly before this one stays before every later one,
    // so it is passed over once per pass. Looked through from the first piece for every region, a
    // 10 MB volume's 4,239 regions read its furniture 4,239 times (O(regions × furniture)).
    const all = this.model.furniture;
    let k = this.furnitureFrom;
    while (k < all.length && all[k].span.end <= region.start) k++;
    this.furnitureFrom = k;
    for (; k < all.length && all[k].span.start < region.end; k++) {
      const f = all[k];
      if (f.span.end <= region.start) continue;
      furniture.push(`${f.kind}${f.span.start - region.start}-${f.span.end - region.start}`);
    }
    const m = this.model.masthead;
    for (const f of [m?.symbol, m?.jobNumber, m?.date]) {
      if (f && f.span.start < region.end && f.span.end > region.start) furniture.push(`m${f.span.start - region.start}-${f.span.end - region.start}`);
    }
    this.context ??= contextId(`${this.docKey}\u0002${this.acronymKey}`);
    return `${this.context}\u0002${furniture.join(',')}\u0002${this.hashes.hash(i, this.model.text, region.start, region.end)}`;
  }

  /** A result found for the same text stands if what it read elsewhere in the document still holds. */
  private stillValid(e: RegionEntry, region: Span): boolean {
    for (const [w, n] of e.counts) if (this.counts.get(w) !== n) return false;
    for (const r of e.resolved) if (this.resolve(r.q, region.start + r.offset) !== r.id) return false;
    if (e.main !== undefined && (this.doc.missions.main() ?? null) !== e.main) return false;
    return true;
  }
}

/**
 * Regions up to and including `last`, in slices of `sliceMs` between which requests are served;
 * false when `isStale`, asked after each slice, said to stop. Without `visit`, the regions not read
 * yet are recognised; with it, every region from the first is recognised and visited.
 */
async function inSlices(pass: CitationPass, last: number, isStale: () => boolean, sliceMs: number, visit?: (index: number) => void): Promise<boolean> {
  last = Math.min(last, pass.regions.length - 1);
  for (let i = visit ? 0 : pass.done; i <= last; ) {
    const t0 = Date.now();
    do {
      // Another walk (a hover's, the diagnostics') may have read ahead meanwhile: readTo, not step.
      if (visit) visit(i);
      else pass.readTo(i);
      i++;
    } while (i <= last && Date.now() - t0 < sliceMs);
    if (i <= last) await new Promise<void>((resolve) => setImmediate(resolve));
    if (isStale()) return false;
  }
  return true;
}

/** Recognises regions up to and including `index` in slices (see inSlices). */
export function reachInSlices(pass: CitationPass, index: number, isStale: () => boolean, sliceMs = 8): Promise<boolean> {
  return inSlices(pass, index, isStale, sliceMs);
}

/**
 * Calls `visit` with every citation, region by region, in slices (see inSlices): the citations of a
 * 10 MB text made into objects again took 44-61 ms at once.
 */
export function visitInSlices(pass: CitationPass, visit: (c: Citation) => void, isStale: () => boolean, sliceMs = 8, pick?: CitationPick): Promise<boolean> {
  return inSlices(pass, pass.regions.length - 1, isStale, sliceMs, (i) => {
    for (const c of pick ? pass.pickedAt(i, pick) : pass.upTo(i)) visit(c);
  });
}

/** Calls `visit` with every region's digest and where the region starts, in slices (see inSlices). */
export function visitDigestsInSlices<T>(pass: CitationPass, digest: CitationDigest<T>, visit: (value: T, regionStart: number) => void, isStale: () => boolean, sliceMs = 8): Promise<boolean> {
  return inSlices(pass, pass.regions.length - 1, isStale, sliceMs, (i) => {
    const value = pass.digestAt(i, digest);
    if (value !== undefined) visit(value, pass.regions[i].start);
  });
}

/** Every region recognised, in slices (see reachInSlices); false when it went stale. */
export function completeInSlices(pass: CitationPass, isStale: () => boolean, sliceMs = 8): Promise<boolean> {
  return reachInSlices(pass, pass.regions.length - 1, isStale, sliceMs);
}
