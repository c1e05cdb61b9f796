// The offline catalogue shipped with the server (dist/catalogue.json, built from data/catalogue by
// scripts/build-catalogue.mjs). Read from disk on first use, never at start-up, never from the network.
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import type { InstrumentEntry } from '../citations/knowledge';

export interface InstrumentFacts {
  adopted?: string;
  adoptedAt?: string;
  adoptingResolution?: { symbol: string; note?: string };
  openedForSignature?: string;
  entryIntoForce?: string;
}

export interface CatalogueInstrument extends InstrumentEntry {
  type?: string;
  url?: string;
  /** Present only for verified entries, and only with their verified fields. */
  facts?: InstrumentFacts;
}

/** As written by the build script: arrays, to keep the file small. */
export interface CompactCatalogue {
  version: number;
  topics: string[];
  votes: string[];
  /** [number, year, date, meeting record, topic, vote, 1 when the date is high-confidence]. */
  sc: [number, number, string, string, number, number, number][];
  /** [year, number, date, meeting record, topic]. */
  prst: [number, number, string, string, number][];
  /** [symbol, title, adopted]. */
  ga: [string, string, string][];
  instruments: CatalogueInstrument[];
}

export interface ResolutionFacts {
  year: number;
  /** ISO date; absent when not known. */
  date?: string;
  /** False when the date comes from a secondary source and may have day and month swapped. */
  dateConfirmed: boolean;
  meeting?: string;
  vote?: string;
  topic?: string;
  title?: string;
}

export class BundledCatalogue {
  private readonly sc = new Map<number, ResolutionFacts>();
  private readonly prst = new Map<string, ResolutionFacts>();
  private readonly ga = new Map<string, ResolutionFacts>();
  private readonly prstByDate = new Map<string, string[]>();
  readonly instruments: CatalogueInstrument[];

  constructor(data: CompactCatalogue) {
    for (const [n, year, date, meeting, t, v, high] of data.sc) {
      this.sc.set(n, { year, date: date || undefined, dateConfirmed: high === 1, meeting: meeting || undefined, topic: data.topics[t] || undefined, vote: data.votes[v] || undefined });
    }
    for (const [year, n, date, meeting, t] of data.prst) {
      const symbol = `S/PRST/${year}/${n}`;
      this.prst.set(symbol, { year, date: date || undefined, dateConfirmed: true, meeting: meeting || undefined, topic: data.topics[t] || undefined });
      if (date) this.prstByDate.set(date, [...(this.prstByDate.get(date) ?? []), symbol]);
    }
    for (const [symbol, title, adopted] of data.ga) {
      const m = /(\d{1,2}) (\w+) (\d{4})/.exec(adopted);
      this.ga.set(symbol, { year: m ? Number(m[3]) : 0, date: m ? isoOf(adopted) : undefined, dateConfirmed: true, title });
    }
    this.instruments = data.instruments;
  }

  scResolution(n: number): ResolutionFacts | undefined {
    return this.sc.get(n);
  }

  /** Presidential statements issued on an ISO date. */
  prstOn(date: string): string[] {
    return this.prstByDate.get(date) ?? [];
  }

  /** Facts for a symbol: `S/PRST/2015/25`, `A/RES/80/1`. */
  bySymbol(symbol: string): ResolutionFacts | undefined {
    return this.prst.get(symbol) ?? this.ga.get(symbol);
  }
}

const MONTH_NUMBERS: Record<string, string> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06',
  july: '07', august: '08', september: '09', october: '10', november: '11', december: '12',
};

function isoOf(printed: string): string | undefined {
  const m = /(\d{1,2}) (\w+) (\d{4})/.exec(printed);
  const month = m && MONTH_NUMBERS[m[2].toLowerCase()];
  return m && month ? `${m[3]}-${month}-${m[1].padStart(2, '0')}` : undefined;
}

/** Where the built catalogue is: next to the bundle (dist/), or dist/ above compiled test code. */
export function findCatalogueFile(from = __dirname): string | undefined {
  const beside = path.join(from, 'catalogue.json');
  if (existsSync(beside)) return beside;
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'dist', 'catalogue.json');
    if (existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** Reads the bundled catalogue; an empty one (with a reason) when the file is missing or broken. */
export function loadBundledCatalogue(file = findCatalogueFile()): { catalogue: BundledCatalogue; error?: string } {
  const empty: CompactCatalogue = { version: 1, topics: [], votes: [], sc: [], prst: [], ga: [], instruments: [] };
  if (!file) return { catalogue: new BundledCatalogue(empty), error: 'catalogue.json not found next to the server' };
  try {
    return { catalogue: new BundledCatalogue(JSON.parse(readFileSync(file, 'utf8')) as CompactCatalogue) };
  } catch (e) {
    return { catalogue: new BundledCatalogue(empty), error: `cannot read ${file}: ${(e as Error).message}` };
  }
}
