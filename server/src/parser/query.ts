// Paragraph addresses as drafters type them ("3", "OP3", "pp 3", "3(a)(ii)", "annex II 5") and
// their lookup in the model. Pure: no LSP.
import { Annex, Paragraph, ResolutionModel } from './model';

export interface ParagraphQuery {
  part: 'PP' | 'OP' | 'annex' | 'any';
  /** Roman or arabic annex designation as typed (`II`, `2`), absent for the first/only annex. */
  annex?: string;
  /** The annex by position (1-based), from a paragraph id such as `ANNEX3:1`. */
  annexIndex?: number;
  number: string;
  labels: string[];
}

const QUERY =
  /^\s*(?:(?:paragraph|para|par|§)\.?\s*)?(?:(pp|op|annex(?:\s+(?:[ivxlc]+|\d+|[a-z])(?=\s+\d))?)\s*[:.]?\s*)?(\d+)\s*(bis|ter|quater)?\s*((?:\(\s*(?:[a-z]{1,5}|\d{1,2}|dash\d+)\s*\)\s*)*)$/i;

/** A paragraph id as the paragraph list shows it (`ANNEX3:1(a)`): the annex by its position. */
const ANNEX_ID = /^\s*annex\s*(\d+)\s*:\s*(\d+)\s*(bis|ter|quater)?\s*((?:\(\s*(?:[a-z]{1,5}|\d{1,2}|dash\d+)\s*\)\s*)*)$/i;

/** Parses an address; returns undefined when the text is not one. */
export function parseParagraphQuery(input: string): ParagraphQuery | undefined {
  const text = input.normalize('NFKC');
  const id = ANNEX_ID.exec(text);
  if (id) return { part: 'annex', annexIndex: Number(id[1]), ...numberAndLabels(id[2], id[3], id[4]) };
  const m = QUERY.exec(text);
  if (!m) return undefined;
  const prefix = (m[1] ?? '').toLowerCase();
  const { number, labels } = numberAndLabels(m[2], m[3], m[4]);
  if (prefix.startsWith('annex')) {
    const designation = prefix.slice(5).trim();
    return { part: 'annex', annex: designation || undefined, number, labels };
  }
  if (prefix === 'pp') return labels.length ? undefined : { part: 'PP', number, labels };
  if (prefix === 'op') return { part: 'OP', number, labels };
  return { part: 'any', number, labels };
}

function numberAndLabels(digits: string, suffix: string | undefined, labelText: string | undefined): { number: string; labels: string[] } {
  const labels = [...(labelText ?? '').matchAll(/\(\s*([a-z]{1,5}|\d{1,2}|dash\d+)\s*\)/gi)].map((x) => x[1].toLowerCase());
  return { number: digits.replace(/^0+(?=\d)/, '') + (suffix ? suffix.toLowerCase() : ''), labels };
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
function annexOrdinal(designation: string): number | undefined {
  if (/^\d+$/.test(designation)) return Number(designation);
  const s = designation.toLowerCase();
  if (!/^[ivxlc]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    total += i + 1 < s.length && ROMAN[s[i + 1]] > v ? -v : v;
  }
  return total;
}

function findAnnex(model: ResolutionModel, designation: string | undefined): Annex | undefined {
  if (designation === undefined) return model.annexes[0];
  const want = designation.toLowerCase();
  const printed = (a: Annex) => /^Annex\s+(\S+)$/i.exec(a.name)?.[1].toLowerCase();
  const n = annexOrdinal(want);
  // As printed ("Annex B", "Annex II"); then a number is the annex's position ("annex 2" is the
  // second annex, also when two are printed alike); then a number as a roman designation.
  return (
    model.annexes.find((a) => printed(a) === want) ??
    (/^\d+$/.test(want) ? model.annexes[Number(want) - 1] : undefined) ??
    model.annexes.find((a) => {
      const p = printed(a);
      return n !== undefined && p !== undefined && annexOrdinal(p) === n;
    })
  );
}

function descend(p: Paragraph | undefined, labels: string[]): Paragraph | undefined {
  let cur = p;
  for (const l of labels) {
    if (!cur) return undefined;
    cur = cur.children.find((c) => c.name.toLowerCase() === `(${l})`);
  }
  return cur;
}

function byNumber(list: Paragraph[], prefix: string, number: string): Paragraph | undefined {
  return list.find((p) => p.name.toLowerCase() === `${prefix}${number}`.toLowerCase());
}

/**
 * Finds the paragraph a query addresses. A bare number is the operative paragraph, as in UN usage;
 * in a text with no operative part it is the preambular paragraph of that number.
 */
export function findParagraph(model: ResolutionModel, query: string | ParagraphQuery): Paragraph | undefined {
  const q = typeof query === 'string' ? parseParagraphQuery(query) : query;
  if (!q) return undefined;
  switch (q.part) {
    case 'PP':
      return byNumber(model.preamble, 'PP', q.number);
    case 'OP':
      return descend(byNumber(model.operative, 'OP', q.number), q.labels);
    case 'annex': {
      const annex = q.annexIndex !== undefined ? model.annexes[q.annexIndex - 1] : findAnnex(model, q.annex);
      return annex ? descend(byNumber(annex.paragraphs, '', q.number), q.labels) : undefined;
    }
    case 'any':
      if (model.operative.length > 0) return descend(byNumber(model.operative, 'OP', q.number), q.labels);
      return q.labels.length ? undefined : byNumber(model.preamble, 'PP', q.number);
  }
}

/** Every paragraph in document order, depth first (preamble, operative part, annexes). */
export function* allParagraphs(model: ResolutionModel): Generator<Paragraph> {
  function* walk(list: Paragraph[]): Generator<Paragraph> {
    for (const p of list) {
      yield p;
      yield* walk(p.children);
    }
  }
  yield* walk(model.preamble);
  yield* walk(model.operative);
  for (const a of model.annexes) yield* walk(a.paragraphs);
}

/** The address a user would type for a paragraph id: `OP3(a)`, `PP2`, `annex II 5(a)`. */
export function addressOf(model: ResolutionModel, id: string): string {
  const m = /^ANNEX(\d+):(.*)$/.exec(id);
  if (!m) return id;
  const index = Number(m[1]);
  const annex = model.annexes[index - 1];
  const printedOf = (a: Annex | undefined) => a && /^Annex\s+(\S+)$/i.exec(a.name)?.[1];
  const printed = printedOf(annex);
  // The printed designation when it names this annex alone; else its position.
  const unique = printed !== undefined && model.annexes.filter((a) => printedOf(a)?.toLowerCase() === printed.toLowerCase()).length === 1 && !/^\d+$/.test(printed);
  const designation = unique ? printed : index > 1 || printed !== undefined ? String(index) : undefined;
  // A position that another annex prints as its number ("Annex 3" first, the third annex
  // unnumbered) would find that one: the id itself names the annex by position.
  if (designation === String(index) && model.annexes.some((a, i) => i !== index - 1 && printedOf(a) === designation)) return id;
  return `annex ${designation ? designation + ' ' : ''}${m[2]}`;
}
