// The resolution language service: LSP features as thin adapters over one cached model per
// document version. Built from injected parts so tests can run it in memory, without a connection.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { ResolutionModel } from '../parser/model';
import { parse } from '../parser/parse';
import type { ParagraphSummaryResult, SelectParagraphResult } from '../protocol/lspExt';
import { provideDocumentSymbols } from './languageFeatures/documentSymbols';
import { provideFoldingRanges } from './languageFeatures/folding';
import { provideParagraphSummary, provideSelectParagraph } from './languageFeatures/selectParagraph';
import { ModelCache } from './modelCache';

export interface ServiceOptions {
  /** The parser; tests may inject a counting or failing one. */
  parser?: (text: string) => ResolutionModel;
}

export interface ResolutionService {
  model(doc: TextDocument): ResolutionModel;
  documentSymbols(doc: TextDocument): DocumentSymbol[];
  foldingRanges(doc: TextDocument): FoldingRange[];
  selectParagraph(doc: TextDocument, paragraph: string): SelectParagraphResult | null;
  paragraphSummary(doc: TextDocument): ParagraphSummaryResult;
  forget(uri: string): void;
}

export function createResolutionService(options: ServiceOptions = {}): ResolutionService {
  const cache = new ModelCache(options.parser ?? parse);
  return {
    model: (doc) => cache.get(doc),
    documentSymbols: (doc) => provideDocumentSymbols(doc, cache.get(doc)),
    foldingRanges: (doc) => provideFoldingRanges(doc, cache.get(doc)),
    selectParagraph: (doc, paragraph) => provideSelectParagraph(doc, cache.get(doc), paragraph),
    paragraphSummary: (doc) => provideParagraphSummary(cache.get(doc)),
    forget: (uri) => cache.delete(uri),
  };
}
