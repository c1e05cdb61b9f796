// `unres citations FILE [--json]`: every citation in a resolution text, with what it cites and,
// for the JSON form, the catalogue's facts. Reads the bundled catalogue (no network).
import { CatalogueStore } from './catalogue/store';
import { citationIndex, Citation } from './citations';
import type { ResolutionModel } from './parser/model';

export const CITATIONS_USAGE = '  unres citations FILE [--json]      list the citations (resolutions, statements, documents,\n                                     instruments, paragraph references) with what they cite';

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

const printed = (text: string, c: Citation) => (c.parts ?? [c.span]).map((p) => text.slice(p.start, p.end)).join(' … ').replace(/\s+/g, ' ');

export function citationsJson(model: ResolutionModel, store: CatalogueStore): object[] {
  const index = citationIndex(model, store.knowledge());
  return index.citations.map((c) => {
    const { line, column } = lineCol(model.text, c.span.start);
    const facts = c.symbol && c.kind !== 'document' && c.kind !== 'pinpoint-paragraph' ? store.facts(c.symbol, c.kind === 'sc-resolution' ? c.number : undefined) : undefined;
    return {
      kind: c.kind,
      text: printed(model.text, c),
      canonical: c.canonical,
      symbol: c.symbol ?? null,
      line,
      column,
      start: c.span.start,
      end: c.span.end,
      ...(c.printedYear && c.year && c.printedYear.value !== c.year ? { printedYear: c.printedYear.value, catalogueYear: c.year } : {}),
      ...(c.instrumentIds ? { instruments: c.instrumentIds } : {}),
      ...(c.provision ? { provision: c.provision } : {}),
      ...(c.target ? { target: c.target.canonical } : {}),
      ...(facts ? { facts: { date: facts.dateConfirmed ? facts.date ?? null : null, year: facts.year || null, meeting: facts.meeting ?? null, vote: facts.vote ?? null, topic: facts.topic ?? facts.title ?? null } } : {}),
    };
  });
}

export function citationsText(model: ResolutionModel, store: CatalogueStore): string {
  const rows = citationsJson(model, store) as { kind: string; text: string; canonical: string; line: number; column: number; printedYear?: number; catalogueYear?: number }[];
  if (rows.length === 0) return '(no citations recognised)\n';
  return (
    rows
      .map((r) => {
        const warn = r.printedYear ? `  [printed year ${r.printedYear}, adopted ${r.catalogueYear}]` : '';
        return `${r.line}:${r.column}\t${r.kind}\t${r.canonical}\t“${r.text}”${warn}`;
      })
      .join('\n') + '\n'
  );
}
