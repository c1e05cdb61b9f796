// unres/selectParagraph and unres/paragraphSummary: find a paragraph by the address a drafter
// types, and say which addresses exist.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Paragraph, ResolutionModel } from '../../parser/model';
import { findParagraph } from '../../parser/query';
import type { ParagraphSummaryResult, SelectParagraphResult } from '../../protocol/lspExt';

export function provideSelectParagraph(doc: TextDocument, model: ResolutionModel, paragraph: string): SelectParagraphResult | null {
  const p = findParagraph(model, paragraph);
  if (!p) return null;
  return { id: p.id, range: { start: doc.positionAt(p.span.start), end: doc.positionAt(p.span.end) } };
}

function runs(list: Paragraph[]): string | undefined {
  if (list.length === 0) return undefined;
  const first = list[0].name;
  const last = list[list.length - 1].name;
  return first === last ? first : `${first}–${last}`;
}

export function provideParagraphSummary(model: ResolutionModel): ParagraphSummaryResult {
  const parts: string[] = [];
  const pp = runs(model.preamble);
  if (pp) parts.push(pp);
  const op = runs(model.operative);
  if (op) parts.push(op);
  for (const a of model.annexes) {
    const r = runs(a.paragraphs);
    if (r) parts.push(`${a.name} ${r}`);
  }
  const ids: string[] = [];
  const walk = (list: Paragraph[]) => {
    for (const p of list) {
      ids.push(p.id);
      walk(p.children);
    }
  };
  walk(model.preamble);
  walk(model.operative);
  for (const a of model.annexes) walk(a.paragraphs);
  return { summary: parts.join(', ') || 'no paragraphs recognised', ids };
}
