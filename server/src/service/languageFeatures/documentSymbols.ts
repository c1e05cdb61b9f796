// textDocument/documentSymbol: the clause outline as a hierarchical symbol tree.
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Annex, Field, Paragraph, ResolutionModel, Span } from '../../parser/model';
import { openingWords } from '../../parser/text';

const range = (doc: TextDocument, s: Span): Range => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });

function group(doc: TextDocument, name: string, kind: SymbolKind, span: Span, children: DocumentSymbol[], detail?: string): DocumentSymbol {
  const r = range(doc, span);
  return { name, detail, kind, range: r, selectionRange: { start: r.start, end: r.start }, children };
}

function paragraphSymbol(doc: TextDocument, text: string, p: Paragraph): DocumentSymbol {
  return {
    name: p.name,
    detail: openingWords(text, p),
    kind: p.kind === 'sub' ? SymbolKind.EnumMember : p.kind === 'preambular' ? SymbolKind.Field : SymbolKind.Method,
    range: range(doc, p.span),
    selectionRange: range(doc, p.selection),
    children: p.children.map((c) => paragraphSymbol(doc, text, c)),
  };
}

/** Paragraphs, with each heading as a grouping symbol holding the paragraphs that follow it. */
function withHeadings(doc: TextDocument, text: string, paragraphs: Paragraph[], headings: { text: string; span: Span }[], end: number): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  let h = 0;
  let current: { heading: { text: string; span: Span }; children: Paragraph[] } | undefined;
  const flush = () => {
    if (!current) return;
    const last = current.children[current.children.length - 1];
    const span = { start: current.heading.span.start, end: last ? last.span.end : current.heading.span.end };
    const sym = group(doc, current.heading.text, SymbolKind.Namespace, span, current.children.map((c) => paragraphSymbol(doc, text, c)));
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
    else out.push(paragraphSymbol(doc, text, p));
  }
  while (h < headings.length && headings[h].span.start < end) {
    flush();
    current = { heading: headings[h++], children: [] };
  }
  flush();
  return out;
}

function annexSymbol(doc: TextDocument, text: string, a: Annex): DocumentSymbol {
  const sym = group(doc, a.name, SymbolKind.Module, a.span, withHeadings(doc, text, a.paragraphs, a.headings, a.span.end), a.subtitle?.text);
  sym.selectionRange = range(doc, a.selection);
  return sym;
}

export function provideDocumentSymbols(doc: TextDocument, model: ResolutionModel): DocumentSymbol[] {
  const text = model.text;
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
    out.push(group(doc, 'Preamble', SymbolKind.Namespace, pre, withHeadings(doc, text, model.preamble, headings, pre.end), `${model.preamble.length} paragraphs`));
  }
  if (op) {
    // Headings printed just above OP1 (after the preamble) belong to the operative part.
    const headings = model.headings.filter((h) => h.span.start > (pre ? pre.end : -1) && h.span.start < op.end);
    const first = headings.length ? Math.min(headings[0].span.start, op.start) : op.start;
    out.push(group(doc, 'Operative part', SymbolKind.Namespace, { start: first, end: op.end }, withHeadings(doc, text, model.operative, headings, op.end), `${model.operative.length} paragraphs`));
  }
  for (const a of model.annexes) out.push(annexSymbol(doc, text, a));
  return out;
}
