// textDocument/documentLink: every citation with a UN symbol links to undocs.org, the UN's resolver.
// The server only makes the link; the editor opens it. The server itself never touches the network.
import { DocumentLink } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolutionModel } from '../../parser/model';
import { CitationEnv, citationsOf, undocsUrl } from '../citationEnv';

export function provideDocumentLinks(env: CitationEnv, doc: TextDocument, model: ResolutionModel): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const c of citationsOf(env, model).each()) {
    const symbol = c.symbol ?? c.target?.symbol;
    if (!symbol) continue;
    for (const p of c.parts ?? [c.span]) {
      out.push({ range: { start: doc.positionAt(p.start), end: doc.positionAt(p.end) }, target: undocsUrl(symbol), tooltip: `Open ${symbol} on undocs.org` });
    }
  }
  return out;
}
