// Custom requests of the unres language server, declared once and shared by the server and the
// VS Code client (as rust-analyzer's lsp_ext.ts does). Any LSP client may call them by method name.
import { NotificationType, RequestType, TextDocumentIdentifier, Range } from 'vscode-languageserver-protocol';

export interface SelectParagraphParams {
  textDocument: TextDocumentIdentifier;
  /** `3`, `OP3`, `op 3`, `PP3`, `3(a)`, `3 (a) (ii)`, `OP3(a)(ii)`, `annex 5`, `annex II 5(a)`. */
  paragraph: string;
}

export interface SelectParagraphResult {
  /** Canonical id of the paragraph found: `PP3`, `OP3(a)`, `ANNEX2:5`. */
  id: string;
  /** The paragraph with its sub-paragraphs, without trailing page furniture. */
  range: Range;
}

export const SelectParagraphRequest = new RequestType<SelectParagraphParams, SelectParagraphResult | null, void>(
  'unres/selectParagraph',
);

export interface ParagraphSummaryParams {
  textDocument: TextDocumentIdentifier;
}

export interface ParagraphSummaryResult {
  /** Human hint of what exists, e.g. `PP1–PP14, OP1–OP32, Annex 1–25`. */
  summary: string;
  /** Every addressable id in document order (top-level and sub-paragraphs). */
  ids: string[];
}

export const ParagraphSummaryRequest = new RequestType<ParagraphSummaryParams, ParagraphSummaryResult | null, void>(
  'unres/paragraphSummary',
);

/**
 * Initialization options the server understands (`initializationOptions` of `initialize`). Any
 * client may pass them; all are optional.
 */
export interface UnresInitializationOptions {
  /**
   * Whether the workspace is trusted: only then does the server read the workspace catalogue file
   * (`.unres-catalogue.json`) and the resolution files in the workspace folders. Default: true for
   * editors that have no notion of workspace trust (Neovim, Emacs, Helix); false for a VS Code-family
   * client (by `clientInfo.name`) that does not pass it. The VS Code client passes
   * `vscode.workspace.isTrusted`.
   */
  workspaceTrusted?: boolean;
  /** Initial values of the `unres.diagnostics.*` settings, for clients that do not answer workspace/configuration. */
  diagnostics?: { citationYear?: boolean; internalReferences?: boolean };
}

export interface WorkspaceTrustParams {
  trusted: boolean;
}

/** Client → server: the user granted (or withdrew) workspace trust; the server (re)reads the workspace. */
export const WorkspaceTrustNotification = new NotificationType<WorkspaceTrustParams>('unres/workspaceTrust');
