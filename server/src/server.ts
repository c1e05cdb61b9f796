// LSP wiring only: every request is answered by the language service. Nothing here is specific to
// VS Code; any LSP client (Neovim, Emacs, Helix) gets the same answers.
import {
  Connection,
  ResponseError,
  ErrorCodes,
  TextDocuments,
  TextDocumentSyncKind,
  InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphSummaryRequest, SelectParagraphRequest } from './protocol/lspExt';
import { createResolutionService } from './service';

export const SERVER_NAME = 'unres-language-server';
export const SERVER_VERSION = '0.1.0';

export function startServer(connection: Connection): void {
  const service = createResolutionService();
  const documents = new TextDocuments(TextDocument);

  connection.onInitialize((): InitializeResult => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: 'Resolution' },
      foldingRangeProvider: true,
    },
    serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
  }));

  const docOrError = (uri: string | undefined): TextDocument => {
    const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `unknown document: ${String(uri)}`);
    return doc;
  };

  connection.onDocumentSymbol((params) => service.documentSymbols(docOrError(params.textDocument?.uri)));
  connection.onFoldingRanges((params) => service.foldingRanges(docOrError(params.textDocument?.uri)));
  connection.onRequest(SelectParagraphRequest, (params) => {
    if (typeof params?.paragraph !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'paragraph must be a string such as "3", "PP2" or "OP3(a)"');
    return service.selectParagraph(docOrError(params.textDocument?.uri), params.paragraph);
  });
  connection.onRequest(ParagraphSummaryRequest, (params) => service.paragraphSummary(docOrError(params?.textDocument?.uri)));

  documents.onDidClose((e) => service.forget(e.document.uri));
  documents.listen(connection);
  connection.listen();
}
