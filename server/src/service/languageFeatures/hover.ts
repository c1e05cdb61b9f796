// textDocument/hover on a citation: what it cites (canonical symbol or official name), the kind, the
// catalogue's facts, a link to the text on undocs.org. Internal references show the paragraph they
// point at; pinpoints show the cited paragraph when that resolution is in the workspace. Plain
// Markdown, never trusted: everything from a document or catalogue is escaped.
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogueInstrument } from '../../catalogue/bundled';
import type { Citation } from '../../citations';
import { BODY_NAMES } from '../../citations/lexicon';
import type { ResolutionModel } from '../../parser/model';
import { findParagraph } from '../../parser/query';
import { openingWords } from '../../parser/text';
import { CitationEnv, citationsOf, compact, paragraphById, undocsUrl } from '../citationEnv';
import { code, link, meetingOrdinal, text, unDate } from './markdown';

const KIND_NAMES: Record<Citation['kind'], string> = {
  'sc-resolution': 'Security Council resolution',
  'ga-resolution': 'General Assembly resolution',
  'other-resolution': 'resolution',
  prst: 'Statement by the President of the Security Council',
  document: 'United Nations document',
  instrument: 'instrument',
  'internal-paragraph': 'paragraph of this text',
  'pinpoint-paragraph': 'paragraph of another text',
};

/** Document series by symbol prefix, longest first: what kind of document a bare symbol is. */
const SERIES: [RegExp, string][] = [
  [/^A\/HRC\//, 'Human Rights Council document'],
  [/^A\/CONF\./, 'United Nations conference document'],
  [/^A\/C\.\d\//, 'General Assembly Main Committee document'],
  [/^A\/AC\./, 'General Assembly subsidiary body document'],
  [/^S\/AC\./, 'Security Council subsidiary body document'],
  [/^A\//, 'General Assembly document'],
  [/^S\//, 'Security Council document'],
  [/^E\//, 'Economic and Social Council document'],
  [/^ST\//, 'Secretariat document'],
  [/^(?:CEDAW|CRC|CCPR|CERD|CAT|CMW|CRPD|CED|E\/C\.12)\//, 'human rights treaty body document'],
  [/^FCCC\//, 'UNFCCC document'],
  [/^CBD\//, 'Convention on Biological Diversity document'],
];

function documentKind(symbol: string): string {
  let kind = SERIES.find(([re]) => re.test(symbol))?.[1] ?? KIND_NAMES.document;
  if (/\/L\.\d/.test(symbol)) kind += ', draft (limited distribution)';
  const suffix = /\/(Add|Rev|Corr|Amend)\.(\d+)$/.exec(symbol);
  if (suffix) kind += `, ${{ Add: 'addendum', Rev: 'revision', Corr: 'corrigendum', Amend: 'amendment' }[suffix[1]]} ${suffix[2]}`;
  return kind;
}

function resolutionLines(env: CitationEnv, c: Citation): string[] {
  const lines: string[] = [];
  const symbol = c.symbol ?? c.canonical;
  const facts = env.catalogue.facts(symbol, c.kind === 'sc-resolution' ? c.number : undefined);
  if (facts?.title) lines.push(`*${text(facts.title)}*`);
  const when: string[] = [];
  if (facts?.date && facts.dateConfirmed) when.push(`${c.kind === 'prst' ? 'Issued' : 'Adopted'} ${unDate(facts.date)}`);
  else if (facts?.year) when.push(`Adopted in ${facts.year} (day and month not confirmed)`);
  const meeting = facts?.meeting && meetingOrdinal(facts.meeting);
  if (meeting) when.push(`${meeting} (${text(facts!.meeting!)})`);
  if (facts?.vote) when.push(`vote: ${text(facts.vote)}`);
  if (when.length) lines.push(when.join(' · '));
  if (facts?.topic) lines.push(`${c.kind === 'prst' ? 'Topic' : 'Agenda item'}: ${text(facts.topic)}`);
  if (facts?.source === 'workspace') lines.push('_From the workspace catalogue._');
  if (c.kind === 'sc-resolution' && c.printedYear && c.year && c.printedYear.value !== c.year) {
    lines.push(`⚠ The text gives the year ${c.printedYear.value}; resolution ${c.number} was adopted in ${c.year}.`);
  }
  if (c.kind === 'sc-resolution' && !c.year) lines.push('Not in the catalogue: year unknown.');
  const ws = env.resolution(compact(symbol));
  if (ws) lines.push(`In this workspace: ${link(fileName(ws.uri), ws.uri)}`);
  return lines;
}

const fileName = (uri: string) => decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/^.*\//, ''));

function instrumentLines(env: CitationEnv, c: Citation): string[] {
  const entries = (c.instrumentIds ?? []).map((id) => env.catalogue.instrument(id)).filter((e): e is CatalogueInstrument => !!e);
  if (entries.length === 0) return ['_Named instrument, not in the catalogue._'];
  const lines: string[] = [];
  if (entries.length > 1) for (const e of entries) lines.push(`- ${text(e.name)}`);
  else {
    const e = entries[0];
    const facts = e.facts;
    const parts: string[] = [];
    if (facts?.adopted) parts.push(`Adopted ${unDate(facts.adopted)}${facts.adoptedAt ? ` (${text(facts.adoptedAt)})` : ''}`);
    if (facts?.openedForSignature && facts.openedForSignature !== facts.adopted) parts.push(`opened for signature ${unDate(facts.openedForSignature)}`);
    if (facts?.entryIntoForce) parts.push(`entry into force ${unDate(facts.entryIntoForce)}`);
    if (parts.length) lines.push(parts.join(' · '));
    if (facts?.adoptingResolution) lines.push(`Adopting resolution: ${code(facts.adoptingResolution.symbol)}${facts.adoptingResolution.note ? ` (${text(facts.adoptingResolution.note)})` : ''}`);
    else if (e.containedIn) lines.push(`Text: ${code(e.containedIn)}${e.inAnnex ? ', annex' : ''}`);
    if (!facts) lines.push('_Dates not verified: not shown._');
    if (e.url) lines.push(link('Source', e.url));
  }
  return lines;
}

function quoteParagraph(model: ResolutionModel, id: string | undefined): string | undefined {
  const p = id ? paragraphById(model, id) : undefined;
  return p ? `> ${text(openingWords(model.text, p, 200))}` : undefined;
}

function internalLines(model: ResolutionModel, c: Citation): string[] {
  const ref = c.paragraph!;
  const hasParagraphs = model.preamble.length + model.operative.length + model.annexes.length > 0;
  const quote = quoteParagraph(model, ref.id);
  if (quote) return [quote];
  return hasParagraphs ? [`⚠ There is no paragraph ${text(ref.label)} in this text.`] : [];
}

function pinpointLines(env: CitationEnv, c: Citation): string[] {
  const t = c.target!;
  const lines = [`In ${t.symbol ? code(t.symbol) : `**${text(t.canonical)}**`}${t.kind === 'instrument' ? '' : ` (${KIND_NAMES[t.kind]})`}`];
  const ws = t.symbol ? env.resolution(compact(t.symbol)) : undefined;
  if (ws && c.paragraph && !c.paragraph.annex) {
    const number = /\d+\w*(?:\([^)]*\))*/.exec(c.paragraph.id)?.[0];
    const p = number ? findParagraph(ws.model, `OP${number}`) : undefined;
    const q = p && quoteParagraph(ws.model, p.id);
    if (q) lines.push(q, `From ${link(fileName(ws.uri), ws.uri)}`);
  }
  return lines;
}

/** The Markdown a hover shows for a citation. */
export function citationMarkdown(env: CitationEnv, model: ResolutionModel, c: Citation): string {
  let title: string;
  let lines: string[];
  switch (c.kind) {
    case 'sc-resolution':
    case 'ga-resolution':
    case 'other-resolution':
    case 'prst': {
      const kind = c.kind === 'other-resolution' ? (c.body && !Object.values(BODY_NAMES).includes(c.body) ? `resolution of the ${c.body.replace(/^the /i, '')}` : c.body ?? 'resolution') : KIND_NAMES[c.kind];
      title = `${c.symbol ? `**${code(c.symbol)}**` : `**${text(c.canonical)}**`} — ${text(/^Decision /.test(c.canonical) || /\/DEC\//.test(c.canonical) ? 'decision' + (c.body ? ` of the ${c.body}` : '') : kind)}`;
      lines = resolutionLines(env, c);
      break;
    }
    case 'document':
      title = `**${code(c.canonical)}** — ${text(documentKind(c.canonical))}`;
      lines = resolutionLines(env, c);
      break;
    case 'instrument':
      title = `${c.provision ? `${text(c.provision)} of ` : ''}**${text(c.canonical)}**${c.instrumentIds?.length === 1 ? ` — ${text(env.catalogue.instrument(c.instrumentIds[0])?.type ?? 'instrument')}` : ''}`;
      lines = instrumentLines(env, c);
      break;
    case 'internal-paragraph':
      title = `**${code(c.canonical)}** — paragraph ${text(c.paragraph!.label)} of this resolution`;
      lines = internalLines(model, c);
      break;
    case 'pinpoint-paragraph':
      title = `**${code(c.canonical)}** — paragraph ${text(c.paragraph!.label)}${c.paragraph!.annex ? ' of the annex' : ''}`;
      lines = pinpointLines(env, c);
      break;
  }
  const target = c.symbol ?? c.target?.symbol;
  if (target) lines.push(link(`undocs.org/${compact(target)}`, undocsUrl(target)));
  return [title, ...lines].join('\n\n');
}

export function provideHover(env: CitationEnv, doc: TextDocument, model: ResolutionModel, position: Position): Hover | null {
  const hit = citationsOf(env, model).pieceAt(doc.offsetAt(position));
  if (!hit) return null;
  const { citation: c, span } = hit;
  return {
    contents: { kind: MarkupKind.Markdown, value: citationMarkdown(env, model, c) },
    range: { start: doc.positionAt(span.start), end: doc.positionAt(span.end) },
  };
}
