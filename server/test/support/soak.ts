// The soak: thousands of random incremental edits to one live document through the real server
// over stdio, interleaved with documentSymbol, hover and unres/selectParagraph, each answer checked
// against the in-process service on the same version; at the end the outline must equal a fresh
// server's on the final text, and the server's memory must not have grown without bound.
// Used by server/test/robustness/soak.test.ts (CI size) and scripts/fuzz.mjs (`npm run soak`).
import { readFileSync } from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { SelectParagraphRequest } from '../../src/protocol/lspExt';
import { parse } from '../../src/parser/parse';
import { addressOf, allParagraphs } from '../../src/parser/query';
import { createResolutionService } from '../../src/service';
import { fixture } from './fixtures';
import { startServer } from './lspClient';
import { contentChanges, EditSpec, HOSTILE, hoverViolations, realTexts, VOCABULARY } from './robustness';

export interface SoakOptions {
  edits: number;
  seed: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  edits: number;
  symbolRequests: number;
  hoverRequests: number;
  hoversWithContent: number;
  selectRequests: number;
  /** Answers refused with ContentModified because the text changed while they waited. */
  contentModified: number;
  mismatches: string[];
  finalLength: number;
  finalOutlineEqual: boolean;
  rssStartMB: number;
  rssBeforeMB: number;
  rssAfterMB: number;
  rssPeakMB: number;
  ms: number;
}

/** Resident set size of a process in MB, from /proc/<pid>/status (VmRSS, or VmHWM for the peak). */
export function procMemoryMB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

/** A small seeded generator (mulberry32): the same seed gives the same soak. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['the', 'Council', 'Decides', 'Recalling', 'resolution 1706 (2006)', 'paragraph 8 (a) above', 'Member States', 'peace', 'of', 'and', 'Secretary-General', 'S/2006/591'];

/** One edit as a drafter makes it: typing near a cursor, backspace, cut, paste, new paragraphs. */
function nextEdit(rnd: () => number, text: string, cursor: number): EditSpec {
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
  const r = rnd();
  const len = text.length;
  // Keep the document between about 5,000 and 60,000 characters: pastes when short, cuts when long.
  if (len < 5_000 || (r < 0.08 && len < 60_000)) {
    const src = pick(realTexts()).text.split('\n');
    const from = Math.floor(rnd() * src.length);
    return { at: cursor, remove: 0, insert: '\n' + src.slice(from, from + 1 + Math.floor(rnd() * 12)).join('\n') };
  }
  if (len > 60_000 || r < 0.14) return { at: Math.floor(rnd() * len), remove: 1 + Math.floor(rnd() * 600), insert: '' };
  if (r < 0.5) return { at: cursor, remove: 0, insert: rnd() < 0.6 ? pick('abcdefghijklmnopqrstuvwxyz ,.;()1234567890'.split('')) : pick(WORDS) + ' ' };
  if (r < 0.65) return { at: Math.max(0, cursor - 1), remove: 1 + Math.floor(rnd() * 3), insert: '' };
  if (r < 0.75) return { at: cursor, remove: 0, insert: pick(['\n', '\n\n', '\r\n', '\n1. ', '\n(a) ', '\nDecides ', '\nRecalling ']) };
  if (r < 0.83) return { at: cursor, remove: 0, insert: pick(VOCABULARY) };
  if (r < 0.88) return { at: cursor, remove: 0, insert: pick(HOSTILE) };
  if (r < 0.95) return { at: Math.floor(rnd() * len), remove: Math.floor(rnd() * 40), insert: pick(WORDS), second: { at: Math.floor(rnd() * len), remove: Math.floor(rnd() * 5), insert: pick(VOCABULARY) } };
  return { at: Math.floor(rnd() * len), remove: 10 + Math.floor(rnd() * 200), insert: pick(realTexts()).text.slice(0, 400) };
}

/** The old-space limit the soaked server runs with (MB). */
export const SOAK_HEAP_MB = 96;

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const t0 = Date.now();
  const log = options.log ?? (() => undefined);
  const rnd = prng(options.seed);
  const uri = 'file:///soak/draft.unres';
  const start = fixture('corpus/texts/S-RES-1706-2006.txt');
  // The reference parses every version afresh (a parser other than `parse` gets no incremental
  // path), so the server's incremental reparse is checked against full parses.
  const local = createResolutionService({ parser: (text) => parse(text) });
  let doc = TextDocument.create(uri, 'un-resolution', 1, start);
  // A heap far smaller than Node's default: V8 then collects as it would under memory pressure,
  // so RSS shows what is kept, and a leak of versions or models ends in an out-of-memory crash.
  const server = await startServer({ nodeArgs: [`--max-old-space-size=${SOAK_HEAP_MB}`] });
  const rssStartMB = procMemoryMB(server.process.pid!);
  const result: SoakResult = {
    edits: 0, symbolRequests: 0, hoverRequests: 0, hoversWithContent: 0, selectRequests: 0, contentModified: 0, mismatches: [],
    finalLength: 0, finalOutlineEqual: false, rssStartMB, rssBeforeMB: 0, rssAfterMB: 0, rssPeakMB: 0, ms: 0,
  };
  const mismatch = (s: string) => {
    if (result.mismatches.length < 20) result.mismatches.push(s);
  };
  const inFlight: Promise<void>[] = [];
  // ContentModified (-32801): an edit arrived while a long request waited; clients ask again.
  const track = (p: Promise<void>) => {
    inFlight.push(p.catch((e) => ((e as { code?: number }).code === -32801 ? void result.contentModified++ : mismatch(`request failed: ${(e as Error).message}`))));
  };
  const drain = async (max: number) => {
    while (inFlight.length > max) await inFlight.shift();
  };
  try {
    server.open(uri, start);
    // Warm up (first parse, catalogue, citations) before the "before" figure.
    await server.symbols(uri);
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(start.indexOf('1679 (2006)')) });
    result.rssBeforeMB = procMemoryMB(server.process.pid!);
    let cursor = Math.floor(start.length / 2);
    let version = 1;
    for (let i = 0; i < options.edits; i++) {
      const spec = nextEdit(rnd, doc.getText(), Math.min(cursor, doc.getText().length));
      const { changes, next } = contentChanges(doc, spec);
      doc = TextDocument.update(doc, changes, ++version);
      if (doc.getText() !== next) throw new Error(`soak: local text diverged at edit ${i}`);
      server.change(uri, version, changes);
      result.edits++;
      cursor = Math.min(next.length, spec.at + spec.insert.length);
      if (rnd() < 0.1) cursor = Math.floor(rnd() * next.length);
      const snapshot = TextDocument.create(uri, 'un-resolution', version, next);
      const r = rnd();
      if (r < 0.15) {
        result.symbolRequests++;
        const want = JSON.stringify(local.documentSymbols(snapshot));
        const v = version;
        track(
          server.symbols(uri).then((got: DocumentSymbol[]) => {
            if (JSON.stringify(got) !== want) mismatch(`documentSymbol at version ${v} differs from the in-process outline`);
          }),
        );
      } else if (r < 0.3) {
        result.hoverRequests++;
        const m = /(?:resolutions? \d{3,4} \(\d{4}\)|paragraph \d+)/g;
        m.lastIndex = Math.floor(rnd() * next.length);
        const hit = rnd() < 0.6 ? m.exec(next) : null;
        const offset = hit ? hit.index + 2 : Math.floor(rnd() * (next.length + 1));
        const v = version;
        track(
          server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: snapshot.positionAt(offset) }).then((h) => {
            if (h) result.hoversWithContent++;
            for (const e of hoverViolations(snapshot, h as Hover | null)) mismatch(`hover at version ${v}: ${e}`);
          }),
        );
      } else if (r < 0.4) {
        result.selectRequests++;
        const model = local.model(snapshot);
        const ids = [...allParagraphs(model)].map((p) => addressOf(model, p.id));
        const address = ids.length && rnd() < 0.9 ? ids[Math.floor(rnd() * ids.length)] : String(1 + Math.floor(rnd() * 30));
        const want = JSON.stringify(local.selectParagraph(snapshot, address));
        const v = version;
        track(
          server.connection.sendRequest(SelectParagraphRequest, { textDocument: { uri }, paragraph: address }).then((got) => {
            if (JSON.stringify(got) !== want) mismatch(`selectParagraph("${address}") at version ${v}: got ${JSON.stringify(got)}, want ${want}`);
          }),
        );
      }
      await drain(32);
      if ((i + 1) % 1000 === 0) log(`soak: ${i + 1} edits, ${next.length} characters, server RSS ${procMemoryMB(server.process.pid!)} MB`);
    }
    await drain(0);
    const final = doc.getText();
    result.finalLength = final.length;
    const outline = await server.symbols(uri);
    result.rssAfterMB = procMemoryMB(server.process.pid!);
    result.rssPeakMB = procMemoryMB(server.process.pid!, 'VmHWM');
    const fresh = await startServer();
    try {
      fresh.open(uri, final);
      const freshOutline = await fresh.symbols(uri);
      result.finalOutlineEqual = JSON.stringify(outline) === JSON.stringify(freshOutline) && freshOutline.length > 0;
    } finally {
      await fresh.stop();
    }
  } finally {
    await server.stop();
  }
  result.ms = Date.now() - t0;
  return result;
}

/** One line for logs and reports. */
export function soakSummary(r: SoakResult): string {
  return (
    `${r.edits} edits in ${(r.ms / 1000).toFixed(1)} s (${r.symbolRequests} documentSymbol, ${r.hoverRequests} hover of which ${r.hoversWithContent} with content, ` +
    `${r.selectRequests} selectParagraph, ${r.contentModified} ContentModified); answers differing from the in-process service: ${r.mismatches.length}; final text ${r.finalLength} characters; ` +
    `final outline equal to a fresh server's: ${r.finalOutlineEqual}; server RSS at start ${r.rssStartMB} MB, after warm-up ${r.rssBeforeMB} MB, after the edits ${r.rssAfterMB} MB, peak ${r.rssPeakMB} MB`
  );
}
