// Limits that keep the server responsive whatever it is sent (issue 6):
//
// The document size limit, setting `unres.maxDocumentSize` (millions of characters, default 20,
// 0 = no limit). A document above it is declined: the service gets an empty model for it (no
// parse), so the outline, folding, paragraph selection and the citation features answer at once
// with nothing, and the user is told once per document with window/showMessage. Other documents
// keep every feature. The value is read, in this order, from `workspace/configuration` (section
// `unres`) when the client supports it, from initializationOptions.maxDocumentSize, else the
// default. Measured on one machine before the limit (concatenated real resolutions): a 50 MB
// document held the server for 19 s on its first outline and for minutes on citations; 20 MB is
// VS Code's own "large file" threshold and leaves the realistic sizes (a 300 KB omnibus
// resolution, an annual volume of several MB) well inside.
//
// Cancellation: requests still queued when $/cancelRequest arrives are answered RequestCancelled
// by vscode-jsonrpc without running. A request whose parse took long (the parse itself is one
// synchronous pass) yields once after it and checks its token before computing and sending the
// answer (`afterModel`, used by documentSymbol, foldingRange, unres/selectParagraph and
// unres/paragraphSummary in server.ts), so a request cancelled during a long parse costs no more
// work. The citation features (hover, definition, links, diagnostics) are wired in
// citationWiring.ts; there the declined model keeps them short for documents above the limit.
import {
  CancellationToken,
  Connection,
  DidChangeConfigurationParams,
  InitializeParams,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolutionModel } from '../parser/model';
import { EditRange, parse as parseText, reparse as reparseText } from '../parser/parse';

export const MAX_DOCUMENT_SIZE_SETTING = 'unres.maxDocumentSize';
/** Millions of characters (UTF-16 code units; about megabytes for UN text). */
export const DEFAULT_MAX_DOCUMENT_SIZE = 20;

/** The model of a declined document: nothing in it, so every feature answers with nothing. */
export function declinedModel(): ResolutionModel {
  return { text: '', preamble: [], operative: [], headings: [], closing: [], annexes: [], furniture: [] };
}

/** A setting value as a number of characters, or undefined when it is not a usable number. */
export function limitInCharacters(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return undefined;
  return n === 0 ? Infinity : Math.round(n * 1_000_000);
}

const millions = (chars: number) => (chars / 1_000_000).toFixed(chars < 10_000_000 ? 1 : 0);
const fileName = (uri: string) => decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/^.*\//, '')) || uri;

export class DocumentLimits {
  private max = limitInCharacters(DEFAULT_MAX_DOCUMENT_SIZE)!;
  private fromInitialization: number | undefined;
  private pull = false;
  private readonly told = new Set<string>();
  private connection: Connection | undefined;
  private documents: TextDocuments<TextDocument> | undefined;
  private forget: (uri: string) => void = () => undefined;

  constructor(
    private readonly parser: (text: string) => ResolutionModel = parseText,
    private readonly reparser: (prev: ResolutionModel, text: string, edit?: EditRange) => ResolutionModel = reparseText,
  ) {}

  /** The largest document outlined, in characters (Infinity: no limit). */
  get maxCharacters(): number {
    return this.max;
  }

  /** The parser for the language service: declines a text above the limit without reading it. */
  readonly parse = (text: string): ResolutionModel => (text.length > this.max ? declinedModel() : this.parser(text));

  /** The incremental parser, declining the same way (a declined model has no state: parsed afresh). */
  readonly reparse = (prev: ResolutionModel, text: string, edit?: EditRange): ResolutionModel => (text.length > this.max ? declinedModel() : this.reparser(prev, text, edit));

  tooLarge(doc: TextDocument): boolean {
    return doc.getText().length > this.max;
  }

  /**
   * Wires the limit to a connection: initialize/initialized and configuration changes are passed
   * on by the server (which owns the one didChangeConfiguration handler); here the opened and
   * changed documents are checked.
   */
  listen(connection: Connection, documents: TextDocuments<TextDocument>, forget: (uri: string) => void): void {
    this.connection = connection;
    this.documents = documents;
    this.forget = forget;
    documents.onDidOpen((e) => this.check(e.document));
    documents.onDidChangeContent((e) => this.check(e.document));
    documents.onDidClose((e) => this.told.delete(e.document.uri));
  }

  initialize(params: InitializeParams): void {
    const options = params.initializationOptions as { maxDocumentSize?: unknown } | null | undefined;
    this.fromInitialization = limitInCharacters(options?.maxDocumentSize);
    if (this.fromInitialization !== undefined) this.max = this.fromInitialization;
    this.pull = params.capabilities?.workspace?.configuration === true;
  }

  /** After `initialized`: the client's configuration, when it can be asked. */
  async initialized(): Promise<void> {
    await this.refresh();
  }

  async configurationChanged(params: DidChangeConfigurationParams): Promise<void> {
    if (this.pull) return this.refresh();
    const pushed = (params?.settings as { unres?: { maxDocumentSize?: unknown } } | null | undefined)?.unres?.maxDocumentSize;
    this.apply(limitInCharacters(pushed) ?? this.fromInitialization ?? limitInCharacters(DEFAULT_MAX_DOCUMENT_SIZE)!);
  }

  private async refresh(): Promise<void> {
    if (!this.pull || !this.connection) return;
    let value: unknown;
    try {
      value = await this.connection.workspace.getConfiguration(MAX_DOCUMENT_SIZE_SETTING);
    } catch {
      value = undefined;
    }
    this.apply(limitInCharacters(value) ?? this.fromInitialization ?? limitInCharacters(DEFAULT_MAX_DOCUMENT_SIZE)!);
  }

  private apply(max: number): void {
    if (max === this.max) return;
    this.max = max;
    // Models made under the old limit (declined or not) are dropped; the next request re-decides.
    for (const doc of this.documents?.all() ?? []) {
      this.forget(doc.uri);
      this.check(doc);
    }
  }

  /** Tells the user once per document (until it fits again or is closed) that it is declined. */
  private check(doc: TextDocument): void {
    if (!this.tooLarge(doc)) {
      this.told.delete(doc.uri);
      return;
    }
    if (this.told.has(doc.uri)) return;
    this.told.add(doc.uri);
    const size = doc.getText().length;
    // A notification (window/showMessage), not a request: every client shows it, none must answer.
    void this.connection?.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `unres: ${fileName(doc.uri)} has ${millions(size)} million characters, above the limit of ${millions(this.max)} million ` +
        `(setting ${MAX_DOCUMENT_SIZE_SETTING}): no outline, folding, paragraph selection or citations for it, so that the ` +
        'editor stays responsive. Other documents are not affected. Raise the setting (0 = no limit) to outline it.',
    });
    this.connection?.console.warn(`${doc.uri}: ${size} characters, above ${MAX_DOCUMENT_SIZE_SETTING} (${this.max}): declined`);
  }
}

/**
 * Runs a request's answer after the document's model is made, honouring cancellation: when the
 * model took long (a parse of a big text), yields once so that a $/cancelRequest sent meanwhile is
 * read, and answers RequestCancelled instead of computing and sending a result nobody wants. When
 * an edit arrived during that yield the answer would be for a newer text than the request's:
 * ContentModified, which clients take as "ask again" (VS Code does so silently).
 */
export async function afterModel<T>(token: CancellationToken | undefined, doc: { version: number }, model: () => unknown, answer: () => T): Promise<T> {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
  const version = doc.version;
  const t0 = Date.now();
  model();
  if (Date.now() - t0 <= 20) return answer();
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
  if (doc.version !== version) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed while the request was computed');
  return answer();
}
