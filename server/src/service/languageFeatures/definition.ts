// textDocument/definition on a citation: an internal reference goes to the paragraph; a resolution
// (or document) that is open or in the workspace goes to that file, a pinpoint to its paragraph.
import { Location, Range } from 'vscode-languageserver-types';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolutionModel, Span } from '../../parser/model';
import { findParagraph } from '../../parser/query';
import { CitationEnv, citationsOf, compact, OpenResolution, paragraphById } from '../citationEnv';

/** Offsets to a range without a TextDocument (a workspace file read from disk). */
function rangeIn(text: string, span: Span): Range {
  const pos = (offset: number) => {
    let line = 0;
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      start = i + 1;
    }
    return { line, character: offset - start };
  };
  return { start: pos(span.start), end: pos(span.end) };
}

function locate(target: OpenResolution, span: Span): Location {
  return { uri: target.uri, range: target.doc ? { start: target.doc.positionAt(span.start), end: target.doc.positionAt(span.end) } : rangeIn(target.model.text, span) };
}

export function provideDefinition(env: CitationEnv, doc: TextDocument, model: ResolutionModel, position: Position): Location[] | null {
  const c = citationsOf(env, model).at(doc.offsetAt(position));
  if (!c) return null;
  if (c.kind === 'internal-paragraph') {
    const p = paragraphById(model, c.paragraph!.id);
    return p ? [{ uri: doc.uri, range: { start: doc.positionAt(p.span.start), end: doc.positionAt(p.span.end) } }] : null;
  }
  const symbol = c.kind === 'pinpoint-paragraph' ? c.target?.symbol : c.symbol;
  const target = symbol ? env.resolution(compact(symbol)) : undefined;
  if (!target) return null;
  if (c.kind === 'pinpoint-paragraph' && c.paragraph && !c.paragraph.annex) {
    const number = /\d+\w*(?:\([^)]*\))*/.exec(c.paragraph.id)?.[0];
    const p = number ? findParagraph(target.model, `OP${number}`) : undefined;
    if (p) return [locate(target, p.span)];
  }
  const head = target.model.masthead?.span ?? { start: 0, end: 0 };
  return [locate(target, { start: head.start, end: head.start })];
}
