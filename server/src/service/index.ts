// The resolution language service: LSP features as thin adapters over one cached model per
// document version. Built from injected parts so tests can run it in memory, without a connection.
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location } from 'vscode-languageserver-types';
import { CatalogueStore } from '../catalogue/store';
import type { WorkspaceFiles } from '../catalogue/workspaceFiles';
import { boundRegionCache, regionCharsNeeded, type Citation } from '../citations';
import { ownSymbolOf } from '../citations/recognise';
import { ResolutionModel } from '../parser/model';
import { EditRange, editSince, modelId, parse } from '../parser/parse';
import { perModel } from '../parser/perModel';
import type { ParagraphSummaryResult, SelectParagraphResult } from '../protocol/lspExt';
import { CitationEnv, citationsOf, compact } from './citationEnv';
import { provideCodeActions } from './languageFeatures/codeActions';
import { provideDefinition } from './languageFeatures/definition';
import { CitationDiagnosticSettings, DEFAULT_DIAGNOSTIC_SETTINGS, provideCitationDiagnostics, provideCitationDiagnosticsInSlices } from './languageFeatures/diagnostics';
import { provideDocumentLinks, provideDocumentLinksInSlices } from './languageFeatures/documentLinks';
import { makeOutline, Outline, outlineJsonParts, Reusable } from './languageFeatures/documentSymbols';
import { provideFoldingRanges } from './languageFeatures/folding';
import { provideHover } from './languageFeatures/hover';
import { provideParagraphSummary, provideSelectParagraph } from './languageFeatures/selectParagraph';
import { ModelCache } from './modelCache';

export interface ServiceOptions {
  /** The parser; tests may inject a counting or failing one. */
  parser?: (text: string) => ResolutionModel;
  /** The incremental parser that goes with `parser` (default: the parser's own `reparse` for `parse`). */
  reparser?: (prev: ResolutionModel, text: string, edit?: EditRange) => ResolutionModel;
  /** Where a document changed since an earlier version, if the document store keeps that (see editLog.ts). */
  editsSince?: (doc: TextDocument, version: number, oldLength: number) => EditRange | undefined;
  /** The citation catalogue; by default the bundled one, read from disk on first use. */
  catalogue?: CatalogueStore;
  /** What the workspace folders hold (read by the server only in a trusted workspace). */
  workspace?: WorkspaceFiles;
  /** The open documents: a citation of an open resolution resolves to its (unsaved) text. */
  openDocuments?: () => Iterable<TextDocument>;
  /** Told before all of a document's citations are recognised (the server's memory policy listens). */
  beforeCitationPass?: (doc: TextDocument) => void;
}

export interface ResolutionService {
  model(doc: TextDocument): ResolutionModel;
  documentSymbols(doc: TextDocument): DocumentSymbol[];
  /** The same outline as JSON text, in pieces (what a transport that can send text as it is writes). */
  documentSymbolsJson(doc: TextDocument): string[];
  foldingRanges(doc: TextDocument): FoldingRange[];
  selectParagraph(doc: TextDocument, paragraph: string): SelectParagraphResult | null;
  paragraphSummary(doc: TextDocument): ParagraphSummaryResult;
  /** Citations of the document, recognised on first use (never on the outline path). */
  citations(doc: TextDocument): readonly Citation[];
  /**
   * Recognises all the document's citations in slices that leave the event loop free (for
   * diagnostics and links of a large document); false when `isStale` said to stop.
   */
  prepareCitations(doc: TextDocument, isStale: () => boolean): Promise<boolean>;
  /** The same, as far as `position` (what a hover or definition there reads). */
  prepareCitationsAt(doc: TextDocument, position: Position, isStale: () => boolean): Promise<boolean>;
  hover(doc: TextDocument, position: Position): Hover | null;
  definition(doc: TextDocument, position: Position): Location[] | null;
  documentLinks(doc: TextDocument): DocumentLink[];
  citationDiagnostics(doc: TextDocument, settings?: CitationDiagnosticSettings): Diagnostic[];
  /**
   * The same two, recognising and reading the citations region by region in slices that leave the
   * event loop free (what the server answers with; no prepareCitations needed first); undefined
   * when `isStale` said to stop.
   */
  documentLinksInSlices(doc: TextDocument, isStale: () => boolean): Promise<DocumentLink[] | undefined>;
  citationDiagnosticsInSlices(doc: TextDocument, settings: CitationDiagnosticSettings, isStale: () => boolean): Promise<Diagnostic[] | undefined>;
  codeActions(uri: string, diagnostics: Diagnostic[]): CodeAction[];
  readonly catalogue: CatalogueStore;
  /** Drops what is kept for a document no longer open (its model, outline, citation results). */
  forget(uri: string): void;
}

export function createResolutionService(options: ServiceOptions = {}): ResolutionService {
  const cache = new ModelCache<TextDocument>(options.parser ?? parse, options.reparser, options.editsSince);
  const catalogue = options.catalogue ?? new CatalogueStore(options.workspace);
  const env: CitationEnv = {
    catalogue,
    workspace: options.workspace,
    resolution: (symbol) => {
      for (const doc of options.openDocuments?.() ?? []) {
        const model = cache.get(doc);
        const own = ownSymbolOf(model);
        if (own && compact(own) === symbol) return { uri: doc.uri, doc, model };
      }
      const ws = options.workspace?.resolution(symbol);
      const model = ws && options.workspace!.model(ws.path);
      return ws && model ? { uri: ws.uri, model } : undefined;
    },
  };
  // The outline of a model, made once: Outline view, breadcrumbs and other clients' plugins may
  // each ask for the same version. The document only turns the model's offsets into positions in
  // that same text. After an edit, the paragraph symbols the edit left alone are the last
  // outline's (see documentSymbols.ts): per document, what that outline can lend, and the id of
  // its model (not the model, whose text would stay alive).
  const outlines = perModel<Outline>();
  const lastOutline = new Map<string, { id: number | undefined; reusable: Reusable }>();
  const outlineOf = (doc: TextDocument, model = cache.get(doc)): Outline =>
    outlines(model, () => {
      const last = lastOutline.get(doc.uri);
      const edit = last && editSince(last.id, model);
      const outline = makeOutline(doc, model, edit && { outline: last.reusable, edit });
      lastOutline.set(doc.uri, { id: modelId(model), reusable: { made: outline.made, lineCount: outline.lineCount } });
      return outline;
    });
  /** The document's model, made first; then the listener hears that a pass over all its citations starts. */
  const beforePass = (doc: TextDocument): ResolutionModel => {
    const model = cache.get(doc);
    options.beforeCitationPass?.(doc);
    return model;
  };
  return {
    catalogue,
    citations: (doc) => citationsOf(env, cache.get(doc)).citations,
    prepareCitations: (doc, isStale) => citationsOf(env, beforePass(doc)).complete(isStale),
    prepareCitationsAt: (doc, position, isStale) => citationsOf(env, cache.get(doc)).reach(doc.offsetAt(position), isStale),
    hover: (doc, position) => provideHover(env, doc, cache.get(doc), position),
    definition: (doc, position) => provideDefinition(env, doc, cache.get(doc), position),
    documentLinks: (doc) => provideDocumentLinks(env, doc, cache.get(doc)),
    citationDiagnostics: (doc, settings = DEFAULT_DIAGNOSTIC_SETTINGS) => provideCitationDiagnostics(env, doc, cache.get(doc), settings),
    documentLinksInSlices: (doc, isStale) => provideDocumentLinksInSlices(env, doc, beforePass(doc), isStale),
    citationDiagnosticsInSlices: (doc, settings, isStale) => provideCitationDiagnosticsInSlices(env, doc, beforePass(doc), settings, isStale),
    codeActions: (uri, diagnostics) => provideCodeActions(uri, diagnostics),
    model: (doc) => cache.get(doc),
    documentSymbols: (doc) => outlineOf(doc).symbols,
    // Made at each ask, not kept with the model: for the paragraphs an outline reused, the JSON is
    // kept with their symbols; the rest, kept too, was 0.7 MB more with a 5 MB document open. At
    // every size: above 2 million characters one JSON.stringify of the whole outline (two bytes a
    // character) was made instead, and the pieces (one) peaked no higher with 5 MB open (the
    // benchmark's scenario, 6 runs each, alternated: 95.8-99.1 MB against 96.8-100.3); a 10 MB
    // keystroke's p50 read 70-106 ms against 85-105 (4 alternations).
    documentSymbolsJson: (doc) => outlineJsonParts(outlineOf(doc).symbols),
    foldingRanges: (doc) => provideFoldingRanges(doc, cache.get(doc)),
    selectParagraph: (doc, paragraph) => provideSelectParagraph(doc, cache.get(doc), paragraph),
    paragraphSummary: (doc) => provideParagraphSummary(cache.get(doc)),
    forget: (uri) => {
      cache.delete(uri);
      lastOutline.delete(uri);
      // The citation results of a closed document go, past what the documents still open need.
      boundRegionCache(Math.max(0, ...cache.models().map(regionCharsNeeded)));
    },
  };
}
