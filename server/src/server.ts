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
import { afterModel, DocumentLimits } from './service/limits';
import { largeDocuments } from './memory';
import type { Activity } from './activity';
import type { ResolutionModel } from './parser/model';
import type { EditRange } from './parser/parse';
import { EditLog } from './editLog';
import { PreSerialized } from './transport';
import type { DocumentSymbol } from 'vscode-languageserver-types';

export const SERVER_NAME = 'unres-language-server';
export const SERVER_VERSION = '0.1.0';

export function startServer(connection: Connection, activity?: Activity): { shutDownReceived(): boolean } {
  // A large document: keep the young generation small, and collect when it opens, after each new
  // model (once the answers are out), before a pass over it and (after such a pass) before an
  // edit; see LargeDocuments.
  const large = largeDocuments(activity ? { whenFree: (run) => activity.whenFree(run) } : {});
  // The edit log tells the incremental parser where each change is (see editLog.ts).
  const editLog = new EditLog((doc) => large.changing(doc.getText().length));
  const documents = new TextDocuments(editLog);
  // Read only in a trusted workspace, in the background, when a citation feature first needs it.
  const workspace = new WorkspaceFiles([], true, (msg) => connection.console.log(msg));
  // Documents above unres.maxDocumentSize get an empty model (see service/limits.ts).
  const limits = new DocumentLimits();
  const afterModelMade = (model: ResolutionModel) => {
    large.modelMade(model.text.length);
    return model;
  };
  const parser = (text: string) => afterModelMade(limits.parse(text));
  const reparser = (prev: ResolutionModel, text: string, edit?: EditRange) => afterModelMade(limits.reparse(prev, text, edit));
  const editsSince = (doc: TextDocument, version: number, oldLength: number) => editLog.editsSince(doc, version, oldLength);
  const beforeCitationPass = (doc: TextDocument) => large.passStarting(doc.getText().length);
  const service = createResolutionService({ workspace, openDocuments: () => documents.all(), parser, reparser, editsSince, beforeCitationPass });
  limits.listen(connection, documents, (uri) => service.forget(uri));
  let shutDown = false;
  connection.onShutdown(() => void (shutDown = true));

  /**
   * The open document a request is about. Editors ask for symbols, folding, hovers and links on
   * their own, also just after a document was closed (VS Code does, after a language switch):
   * those get an empty answer (`null`), not an error in the client's log. A request the user made
   * (select a paragraph) about a document the server does not have is an error.
   */
  const openDoc = (uri: string | undefined): TextDocument | undefined => {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri must be a string');
    const doc = documents.get(uri);
    if (doc && typeof doc.getText() !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `document text is not a string: ${uri}`);
    return doc;
  };
  const docOrError = (uri: string | undefined): TextDocument => {
    const doc = openDoc(uri);
    if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `unknown document: ${String(uri)}`);
    return doc;
  };

  const citations = wireCitations(connection, documents, service, workspace, openDoc);
  // The one configuration handler: the size limit first (it may decline documents), then the
  // citation settings (which re-validate).
  connection.onDidChangeConfiguration((change) => {
    void limits.configurationChanged(change);
    citations.configurationChanged(change);
  });

  connection.onInitialize((params): InitializeResult => {
    citations.initialize(params);
    limits.initialize(params);
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
  connection.onInitialized(() => {
    citations.initialized();
    void limits.initialized();
  });

  // Each answer waits for the model, then checks for cancellation before computing (limits.ts).
  // Over stdio the outline goes out as the JSON the service keeps (see PreSerialized); over any
  // other transport the symbols are serialised and that JSON is never made. The pieces are asked
  // for as the answer is written, in the same turn; should the document have changed by then,
  // the symbols answered are serialised instead.
  connection.onDocumentSymbol((params, token) => {
    const doc = openDoc(params.textDocument?.uri);
    if (!doc) return null;
    const answer = () => {
      const symbols = service.documentSymbols(doc);
      const version = doc.version;
      const json = () => (doc.version === version ? service.documentSymbolsJson(doc) : [JSON.stringify(symbols)]);
      return new PreSerialized(symbols, json) as unknown as DocumentSymbol[];
    };
    return afterModel(token, doc, () => service.model(doc), answer);
  });
  connection.onFoldingRanges((params, token) => {
    const doc = openDoc(params.textDocument?.uri);
    return doc ? afterModel(token, doc, () => service.model(doc), () => service.foldingRanges(doc)) : null;
  });
  connection.onRequest(SelectParagraphRequest, (params, token) => {
    if (typeof params?.paragraph !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'paragraph must be a string such as "3", "PP2" or "OP3(a)"');
    const doc = docOrError(params.textDocument?.uri);
    return afterModel(token, doc, () => service.model(doc), () => service.selectParagraph(doc, params.paragraph));
  });
  connection.onRequest(ParagraphSummaryRequest, (params, token) => {
    const doc = docOrError(params?.textDocument?.uri);
    return afterModel(token, doc, () => service.model(doc), () => service.paragraphSummary(doc));
  });

  documents.onDidClose((e) => {
    service.forget(e.document.uri);
    large.closed(e.document.getText().length);
  });
  // Also on open (pins before the first parse) and before each edit, where a collection frees what
  // a pass over the previous version left before the reparse (without it, 3 edits of a 5 MB
  // wrapped text peaked at 121-123 MB instead of 114); see LargeDocuments.
  documents.onDidOpen((e) => large.opened(e.document.getText().length));
  documents.listen(connection);
  connection.listen();
  return { shutDownReceived: () => shutDown };
}
