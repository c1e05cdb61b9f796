// textDocument/codeAction: the quick fix for a citation year that contradicts the catalogue.
import { CodeAction, CodeActionKind, Diagnostic } from 'vscode-languageserver-types';
import { CITATION_YEAR, CitationYearData, SOURCE } from './diagnostics';

export function provideCodeActions(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== SOURCE || d.code !== CITATION_YEAR) continue;
    const year = (d.data as CitationYearData | undefined)?.year;
    if (!Number.isInteger(year)) continue;
    out.push({
      title: `Change the year to ${year}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: d.range, newText: String(year) }] } },
    });
  }
  return out;
}
