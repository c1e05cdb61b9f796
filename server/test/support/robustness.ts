// Property-based robustness checks (issue 6), shared by the CI-sized tests in
// server/test/robustness/ and the long `npm run fuzz` (scripts/fuzz.mjs): the input generators
// (arbitrary text, mutated real fixtures, incremental edit sessions) and the checks that return
// every violated invariant of a model and of the language features, as strings (empty = fine).
import * as fc from 'fast-check';
import { readdirSync } from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-types';
import { Paragraph, ResolutionModel, Span } from '../../src/parser/model';
import { parse } from '../../src/parser/parse';
import { addressOf, allParagraphs, findParagraph } from '../../src/parser/query';
import { SelectParagraphRequest } from '../../src/protocol/lspExt';
import { createResolutionService, ResolutionService } from '../../src/service';
import { fixture, FIXTURES, listFixtures } from './fixtures';
import type { TestServer } from './lspClient';

// ---------------------------------------------------------------------------------------------
// Sizes. CI runs the defaults; `npm run fuzz` raises them through the environment.

function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
}

/** Cases for each in-process property (`UNRES_FUZZ_RUNS`, default: the CI size). */
export const FUZZ_RUNS = envInt('UNRES_FUZZ_RUNS', 1500);
/** The seed every property starts from (`UNRES_FUZZ_SEED`): CI is reproducible. */
export const FUZZ_SEED = envInt('UNRES_FUZZ_SEED', 20240606);
/** Edits of the stdio soak (`UNRES_SOAK_EDITS`, default: the CI size). */
export const SOAK_EDITS = envInt('UNRES_SOAK_EDITS', 1000);

// ---------------------------------------------------------------------------------------------
// The real texts.

export interface RealText {
  name: string;
  text: string;
}

let corpusCache: RealText[] | undefined;

/** Every keyed and unlabelled fixture, the seed, and every 20th of the 451 bulk resolutions. */
export function realTexts(): RealText[] {
  if (corpusCache) return corpusCache;
  const out: RealText[] = [];
  for (const dir of ['corpus/texts', 'corpus/pdftotext/texts', 'corpus/unlabeled', 'corpus/seed']) {
    for (const f of listFixtures(dir)) out.push({ name: `${dir}/${f}`, text: fixture(`${dir}/${f}`) });
  }
  const bulk = readdirSync(path.join(FIXTURES, 'corpus/bulk/cr-unsc')).filter((f) => f.endsWith('.txt')).sort();
  bulk.forEach((f, i) => {
    if (i % 20 === 0) out.push({ name: `corpus/bulk/cr-unsc/${f}`, text: fixture(`corpus/bulk/cr-unsc/${f}`) });
  });
  corpusCache = out;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Generators.

/** Page furniture as PDFs print it, and the shapes it takes after copy and paste. */
export const FURNITURE = [
  '17-20704 (E)',
  '*1720704*',
  '17-20704 (E) 221117',
  '2/7',
  '7/7',
  'S/RES/2388 (2017)',
  'A/RES/80/1',
  'Page 1 of 2',
  '__________________',
  '\f',
  '8/9 23-21227A/C.3/78/L.41',
  '1 See A/75/123.',
];

/** Words and labels resolutions are made of: the parser's triggers. */
export const VOCABULARY = [
  ...FURNITURE,
  '1.', '2.', '3.', '10.', '3 bis.', '99.', '0.', '(a)', '(b)', '(i)', '(ii)', '(iv)', '(h)', 'a)', 'i.', '--', '—', '–', '-',
  'Recalling', 'Recalling also', 'Reaffirming', 'Noting with concern', 'Acting under Chapter VII of the Charter of the United Nations,',
  'Decides', 'Also decides', 'Requests the Secretary-General', 'Calls upon', 'Decides to remain seized of the matter.', 'We reaffirm',
  'The Security Council,', 'The General Assembly,', 'THE FORMAL CLEARING OFFICE,', 'FORUM:', 'QUESTION OF:', 'SPONSOR:',
  'Annex', 'Annex I', 'Annex II', 'Adopts the following declaration:', 'Adopted by the Security Council at its 8111th meeting, on 21 November 2017',
  'Resolution 2388 (2017)', 'United Nations', 'Distr.: General', '21 November 2017', 'Seventy-third session', 'Agenda item 13',
  'resolution 2331 (2016)', 'resolutions 1679 (2006) and 1706 (2006)', 'S/PRST/2015/25', 'A/RES/70/1', 'S/2017/939', 'paragraph 1 (a) above',
  'paragraphs 3 to 5', 'the Convention on the Rights of the Child', 'Article 25', '18th plenary meeting', 'Arms embargo',
  '“', '”', '"', ',', ';', ':', '.', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u2028', '\u00ad',
];

/** Characters that break naive text code: astral pairs, lone surrogates, RTL and bidi marks, NUL, BOM. */
export const HOSTILE = [
  '\0', '\uFEFF', '\uFFFD', '\uFFFF', '😀', '𝔘', '👩‍👩‍👧', '\uD800', '\uDC00', '\uDBFF\uDFFF', 'e\u0301', '\u200B', '\u200D',
  'اتفاق سلام دارفور', 'مجلس الأمن،', '\u200E', '\u200F', '\u202B', '\u202E', '\u202C', '\u2067', '\u2069', '١٢٣.', '(أ)',
  '安全理事会', 'Совет Безопасности,', '\u0085', '\u000B', '\u001B[31m', '\\', '<script>', '[x](command:workbench.action.quit)',
];

const hostileChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)) },
);

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: hostileChar },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.nat(120).map(String) },
);

const LABELS = ['', '', '1.', '2.', '3.', '4.', '5.', '7.', '3 bis.', '(a)', '(b)', '(c)', '(i)', '(ii)', '(iii)', 'a)', 'b)', 'i.', 'ii.', '--', '—', '•'];
const PHRASES = [
  'Recalling', 'Recalling also', 'Reaffirming', 'Expressing deep concern', 'Noting', 'Welcoming', 'Having considered', 'Bearing in mind',
  'Decides', 'Also decides', 'Requests', 'Urges', 'Calls upon', 'Encourages', 'Condemns', 'Reiterates', 'Adopts', 'Authorizes', 'We reaffirm', '',
];
const FILLER = ['the', 'its', 'resolution 2331 (2016)', 'all States', 'the Secretary-General', 'paragraph 2 above', 'in accordance with', 'peace and security', 'Member States', 'the Charter of the United Nations'];

/** A clause: label, opening phrase, words, a comma or a full stop, sometimes hostile characters. */
const clause = fc
  .tuple(fc.constantFrom(...LABELS), fc.constantFrom(...PHRASES), fc.array(fc.oneof(fc.constantFrom(...FILLER), piece), { maxLength: 14, size: 'medium' }), fc.constantFrom(',', ';', '.', ':', ''))
  .map(([label, phrase, words, end]) => [label, phrase, ...words].filter(Boolean).join(' ') + end);

/** A resolution-shaped text made up from clauses, headings and furniture, wrapped or flattened. */
const synthetic = fc
  .tuple(
    fc.array(fc.oneof({ weight: 8, arbitrary: clause }, { weight: 1, arbitrary: fc.constantFrom(...VOCABULARY) }, { weight: 1, arbitrary: fc.constantFrom(...FURNITURE) }), { maxLength: 40, size: 'large' }),
    fc.constantFrom('\n', '\n\n', ' ', '\r\n', '\r', '\n      '),
    fc.boolean(),
  )
  .map(([parts, sep, formula]) => (formula ? 'The Security Council,' + sep : '') + parts.join(sep));

/** Text from nothing: raw code points, vocabulary mixed with hostile characters, made-up resolutions. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300, size: 'large' }) },
  { weight: 1, arbitrary: fc.string({ unit: hostileChar, maxLength: 100, size: 'large' }) },
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 300, size: 'large' }).map((a) => a.join('')) },
  { weight: 4, arbitrary: synthetic },
);

/** One change to a real text, by line: what PDFs, e-mail and half-finished editing do. */
export type Mutation =
  | { op: 'delete' | 'duplicate' | 'join'; at: number }
  | { op: 'split' | 'insert-hostile'; at: number; col: number; s?: string }
  | { op: 'furniture'; at: number; s: string }
  | { op: 'insert'; at: number; col: number; s: string }
  | { op: 'swap'; at: number; to: number }
  | { op: 'truncate'; at: number }
  | { op: 'flatten'; at: number; n: number };

const at = fc.nat(100_000);
export const arbitraryMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'join' as const), at }),
  fc.record({ op: fc.constant('split' as const), at, col: at }),
  fc.record({ op: fc.constant('insert-hostile' as const), at, col: at, s: fc.string({ unit: hostileChar, minLength: 1, maxLength: 6 }) }),
  fc.record({ op: fc.constant('furniture' as const), at, s: fc.constantFrom(...FURNITURE) }),
  fc.record({ op: fc.constant('insert' as const), at, col: at, s: fc.array(piece, { minLength: 1, maxLength: 6 }).map((a) => a.join('')) }),
  fc.record({ op: fc.constant('swap' as const), at, to: at }),
  fc.record({ op: fc.constant('truncate' as const), at }),
  fc.record({ op: fc.constant('flatten' as const), at, n: fc.integer({ min: 2, max: 12 }) }),
);

export type LineEnd = 'lf' | 'crlf' | 'cr' | 'mixed';

export interface FixtureCase {
  /** Index into realTexts(). */
  file: number;
  /** First line of the excerpt and its length in lines (0 = to the end). */
  from: number;
  lines: number;
  mutations: Mutation[];
  lineEnd: LineEnd;
  bom: boolean;
}

export function applyMutation(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  if (out.length === 0) out.push('');
  const i = m.at % out.length;
  const col = (s: string, c: number) => c % (s.length + 1);
  switch (m.op) {
    case 'delete':
      out.splice(i, 1);
      break;
    case 'duplicate':
      out.splice(i, 0, out[i]);
      break;
    case 'join':
      if (i + 1 < out.length) out.splice(i, 2, out[i] + ' ' + out[i + 1]);
      break;
    case 'split': {
      const c = col(out[i], m.col);
      out.splice(i, 1, out[i].slice(0, c), out[i].slice(c));
      break;
    }
    case 'insert':
    case 'insert-hostile': {
      const c = col(out[i], m.col);
      out[i] = out[i].slice(0, c) + (m.s ?? '') + out[i].slice(c);
      break;
    }
    case 'furniture':
      out.splice(i, 0, m.s);
      break;
    case 'swap': {
      const j = m.to % out.length;
      [out[i], out[j]] = [out[j], out[i]];
      break;
    }
    case 'truncate': {
      // Cut anywhere, even inside a surrogate pair or a CRLF: what a broken paste leaves.
      const text = out.join('\n');
      return text.slice(0, m.at % (text.length + 1)).split('\n');
    }
    case 'flatten': {
      const n = Math.min(m.n, out.length - i);
      out.splice(i, n, out.slice(i, i + n).map((l) => l.trim()).join(' '));
      break;
    }
  }
  return out;
}

export function fixtureCaseText(c: FixtureCase): string {
  const texts = realTexts();
  const all = texts[c.file % texts.length].text.split(/\r?\n/);
  const from = c.lines === 0 ? 0 : c.from % all.length;
  let lines = c.lines === 0 ? all : all.slice(from, from + c.lines);
  for (const m of c.mutations) lines = applyMutation(lines, m);
  let text: string;
  switch (c.lineEnd) {
    case 'lf':
      text = lines.join('\n');
      break;
    case 'crlf':
      text = lines.join('\r\n');
      break;
    case 'cr':
      text = lines.join('\r');
      break;
    case 'mixed':
      text = lines.map((l, k) => l + (k === lines.length - 1 ? '' : ['\n', '\r\n', '\r'][k % 3])).join('');
      break;
  }
  return (c.bom ? '\uFEFF' : '') + text;
}

/** A real fixture, or an excerpt of it (most cases, to keep them fast), mutated. */
export const arbitraryFixtureCase: fc.Arbitrary<FixtureCase> = fc.record({
  file: fc.nat(10_000),
  from: fc.nat(100_000),
  lines: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 7, arbitrary: fc.integer({ min: 1, max: 80 }) }),
  mutations: fc.array(arbitraryMutation, { maxLength: 8 }),
  lineEnd: fc.constantFrom<LineEnd>('lf', 'lf', 'crlf', 'cr', 'mixed'),
  bom: fc.boolean(),
});

export const arbitraryFixtureText: fc.Arbitrary<string> = arbitraryFixtureCase.map(fixtureCaseText);

/** Any text the properties run on: arbitrary or a mutated fixture. */
export const anyText: fc.Arbitrary<string> = fc.oneof(arbitraryText, arbitraryFixtureText);

// ---------------------------------------------------------------------------------------------
// Edits.

/** One content change as a client sends it: a range (as offsets, clamped later) and new text. */
export interface EditSpec {
  at: number;
  remove: number;
  insert: string;
  /** Also attach a second change in the same didChange (a multi-cursor edit). */
  second?: { at: number; remove: number; insert: string };
  /** Replace the whole text (a client that falls back to full sync, a "revert file"). */
  full?: boolean;
}

const insertion = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', ' ', '\n', 'a', 'e', '.', '1', '(', ')') },
  { weight: 4, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: hostileChar, maxLength: 4 }) },
);

const edit = fc.record({ at: fc.nat(1_000_000), remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(400)), insert: insertion });
export const arbitraryEdit: fc.Arbitrary<EditSpec> = fc.oneof(
  { weight: 12, arbitrary: edit },
  { weight: 2, arbitrary: fc.record({ at: fc.nat(1_000_000), remove: fc.nat(3), insert: insertion, second: edit }) },
  { weight: 1, arbitrary: fc.record({ at: fc.constant(0), remove: fc.constant(0), insert: fc.constant(''), full: fc.constant(true) }) },
);

export interface EditSession {
  start: string;
  edits: EditSpec[];
}

export const arbitraryEditSession: fc.Arbitrary<EditSession> = fc.record({
  start: fc.oneof({ weight: 4, arbitrary: arbitraryFixtureText }, { weight: 1, arbitrary: arbitraryText }),
  edits: fc.array(arbitraryEdit, { minLength: 1, maxLength: 25 }),
});

/** The LSP content changes for an edit spec on the current text, and the text they produce. */
export function contentChanges(doc: TextDocument, e: EditSpec, fullText?: string): { changes: ({ range: Range; text: string } | { text: string })[]; next: string } {
  const text = doc.getText();
  if (e.full) {
    const next = fullText ?? text;
    return { changes: [{ text: next }], next };
  }
  const a = e.at % (text.length + 1);
  const b = Math.min(text.length, a + e.remove);
  const changes: ({ range: Range; text: string } | { text: string })[] = [{ range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: e.insert }];
  // What the range really covers (a position inside a CRLF is moved before it by TextDocument).
  const ra = doc.offsetAt(doc.positionAt(a));
  const rb = doc.offsetAt(doc.positionAt(b));
  let next = text.slice(0, ra) + e.insert + text.slice(rb);
  if (e.second) {
    // The second change's range is relative to the text after the first, as LSP specifies.
    const mid = TextDocument.create(doc.uri, doc.languageId, doc.version, next);
    const c = e.second.at % (next.length + 1);
    const d = Math.min(next.length, c + e.second.remove);
    const rc = mid.offsetAt(mid.positionAt(c));
    const rd = mid.offsetAt(mid.positionAt(d));
    changes.push({ range: { start: mid.positionAt(c), end: mid.positionAt(d) }, text: e.second.insert });
    next = next.slice(0, rc) + e.second.insert + next.slice(rd);
  }
  return { changes, next };
}

// ---------------------------------------------------------------------------------------------
// Checks on the model.

const spanBad = (s: Span | undefined, len: number): boolean =>
  !s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > len;
const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
const fmt = (s: Span) => `[${s.start},${s.end})`;

/**
 * Every invariant of a model: the text is the input; every span inside it; selection inside the
 * paragraph; each child inside its parent; siblings in order without overlap; every
 * paragraph found again by its address (`findParagraph(model, addressOf(model, id))`).
 */
export function modelViolations(text: string, model: ResolutionModel): string[] {
  const errs: string[] = [];
  const len = text.length;
  if (model.text !== text) errs.push('model.text is not the parsed text');
  const span = (what: string, s: Span | undefined) => {
    if (spanBad(s, len)) errs.push(`${what}: span ${s ? fmt(s) : 'missing'} not inside the text (length ${len})`);
  };
  const siblings = (what: string, list: Paragraph[]) => {
    for (let i = 1; i < list.length; i++) {
      if (list[i].span.start < list[i - 1].span.end) errs.push(`${what}: ${list[i - 1].id} ${fmt(list[i - 1].span)} overlaps ${list[i].id} ${fmt(list[i].span)}`);
    }
  };
  const para = (p: Paragraph, parent?: Paragraph) => {
    span(p.id, p.span);
    span(`${p.id} selection`, p.selection);
    if (!within(p.selection, p.span)) errs.push(`${p.id}: selection ${fmt(p.selection)} outside span ${fmt(p.span)}`);
    // The label may stand outside the span: a number printed after its text, or cut off from it
    // by page furniture, is not part of the paragraph's range (by design); it is inside the text.
    if (p.labelSpan) span(`${p.id} label`, p.labelSpan);
    if (parent && !within(p.span, parent.span)) errs.push(`${p.id} ${fmt(p.span)} outside its parent ${parent.id} ${fmt(parent.span)}`);
    siblings(`children of ${p.id}`, p.children);
    for (const c of p.children) para(c, p);
  };
  for (const p of model.preamble) para(p);
  for (const p of model.operative) para(p);
  siblings('preamble', model.preamble);
  siblings('operative part', model.operative);
  for (const a of model.annexes) {
    span(a.name, a.span);
    span(`${a.name} selection`, a.selection);
    if (!within(a.selection, a.span)) errs.push(`${a.name}: selection ${fmt(a.selection)} outside span ${fmt(a.span)}`);
    for (const p of a.paragraphs) {
      para(p);
      if (!within(p.span, a.span)) errs.push(`${p.id} ${fmt(p.span)} outside ${a.name} ${fmt(a.span)}`);
    }
    siblings(a.name, a.paragraphs);
    for (const h of a.headings) span(`${a.name} heading "${h.text}"`, h.span);
    if (a.subtitle) span(`${a.name} subtitle`, a.subtitle.span);
  }
  for (const h of model.headings) span(`heading "${h.text}"`, h.span);
  for (const c of model.closing) span(`closing "${c.text}"`, c.span);
  if (model.enactingFormula) span('enacting formula', model.enactingFormula.span);
  if (model.masthead) {
    span('masthead', model.masthead.span);
    for (const [k, v] of Object.entries(model.masthead)) if (k !== 'span' && v && typeof v === 'object' && 'span' in v) span(`masthead ${k}`, (v as { span: Span }).span);
  }
  model.furniture.forEach((f, i) => {
    span(`furniture ${f.kind}`, f.span);
    const prev = model.furniture[i - 1];
    if (prev && f.span.start < prev.span.end) errs.push(`furniture ${prev.kind} ${fmt(prev.span)} and ${f.kind} ${fmt(f.span)} overlap or are out of order`);
  });
  if (errs.length) return errs;
  const seen = new Set<string>();
  for (const p of allParagraphs(model)) {
    if (seen.has(p.id)) errs.push(`duplicate id ${p.id}`);
    seen.add(p.id);
    const address = addressOf(model, p.id);
    const found = findParagraph(model, address);
    if (found !== p) errs.push(`findParagraph("${address}") gives ${found ? found.id + ' ' + fmt(found.span) : 'nothing'}, not ${p.id} ${fmt(p.span)}`);
  }
  return errs;
}

// ---------------------------------------------------------------------------------------------
// Checks on the features (the in-process language service, as the server runs it).

export function positionBad(doc: TextDocument, p: Position): boolean {
  if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0 || p.line >= doc.lineCount) return true;
  const lineStart = doc.offsetAt({ line: p.line, character: 0 });
  const next = p.line + 1 < doc.lineCount ? doc.offsetAt({ line: p.line + 1, character: 0 }) : doc.getText().length;
  return lineStart + p.character > next;
}

export function rangeBad(doc: TextDocument, r: Range): boolean {
  return !r || positionBad(doc, r.start) || positionBad(doc, r.end) || before(r.end, r.start);
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
export const rangeInside = (inner: Range, outer: Range) => !before(inner.start, outer.start) && !before(outer.end, inner.end);
export const showRange = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

export function symbolViolations(doc: TextDocument, symbols: DocumentSymbol[]): string[] {
  const errs: string[] = [];
  const walk = (list: DocumentSymbol[], parent?: DocumentSymbol) => {
    for (const s of list) {
      if (rangeBad(doc, s.range)) errs.push(`symbol ${s.name}: range ${showRange(s.range)} not inside the document`);
      if (rangeBad(doc, s.selectionRange)) errs.push(`symbol ${s.name}: selectionRange ${showRange(s.selectionRange)} not inside the document`);
      if (!rangeInside(s.selectionRange, s.range)) errs.push(`symbol ${s.name}: selectionRange ${showRange(s.selectionRange)} outside range ${showRange(s.range)}`);
      if (parent && !rangeInside(s.range, parent.range)) errs.push(`symbol ${s.name} ${showRange(s.range)} outside its parent ${parent.name} ${showRange(parent.range)}`);
      // VS Code rejects the whole outline ("name must not be falsy") when one symbol's name is empty.
      if (typeof s.name !== 'string' || s.name.length === 0) errs.push(`symbol with an empty name (${showRange(s.range)}): VS Code rejects the whole outline`);
      walk(s.children ?? [], s);
    }
  };
  walk(symbols);
  return errs;
}

export const spanRange = (doc: TextDocument, s: Span): Range => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });

/** Markdown a hover may show: no link, image or HTML made from document text; never trusted. */
export function hoverViolations(doc: TextDocument, hover: unknown): string[] {
  if (hover === null || hover === undefined) return [];
  const errs: string[] = [];
  const h = hover as { contents: { kind?: string; value?: string; isTrusted?: unknown }; range?: Range };
  if (h.range && rangeBad(doc, h.range)) errs.push(`hover range ${showRange(h.range)} not inside the document`);
  if (!h.contents || typeof h.contents.value !== 'string') errs.push('hover contents are not MarkupContent');
  if (h.contents && 'isTrusted' in h.contents && h.contents.isTrusted) errs.push('hover marked trusted');
  return errs;
}

export interface FeatureOptions {
  /** Offsets to hover at (taken modulo the length), besides every citation's first character. */
  hoverAt?: number[];
  /** Also run the citation features (hover, links, definition, diagnostics). */
  citations?: boolean;
}

/** Runs every feature of the service on a document; returns what is wrong. Exceptions propagate. */
export function featureViolations(service: ResolutionService, doc: TextDocument, options: FeatureOptions = {}): string[] {
  const errs: string[] = [];
  const model = service.model(doc);
  const symbols = service.documentSymbols(doc);
  errs.push(...symbolViolations(doc, symbols));
  for (const f of service.foldingRanges(doc)) {
    if (!(Number.isInteger(f.startLine) && Number.isInteger(f.endLine) && f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < doc.lineCount)) {
      errs.push(`folding range ${f.startLine}-${f.endLine} not inside the document (${doc.lineCount} lines)`);
    }
  }
  const ids: string[] = [];
  for (const p of allParagraphs(model)) {
    ids.push(p.id);
    const address = addressOf(model, p.id);
    const r = service.selectParagraph(doc, address);
    const want = spanRange(doc, p.span);
    if (!r || r.id !== p.id || showRange(r.range) !== showRange(want)) {
      errs.push(`selectParagraph("${address}") gives ${r ? `${r.id} ${showRange(r.range)}` : 'null'}, not ${p.id} ${showRange(want)}`);
    }
  }
  const summary = service.paragraphSummary(doc);
  if (summary.ids.join() !== ids.join()) errs.push(`paragraphSummary ids ${summary.ids.join()} differ from the model's ${ids.join()}`);
  if (options.citations !== false) {
    const text = doc.getText();
    const offsets = new Set<number>((options.hoverAt ?? []).map((o) => o % (text.length + 1)));
    for (const c of service.citations(doc)) {
      if (spanBad(c.span, text.length)) errs.push(`citation "${c.canonical}": span ${fmt(c.span)} not inside the text`);
      for (const part of c.parts ?? []) if (spanBad(part, text.length) || !within(part, c.span)) errs.push(`citation "${c.canonical}": part ${fmt(part)} outside ${fmt(c.span)}`);
      offsets.add(c.span.start);
    }
    for (const o of offsets) {
      const pos = doc.positionAt(o);
      errs.push(...hoverViolations(doc, service.hover(doc, pos)));
      for (const l of service.definition(doc, pos) ?? []) if (l.uri === doc.uri && rangeBad(doc, l.range)) errs.push(`definition range ${showRange(l.range)} not inside the document`);
    }
    for (const l of service.documentLinks(doc)) {
      if (rangeBad(doc, l.range)) errs.push(`document link ${showRange(l.range)} not inside the document`);
      if (l.target && !/^(?:https:|file:)/.test(l.target)) errs.push(`document link to ${l.target}`);
    }
    for (const d of service.citationDiagnostics(doc)) if (rangeBad(doc, d.range)) errs.push(`diagnostic "${d.message}" ${showRange(d.range)} not inside the document`);
  }
  return errs;
}

// ---------------------------------------------------------------------------------------------
// The fuzz targets: one input generator and one check each. The tests assert that every check
// returns nothing; `npm run fuzz` runs them long and counts crashes and violations.

export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Violations (empty when fine); throws when the code under test throws. */
  check(input: T): string[];
  /** Share of the run count this target gets (its cost is higher or lower than a plain parse). */
  weight: number;
}

let sharedService: ResolutionService | undefined;
/** One service for all cases, as in the server: its cache and catalogue live across documents. */
export function service(): ResolutionService {
  sharedService ??= createResolutionService();
  return sharedService;
}

let docCounter = 0;
function textCheck(text: string, hoverAt: number[]): string[] {
  const model = parse(text);
  const errs = modelViolations(text, model);
  if (errs.length) return errs;
  const uri = `file:///fuzz/${docCounter++ % 8}.unres`;
  const doc = TextDocument.create(uri, 'un-resolution', docCounter, text);
  const svc = service();
  const out = featureViolations(svc, doc, { hoverAt });
  svc.forget(uri);
  return out;
}

export const parserTargets = {
  arbitrary: {
    name: 'arbitrary text: model and features',
    arbitrary: fc.tuple(arbitraryText, fc.array(fc.nat(), { maxLength: 4 })),
    check: ([text, hoverAt]: [string, number[]]) => textCheck(text, hoverAt),
    weight: 0.4,
  } as FuzzTarget<[string, number[]]>,
  fixtures: {
    name: 'mutated real fixtures: model and features',
    arbitrary: fc.tuple(arbitraryFixtureCase, fc.array(fc.nat(), { maxLength: 4 })),
    check: ([c, hoverAt]: [FixtureCase, number[]]) => textCheck(fixtureCaseText(c), hoverAt),
    weight: 0.5,
  } as FuzzTarget<[FixtureCase, number[]]>,
  incremental: {
    name: 'incremental edits: cached model = fresh parse of the final text',
    arbitrary: arbitraryEditSession,
    check: (s: EditSession) => editSessionViolations(s),
    // A larger share than its first 0.1: run alone with more seeds (10,000 sessions each), this
    // target found two faults of resumed scans in 2 of 4 seeds that several full runs had missed.
    weight: 0.25,
  } as FuzzTarget<EditSession>,
};

/**
 * Applies an edit session through TextDocument.update (as the server's TextDocuments does), asks
 * the service for the outline after each change (so the cache sees every version), and compares
 * the final model and outline with a fresh parse and a fresh service.
 */
export function editSessionViolations(s: EditSession): string[] {
  const uri = `file:///fuzz/session-${docCounter++ % 8}.unres`;
  const svc = createResolutionService();
  let doc = TextDocument.create(uri, 'un-resolution', 1, s.start);
  let shadow = s.start;
  svc.documentSymbols(doc);
  let version = 1;
  for (const e of s.edits) {
    // A full replacement reverts to the starting text ("Revert File"), a version the cache saw.
    const { changes, next } = contentChanges(doc, e, s.start);
    doc = TextDocument.update(doc, changes, ++version);
    shadow = next;
    if (doc.getText() !== shadow) return [`TextDocument.update text differs from the expected text after edit ${version - 1}`];
    if (version % 3 === 0) svc.documentSymbols(doc);
    // Every version, not only the last: an incremental reparse that drifts and heals is caught too.
    if (JSON.stringify(svc.model(doc)) !== JSON.stringify(parse(shadow))) return [`after edit ${version - 1} the cached model differs from a fresh parse`];
  }
  const final = doc.getText();
  const errs: string[] = [];
  const fresh = parse(final);
  const cached = svc.model(doc);
  if (JSON.stringify(cached) !== JSON.stringify(fresh)) errs.push('the cached model after the edits differs from a fresh parse of the final text');
  const freshSvc = createResolutionService();
  const freshDoc = TextDocument.create(uri, 'un-resolution', 1, final);
  if (JSON.stringify(svc.documentSymbols(doc)) !== JSON.stringify(freshSvc.documentSymbols(freshDoc))) errs.push('the outline after the edits differs from a fresh service on the final text');
  errs.push(...modelViolations(final, cached));
  return errs;
}

// ---------------------------------------------------------------------------------------------
// The same checks through the real server over stdio.

/**
 * Opens a text in a running server and checks, against the in-process service on the same text:
 * the outline (identical), and `unres/selectParagraph` with every paragraph's address (its id and
 * range). Closes the document afterwards.
 */
export async function lspCaseViolations(server: TestServer, text: string): Promise<string[]> {
  const uri = `file:///fuzz/lsp-${docCounter++}.unres`;
  const doc = TextDocument.create(uri, 'un-resolution', 1, text);
  const local = createResolutionService();
  const model = local.model(doc);
  server.open(uri, text);
  const errs: string[] = [];
  try {
    const [symbols, ...selections] = await Promise.all([
      server.symbols(uri),
      ...[...allParagraphs(model)].map((p) =>
        server.connection.sendRequest(SelectParagraphRequest, { textDocument: { uri }, paragraph: addressOf(model, p.id) }).then((r) => ({ p, r })),
      ),
    ]);
    if (JSON.stringify(symbols) !== JSON.stringify(local.documentSymbols(doc))) errs.push('the server outline differs from the in-process outline');
    errs.push(...symbolViolations(doc, symbols as DocumentSymbol[]));
    for (const { p, r } of selections as { p: Paragraph; r: { id: string; range: Range } | null }[]) {
      const want = spanRange(doc, p.span);
      if (!r || r.id !== p.id || showRange(r.range) !== showRange(want)) {
        errs.push(`unres/selectParagraph("${addressOf(model, p.id)}") gives ${r ? `${r.id} ${showRange(r.range)}` : 'null'}, not ${p.id} ${showRange(want)}`);
      }
    }
  } finally {
    server.close(uri);
  }
  return errs;
}
