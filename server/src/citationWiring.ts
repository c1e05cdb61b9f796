// LSP wiring of the citation features: hover, definition, document links, diagnostics with their
// quick fix, the workspace catalogue file and workspace trust. Only protocol plumbing lives here;
// the answers come from the language service.
import * as path from 'path';
import { fileURLToPath } from 'url';
import {
  CancellationToken,
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  DidChangeConfigurationParams,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeParams,
  Position,
  ServerCapabilities,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceFiles } from './catalogue/workspaceFiles';
import { UnresInitializationOptions, WorkspaceTrustNotification } from './protocol/lspExt';
import type { ResolutionService } from './service';
import { catalogueFileDiagnostics, CitationDiagnosticSettings, DEFAULT_DIAGNOSTIC_SETTINGS } from './service/languageFeatures/diagnostics';

export const CITATION_CAPABILITIES: ServerCapabilities = {
  hoverProvider: true,
  definitionProvider: true,
  documentLinkProvider: { resolveProvider: false },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
};

/** Delay before diagnostics after an edit: typing is not interrupted by a pass over the text. */
const CHANGE_DELAY_MS = 250;
const OPEN_DELAY_MS = 50;

/**
 * Whether the server may read the workspace. The client says so (VS Code passes
 * `workspace.isTrusted`); a VS Code-family client that does not say is taken as untrusted, since it
 * has the notion and did not vouch; any other editor has no notion of trust: trusted.
 */
export function isTrusted(options: UnresInitializationOptions, clientName: string | undefined): boolean {
  if (typeof options.workspaceTrusted === 'boolean') return options.workspaceTrusted;
  return !/visual studio code|vscode|code-server|vscodium|code - oss/i.test(clientName ?? '');
}

export interface CitationWiring {
  /** workspace/didChangeConfiguration: the diagnostics settings may have changed. */
  configurationChanged(change: DidChangeConfigurationParams): void;
  initialize(params: InitializeParams): void;
  initialized(): void;
}

const uriToPath = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

export function wireCitations(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: ResolutionService,
  workspace: WorkspaceFiles,
  /** The open document, or undefined: hovers, definitions and links on others answer null. */
  openDoc: (uri: string | undefined) => TextDocument | undefined,
): CitationWiring {
  let pullConfiguration = false;
  let watchDynamically = false;
  let configurationDynamic = false;
  let initialSettings: Partial<CitationDiagnosticSettings> = {};
  let pushedSettings: Partial<CitationDiagnosticSettings> | undefined;
  const settingsCache = new Map<string, Promise<CitationDiagnosticSettings>>();
  const pending = new Map<string, NodeJS.Timeout>();
  const catalogueUris = new Set<string>();

  const merge = (x: Partial<CitationDiagnosticSettings> | undefined): CitationDiagnosticSettings => ({
    citationYear: x?.citationYear ?? initialSettings.citationYear ?? DEFAULT_DIAGNOSTIC_SETTINGS.citationYear,
    internalReferences: x?.internalReferences ?? initialSettings.internalReferences ?? DEFAULT_DIAGNOSTIC_SETTINGS.internalReferences,
  });
  const fromSection = (unres: unknown): Partial<CitationDiagnosticSettings> | undefined => {
    const d = (unres as { diagnostics?: Record<string, unknown> } | null | undefined)?.diagnostics;
    if (!d || typeof d !== 'object') return undefined;
    return {
      citationYear: typeof d.citationYear === 'boolean' ? d.citationYear : undefined,
      internalReferences: typeof d.internalReferences === 'boolean' ? d.internalReferences : undefined,
    };
  };

  function settingsFor(uri: string): Promise<CitationDiagnosticSettings> {
    if (pushedSettings || !pullConfiguration) return Promise.resolve(merge(pushedSettings));
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'unres' })
        .then((cfg) => merge(fromSection(cfg)), () => merge(undefined));
      settingsCache.set(uri, s);
    }
    return s;
  }

  async function validate(uri: string): Promise<void> {
    pending.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    await workspace.catalogueReady();
    const settings = await settingsFor(uri);
    const stale = () => documents.get(uri)?.version !== version;
    if (stale()) return;
    // A large document's citations are read in slices: hovers and outlines are answered meanwhile.
    try {
      const diagnostics = await service.citationDiagnosticsInSlices(documents.get(uri)!, settings, stale);
      if (diagnostics) connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (e) {
      connection.console.error(`diagnostics for ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(() => void validate(uri), delay));
  }

  const revalidateAll = () => documents.all().forEach((d) => schedule(d.uri, OPEN_DELAY_MS));

  async function publishCatalogueFaults(): Promise<void> {
    await workspace.catalogueReady();
    const seen = new Set<string>();
    for (const f of workspace.catalogueFiles()) {
      seen.add(f.uri);
      catalogueUris.add(f.uri);
      connection.sendDiagnostics({ uri: f.uri, diagnostics: catalogueFileDiagnostics(TextDocument.create(f.uri, 'json', 0, f.text), f.faults) });
    }
    for (const uri of [...catalogueUris]) {
      if (seen.has(uri)) continue;
      connection.sendDiagnostics({ uri, diagnostics: [] });
      catalogueUris.delete(uri);
    }
  }

  // A hover waits for the workspace catalogue (one small file), never for the scan of every file:
  // until that scan is done, a pinpoint simply does not quote the workspace text yet.
  // The citations up to the position are read first in slices (a hover deep into a large document
  // opened a moment ago would otherwise read megabytes at once); a hover that went stale meanwhile
  // (cancelled, or the text changed) is answered null.
  /** True once the request is cancelled or the document has moved past the version it was asked about. */
  const staleFor = (doc: TextDocument, token: CancellationToken) => {
    const version = doc.version;
    return () => token.isCancellationRequested || documents.get(doc.uri)?.version !== version;
  };
  const readUpTo = (doc: TextDocument, position: Position, token: CancellationToken) => service.prepareCitationsAt(doc, position, staleFor(doc, token));
  connection.onHover(async (params, token) => {
    const doc = openDoc(params.textDocument?.uri);
    if (!doc) return null;
    await workspace.catalogueReady();
    void workspace.ready();
    if (!(await readUpTo(doc, params.position, token))) return null;
    return service.hover(doc, params.position);
  });
  connection.onDefinition(async (params, token) => {
    const doc = openDoc(params.textDocument?.uri);
    if (!doc) return null;
    await workspace.ready();
    if (!(await readUpTo(doc, params.position, token))) return null;
    return service.definition(doc, params.position);
  });
  connection.onDocumentLinks(async (params, token) => {
    const doc = openDoc(params.textDocument?.uri);
    if (!doc) return null;
    return (await service.documentLinksInSlices(doc, staleFor(doc, token))) ?? null;
  });
  connection.onCodeAction((params) => service.codeActions(params.textDocument.uri, params.context?.diagnostics ?? []));

  // TextDocuments reports an open as a content change too: the open's own (shorter) delay stands.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    schedule(e.document.uri, OPEN_DELAY_MS);
  });
  documents.onDidChangeContent((e) => {
    if (!justOpened.delete(e.document.uri)) schedule(e.document.uri, CHANGE_DELAY_MS);
  });
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    let catalogueChanged = false;
    let resolutionsChanged = false;
    for (const c of params.changes) {
      const file = uriToPath(c.uri);
      if (!file) continue;
      const changed = await workspace.fileChanged(file, c.type === FileChangeType.Deleted);
      if (changed && path.basename(file) === '.unres-catalogue.json') catalogueChanged = true;
      else if (changed) resolutionsChanged = true;
    }
    if (catalogueChanged) await publishCatalogueFaults();
    if (catalogueChanged || resolutionsChanged) revalidateAll();
  });

  connection.onNotification(WorkspaceTrustNotification, (params) => {
    workspace.setTrusted(params?.trusted !== false);
    void publishCatalogueFaults().then(revalidateAll);
  });

  return {
    configurationChanged(change) {
      const section = (change.settings as { unres?: unknown } | null | undefined)?.unres;
      pushedSettings = section !== undefined && !pullConfiguration ? fromSection(section) ?? {} : undefined;
      settingsCache.clear();
      revalidateAll();
    },
    initialize(params) {
      const options = (params.initializationOptions ?? {}) as UnresInitializationOptions;
      initialSettings = { citationYear: options.diagnostics?.citationYear, internalReferences: options.diagnostics?.internalReferences };
      const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
      const root = params.rootUri ? uriToPath(params.rootUri) : params.rootPath ?? undefined;
      workspace.setFolders(folders.length ? folders : root ? [root] : []);
      workspace.setTrusted(isTrusted(options, params.clientInfo?.name));
      pullConfiguration = params.capabilities.workspace?.configuration === true;
      configurationDynamic = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
      watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    },
    initialized() {
      if (configurationDynamic) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'unres' });
      if (watchDynamically) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/.unres-catalogue.json' }, { globPattern: '**/*.{unres,txt}' }],
        });
      }
      // Only the workspace catalogue files are read now; resolution files on first citation use.
      void publishCatalogueFaults();
    },
  };
}
