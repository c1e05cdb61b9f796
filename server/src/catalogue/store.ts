// The catalogue as the language features see it: the bundled catalogue (loaded on first use) with
// the workspace catalogue files laid over it. Hands the recogniser its knowledge and the hover its
// facts; says where a fact comes from.
import type { CitationKnowledge } from '../citations/knowledge';
import { BundledCatalogue, CatalogueInstrument, loadBundledCatalogue, ResolutionFacts } from './bundled';
import type { WorkspaceFiles } from './workspaceFiles';

export interface Facts extends ResolutionFacts {
  source: 'catalogue' | 'workspace';
  url?: string;
}

export class CatalogueStore {
  private base: BundledCatalogue | undefined;
  private cached: { version: number; knowledge: CitationKnowledge; instruments: Map<string, CatalogueInstrument> } | undefined;

  constructor(
    private readonly workspace?: WorkspaceFiles,
    private readonly file?: string,
    private readonly log: (msg: string) => void = () => undefined,
  ) {}

  /** True once the bundled catalogue has been read (it is not read at start-up). */
  get loaded(): boolean {
    return this.base !== undefined;
  }

  private get bundled(): BundledCatalogue {
    if (!this.base) {
      const { catalogue, error } = loadBundledCatalogue(this.file);
      if (error) this.log(`catalogue: ${error}`);
      this.base = catalogue;
    }
    return this.base;
  }

  private get state() {
    const version = this.workspace?.version ?? 0;
    if (this.cached && this.cached.version === version) return this.cached;
    const bundled = this.bundled;
    const extra = this.workspace?.catalogueFiles() ?? [];
    const wsYears = new Map<number, number>();
    const wsInstruments: CatalogueInstrument[] = [];
    for (const f of extra) {
      for (const e of f.catalogue.bySymbol.values()) {
        const m = /^S\/RES\/(\d+) ?\((\d{4})\)$/.exec(e.symbol);
        if (m) wsYears.set(Number(m[1]), Number(m[2]));
      }
      f.catalogue.instruments.forEach((i, k) => wsInstruments.push({ ...i, id: `${f.uri}#${k}` }));
    }
    const instruments = wsInstruments.length ? [...bundled.instruments, ...wsInstruments] : bundled.instruments;
    const knowledge: CitationKnowledge = {
      scYear: (n) => bundled.scResolution(n)?.year ?? wsYears.get(n),
      prstOn: (date) => bundled.prstOn(date),
      instruments,
    };
    this.cached = { version, knowledge, instruments: new Map(instruments.map((i) => [i.id, i])) };
    return this.cached;
  }

  knowledge(): CitationKnowledge {
    return this.state.knowledge;
  }

  instrument(id: string): CatalogueInstrument | undefined {
    return this.state.instruments.get(id);
  }

  /** Facts about a symbol: the workspace catalogue first (the user's word), then the bundled one. */
  facts(symbol: string, scNumber?: number): Facts | undefined {
    const key = symbol.replace(/\s+/g, '');
    for (const f of this.workspace?.catalogueFiles() ?? []) {
      const e = f.catalogue.bySymbol.get(key);
      if (e) return { ...e, source: 'workspace' };
    }
    const b = scNumber !== undefined ? this.bundled.scResolution(scNumber) : this.bundled.bySymbol(symbol);
    return b ? { ...b, source: 'catalogue' } : undefined;
  }
}
