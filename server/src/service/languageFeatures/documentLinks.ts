// textDocument/documentLink: every citation with a UN symbol links to undocs.org, the UN's resolver.
// The server only makes the link; the editor opens it. The server itself never touches the network.
import { DocumentLink } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Citation } from '../../citations';
import type { ResolutionModel } from '../../parser/model';
import { CitationEnv, citationsOf, undocsUrl } from '../citationEnv';

/** A citation's links (one per piece), added to `out`. */
function linksOf(doc: TextDocument, c: Citation, out: DocumentLink[]): void {
  const symbol = c.symbol ?? c.target?.symbol;
  if (!symbol) return;
  for (const p of c.parts ?? [c.span]) {
    out.push({ range: { start: doc.positionAt(p.start), end: doc.positionAt(p.end) }, target: undocsUrl(symbol), tooltip: `Open ${symbol} on undocs.org` });
  }
}

export function provideDocumentLinks(env: CitationEnv, doc: TextDocument, model: ResolutionModel): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const c of citationsOf(env, model).each()) linksOf(doc, c, out);
  return out;
}

/** The same, read in slices that leave the event loop free (a large document); undefined when stale. */
export async function provideDocumentLinksInSlices(env: CitationEnv, doc: TextDocument, model: ResolutionModel, isStale: () => boolean): Promise<DocumentLink[] | undefined> {
  const out: DocumentLink[] = [];
  return (await citationsOf(env, model).visitInSlices((c) => linksOf(doc, c, out), isStale)) ? out : undefined;
}
