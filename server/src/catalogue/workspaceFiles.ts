// What the workspace folders hold, read by the server itself with fs (never over the network, and
// only in a trusted workspace): the workspace catalogue file of each folder, and every resolution
// text, known by the symbol in its masthead. Scanned once, in the background, with limits.
import { promises as fsp, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { compactSymbol } from '../citations/hit';
import { ownSymbolOf } from '../citations/recognise';
import type { ResolutionModel } from '../parser/model';
import { parse } from '../parser/parse';
import { parseWorkspaceCatalogue, WORKSPACE_CATALOGUE_FILE, WorkspaceCatalogue, WorkspaceFault } from './workspaceCatalogue';

/** Files that may hold a resolution: the language's extensions and plain text. */
const RESOLUTION_FILE = /\.(?:unres|res\.txt|txt)$/i;
const SKIP_DIR = /^(?:node_modules|\.git|\.hg|\.svn|out|dist|build|target|\.vscode-test)$/;
const MAX_FILES = 5000;
const MAX_DEPTH = 8;
const HEAD_BYTES = 4096;

export interface WorkspaceResolution {
  symbol: string;
  path: string;
  uri: string;
}

export interface CatalogueFileState {
  path: string;
  uri: string;
  text: string;
  faults: WorkspaceFault[];
  catalogue: WorkspaceCatalogue;
}

/** A resolution's own symbol from its first lines, only when it stands where a masthead puts it. */
export function mastheadSymbol(head: string): string | undefined {
  const model = parse(head);
  if (model.masthead?.symbol) return ownSymbolOf(model);
  const firstLines = head.split(/\r?\n/).filter((l) => l.trim()).slice(0, 6).join('\n');
  if (/^\s*(?:Resolution|RESOLUTION) \d{1,4} ?\(\d{4}\)\s*$/m.test(firstLines) || /^\s*(?:S\/RES\/\d+ ?\(\d{4}\)|A\/RES\/[\w.\-\/]+)\s*$/m.test(firstLines)) {
    return ownSymbolOf({ ...model, text: firstLines });
  }
  return undefined;
}

/** What the first line of a resolution looks like (as the extension's `firstLine` pattern): cheap to test before parsing. */
const LOOKS_LIKE_RESOLUTION = /^\s*\uFEFF?\s*(?:["“]\s*)?(?:(?:S|A|E)\/|United Nations\b|RESOLUTION\s+\d|Resolution\s+\d|Adopted\b|Resolution adopted\b|The (?:Security Council|General Assembly),|FORUM:)/;

export class WorkspaceFiles {
  private scan: Promise<void> | undefined;
  private catalogueScan: Promise<void> | undefined;
  private readonly resolutions = new Map<string, WorkspaceResolution>();
  private readonly catalogues = new Map<string, CatalogueFileState>();
  private readonly models = new Map<string, { mtime: number; model: ResolutionModel }>();
  private generation = 0;

  constructor(
    private folders: string[],
    private trusted: boolean,
    private readonly log: (msg: string) => void = () => undefined,
  ) {}

  /**
   * Changes whenever what the workspace adds to the catalogue changes (its catalogue files), and
   * only then: citations recognised with the catalogue stay valid while resolution files are scanned.
   */
  get version(): number {
    return this.generation;
  }

  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.forgetAll();
  }

  setFolders(folders: string[]): void {
    this.folders = folders;
    this.forgetAll();
  }

  /** What was read is read again on next need (a new trust, new folders). */
  private forgetAll(): void {
    this.scan = undefined;
    this.catalogueScan = undefined;
    this.scanDone = false;
    this.resolutions.clear();
    if (this.catalogues.size === 0) return;
    this.catalogues.clear();
    this.generation++;
  }

  /**
   * The workspace catalogue files are read (one file at the root of each folder: quick). Hovers
   * wait for this only, never for the scan of every file. Untrusted: nothing is read.
   */
  catalogueReady(): Promise<void> {
    if (!this.trusted) return Promise.resolve();
    this.catalogueScan ??= this.readCatalogues().catch((e) => this.log(`workspace catalogue: ${(e as Error).message}`));
    return this.catalogueScan;
  }

  /** Everything is read: the catalogue files and every resolution file (started on first call). */
  ready(): Promise<void> {
    if (!this.trusted) return Promise.resolve();
    this.scan ??= this.catalogueReady()
      .then(() => this.scanAll())
      .catch((e) => this.log(`workspace scan failed: ${(e as Error).message}`));
    return this.scan;
  }

  /** True once every resolution file has been read. */
  get scanned(): boolean {
    return this.scanDone;
  }
  private scanDone = false;

  catalogueFiles(): CatalogueFileState[] {
    return [...this.catalogues.values()];
  }

  resolution(compactSymbol: string): WorkspaceResolution | undefined {
    return this.resolutions.get(compactSymbol);
  }

  /** The parsed text of a workspace resolution, re-read when the file changes. */
  model(file: string): ResolutionModel | undefined {
    try {
      const mtime = statSync(file).mtimeMs;
      const hit = this.models.get(file);
      if (hit && hit.mtime === mtime) return hit.model;
      const model = parse(readFileSync(file, 'utf8'));
      this.models.set(file, { mtime, model });
      return model;
    } catch {
      return undefined;
    }
  }

  /** A file was created, changed or deleted (workspace/didChangeWatchedFiles). */
  async fileChanged(file: string, deleted: boolean): Promise<boolean> {
    if (!this.trusted || !this.folders.some((f) => isInside(f, file))) return false;
    if (path.basename(file) === WORKSPACE_CATALOGUE_FILE) {
      if (deleted && this.catalogues.delete(file)) this.generation++;
      else if (!deleted) await this.readCatalogue(file);
      return true;
    }
    if (!RESOLUTION_FILE.test(file)) return false;
    this.models.delete(file);
    for (const [k, r] of this.resolutions) if (r.path === file) this.resolutions.delete(k);
    if (!deleted) await this.readResolution(file);
    return true;
  }

  private async scanAll(): Promise<void> {
    let files = 0;
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH || files >= MAX_FILES) return;
      let entries: import('fs').Dirent[];
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (files >= MAX_FILES) return;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIR.test(e.name) && !e.name.startsWith('.')) await walk(p, depth + 1);
        } else if (e.isFile() && RESOLUTION_FILE.test(e.name)) {
          files++;
          await this.readResolution(p);
        }
      }
    };
    for (const f of this.folders) await walk(f, 0);
    this.scanDone = true;
    this.log(`workspace: ${this.resolutions.size} resolutions known by symbol, ${this.catalogues.size} catalogue file(s)`);
  }

  private async readCatalogues(): Promise<void> {
    for (const f of this.folders) {
      const file = path.join(f, WORKSPACE_CATALOGUE_FILE);
      try {
        await fsp.access(file);
      } catch {
        continue;
      }
      await this.readCatalogue(file);
    }
  }

  private async readCatalogue(file: string): Promise<void> {
    try {
      const text = await fsp.readFile(file, 'utf8');
      const { catalogue, faults } = parseWorkspaceCatalogue(text);
      this.catalogues.set(file, { path: file, uri: pathToFileURL(file).href, text, faults, catalogue });
      this.generation++;
    } catch (e) {
      this.log(`cannot read ${file}: ${(e as Error).message}`);
    }
  }

  private async readResolution(file: string): Promise<void> {
    let head: string;
    try {
      const fh = await fsp.open(file, 'r');
      try {
        const buf = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
        if (buf.subarray(0, bytesRead).includes(0)) return;
        head = buf.subarray(0, bytesRead).toString('utf8');
      } finally {
        await fh.close();
      }
    } catch {
      return;
    }
    if (!LOOKS_LIKE_RESOLUTION.test(head)) return;
    const symbol = mastheadSymbol(head);
    if (!symbol) return;
    const key = compactSymbol(symbol);
    if (!this.resolutions.has(key)) this.resolutions.set(key, { symbol, path: file, uri: pathToFileURL(file).href });
  }
}

function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}
