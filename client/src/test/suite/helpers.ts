// Shared helpers of the in-editor suite. Only the public `vscode` API; never a fixed sleep: wait
// for an event or poll with a deadline and fail with what was last seen.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'unres.unres';
export const LANGUAGE_ID = 'un-resolution';

/** The clone the suite was compiled in (client/out/client/src/test/suite → 6 levels up). */
export const REPO = (() => {
  let dir = __dirname;
  for (let i = 0; i < 10; i++) {
    const pj = path.join(dir, 'package.json');
    if (fs.existsSync(pj) && JSON.parse(fs.readFileSync(pj, 'utf8')).name === 'unres') return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the unres repository above ${__dirname}`);
})();
export const CORPUS = path.join(REPO, 'test-fixtures', 'corpus');

export function corpusPath(rel: string): string {
  return path.join(CORPUS, rel);
}

export function readCorpus(rel: string): string {
  return fs.readFileSync(corpusPath(rel), 'utf8');
}

export function readJson<T = any>(rel: string): T {
  return JSON.parse(readCorpus(rel)) as T;
}

/** A scratch folder outside the clone for files the suite writes (`.unres` copies, edits). */
let scratch: string | undefined;
export function scratchFile(name: string, text: string): string {
  scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), 'unres-suite-'));
  const p = path.join(scratch, name);
  fs.writeFileSync(p, text);
  return p;
}

/** The three shapes of a text (as in server/test/support/fixtures.ts). */
export function flatten(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** Polls `probe` until `accept` holds or the deadline passes; then fails with the last value seen. */
export async function waitFor<T>(
  what: string,
  probe: () => T | Thenable<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10000,
  show: (value: T | undefined) => string = describe,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error ${String((lastError as Error)?.stack ?? lastError)}` : `last value ${show(last)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${seen}`);
    }
    await new Promise((r) => setTimeout(r, 50)); // poll interval, bounded by the deadline above
  }
}

function describe(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 600 ? s.slice(0, 600) + '…' : s;
  } catch {
    return String(v);
  }
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  await ext.activate();
  return ext;
}

export async function openFile(file: string, options: { show?: boolean } = {}): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  if (options.show !== false) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export async function showFile(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

// ---- Outline -------------------------------------------------------------------------------------

export type Sym = vscode.DocumentSymbol;

export async function documentSymbols(doc: vscode.TextDocument): Promise<Sym[]> {
  const r = await vscode.commands.executeCommand<Sym[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
  return r ?? [];
}

/** The outline, once the server has produced a non-empty one (or the extra `accept` holds). */
export function outline(doc: vscode.TextDocument, accept: (syms: Sym[]) => boolean = (s) => s.length > 0, timeoutMs?: number): Promise<Sym[]> {
  return waitFor(`the outline of ${path.basename(doc.uri.fsPath)}`, () => documentSymbols(doc), (s) => s.length > 0 && accept(s), timeoutMs, showOutline);
}

/** `Preamble[PP1 … PP12] Operative part[OP1 … OP15]`, for failure messages. */
export function showOutline(syms: Sym[] | undefined): string {
  if (!syms) return String(syms);
  if (syms.length === 0) return 'an empty outline';
  const { preamble, operative } = parts(syms);
  return `top level [${syms.map((s) => s.name).join(', ')}]; preamble [${nameTree(preamble).join(' ')}]; operative [${nameTree(operative).join(' ')}]`;
}

const PARAGRAPH_NAME = /^(?:PP\d+|OP\d+[a-z]*|\d+[a-z]*|\([^)]+\))$/;

/** Preambular / operative paragraphs under a grouping symbol, looking through heading groups. */
export function paragraphsIn(group: Sym | undefined): Sym[] {
  if (!group) return [];
  const out: Sym[] = [];
  for (const c of group.children) {
    if (PARAGRAPH_NAME.test(c.name)) out.push(c);
    else out.push(...paragraphsIn(c)); // a section heading grouping paragraphs
  }
  return out;
}

export function group(syms: Sym[], name: string): Sym | undefined {
  return syms.find((s) => s.name === name);
}

/** `Preamble` / `Operative part` children as PP/OP paragraphs. */
export function parts(syms: Sym[]): { preamble: Sym[]; operative: Sym[] } {
  return { preamble: paragraphsIn(group(syms, 'Preamble')), operative: paragraphsIn(group(syms, 'Operative part')) };
}

/** Name tree of paragraphs: `OP8[(a),(b)]`. */
export function nameTree(list: Sym[]): string[] {
  return list.map((s) => (s.children.filter((c) => PARAGRAPH_NAME.test(c.name)).length ? `${s.name}[${nameTree(s.children.filter((c) => PARAGRAPH_NAME.test(c.name))).join(',')}]` : s.name));
}

export function assertRangesNest(syms: Sym[], parent?: vscode.Range, trail = ''): void {
  for (const s of syms) {
    const where = `${trail}${s.name}`;
    assert.ok(s.range.contains(s.selectionRange), `${where}: selectionRange ${fmt(s.selectionRange)} is outside range ${fmt(s.range)}`);
    if (parent) assert.ok(parent.contains(s.range), `${where}: range ${fmt(s.range)} is outside its parent's ${fmt(parent)}`);
    assertRangesNest(s.children, s.range, `${where} > `);
  }
}

export function fmt(r: vscode.Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

// ---- Answer keys ---------------------------------------------------------------------------------

export interface GoldPara {
  id: string;
  first: string;
  last: string;
  subs?: GoldPara[];
}
export interface Gold {
  file: string;
  preamble: GoldPara[];
  operative: GoldPara[];
  annexes?: { title: string; paragraphs: number }[];
}

/** The outline name the naming contract gives a key id: `PP3`, `OP8`, `OP8(c)` → `(c)`. */
export function goldName(id: string): string {
  const m = /(\([^)]+\))$/.exec(id);
  return m ? m[1] : id;
}

export function goldTree(list: GoldPara[]): string[] {
  return list.map((p) => (p.subs?.length ? `${goldName(p.id)}[${goldTree(p.subs).join(',')}]` : goldName(p.id)));
}

/**
 * Words for comparing a range's text with a key's first/last words: quote marks, labels (`1.`,
 * `(a)`, `--`), standalone numbers (footnote markers) dropped; compounds broken at a line end joined.
 */
export function words(text: string): string[] {
  return text
    .replace(/([A-Za-z])[-‑]\s*\r?\n\s*/g, '$1-')
    .split(/\s+/)
    .map((w) => w.replace(/^[“”"‘]+|[“”"]+$/g, ''))
    .filter((w) => w !== '' && !/^(?:\d+\.?|\([a-z]+\)|[a-z]\)|[ivx]+\.|--|–|—|•)$/i.test(w));
}

/** Asserts that the text of a range (a symbol's, a selection) opens with the key's first words and ends with its last. */
export function assertSameWords(doc: vscode.TextDocument, sym: Sym | vscode.Range, gold: GoldPara): void {
  if (sym instanceof vscode.Range) sym = { range: sym } as Sym;
  const got = words(doc.getText(sym.range));
  const first = words(gold.first).slice(0, 3);
  const last = words(gold.last).slice(-2);
  assert.deepStrictEqual(got.slice(0, first.length), first, `${gold.id} (${fmt(sym.range)}) should start with "${first.join(' ')}"; its range holds "${got.slice(0, 8).join(' ')}…"`);
  assert.deepStrictEqual(got.slice(-last.length), last, `${gold.id} (${fmt(sym.range)}) should end with "${last.join(' ')}"; its range holds "…${got.slice(-8).join(' ')}"`);
}

const DASH = /^\(dash\d+\)$/;

/**
 * The name tree of `got` as the key sees it. Like the parser's own gold test, unlabelled dash or
 * bullet items the key does not list (it keeps some bullet lists as text) are left out; keyed
 * ones (`OP12(a)(dash1)`) are compared like any sub-paragraph.
 */
export function treeAsKeyed(got: Sym[], want: GoldPara[] | undefined): string[] {
  return got.map((s) => {
    const g = want?.find((w) => goldName(w.id) === s.name);
    const keyedDashes = (g?.subs ?? []).some((x) => DASH.test(goldName(x.id)));
    const kids = s.children.filter((c) => PARAGRAPH_NAME.test(c.name) && (keyedDashes || !DASH.test(c.name)));
    return kids.length ? `${s.name}[${treeAsKeyed(kids, g?.subs).join(',')}]` : s.name;
  });
}

/** Every paragraph of the key is in the outline with its name, sub-paragraphs and words. */
export function assertOutlineMatchesGold(doc: vscode.TextDocument, syms: Sym[], gold: Gold): void {
  const { preamble, operative } = parts(syms);
  assert.deepStrictEqual(treeAsKeyed(preamble, gold.preamble), goldTree(gold.preamble), 'preambular paragraphs under "Preamble"');
  assert.deepStrictEqual(treeAsKeyed(operative, gold.operative), goldTree(gold.operative), 'operative paragraphs (with sub-paragraphs) under "Operative part"');
  const walk = (got: Sym[], want: GoldPara[]) => {
    for (const g of want) {
      const sym = got.find((s) => s.name === goldName(g.id));
      assert.ok(sym, `${g.id} is not in the outline`);
      assertSameWords(doc, sym, g);
      if (g.subs?.length) walk(sym.children, g.subs);
    }
  };
  walk(preamble, gold.preamble);
  walk(operative, gold.operative);
  assertRangesNest(syms);
}

/** Finds a paragraph symbol by key id (`OP8(c)`), looking through grouping symbols. */
export function findById(syms: Sym[], id: string): Sym | undefined {
  const m = /^(PP\d+|OP\d+[a-z]*)((?:\([^)]+\))*)$/.exec(id);
  if (!m) return undefined;
  const top = [...parts(syms).preamble, ...parts(syms).operative].find((s) => s.name === m[1]);
  let cur = top;
  for (const label of m[2].match(/\([^)]+\)/g) ?? []) cur = cur?.children.find((c) => c.name === label);
  return cur;
}
