// Diagnostics on citations: a year that contradicts the catalogue ("resolution 2331 (2015)": adopted
// in 2016), with a quick fix; an internal reference to a paragraph the text does not have. Each can
// be turned off (unres.diagnostics.citationYear, unres.diagnostics.internalReferences). Also the
// faults of a workspace catalogue file, shown on that file.
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceFault } from '../../catalogue/workspaceCatalogue';
import type { Citation, CitationKnowledge, CitationPick } from '../../citations';
import type { ResolutionModel } from '../../parser/model';
import { CitationEnv, citationsOf, paragraphById } from '../citationEnv';

export interface CitationDiagnosticSettings {
  citationYear: boolean;
  internalReferences: boolean;
}

export const DEFAULT_DIAGNOSTIC_SETTINGS: CitationDiagnosticSettings = { citationYear: true, internalReferences: true };

export const SOURCE = 'unres';
export const CITATION_YEAR = 'citation-year';
export const INTERNAL_REFERENCE = 'internal-reference';

/** Data carried by a citation-year diagnostic for its quick fix. */
export interface CitationYearData {
  year: number;
}

function paragraphSummary(model: ResolutionModel): string {
  const range = (ids: string[]) => (ids.length ? (ids.length === 1 ? ids[0] : `${ids[0]}–${ids[ids.length - 1]}`) : '');
  const parts = [range(model.preamble.map((p) => p.id)), range(model.operative.map((p) => p.id))].filter(Boolean);
  return parts.length ? ` (it has ${parts.join(', ')})` : '';
}

/** What a citation is warned of, added to `out`; undefined when both warnings are turned off. */
export function citationDiagnosticCheck(env: CitationEnv, doc: TextDocument, model: ResolutionModel, settings: CitationDiagnosticSettings): ((c: Citation, out: Diagnostic[]) => void) | undefined {
  if (!settings.citationYear && !settings.internalReferences) return undefined;
  const hasParagraphs = model.preamble.length + model.operative.length + model.annexes.length > 0;
  const knowledge = env.catalogue.knowledge();
  const pick = warnable(knowledge, settings);
  return (c, out) => {
    if (!pick.test(c)) return;
    if (c.kind === 'sc-resolution') {
      const printed = c.printedYear!;
      const year = knowledge.scYear(c.number!)!;
      const data: CitationYearData = { year };
      out.push({
        range: { start: doc.positionAt(printed.span.start), end: doc.positionAt(printed.span.end) },
        severity: DiagnosticSeverity.Warning,
        source: SOURCE,
        code: CITATION_YEAR,
        message: `Resolution ${c.number} was adopted in ${year}, not ${printed.value} (S/RES/${c.number} (${year})).`,
        data,
      });
      return;
    }
    // Only against a parsed text: with no paragraphs recognised every reference would look broken.
    const missing = hasParagraphs ? [c.paragraph!.id, c.paragraph!.toId].filter((id): id is string => !!id && !paragraphById(model, id)) : [];
    if (missing.length) {
      out.push({
        range: { start: doc.positionAt(c.span.start), end: doc.positionAt(c.span.end) },
        severity: DiagnosticSeverity.Warning,
        source: SOURCE,
        code: INTERNAL_REFERENCE,
        message: `This text has no paragraph ${missing.join(' or ')}${paragraphSummary(model)}.`,
      });
    }
  };
}

export function provideCitationDiagnostics(env: CitationEnv, doc: TextDocument, model: ResolutionModel, settings: CitationDiagnosticSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = citationDiagnosticCheck(env, doc, model, settings);
  if (check) for (const c of citationsOf(env, model).each()) check(c, out);
  return out;
}

/**
 * The citations that may be warned of, whatever the model: a year the catalogue contradicts, any
 * internal reference (the model decides which paragraphs are missing). One object per catalogue
 * and settings, so that a walk in slices keeps what it picked from each region (see CitationPick).
 */
const picks = new WeakMap<CitationKnowledge, Map<string, CitationPick>>();
function warnable(knowledge: CitationKnowledge, settings: CitationDiagnosticSettings): CitationPick {
  const key = `${settings.citationYear}|${settings.internalReferences}`;
  let byKey = picks.get(knowledge);
  if (!byKey) picks.set(knowledge, (byKey = new Map()));
  let pick = byKey.get(key);
  if (!pick) {
    const wrongYear = (c: Citation) => {
      const year = c.printedYear && c.number !== undefined ? knowledge.scYear(c.number) : undefined;
      return !!year && year !== c.printedYear!.value;
    };
    pick = {
      test: (c) => (settings.citationYear && c.kind === 'sc-resolution' && wrongYear(c)) || (settings.internalReferences && c.kind === 'internal-paragraph' && !!c.paragraph),
    };
    byKey.set(key, pick);
  }
  return pick;
}

/**
 * The same, read in slices that leave the event loop free (a large document); undefined when
 * stale. Only the citations that may be warned of are made again.
 */
export async function provideCitationDiagnosticsInSlices(env: CitationEnv, doc: TextDocument, model: ResolutionModel, settings: CitationDiagnosticSettings, isStale: () => boolean): Promise<Diagnostic[] | undefined> {
  const out: Diagnostic[] = [];
  const check = citationDiagnosticCheck(env, doc, model, settings);
  if (!check) return out;
  return (await citationsOf(env, model).visitInSlices((c) => check(c, out), isStale, warnable(env.catalogue.knowledge(), settings))) ? out : undefined;
}

/** The faults of a workspace catalogue file as diagnostics on that file. */
export function catalogueFileDiagnostics(doc: TextDocument, faults: WorkspaceFault[]): Diagnostic[] {
  return faults.map((f) => ({
    range: { start: doc.positionAt(f.start), end: doc.positionAt(Math.max(f.end, f.start)) },
    severity: f.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: 'workspace-catalogue',
    message: f.message,
  }));
}
