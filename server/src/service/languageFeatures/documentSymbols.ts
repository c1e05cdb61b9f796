// textDocument/documentSymbol: the clause outline as a hierarchical symbol tree.
//
// After an edit, the symbols of the paragraphs the edit left alone are the previous version's
// objects, and so is their JSON: a keystroke in a 300 KB volume re-made all 196 symbols (0.35 ms)
// and serialised them all (0.47 ms) for an answer that differed in one paragraph.
import { DocumentSymbol, Position, Range, SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Annex, Field, Paragraph, ResolutionModel, Span } from '../../parser/model';
import type { EditRange } from '../../parser/parse';
import { hiddenSlot } from '../../parser/perModel';
import { detached, openingWords, shortened } from '../../parser/text';
import { asciiJson } from '../asciiJson';

/** What the outline of a later version needs to reuse an outline's paragraph symbols. */
export interface Reusable {
  /** Each top-level paragraph's symbol (preamble, operative part, annexes) by where it starts. */
  made: Map<number, Made>;
  lineCount: number;
}

/** An outline, and what a later version's outline may reuse of it (which holds no text). */
export interface Outline extends Reusable {
  symbols: DocumentSymbol[];
}

/**
 * A top-level paragraph's symbol and the paragraph of the latest model that it stands for: the
 * symbol is a function of that paragraph's tree (kinds, names, spans) and of the text in its span.
 * Neither keeps any text alive: their strings are their own.
 */
interface Made {
  symbol: DocumentSymbol;
  paragraph: Paragraph;
}

/** The previous outline of the same document, and the edit from its text to this one. */
export interface OutlineBefore {
  outline: Reusable;
  edit: EditRange;
}

const range = (doc: TextDocument, s: Span): Range => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });

function group(doc: TextDocument, name: string, kind: SymbolKind, span: Span, children: DocumentSymbol[], detail?: string): DocumentSymbol {
  const r = range(doc, span);
  return { name, detail, kind, range: r, selectionRange: { start: r.start, end: r.start }, children };
}

/** Would `b` make the same symbol as `a` made, `a`'s offsets moved by `shift`? */
function sameParagraph(a: Paragraph, b: Paragraph, shift: number): boolean {
  if (a.kind !== b.kind || a.name !== b.name || a.children.length !== b.children.length) return false;
  if (a.span.start + shift !== b.span.start || a.span.end + shift !== b.span.end || a.selection.start + shift !== b.selection.start || a.selection.end + shift !== b.selection.end) return false;
  // The label's end is where the detail starts.
  if (a.labelSpan ? !b.labelSpan || a.labelSpan.start + shift !== b.labelSpan.start || a.labelSpan.end + shift !== b.labelSpan.end : b.labelSpan) return false;
  for (let i = 0; i < a.children.length; i++) if (!sameParagraph(a.children[i], b.children[i], shift)) return false;
  return true;
}

/**
 * Makes the symbols of paragraphs, reusing those of the previous outline where the edit cannot
 * have changed them, at every level of the paragraph tree: a paragraph wholly before the edit
 * (its text and every line start before it unchanged), or wholly on lines after the edit when
 * the edit added or removed no line (text and positions the same, offsets moved by the edit's
 * length); either way only when the paragraph's tree is the same as the one the symbol was made
 * from. A paragraph after the edit on the edit's own line (on one line, all those after it) keeps
 * its text but moves: its symbol is the previous one with the positions on that line moved. The
 * paragraph the edit is in is made again, and so on down to the sub-paragraph it is in: the others
 * under it are reused (a keystroke in an annex paragraph of 39 sub-paragraphs made 40 symbols).
 */
class Maker {
  readonly made = new Map<number, Made>();
  private readonly delta: number;
  /** Paragraphs starting here or later are on lines after the edit, unchanged (Infinity: none). */
  private readonly after: number;
  /** The line the edit ends on, when it added and removed no line break (else undefined). */
  private readonly editLine: number | undefined;

  constructor(
    private readonly doc: TextDocument,
    private readonly text: string,
    private readonly before: OutlineBefore | undefined,
  ) {
    const edit = before?.edit;
    this.delta = edit ? edit.endNew - edit.endOld : 0;
    let after = Infinity;
    let editLine: number | undefined;
    if (edit && before.outline.lineCount === doc.lineCount) {
      // One character of margin: a CR and an LF either side of the edit's end may form one break.
      const line = doc.positionAt(Math.min(text.length, edit.endNew + 1)).line;
      if (line + 1 < doc.lineCount) after = doc.offsetAt({ line: line + 1, character: 0 });
      // As many lines, and none typed: none removed either, and the edit's line is one line.
      if (!/[\r\n]/.test(text.slice(edit.start, edit.endNew))) editLine = doc.positionAt(edit.endNew).line;
    }
    this.after = after;
    this.editLine = editLine;
  }

  /** A top-level paragraph's symbol. */
  paragraph(p: Paragraph): DocumentSymbol {
    const made = this.before?.outline.made;
    const symbol = this.symbol(p, made && ((start) => made.get(start)));
    // Kept for the next outline: its opening phrase, a view into the text in a fresh parse, made
    // a string of its own (the same value) so as not to keep this text alive (see `make`).
    if (p.opening !== undefined) p.opening = detached(p.opening);
    this.made.set(p.span.start, { symbol, paragraph: p });
    return symbol;
  }

  /** `p`'s symbol; `previous` finds, by where it started then, a paragraph of the previous outline at `p`'s level. */
  private symbol(p: Paragraph, previous: ((start: number) => Made | undefined) | undefined): DocumentSymbol {
    const before = this.before;
    if (!before || !previous) return this.make(p, undefined);
    const same = (shift: number) => {
      const m = previous(p.span.start - shift);
      return m && sameParagraph(m.paragraph, p, shift) ? m.symbol : undefined;
    };
    // Two characters of margin before the edit: a CR before it and an LF it inserts form one break.
    const kept = p.span.end + 2 <= before.edit.start ? same(0) : p.span.start >= this.after ? same(this.delta) : undefined;
    if (kept) {
      if (keptJson.get(kept) === undefined) keptJson.set(kept, '');
      return kept;
    }
    if (this.editLine !== undefined && p.span.start > before.edit.endNew) {
      const moving = same(this.delta);
      if (moving) return moved(moving, this.editLine, this.delta);
    }
    // The paragraph the edit is in (or one changed by it): its own symbol made, its sub-paragraphs
    // looked for under its previous version, which started where it starts if before the edit.
    return this.make(p, p.span.start < before.edit.start ? previous(p.span.start) : undefined);
  }

  private make(p: Paragraph, old: Made | undefined): DocumentSymbol {
    // Sub-paragraphs of the previous version, by start; its symbol's children are in the same order.
    const under = old && old.paragraph.children.length === old.symbol.children?.length ? old : undefined;
    const previous =
      under &&
      ((start: number): Made | undefined => {
        const i = under.paragraph.children.findIndex((c) => c.span.start === start);
        return i < 0 ? undefined : { paragraph: under.paragraph.children[i], symbol: under.symbol.children![i] };
      });
    return {
      name: p.name,
      // A string of its own: the last outline is kept for the next, and a view into this text would
      // keep the text alive after the edit that replaces it (10 MB more with 5 MB open).
      detail: detached(openingWords(this.text, p)),
      kind: p.kind === 'sub' ? SymbolKind.EnumMember : p.kind === 'preambular' ? SymbolKind.Field : SymbolKind.Method,
      range: range(this.doc, p.span),
      selectionRange: range(this.doc, p.selection),
      children: p.children.map((c) => this.symbol(c, previous)),
    };
  }
}

/** `s` with its positions on `line` moved `delta` characters on (those on later lines stay). */
function moved(s: DocumentSymbol, line: number, delta: number): DocumentSymbol {
  const at = (p: Position): Position => (p.line === line ? { line, character: p.character + delta } : p);
  return {
    name: s.name,
    detail: s.detail,
    kind: s.kind,
    range: { start: at(s.range.start), end: at(s.range.end) },
    selectionRange: { start: at(s.selectionRange.start), end: at(s.selectionRange.end) },
    children: s.children?.map((c) => moved(c, line, delta)),
  };
}

/** Paragraphs, with each heading as a grouping symbol holding the paragraphs that follow it. */
function withHeadings(doc: TextDocument, maker: Maker, paragraphs: Paragraph[], headings: { text: string; span: Span }[], end: number): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  let h = 0;
  let current: { heading: { text: string; span: Span }; children: Paragraph[] } | undefined;
  const flush = () => {
    if (!current) return;
    const last = current.children[current.children.length - 1];
    const span = { start: current.heading.span.start, end: last ? last.span.end : current.heading.span.end };
    const sym = group(doc, current.heading.text, SymbolKind.Namespace, span, current.children.map((c) => maker.paragraph(c)));
    sym.selectionRange = range(doc, current.heading.span);
    out.push(sym);
    current = undefined;
  };
  for (const p of paragraphs) {
    while (h < headings.length && headings[h].span.start < p.span.start) {
      flush();
      current = { heading: headings[h++], children: [] };
    }
    if (current) current.children.push(p);
    else out.push(maker.paragraph(p));
  }
  while (h < headings.length && headings[h].span.start < end) {
    flush();
    current = { heading: headings[h++], children: [] };
  }
  flush();
  return out;
}

/**
 * Longest annex title shown whole ("Doha Political Declaration of the “World Social Summit” under
 * the title “the Second World Summit for Social Development”" is 120). Without it the outline
 * showed whatever stood between "Annex" and the first numbered paragraph: 3,055 characters for the
 * list of items in S/RES/883 (1993).
 */
const ANNEX_DETAIL = 120;

function annexSymbol(doc: TextDocument, maker: Maker, a: Annex): DocumentSymbol {
  const title = a.subtitle?.text;
  const detail = title !== undefined && title.length > ANNEX_DETAIL ? shortened(title, ANNEX_DETAIL) : title;
  const sym = group(doc, a.name, SymbolKind.Module, a.span, withHeadings(doc, maker, a.paragraphs, a.headings, a.span.end), detail);
  sym.selectionRange = range(doc, a.selection);
  return sym;
}

export function provideDocumentSymbols(doc: TextDocument, model: ResolutionModel): DocumentSymbol[] {
  return makeOutline(doc, model).symbols;
}

/** The outline of `model` (the document `doc` at that version); with `before`, reusing its symbols. */
export function makeOutline(doc: TextDocument, model: ResolutionModel, before?: OutlineBefore): Outline {
  const maker = new Maker(doc, model.text, before);
  const out: DocumentSymbol[] = [];
  const m = model.masthead;
  if (m) {
    const fields: [string, Field | undefined][] = [
      ['symbol', m.symbol], ['organ', m.organ], ['distributed', m.date], ['session', m.session], ['agenda item', m.agendaItem],
      ['title', m.title], ['adoption', m.adoption], ['forum', m.forum], ['question', m.question], ['sponsor', m.sponsor],
    ];
    const children = fields
      .filter((f): f is [string, Field] => !!f[1] && f[1].text.trim() !== '' && f[1].span.end <= m.span.end && f[1].span.start >= m.span.start)
      .sort((a, b) => a[1].span.start - b[1].span.start)
      .map(([what, f]) => {
        const r = range(doc, f.span);
        return { name: f.text, detail: what, kind: SymbolKind.String, range: r, selectionRange: r, children: [] } as DocumentSymbol;
      });
    const sym = group(doc, 'Masthead', SymbolKind.File, m.span, children, m.symbol?.text ?? m.title?.text);
    if (m.symbol) sym.selectionRange = range(doc, m.symbol.span);
    out.push(sym);
  }
  const split = (list: Paragraph[]) => {
    if (list.length === 0) return undefined;
    return { start: list[0].span.start, end: list[list.length - 1].span.end };
  };
  const pre = split(model.preamble);
  const op = split(model.operative);
  if (pre) {
    const headings = model.headings.filter((h) => h.span.end <= pre.end && (!op || h.span.start < op.start) && h.span.start > pre.start);
    out.push(group(doc, 'Preamble', SymbolKind.Namespace, pre, withHeadings(doc, maker, model.preamble, headings, pre.end), `${model.preamble.length} paragraphs`));
  }
  if (op) {
    // Headings printed just above OP1 (after the preamble) belong to the operative part.
    const headings = model.headings.filter((h) => h.span.start > (pre ? pre.end : -1) && h.span.start < op.end);
    const first = headings.length ? Math.min(headings[0].span.start, op.start) : op.start;
    out.push(group(doc, 'Operative part', SymbolKind.Namespace, { start: first, end: op.end }, withHeadings(doc, maker, model.operative, headings, op.end), `${model.operative.length} paragraphs`));
  }
  for (const a of model.annexes) out.push(annexSymbol(doc, maker, a));
  return { symbols: out, made: maker.made, lineCount: doc.lineCount };
}

/**
 * The JSON of a paragraph symbol that outlines reuse ('' until first serialised), kept on the
 * symbol: a symbol reused once is likely to be reused again, while one made for a keystroke is
 * likely to be made again at the next (on one line, every paragraph after the edit moves) and is
 * not kept. Kept beside the symbol's data (see `hiddenSlot`).
 */
const keptJson = hiddenSlot<DocumentSymbol, string>('unres.outlineJson');

/**
 * The JSON of a symbol up to its range, `{"name":…,"detail":…,"kind":N,"range":`, escaped (see
 * asciiJson.ts), by kind, name and detail. A symbol made anew for a keystroke (a part, an annex, a
 * heading, the paragraph the edit is in, and on one line every paragraph after the edit) mostly has
 * the name and detail of one made before, the same strings: its JSON is that head and its positions
 * written out, without name and detail serialised and escaped again. Typing into the 300 KB
 * volumes, each symbol made anew serialised whole (one JSON.stringify per run of them) took 0.21
 * ms of the answer's 0.24 (wrapped) and 0.44 of 0.47 (flattened). Deriving a moved symbol's JSON
 * from its last JSON by moving the numbers in it cost the outline as much as it saved. Emptied
 * when full: the keys come from the documents read, and typing in a paragraph's first words
 * makes a new detail at each keystroke. 3,000 heads (about a megabyte) hold every symbol of a
 * 10 MB volume's outline (2,612), all of which move when it is one line. After the 10,000
 * random edits of `npm run soak` the server's RSS read 120-125 MB with 3,000, 126-127 with
 * 5,000, 120-123 with none kept and 120-121 before heads (2 runs each, one seed).
 */
const heads = new Map<number, Map<string, Map<string | undefined, string>>>();
let headCount = 0;
export const MAX_HEADS = 3_000;

function headOf(s: DocumentSymbol): string {
  let byName = heads.get(s.kind);
  if (!byName) heads.set(s.kind, (byName = new Map()));
  // Keys are strings of their own (see `detached`): a name or detail may be a view into the text it
  // was read from (a heading of a fresh parse), and the cache outlives the document's versions. With
  // the masthead's fields such views, 5 MB open peaked at 106-108 MB instead of 97-98 (clean and
  // hard-wrapped) until these keys were detached.
  let byDetail = byName.get(s.name);
  if (!byDetail) byName.set(detached(s.name), (byDetail = new Map()));
  let head = byDetail.get(s.detail);
  if (head === undefined) {
    if (headCount >= MAX_HEADS) {
      heads.clear();
      headCount = 0;
      return headOf(s);
    }
    head = `${asciiJson(JSON.stringify({ name: s.name, detail: s.detail, kind: s.kind })).slice(0, -1)},"range":`;
    byDetail.set(s.detail === undefined ? undefined : detached(s.detail), head);
    headCount++;
  }
  return head;
}

const positionJson = (p: Position): string => `{"line":${p.line},"character":${p.character}}`;
const rangeJson = (r: Range): string => `{"start":${positionJson(r.start)},"end":${positionJson(r.end)}}`;

/**
 * The outline as JSON in pieces, which joined are the text JSON.stringify makes of it with its
 * non-ASCII characters escaped (see asciiJson.ts): the kept JSON of paragraphs reused from earlier
 * outlines, and for each other symbol its head (see `headOf`), positions and children, its keys
 * in the order every symbol of this file has them (children last). Kept JSON is made the same way,
 * once, the first time it is written. Pieces, for a writer that
 * sends them as they are: joined into one string, a 300 KB volume's outline is a string over 128
 * KB, a large object on fresh pages, and each part, annex or heading joined on its own made one
 * more per level.
 */
export function outlineJsonParts(symbols: DocumentSymbol[]): string[] {
  const out: string[] = ['['];
  listJson(symbols, out);
  out.push(']');
  return out;
}

function listJson(list: DocumentSymbol[], out: string[]): void {
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.push(',');
    symbolJson(list[i], out);
  }
}

/** A symbol's JSON pieces: the JSON it keeps (made here the first time), or its head, positions and children's. */
function symbolJson(s: DocumentSymbol, out: string[]): void {
  const kept = keptJson.get(s);
  if (kept === '') {
    const own: string[] = [];
    writeSymbol(s, own);
    out.push(keptJson.set(s, own.join('')));
  } else if (kept !== undefined) out.push(kept);
  else writeSymbol(s, out);
}

function writeSymbol(s: DocumentSymbol, out: string[]): void {
  const positions = `${headOf(s)}${rangeJson(s.range)},"selectionRange":${rangeJson(s.selectionRange)}`;
  const children = s.children;
  if (!children) out.push(`${positions}}`);
  else if (children.length === 0) out.push(`${positions},"children":[]}`);
  else {
    out.push(`${positions},"children":[`);
    listJson(children, out);
    out.push(']}');
  }
}
