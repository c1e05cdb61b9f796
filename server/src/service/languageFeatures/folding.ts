// textDocument/foldingRange: preamble, operative part, paragraphs with sub-paragraphs, annexes,
// and page-furniture blocks (folded as comments, so "fold all comments" hides them).
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Paragraph, ResolutionModel, Span } from '../../parser/model';

export function provideFoldingRanges(doc: TextDocument, model: ResolutionModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRangeKind) => {
    const startLine = doc.positionAt(span.start).line;
    // End on the last line that has content of the span (a span may end right after a newline).
    const endLine = doc.positionAt(Math.max(span.start, span.end - 1)).line;
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const walk = (list: Paragraph[]) => {
    for (const p of list) {
      if (p.children.length) add(p.span);
      walk(p.children);
    }
  };
  const part = (list: Paragraph[]) => {
    if (list.length) add({ start: list[0].span.start, end: list[list.length - 1].span.end });
    walk(list);
  };
  if (model.masthead) add(model.masthead.span);
  part(model.preamble);
  part(model.operative);
  for (const a of model.annexes) {
    add(a.span);
    walk(a.paragraphs);
  }
  // Adjacent furniture pieces (a page break: footnotes, running header, counters) fold as one block.
  let block: Span | undefined;
  for (const f of model.furniture) {
    if (block && /^\s*$/.test(model.text.slice(block.end, f.span.start))) block.end = f.span.end;
    else {
      if (block) add(block, FoldingRangeKind.Comment);
      block = { ...f.span };
    }
  }
  if (block) add(block, FoldingRangeKind.Comment);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
