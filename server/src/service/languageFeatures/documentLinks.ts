// textDocument/documentLink: every citation with a UN symbol links to undocs.org, the UN's resolver.
// The server only makes the link; the editor opens it. The server itself never touches the network.
import { DocumentLink } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Citation, CitationDigest } from '../../citations';
import type { ResolutionModel } from '../../parser/model';
import { CitationEnv, citationsOf, undocsUrl } from '../citationEnv';

/** A citation's link pieces: one per piece of its text, all to the same target. */
function pieces(c: Citation, add: (start: number, end: number, symbol: string) => void): void {
  const symbol = c.symbol ?? c.target?.symbol;
  if (!symbol) return;
  for (const p of c.parts ?? [c.span]) add(p.start, p.end, symbol);
}

const link = (doc: TextDocument, start: number, end: number, target: string, tooltip: string): DocumentLink => ({
  range: { start: doc.positionAt(start), end: doc.positionAt(end) },
  target,
  tooltip,
});

const tooltipOf = (symbol: string) => `Open ${symbol} on undocs.org`;

export function provideDocumentLinks(env: CitationEnv, doc: TextDocument, model: ResolutionModel): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const c of citationsOf(env, model).each()) pieces(c, (start, end, symbol) => out.push(link(doc, start, end, undocsUrl(symbol), tooltipOf(symbol))));
  return out;
}

/**
 * A region's links, offsets relative to the region: what the links need of its citations, kept
 * with the region's result from version to version. After an edit to a 10 MB volume, the links
 * made every region's citations into objects again (23,883 links, most from regions the edit left
 * alone). A region's target and tooltip strings are made once per symbol.
 */
interface RegionLinks {
  /** Start and end of each link, in pairs. */
  spans: number[];
  /** Each link's target and tooltip, one pair per symbol shared by its links. */
  strings: [target: string, tooltip: string][];
}

const REGION_LINKS = new CitationDigest<RegionLinks>((citations) => {
  const out: RegionLinks = { spans: [], strings: [] };
  const made = new Map<string, [string, string]>();
  for (const c of citations) {
    pieces(c, (start, end, symbol) => {
      let strings = made.get(symbol);
      if (!strings) made.set(symbol, (strings = [undocsUrl(symbol), tooltipOf(symbol)]));
      out.spans.push(start, end);
      out.strings.push(strings);
    });
  }
  return out;
});

/** The same, read in slices that leave the event loop free (a large document); undefined when stale. */
export async function provideDocumentLinksInSlices(env: CitationEnv, doc: TextDocument, model: ResolutionModel, isStale: () => boolean): Promise<DocumentLink[] | undefined> {
  const out: DocumentLink[] = [];
  const visit = (r: RegionLinks, at: number) => {
    r.strings.forEach(([target, tooltip], k) => out.push(link(doc, at + r.spans[2 * k], at + r.spans[2 * k + 1], target, tooltip)));
  };
  return (await citationsOf(env, model).visitDigestsInSlices(REGION_LINKS, visit, isStale)) ? out : undefined;
}
