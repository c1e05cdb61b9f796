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
import { WorkspaceFiles } from './catalogue/workspaceFiles';
import { CITATION_CAPABILITIES, wireCitations } from './citationWiring';
import { ParagraphSummaryRequest, SelectParagraphRequest } from './protocol/lspExt';
import { createResolutionService } from './service';

export const SERVER_NAME = 'unres-language-server';
export const SERVER_VERSION = '0.1.0';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // Read only in a trusted workspace, in the background, when a citation feature first needs it.
  const workspace = new WorkspaceFiles([], true, (msg) => connection.console.log(msg));
  const service = createResolutionService({ workspace, openDocuments: () => documents.all() });

  const docOrError = (uri: string | undefined): TextDocument => {
    const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `unknown document: ${String(uri)}`);
    return doc;
  };

  const citations = wireCitations(connection, documents, service, workspace, docOrError);

  connection.onInitialize((params): InitializeResult => {
    citations.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Resolution' },
        foldingRangeProvider: true,
        ...CITATION_CAPABILITIES,
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });
  connection.onInitialized(() => citations.initialized());

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
