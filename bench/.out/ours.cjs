var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// bench/ours.ts
var ours_exports = {};
__export(ours_exports, {
  TextDocument: () => TextDocument2,
  parse: () => parse,
  provideDocumentSymbols: () => provideDocumentSymbols
});
module.exports = __toCommonJS(ours_exports);

// server/src/parser/cleanText.ts
var CleanText = class {
  constructor(raw, furniture) {
    this.raw = raw;
    this.length = raw.length;
    this.starts = furniture.map((f) => f.span.start);
    this.ends = furniture.map((f) => f.span.end);
  }
  raw;
  length;
  starts;
  ends;
  /** Index of the span last looked up: lookups mostly move forward or stay near. */
  hint = 0;
  /** Index of the furniture span holding offset i, or -1. */
  spanIndexAt(i) {
    const { starts, ends } = this;
    const n = starts.length;
    if (n === 0) return -1;
    let h = this.hint;
    if (h >= n) h = n - 1;
    if (starts[h] <= i && i < ends[h]) return h;
    if (h + 1 < n && starts[h + 1] <= i && i < ends[h + 1]) return this.hint = h + 1;
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (ends[mid] <= i) lo = mid + 1;
      else if (starts[mid] > i) hi = mid - 1;
      else return this.hint = mid;
    }
    this.hint = Math.min(lo, n - 1);
    return -1;
  }
  /** End of the furniture span holding i, or i itself when i is not furniture. */
  skipFurniture(i) {
    const k = this.spanIndexAt(i);
    return k < 0 ? i : this.ends[k];
  }
  charCodeAt(i) {
    const c = this.raw.charCodeAt(i);
    if (c === 32 || c === 10 || this.starts.length === 0) return c;
    return this.spanIndexAt(i) < 0 ? c : 32;
  }
  /** The character at i, a blank inside furniture, NUL outside the text (never ''). */
  char(i) {
    if (i < 0 || i >= this.length) return "\0";
    const c = this.charCodeAt(i);
    return c === 32 ? " " : this.raw[i];
  }
  slice(start, end = this.length) {
    start = Math.max(0, start);
    end = Math.min(this.length, end);
    if (this.starts.length === 0 || end <= start) return this.raw.slice(start, end);
    let k = this.spanIndexAt(start);
    if (k < 0) k = this.firstSpanAfter(start);
    if (k < 0 || k >= this.starts.length || this.starts[k] >= end) return this.raw.slice(start, end);
    const parts = [];
    let at = start;
    for (; k < this.starts.length && this.starts[k] < end; k++) {
      const s = Math.max(this.starts[k], start);
      const e = Math.min(this.ends[k], end);
      if (s > at) parts.push(this.raw.slice(at, s));
      parts.push(" ".repeat(e - s));
      at = e;
    }
    if (at < end) parts.push(this.raw.slice(at, end));
    return parts.join("");
  }
  indexOf(search, from = 0) {
    for (let i = this.raw.indexOf(search, from); i >= 0; i = this.raw.indexOf(search, i + 1)) {
      const k = this.spanIndexAt(i);
      if (k < 0) return i;
      i = this.ends[k] - 1;
    }
    return -1;
  }
  firstSpanAfter(i) {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.starts[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length ? lo : -1;
  }
};

// server/src/parser/masthead.ts
var MASTHEAD_WINDOW = 6e3;
var MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
var DATE = `\\d{1,2}\\s+${MONTH}\\s+\\d{4}`;
var SYMBOL_SOURCE = String.raw`(?<![\w/])(?:S\/RES\/\d{1,4}\s?\(\d{4}\)|[A-Z]{1,6}(?:\.\d+)?\/[A-Z0-9.\-]*(?:\/[A-Z0-9.\-]+)*\d[A-Z0-9.\-]*(?:\/[A-Za-z0-9.\-]+)*)`;
var SYMBOL = new RegExp(SYMBOL_SOURCE, "g");
var RESOLUTION_LINE = /(?<![\w/])(RESOLUTION|Resolution)\s+(\d{1,4})\s*\((\d{3,4})\)/g;
var ENACTING = /(?<![\w])(?:[“"]\s*)?(?:The\s+(Security\s+Council|General\s+Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Trusteeship\s+Council|Commission\s+on\s+[A-Z][a-z]+(?:\s+[a-z]+)?(?:\s+[A-Z][a-z]+)*)\s*([,:])?|THE\s+([A-Z'’\-]+(?:\s+[A-Z'’\-]+){0,8})\s*,)/g;
var ADOPTION = new RegExp(
  String.raw`(?:Resolution\s+)?[Aa]dopted\s+(?:unanimously\s+|without\s+(?:a\s+)?vote\s+)?by\s+the\s+(Security\s+Council|General\s+Assembly)` + String.raw`(?:\s+at\s+its\s+(\d+)(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting)?(?:\s*,?\s*on\s+(${DATE}))?`
);
var DISTR_DATE = new RegExp(String.raw`Distr\.\s*:\s*[A-Za-z]+\s+(${DATE})`);
var SESSION = /\b([A-Z][a-z]+(?:\s?-\s?[a-z]+)?)\s+session\b/;
var AGENDA = /\bAgenda\s+items?\s+\d+[\w()]*(?:\s*(?:,|and)\s*\d+[\w()]*)*/;
var GA_TITLE = /(?<![\w/])(\d{2,3}\/\d{1,4})\s*\.\s+(?=\S)/;
var JOB_NUMBER = /(?<![\d-])\d{2}-\d{5}(?!\d)/;
var MUN_HEADER = /\b(FORUM|QUESTION OF|SPONSOR|SPONSORS|SIGNATORIES|CO-SUBMITTERS|COMMITTEE|TOPIC)\s*:\s*/g;
var ORGAN = /\b(Security Council|General Assembly|Economic and Social Council|Human Rights Council)\b/;
var SPONSOR_LINE = /([A-Z][^\n:]{2,300}?)\s*:\s*(?:revised\s+)?draft\s+resolution\b/;
var field = (text, start, end) => ({ text: text.slice(start, end).replace(/\s+/g, " ").trim(), span: { start, end } });
function findEnactingFormula(text, limit) {
  ENACTING.lastIndex = 0;
  for (let m; (m = ENACTING.exec(text)) && m.index < limit; ) {
    const end = m.index + m[0].length;
    const next = /^\s*(\S)/.exec(text.slice(end, end + 40));
    const follower = next ? next[1] : "";
    if (m[3] === void 0 && !m[2] && follower && !/[A-Z“"‘(]/.test(follower)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/\d\.\s*$/.test(before)) continue;
    let start = m.index;
    while (start < end && /\s/.test(text[start])) start++;
    return { text: text.slice(start, end).replace(/\s+/g, " ").trim(), span: { start, end } };
  }
  return void 0;
}
function parseFrontMatter(text) {
  const window = Math.min(text.length, MASTHEAD_WINDOW);
  const formula = findEnactingFormula(text, window);
  const headEnd = formula ? formula.span.start : window;
  const head = text.slice(0, headEnd);
  const m = { span: { start: 0, end: 0 } };
  const ends = [];
  const note = (f) => {
    if (f) ends.push(f.span.end);
    return f;
  };
  SYMBOL.lastIndex = 0;
  const sym = SYMBOL.exec(head);
  RESOLUTION_LINE.lastIndex = 0;
  const resLine = RESOLUTION_LINE.exec(head);
  if (sym && sym.index < 600) {
    m.symbol = note(field(text, sym.index, sym.index + sym[0].length));
  } else if (resLine && resLine.index < 600) {
    m.symbol = { text: `S/RES/${resLine[2]} (${resLine[3]})`, span: { start: resLine.index, end: resLine.index + resLine[0].length } };
    ends.push(m.symbol.span.end);
  }
  if (resLine && m.symbol && resLine.index !== m.symbol.span.start) ends.push(resLine.index + resLine[0].length);
  const adoption = ADOPTION.exec(head);
  if (adoption) {
    const f = note(field(text, adoption.index, adoption.index + adoption[0].length));
    m.adoption = { ...f, meeting: adoption[2], date: adoption[3] };
  }
  const organ = ORGAN.exec(head.slice(0, adoption ? adoption.index : head.length)) ?? (adoption ? ORGAN.exec(adoption[0]) : null);
  if (organ) {
    const at = adoption && organ.index >= (adoption ? adoption.index : 0) && !ORGAN.exec(head.slice(0, adoption.index)) ? adoption.index + adoption[0].indexOf(organ[1]) : organ.index;
    m.organ = note(field(text, at, at + organ[1].length));
  }
  const distr = DISTR_DATE.exec(head);
  if (distr) {
    const at = distr.index + distr[0].length - distr[1].length;
    m.date = note(field(text, at, at + distr[1].length));
  }
  const session = SESSION.exec(head);
  if (session) m.session = note(field(text, session.index, session.index + session[0].length));
  const agenda = AGENDA.exec(head);
  if (agenda) m.agendaItem = note(field(text, agenda.index, agenda.index + agenda[0].length));
  const job = JOB_NUMBER.exec(head);
  if (job) m.jobNumber = note(field(text, job.index, job.index + job[0].length));
  const runningTitles = [];
  const gaTitle = GA_TITLE.exec(head);
  if (gaTitle && formula) {
    const start2 = gaTitle.index;
    const title = field(text, start2, headEnd);
    m.title = note(title);
    runningTitles.push(text.slice(start2 + gaTitle[0].length, headEnd).replace(/\s+/g, " ").trim());
  }
  const sponsor = SPONSOR_LINE.exec(head);
  if (sponsor && !m.sponsor) m.sponsor = note(field(text, sponsor.index, sponsor.index + sponsor[0].length));
  MUN_HEADER.lastIndex = 0;
  const headers = [...head.matchAll(MUN_HEADER)];
  headers.forEach((h, i) => {
    const valueStart = h.index + h[0].length;
    let valueEnd = i + 1 < headers.length ? headers[i + 1].index : headEnd;
    const nl = text.indexOf("\n", valueStart);
    if (nl >= 0 && nl < valueEnd && /\n\s*\n/.test(text.slice(valueStart, valueEnd))) valueEnd = text.slice(0, valueEnd).search(/\s*$/);
    const f = note(field(text, h.index, Math.max(valueStart, trimEnd(text, valueStart, valueEnd))));
    const key = h[1];
    if (key === "FORUM" || key === "COMMITTEE") m.forum = f;
    else if (key === "QUESTION OF" || key === "TOPIC") {
      m.question = f;
      if (!m.title) m.title = field(text, valueStart, trimEnd(text, valueStart, valueEnd));
    } else m.sponsor = f;
  });
  const pageLabel = /\bPage\s+\d+\s+of\s+\d+\b/.exec(head);
  if (pageLabel) ends.push(pageLabel.index + pageLabel[0].length);
  if (ends.length === 0 && !formula) return { bodyStart: 0, runningTitles };
  const mastheadEnd = formula ? trimEnd(text, 0, formula.span.start) : Math.max(...ends);
  const start = firstNonSpace(text, 0);
  m.span = { start: Math.min(start, mastheadEnd), end: mastheadEnd };
  const hasFields = ends.length > 0;
  return {
    masthead: hasFields && mastheadEnd > m.span.start ? m : void 0,
    enactingFormula: formula,
    bodyStart: formula ? formula.span.end : mastheadEnd,
    runningTitles
  };
}
function trimEnd(text, start, end) {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
function firstNonSpace(text, from) {
  while (from < text.length && isSpace(text.charCodeAt(from))) from++;
  return from;
}
function isSpace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 160 || c === 65279 || c === 8232 || c === 8233 || c >= 8192 && c <= 8203 || c === 8239 || c === 12288;
}

// server/src/parser/furniture.ts
var ANCHORS = /((?<![\d-])\d{2}-\d{5}(?!\d)(?:\s*\([A-Z]\))?)|(\*\d{6,9}\*)|((?<![\w/.,-])(\d{1,3})\s?\/\s?(\d{1,3})(?![\w/]))|(_{5,})|(\bPage\s+\d+\s+of\s+\d+\b)|(\f)/g;
var MAX_TITLE = 220;
var MAX_FOOTNOTES = 8e3;
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var squash = (s) => s.replace(/\s+/g, " ").trim();
function isBlank(text, start, end) {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
function findFurniture(text, front) {
  const from = front.masthead ? front.masthead.span.end : 0;
  const anchors = [];
  const sym = front.masthead?.symbol;
  if (sym && text.slice(sym.span.start, sym.span.end).replace(/\s+/g, " ") === sym.text) {
    const re = new RegExp(`(?<![\\w/])${escapeRe(sym.text).replace(/ /g, "\\s*")}(?![\\w/])`, "g");
    re.lastIndex = from;
    for (let m; m = re.exec(text); ) anchors.push({ kind: "running-symbol", start: m.index, end: m.index + m[0].length, strong: true });
  }
  ANCHORS.lastIndex = from;
  for (let m; m = ANCHORS.exec(text); ) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) anchors.push({ kind: "job-number", start, end, strong: true });
    else if (m[2]) anchors.push({ kind: "barcode", start, end, strong: true });
    else if (m[3]) {
      const n = Number(m[4]);
      const total = Number(m[5]);
      if (n >= 1 && n <= total) anchors.push({ kind: "page-counter", start, end, strong: false });
    } else if (m[6]) anchors.push({ kind: "footnote-separator", start, end, strong: true });
    else if (m[7]) anchors.push({ kind: "page-label", start, end, strong: true });
    else if (m[8]) anchors.push({ kind: "form-feed", start, end, strong: true });
  }
  anchors.sort((a, b) => a.start - b.start);
  const titles = new Set(front.runningTitles.map(squash).filter((t) => t.length > 3));
  const clusters = cluster(text, anchors.filter((a) => a.kind !== "footnote-separator"), titles);
  const out = [];
  for (const c of clusters) {
    if (!c.anchors.some((a) => a.strong) && !loneCounterStandsApart(text, c)) continue;
    if (!sym) extendOverGluedSymbol(text, c);
    extendOverTitleBefore(text, c, titles);
    out.push(...c.pieces);
  }
  addFootnoteBlocks(text, anchors, out, !!sym);
  return normalise(out);
}
function cluster(text, anchors, titles) {
  const out = [];
  for (const a of anchors) {
    const last = out[out.length - 1];
    const piece = { kind: a.kind, span: { start: a.start, end: a.end } };
    if (last && a.start >= last.end) {
      const gap = gapPiece(text, last, a, titles);
      if (gap !== void 0) {
        if (gap) last.pieces.push(gap);
        last.pieces.push(piece);
        last.anchors.push(a);
        last.end = a.end;
        continue;
      }
    }
    out.push({ start: a.start, end: a.end, anchors: [a], pieces: [piece] });
  }
  for (const c of out) extendOverDateCode(text, c);
  return out;
}
function gapPiece(text, last, next, titles) {
  if (isBlank(text, last.end, next.start)) return null;
  if (next.start - last.end > MAX_TITLE + 20) return void 0;
  const raw = text.slice(last.end, next.start);
  const gap = squash(raw);
  const lead = raw.length - raw.trimStart().length;
  const span = { start: last.end + lead, end: last.end + lead + raw.trim().length };
  if (/^\d{6}$/.test(gap)) return { kind: "date-code", span };
  if (titles.has(gap)) return { kind: "running-title", span };
  const prev = last.anchors[last.anchors.length - 1];
  const symbolSide = prev.kind === "running-symbol" || next.kind === "running-symbol";
  const otherSide = prev.kind !== next.kind && (prev.strong || next.strong);
  if (symbolSide && otherSide && gap.length <= MAX_TITLE && /^[A-Z“"‘(]/.test(gap) && !/[;]/.test(gap) && !/[,;:]$/.test(gap)) {
    titles.add(gap);
    return { kind: "running-title", span };
  }
  return void 0;
}
var SYMBOL_AFTER = new RegExp(`^[ \\t]{0,2}${SYMBOL_SOURCE}`);
function extendOverGluedSymbol(text, c) {
  if (!c.anchors.some((a) => a.kind === "job-number" || a.kind === "barcode")) return;
  const m = SYMBOL_AFTER.exec(text.slice(c.end, c.end + 60));
  if (!m) return;
  const start = c.end + m[0].length - m[0].trimStart().length;
  c.pieces.push({ kind: "running-symbol", span: { start, end: c.end + m[0].length } });
  c.end += m[0].length;
}
function extendOverDateCode(text, c) {
  const m = /^\s+(\d{6})(?!\d)/.exec(text.slice(c.end, c.end + 16));
  if (m && c.anchors.some((a) => a.kind === "job-number")) {
    const start = c.end + m[0].length - 6;
    c.pieces.push({ kind: "date-code", span: { start, end: start + 6 } });
    c.end = start + 6;
  }
}
function extendOverTitleBefore(text, c, titles) {
  if (titles.size === 0) return;
  const before = text.slice(Math.max(0, c.start - MAX_TITLE - 20), c.start);
  for (const t of titles) {
    const re = new RegExp(`${escapeRe(t).replace(/ /g, "\\s+")}\\s*$`);
    const m = re.exec(before);
    if (m) {
      const start = c.start - (before.length - m.index);
      c.pieces.unshift({ kind: "running-title", span: { start, end: start + t.length + (m[0].length - m[0].trimEnd().length === 0 ? 0 : 0) } });
      c.pieces[0].span.end = start + m[0].trimEnd().length;
      c.start = start;
      return;
    }
  }
}
function loneCounterStandsApart(text, c) {
  if (c.anchors.length !== 1) return false;
  const before = text.slice(Math.max(0, c.start - 12), c.start);
  const after = text.slice(c.end, c.end + 4);
  const boundaryBefore = /(?:^|[.;:]|\b\d{1,3}\.)\s+$/.test(before) || c.start === 0;
  const capitalAfter = /^\s*(?:[A-Z“"(]|$)/.test(after);
  return boundaryBefore && capitalAfter;
}
function addFootnoteBlocks(text, anchors, out, hasRunningSymbol) {
  const sorted = [...out].sort((a, b) => a.span.start - b.span.start);
  for (const sep of anchors) {
    if (sep.kind !== "footnote-separator") continue;
    out.push({ kind: "footnote-separator", span: { start: sep.start, end: sep.end } });
    let blockEnd = -1;
    for (let i = 0; i < sorted.length; i++) {
      const f = sorted[i];
      if (f.span.start < sep.end) continue;
      if (f.span.start - sep.end > MAX_FOOTNOTES) break;
      if (!hasRunningSymbol || f.kind === "running-symbol") {
        let j = i;
        while (j + 1 < sorted.length && isBlank(text, sorted[j].span.end, sorted[j + 1].span.start)) j++;
        blockEnd = sorted[i].span.start;
        break;
      }
    }
    if (blockEnd < 0 && text.length - sep.end <= MAX_FOOTNOTES) blockEnd = text.length;
    if (blockEnd > sep.end) {
      const raw = text.slice(sep.end, blockEnd);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) out.push({ kind: "footnote", span: { start: sep.end + lead, end: sep.end + lead + body.length } });
    }
  }
}
function normalise(list) {
  list.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out = [];
  for (const f of list) {
    const last = out[out.length - 1];
    if (last && f.span.start < last.span.end) {
      if (f.span.end > last.span.end) out.push({ kind: f.kind, span: { start: last.span.end, end: f.span.end } });
      continue;
    }
    if (f.span.end > f.span.start) out.push(f);
  }
  return out;
}

// server/src/parser/labels.ts
var ROMAN_VALUES = { i: 1, v: 5, x: 10, l: 50, c: 100 };
function romanValue(s) {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    if (v === void 0) return NaN;
    const next = ROMAN_VALUES[s[i + 1]];
    total += next !== void 0 && next > v ? -v : v;
  }
  return total;
}
var ROMAN_CANONICAL = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
function toRoman(n) {
  if (n <= 10) return ROMAN_CANONICAL[n];
  const tens = ["", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"];
  return (n >= 100 ? "c".repeat(Math.floor(n / 100)) : "") + tens[Math.floor(n / 10) % 10] + ROMAN_CANONICAL[n % 10];
}
function alphaValue(s) {
  if (s.length === 1) return s.charCodeAt(0) - 96;
  if (s.length === 2 && s[0] === s[1]) return 26 + s.charCodeAt(0) - 96;
  if (s.length === 2) return 26 * (s.charCodeAt(0) - 96) + s.charCodeAt(1) - 96;
  return NaN;
}
var isRomanShape = (s) => /^[ivxlc]+$/.test(s) && !Number.isNaN(romanValue(s)) && toRoman(romanValue(s)) === s;
function placeLabel(label, levels, maxDepth = 3) {
  const alpha = alphaValue(label);
  const roman = isRomanShape(label) ? romanValue(label) : NaN;
  for (let d = levels.length - 1; d >= 0; d--) {
    const lv = levels[d];
    const fitsHere = lv.style === "alpha" ? alpha === lv.value + 1 : lv.style === "roman" ? roman === lv.value + 1 : false;
    if (fitsHere) return { depth: d, style: lv.style, value: lv.style === "alpha" ? alpha : roman, opens: false };
    if (d === levels.length - 1 && levels.length < maxDepth) {
      const opening = openingStyle(label, lv.style);
      if (opening) return { depth: d + 1, style: opening, value: 1, opens: true };
    }
  }
  if (levels.length === 0) {
    const opening = openingStyle(label, void 0);
    if (opening) return { depth: 0, style: opening, value: 1, opens: true };
  }
  return void 0;
}
function openingStyle(label, parent) {
  if (label === "a") return parent === "alpha" ? void 0 : "alpha";
  if (label === "i") return parent === "roman" ? void 0 : "roman";
  return void 0;
}

// server/src/parser/lexicon.ts
var QUALIFIERS = /* @__PURE__ */ new Set([
  "Also",
  "Further",
  "Furthermore",
  "Again",
  "Once",
  "Deeply",
  "Gravely",
  "Strongly",
  "Seriously",
  "Profoundly",
  "Greatly",
  "Firmly",
  "Fully",
  "Particularly",
  "Especially",
  "Increasingly",
  "Extremely",
  "Highly",
  "Most",
  "Very",
  "Emphatically",
  "Equally",
  "Additionally",
  "Similarly",
  "Likewise",
  "Finally",
  "Moreover",
  "Still",
  "Solemnly",
  "Unanimously",
  "Sincerely",
  "Warmly",
  "Expressly",
  "Categorically",
  "Vigorously",
  "Urgently",
  "Earnestly",
  "Keenly",
  "Bitterly",
  "Sorely",
  "Duly"
]);
var PREAMBULAR_HEADS = /* @__PURE__ */ new Set([
  "Acknowledging",
  "Acting",
  "Adhering",
  "Affirming",
  "Alarmed",
  "Anxious",
  "Appalled",
  "Appealing",
  "Appreciating",
  "Approving",
  "Aware",
  "Bearing",
  "Believing",
  "Building",
  "Calling",
  "Cognizant",
  "Cognisant",
  "Commending",
  "Committed",
  "Concerned",
  "Condemning",
  "Confident",
  "Confirming",
  "Conscious",
  "Considering",
  "Contemplating",
  "Continuing",
  "Convinced",
  "Declaring",
  "Demanding",
  "Deploring",
  "Desiring",
  "Desirous",
  "Determined",
  "Determining",
  "Dismayed",
  "Distressed",
  "Disturbed",
  "Emphasizing",
  "Emphasising",
  "Encouraged",
  "Encouraging",
  "Endorsing",
  "Expecting",
  "Expressing",
  "Fearful",
  "Grieved",
  "Guided",
  "Having",
  "Heartened",
  "Highlighting",
  "Horrified",
  "Inspired",
  "Insisting",
  "Keeping",
  "Keen",
  "Looking",
  "Mindful",
  "Motivated",
  "Noting",
  "Observing",
  "Outraged",
  "Paying",
  "Persuaded",
  "Pleased",
  "Praising",
  "Reaffirming",
  "Realizing",
  "Realising",
  "Receiving",
  "Recalling",
  "Recognizing",
  "Recognising",
  "Recommending",
  "Referring",
  "Reflecting",
  "Regretting",
  "Reiterating",
  "Rejecting",
  "Remaining",
  "Reminding",
  "Renewing",
  "Resolved",
  "Resolving",
  "Responding",
  "Reviewing",
  "Saddened",
  "Satisfied",
  "Seeking",
  "Seized",
  "Shocked",
  "Stressing",
  "Striving",
  "Supporting",
  "Taking",
  "Troubled",
  "Underlining",
  "Underscoring",
  "Urging",
  "Viewing",
  "Welcoming",
  "Wishing",
  "Worried",
  "Being",
  "Deciding",
  "Upholding",
  "Pointing",
  "Sharing",
  "Aiming",
  "Valuing",
  "Disappointed",
  "Gratified",
  "Whereas",
  "Anticipating",
  "Convening",
  "Emphasising",
  "Fulfilling",
  "Stating",
  "Welcoming",
  "Believing",
  "Hoping",
  "Trusting"
]);
var PREAMBULAR_PHRASES = /^(?:In\s+view\s+of|In\s+the\s+light\s+of|In\s+light\s+of|With\s+a\s+view\s+to|Having\s+regard\s+to)\b/;
var OPERATIVE_PHRASES = /^(?:It\s+is\s+(?:hereby\s+)?(?:resolved|decided|agreed)|Is\s+(?:deeply\s+|gravely\s+|seriously\s+)?(?:concerned|convinced|determined|resolved))\b/;
var OPERATIVE_VERBS = /* @__PURE__ */ new Set([
  "Accepts",
  "Acknowledges",
  "Adopts",
  "Affirms",
  "Agrees",
  "Appeals",
  "Appoints",
  "Approves",
  "Asks",
  "Assures",
  "Authorizes",
  "Authorises",
  "Calls",
  "Commends",
  "Concurs",
  "Condemns",
  "Confirms",
  "Congratulates",
  "Considers",
  "Decides",
  "Declares",
  "Demands",
  "Deplores",
  "Designates",
  "Determines",
  "Directs",
  "Draws",
  "Elects",
  "Emphasizes",
  "Emphasises",
  "Encourages",
  "Endorses",
  "Establishes",
  "Expresses",
  "Extends",
  "Highlights",
  "Instructs",
  "Insists",
  "Invites",
  "Looks",
  "Notes",
  "Pays",
  "Proclaims",
  "Reaffirms",
  "Recalls",
  "Recognizes",
  "Recognises",
  "Recommends",
  "Regrets",
  "Reiterates",
  "Rejects",
  "Reminds",
  "Renews",
  "Requests",
  "Resolves",
  "Solicits",
  "Stresses",
  "Suggests",
  "Supports",
  "Takes",
  "Thanks",
  "Transmits",
  "Trusts",
  "Underlines",
  "Underscores",
  "Urges",
  "Welcomes",
  "Warns",
  "Applauds",
  "Condones",
  "Reconfirms",
  "Deems",
  "Entrusts",
  "Mandates",
  "Launches",
  "Commits",
  "Pledges",
  "Undertakes",
  "Reviews",
  "Specifies",
  "Clarifies",
  "Exhorts",
  "Implores",
  "Enjoins",
  "Censures",
  "Denounces",
  "Deprecates",
  "Expects",
  "Hopes",
  "Wishes",
  "Dissolves",
  "Terminates",
  "Suspends",
  "Lifts",
  "Imposes",
  "Requires",
  "Permits",
  "Orders",
  "Prohibits",
  "Observes",
  "Regards",
  "Admits",
  "Reconvenes",
  "Adjourns",
  "Continues",
  "Reiterates",
  "Repeats",
  "Stands",
  "Remains",
  "Shares",
  "Salutes",
  "Honours",
  "Honors",
  "Mourns",
  "Calls",
  "Emphasises",
  "Acknowledges",
  "Accepts",
  "Promotes",
  "Advises"
]);
var OPERATIVE_VERBS_LOWER = new Set([...OPERATIVE_VERBS].map((v) => v.toLowerCase()));
function isPreambularHead(word) {
  return PREAMBULAR_HEADS.has(word);
}
function looksLikeParticiple(word) {
  return word.length > 5 && word.endsWith("ing") && /^[A-Z][a-z]+$/.test(word);
}

// server/src/parser/segmenter.ts
var CANDIDATE_PARTS = [
  String.raw`(\d{1,3}(?:st|nd|rd|th)\s+plenary\s+meeting|Adopted\s+(?:unanimously\s+|without\s+(?:a\s+)?vote\s+)?at\s+the\s+\d{1,4}(?:st|nd|rd|th)\s+meeting\.?)`,
  String.raw`(\d{1,3})(?:\s?(bis|ter|quater))?(?:\.|,(?=\s+[A-Z])|(?=\s+[A-Z][a-z]+s\b))(?=\s|$|[“"‘'(A-Z])`,
  String.raw`(\.)(?<=(?:ll|1l|l1)\.)(?=\s+[A-Z])`,
  String.raw`\(([a-z]{1,4})\)(?=[\s“"‘]|$)`,
  String.raw`([.)])(?<=(?<![\w.(\-/])(?:[a-z]|[ivx]{2,5})[.)])(?=\s)`,
  String.raw`(--|[—–•])(?=\s)`,
  String.raw`([IVX]{1,5})\.(?=\s+[A-Z])`
];
var NOT_BEFORE_NUMBER = /[\w/.,\-–(’']/;
var NOT_BEFORE_LABEL = /[\w(\[]/;
var NOT_BEFORE_ROMAN = /[\w.]/;
var PREAMBLE_CANDIDATES = new RegExp([...CANDIDATE_PARTS, String.raw`([A-Z][A-Za-z’'\-]*)`].join("|"), "g");
var BODY_CANDIDATES = new RegExp([...CANDIDATE_PARTS, String.raw`(Annex|ANNEX)(?![\w])`].join("|"), "g");
var NUMBER_BLOCKERS = /* @__PURE__ */ new Set([
  "paragraph",
  "paragraphs",
  "para",
  "paras",
  "resolution",
  "resolutions",
  "no",
  "nos",
  "vol",
  "article",
  "articles",
  "chapter",
  "section",
  "sections",
  "rule",
  "rules",
  "page",
  "pages",
  "annex",
  "item",
  "items",
  "of",
  "and",
  "to",
  "or",
  "decision",
  "decisions",
  "principle",
  "principles",
  "goal",
  "goals",
  "target",
  "targets",
  "recommendation",
  "recommendations",
  "part",
  "sect",
  "chap",
  "p",
  "pp",
  "op",
  "under",
  "in",
  "by",
  "see",
  "at"
]);
var ABBREVIATIONS = /^(?:No|Nos|no|nos|vol|Vol|para|paras|p|pp|art|Art|arts|chap|Chap|sect|Sect|cf|op|para)\.$/;
var LABEL_BLOCKERS_BEFORE = /* @__PURE__ */ new Set(["paragraph", "paragraphs", "subparagraph", "subparagraphs", "sub-paragraph", "sub-paragraphs", "article", "articles", "section", "item", "items", "annex", "letter", "point", "points", "criterion", "criteria", "clause", "clauses"]);
var LABEL_BLOCKERS_AFTER = /^\s*(?:above|below|thereof|hereof|of\s+(?:the|this|that|its|resolution|paragraph|annex|article)|to\s+\(|and\s+\([a-z]{1,4}\)\s+(?:above|below|of))/;
var SENTENCE_AFTER_TITLE = /([a-z,;)”’]\s+)(?:The|We|Upon|This|These|Each|Pursuant|Having|It|Our)[\s,]+[A-Za-z]/;
function segment(text, clean, front) {
  return new Segmenter(text, clean, front).run();
}
var Segmenter = class {
  constructor(text, clean, front) {
    this.text = text;
    this.clean = clean;
    this.front = front;
  }
  text;
  clean;
  front;
  section = "front";
  items = [];
  preamble = [];
  operative = [];
  headings = [];
  closing = [];
  annexes = [];
  cur;
  expectedOp = 1;
  romanHeading = 0;
  lastHeadingEnd = -1;
  run() {
    const c = this.clean;
    let re = PREAMBLE_CANDIDATES;
    re.lastIndex = this.front.bodyStart;
    for (let m; m = re.exec(this.text); ) {
      const at = m.index;
      const inFurniture = c.skipFurniture(at);
      if (inFurniture !== at) {
        re.lastIndex = inFurniture;
        continue;
      }
      const before = at > 0 ? c.char(at - 1) : " ";
      if (m[1] !== void 0) this.onClosing(at, m[0]);
      else if (m[2] !== void 0) {
        if (!NOT_BEFORE_NUMBER.test(before)) this.onNumber(at, m[0], m[2], m[3]);
      } else if (m[4] !== void 0) {
        if (at < 3 || !NOT_BEFORE_NUMBER.test(c.char(at - 3))) this.onNumber(at - 2, c.slice(at - 2, at + 1), c.slice(at - 2, at), void 0);
      } else if (m[5] !== void 0) {
        if (!NOT_BEFORE_LABEL.test(before)) this.onLabel(at, m[0], m[5]);
      } else if (m[6] !== void 0) {
        const label = /(?:[ivx]{2,5}|[a-z])$/.exec(c.slice(Math.max(0, at - 5), at))[0];
        this.onLabel(at - label.length, label + m[6], label, m[6]);
      } else if (m[7] !== void 0) {
        if (isSpace(before.charCodeAt(0))) this.onDash(at, m[0]);
      } else if (m[8] !== void 0) {
        if (!NOT_BEFORE_ROMAN.test(before)) this.onRomanHeading(at, m[8]);
      } else if (m[9] !== void 0) {
        if (!/\w/.test(before) && !(re === PREAMBLE_CANDIDATES && this.insideQuotation(at))) this.onWord(at, m[9]);
      }
      const want = this.section === "front" || this.section === "preamble" ? PREAMBLE_CANDIDATES : BODY_CANDIDATES;
      if (want !== re) {
        want.lastIndex = re.lastIndex;
        re = want;
      }
    }
    this.items.push({ type: "stop", at: trimEnd(c, 0, c.length) });
    return this.finish();
  }
  // ---- context helpers -------------------------------------------------------------------
  quoteOpenedAt = -1;
  nextOpenQuote = -2;
  nextCloseQuote = -2;
  /**
   * Inside a quoted title ("… for All, Taking into Particular Account the Needs …”) a capitalised
   * opener is part of the quotation. The next quote marks are found with indexOf and cached, so
   * the whole pass stays linear; an unclosed quotation stops counting after 400 characters.
   */
  insideQuotation(at) {
    const c = this.clean;
    if (this.nextOpenQuote === -2) this.nextOpenQuote = c.indexOf("\u201C");
    if (this.nextCloseQuote === -2) this.nextCloseQuote = c.indexOf("\u201D");
    for (; ; ) {
      const open = this.nextOpenQuote;
      const close = this.nextCloseQuote;
      const next = open < 0 ? close : close < 0 ? open : Math.min(open, close);
      if (next < 0 || next >= at) break;
      if (next === open) {
        this.quoteOpenedAt = open;
        this.nextOpenQuote = c.indexOf("\u201C", open + 1);
      } else {
        this.quoteOpenedAt = -1;
        this.nextCloseQuote = c.indexOf("\u201D", close + 1);
      }
    }
    if (this.quoteOpenedAt >= 0 && at - this.quoteOpenedAt > 400) this.quoteOpenedAt = -1;
    return this.quoteOpenedAt >= 0 && at > this.quoteOpenedAt + 1;
  }
  /** Offset of the last non-blank character before `at` (skipping opening quotes), or -1. */
  prevChar(at) {
    const c = this.clean;
    let i = at - 1;
    while (i >= 0 && (isSpace(c.charCodeAt(i)) || isOpeningQuote(c.char(i)))) i--;
    let j = i;
    while (j >= 0 && j > i - 4 && isDigit(c.charCodeAt(j))) j--;
    if (j < i && j > 0) {
      let k = j;
      while (k > 0 && isSpace(c.charCodeAt(k))) k--;
      const marker = ";:".includes(c.char(k)) || ",.".includes(c.char(k)) && (!isDigit(c.charCodeAt(k - 1)) || i - j <= 2);
      if (marker && (k === j || isSpace(c.charCodeAt(j)))) return k;
    }
    return i;
  }
  prevWord(at) {
    const i = this.prevChar(at);
    if (i < 0) return "";
    let s = i;
    while (s > 0 && !isSpace(this.clean.charCodeAt(s - 1))) s--;
    return this.clean.slice(s, i + 1);
  }
  nextWord(from) {
    let i = from;
    const c = this.clean;
    while (i < c.length && isSpace(c.charCodeAt(i))) i++;
    let e = i;
    while (e < c.length && !isSpace(c.charCodeAt(e))) e++;
    return { word: c.slice(i, e), at: i };
  }
  lastItemStart() {
    const last = this.items[this.items.length - 1];
    if (!last) return this.front.bodyStart;
    return last.type === "para" ? last.node.start : last.at;
  }
  /**
   * Is `at` where a clause may begin: after , ; : . (or a closing bracket/quote after them), just
   * after the enacting formula or another boundary, or after a section heading?
   * Returns the heading found between the last clause end and `at`, if any.
   */
  boundary(at, allowHeading = true) {
    const p = this.prevChar(at);
    if (p < this.front.bodyStart || p < this.lastHeadingEnd) return { ok: true };
    const annex = this.annexes[this.annexes.length - 1];
    if (this.section === "annex" && annex && annex.top.length === 0) return { ok: true };
    const ch = this.clean.char(p);
    if (",;:.!?".includes(ch)) return { ok: true };
    if ('\u201D")\u2019'.includes(ch) && p > 0 && ",;:.".includes(this.clean.char(this.prevChar(p)))) return { ok: true };
    const lastStart = this.lastItemStart();
    const last = this.items[this.items.length - 1];
    if (last && last.type === "stop" && p < last.at + 1) return { ok: true };
    if (last && last.type === "para" && last.node.labelSpan && p < last.node.labelSpan.end && p >= lastStart) return { ok: true };
    if (!allowHeading) return { ok: false };
    const h = this.headingBefore(at);
    return h ? { ok: true, heading: h } : { ok: false };
  }
  /** A short capitalised line between a clause end and `at`: "Arms embargo", "Current situation". */
  headingBefore(at) {
    const c = this.clean;
    const floor = Math.max(this.lastItemStart(), this.front.bodyStart);
    let i = at - 1;
    let words = 0;
    let inWord = false;
    const ends = this.cur && this.cur.kind === "preambular" ? ",;:.!?" : ";:.!?";
    for (; i >= floor; i--) {
      const ch = c.char(i);
      if (ends.includes(ch) && (i + 1 >= c.length || isSpace(c.charCodeAt(i + 1)) || '\u201D"\u2019'.includes(c.char(i + 1)))) break;
      if (isSpace(c.charCodeAt(i))) inWord = false;
      else if (!inWord) {
        inWord = true;
        if (++words > 14) return void 0;
      }
    }
    if (i < floor) {
      const last = this.items[this.items.length - 1];
      if (!(last && last.type === "stop") && this.items.length > 0) return void 0;
    }
    let start = i + 1;
    while (start < at && (isSpace(c.charCodeAt(start)) || '\u201D"\u2019'.includes(c.char(start)))) start++;
    const end = trimEnd(c, start, at);
    if (end <= start) return void 0;
    const s = c.slice(start, end);
    if (!/^(?:[A-Z]|[IVX]+\.\s)/.test(s) || /[,;:]$/.test(s)) return void 0;
    const first = s.split(/\s+/)[0];
    if (OPERATIVE_VERBS.has(first) || isPreambularHead(first)) return void 0;
    return { start, end };
  }
  addHeading(h) {
    if (!h) return;
    this.lastHeadingEnd = h.end;
    const heading = { text: this.clean.slice(h.start, h.end).replace(/\s+/g, " "), span: { start: h.start, end: h.end } };
    this.items.push({ type: "stop", at: h.start });
    const annex = this.annexes[this.annexes.length - 1];
    if (this.section === "annex" && annex) annex.headings.push(heading);
    else this.headings.push(heading);
  }
  // ---- candidates ------------------------------------------------------------------------
  onClosing(at, match) {
    if (this.section === "front") return;
    let end = at + match.length;
    const date = /^\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}/.exec(this.clean.slice(end, end + 30));
    if (date) end += date[0].length;
    this.items.push({ type: "stop", at });
    this.closing.push({ text: this.text.slice(at, end).replace(/\s+/g, " "), span: { start: at, end } });
    this.cur = void 0;
    if (this.section !== "annex") this.section = "closing";
  }
  onNumber(at, match, printed, suffix) {
    const ocr = /l/.test(printed);
    const digits = ocr ? printed.replace(/l/g, "1") : printed;
    const n = Number(digits);
    const annex = this.section === "annex" ? this.annexes[this.annexes.length - 1] : void 0;
    if (this.section === "closing") return;
    if (!annex && n === 1 && !suffix && this.expectedOp > 1 && this.opensAdoptedText(at)) return this.onNumber(at, match, printed, suffix);
    const expected = annex ? annex.expected : this.expectedOp;
    const bis = suffix !== void 0;
    const fits = bis ? n === expected - 1 : n === expected;
    const skipped = !bis && !annex && this.section === "operative" && n > expected && n <= expected + 2;
    if (!fits && !skipped) return;
    const next = this.nextWord(at + match.length);
    const nextWord = stripQuote(next.word);
    const lowerAfter = /^[a-z]/.test(nextWord);
    const atEnd = next.word === "";
    const prevRaw = this.prevWord(at);
    if (!lowerAfter && (/[a-z]$/i.test(prevRaw) && NUMBER_BLOCKERS.has(prevRaw.toLowerCase().replace(/[^a-z]/g, "")) || ABBREVIATIONS.test(prevRaw))) return;
    const b = this.boundary(at);
    const verbAfter = this.operativeOpeningAt(next.at) !== void 0;
    const strong = b.ok && !b.heading && verbAfter;
    if (skipped && !strong) return;
    if ((ocr || !match.endsWith(".")) && !(fits && strong)) return;
    let start = at;
    let selStart = at;
    let selEnd = at + match.length;
    let moved;
    if (lowerAfter || atEnd || !b.ok && !verbAfter) {
      moved = this.movedStart(at);
      if (!moved && !(b.ok && lowerAfter && verbAfter)) return;
    }
    if (moved) {
      ({ start, end: selEnd } = moved);
      selStart = start;
    } else {
      if (b.heading) this.addHeading(b.heading);
      const gap = this.text.slice(at + match.length, next.at);
      if (gap.length === 0 || !/^\s*$/.test(gap)) start = selStart = selEnd = next.at;
    }
    const name = annex ? `${digits}${suffix ?? ""}` : `OP${digits}${suffix ?? ""}`;
    const id = annex ? `ANNEX${this.annexes.length}:${name}` : name;
    const node = this.newNode(annex ? "annex" : "operative", id, name, start, selStart, selEnd);
    node.label = match.replace(/\s+/g, " ");
    node.labelSpan = { start: at, end: at + match.length };
    const opening = this.operativeOpeningAt(moved ? moved.start : next.at);
    if (opening) {
      node.opening = opening.text;
      node.selEnd = Math.max(node.selEnd, opening.end);
    }
    this.pushTop(node);
    if (annex) {
      annex.top.push(node);
      annex.expected = n + 1;
    } else {
      this.operative.push(node);
      this.section = "operative";
      if (!bis) this.expectedOp = n + 1;
    }
  }
  /**
   * "Adopts the following political declaration …: [title] We, Heads of State …: 1. Reaffirm …":
   * numbering restarting at 1 after an operative lead-in ending with a colon is the adopted
   * text, kept apart as the document's annexed text so OP numbers stay those of the resolution.
   */
  opensAdoptedText(at) {
    const op = this.operative[this.operative.length - 1];
    if (!op || this.section !== "operative" || this.cur !== op) return false;
    const p = this.prevChar(at);
    if (p < 0 || this.clean.char(p) !== ":") return false;
    const next = this.nextWord(at + 2).word;
    if (!/^[“"]?[A-Z]/.test(next)) return false;
    const colon = this.clean.indexOf(":", op.selEnd);
    if (colon < 0 || colon >= at) return false;
    const start = skipBlank(this.clean, colon + 1);
    this.items.push({ type: "stop", at: start });
    this.cur = void 0;
    this.section = "annex";
    this.annexes.push({ name: "Adopted text", start, selEnd: start, top: [], headings: [], expected: 1, adopted: true });
    return true;
  }
  /** The operative opening phrase at `at` ("Decides", "Further requests", "further fully endorses"). */
  operativeOpeningAt(at) {
    let w = this.nextWord(at);
    const phrase = OPERATIVE_PHRASES.exec(this.clean.slice(w.at, w.at + 40));
    if (phrase) return { text: phrase[0].replace(/\s+/g, " "), end: w.at + phrase[0].length };
    const words = [];
    for (let k = 0; k < 3 && w.word; k++) {
      const bare = capitalise(stripQuote(w.word).replace(/[^A-Za-z’'\-]+$/, ""));
      words.push(w.word.replace(/[,;:.]+$/, ""));
      if (OPERATIVE_VERBS.has(bare)) {
        const phrase2 = this.openingPhrase(at, "operative");
        const end = w.at + w.word.replace(/[,;:.]+$/, "").length;
        return phrase2 && phrase2.end >= end ? phrase2 : { text: words.join(" "), end };
      }
      if (!QUALIFIERS.has(bare)) return void 0;
      w = this.nextWord(w.at + w.word.length);
    }
    return void 0;
  }
  /** For a number printed after its paragraph's first words: the clause start before it. */
  movedStart(at) {
    const c = this.clean;
    const floor = Math.max(this.cur ? this.cur.selEnd : this.front.bodyStart, this.front.bodyStart);
    let i = this.prevChar(at);
    while (i > floor && !isSpace(c.charCodeAt(i))) i--;
    for (; i > floor; i--) {
      const ch = c.char(i);
      if ((ch === ";" || ch === "." || ch === ":" || ch === ",") && isSpace(c.charCodeAt(i + 1))) {
        const w = this.nextWord(i + 1);
        if (/^[“"‘]?[A-Z]/.test(w.word)) {
          const opening = this.operativeOpeningAt(w.at);
          if (opening) return { start: w.at, end: opening.end };
        }
        if (ch !== ",") return void 0;
      }
    }
    return void 0;
  }
  onLabel(at, match, label, mark) {
    const top = this.cur;
    if (!top || this.section !== "operative" && this.section !== "annex") return;
    if (mark !== void 0) {
      if (mark === "." && !/^[ivx]+$/.test(label)) return;
    }
    const prevWord = this.prevWord(at);
    const prevBare = prevWord.toLowerCase().replace(/[^a-z\-]/g, "");
    if (/\d[)\]]?$/.test(prevWord) || /^\(?[a-z]{1,4}\)$/.test(prevWord) && !/[;:,.]$/.test(prevWord)) return;
    if (/[a-z]$/.test(prevWord) && LABEL_BLOCKERS_BEFORE.has(prevBare)) return;
    if (LABEL_BLOCKERS_AFTER.test(this.clean.slice(at + match.length, at + match.length + 40))) return;
    const p = this.prevChar(at);
    const ch = p >= 0 ? this.clean.char(p) : "";
    let ok = ",;:.".includes(ch) || top.labelSpan !== void 0 && p < top.labelSpan.end && p >= top.start;
    if (!ok && (prevBare === "and" || prevBare === "or")) {
      const q = this.prevChar(p - prevWord.length + 1);
      ok = q >= 0 && ",;".includes(this.clean.char(q));
    }
    const levels = top.levels ?? (top.levels = []);
    const open = top.open ?? (top.open = []);
    const alphaLevels = levels.filter((l) => l.style !== "dash");
    const place = placeLabel(label, alphaLevels);
    if (!place) return;
    const after = this.nextWord(at + match.length);
    if (!ok && !(place.opens && place.depth === 0 && top.children.length === 0) && !(!place.opens && /^[A-Z]/.test(after.word))) return;
    if (after.word === "" || /^\(?[a-z]{1,4}[.)]$/.test(after.word)) return;
    const realDepth = levelIndex(levels, place.depth);
    levels.length = realDepth;
    open.length = realDepth;
    levels.push({ style: place.style, value: place.value });
    const parent = realDepth === 0 ? top : open[realDepth - 1];
    const printed = mark ? `${label}${mark}` : `(${label})`;
    const name = `(${label})`;
    const node = this.newNode("sub", `${parent.id}${name}`, name, at, at, at + match.length);
    node.label = printed;
    node.labelSpan = { start: at, end: at + match.length };
    node.depth = parent.depth + 1;
    parent.children.push(node);
    open.push(node);
    this.items.push({ type: "para", node });
  }
  onDash(at, match) {
    const top = this.cur;
    if (!top || this.section !== "operative" && this.section !== "annex") return;
    const p = this.prevChar(at);
    const ch = p >= 0 ? this.clean.char(p) : "";
    const levels = top.levels ?? (top.levels = []);
    const open = top.open ?? (top.open = []);
    const inDashList = levels.length > 0 && levels[levels.length - 1].style === "dash";
    if (!(ch === ":" || inDashList && (ch === "," || ch === ";"))) return;
    const after = this.nextWord(at + match.length);
    if (after.word === "") return;
    if (inDashList) {
      levels.pop();
      open.pop();
    }
    const parent = open.length ? open[open.length - 1] : top;
    const count = (parent.dashCount ?? 0) + 1;
    parent.dashCount = count;
    const name = `(dash${count})`;
    const node = this.newNode("sub", `${parent.id}${name}`, name, at, at, at + match.length);
    node.label = match;
    node.labelSpan = { start: at, end: at + match.length };
    node.depth = parent.depth + 1;
    parent.children.push(node);
    levels.push({ style: "dash", value: count });
    open.push(node);
    this.items.push({ type: "para", node });
  }
  /** "I. Global context …": a roman section heading inside an annex or an operative part. */
  onRomanHeading(at, numeral) {
    if (this.section !== "annex" && this.section !== "operative") return;
    const v = romanValue(numeral.toLowerCase());
    const annex = this.annexes[this.annexes.length - 1];
    const expected = this.section === "annex" && annex ? annex.headings.filter((h) => /^[IVX]+\./.test(h.text)).length + 1 : this.romanHeading + 1;
    if (v !== expected) return;
    const b = this.boundary(at, false);
    const p = this.prevChar(at);
    const afterAnnexTitle = this.section === "annex" && annex && annex.top.length === 0;
    if (!b.ok && !afterAnnexTitle) return;
    void p;
    const rest = this.clean.slice(at, at + 400);
    const next = /\s(1?\d{1,2})\.(?=\s+[A-Z“"])/.exec(rest);
    if (!next || next[0].length > 400) return;
    const end = trimEnd(this.clean, at, at + next.index);
    if (end - at > 300) return;
    if (this.section === "operative") this.romanHeading = v;
    this.addHeading({ start: at, end });
    this.cur = void 0;
  }
  onWord(at, word) {
    if (word === "Annex" || word === "ANNEX") return this.onAnnex(at, word);
    if (this.section === "front" || this.section === "preamble") {
      const opening = this.openingPhrase(at, "preambular");
      if (opening) return this.onPreambular(at, opening);
      if (/^[A-Z]/.test(word) && this.operativeOpeningAt(at)) return this.onUnnumberedOperative(at);
    }
  }
  onPreambular(at, opening) {
    const b = this.boundary(at, !opening.generic);
    if (!b.ok) return;
    if (b.heading) this.addHeading(b.heading);
    const n = this.preamble.length + 1;
    const node = this.newNode("preambular", `PP${n}`, `PP${n}`, at, at, opening.end);
    node.opening = opening.text;
    this.pushTop(node);
    this.preamble.push(node);
    this.section = "preamble";
  }
  /** "The General Assembly Adopts the … Declaration": an operative paragraph with no number. */
  onUnnumberedOperative(at) {
    if (this.expectedOp !== 1) return;
    const b = this.boundary(at);
    if (!b.ok) return;
    const ahead = this.clean.slice(at, at + 600);
    if (/(?<![\w/.,\-–(])1\.\s+[a-z]/.test(ahead)) return;
    if (/[;,:]\s*1\.\s+[A-Z“"]/.test(ahead)) return;
    if (b.heading) this.addHeading(b.heading);
    const opening = this.openingPhrase(at, "operative");
    const node = this.newNode("operative", "OP1", "OP1", at, at, opening ? opening.end : at);
    node.opening = opening?.text;
    this.pushTop(node);
    this.operative.push(node);
    this.section = "operative";
    this.expectedOp = 2;
  }
  onAnnex(at, word) {
    if (this.section === "front") return;
    const p = this.prevChar(at);
    const ch = p >= 0 ? this.clean.char(p) : "";
    const last = this.items[this.items.length - 1];
    const afterStop = last && last.type === "stop" && !this.cur;
    if (!(ch === "." || ch === ";" || afterStop || p < this.front.bodyStart)) return;
    const tail = /^(\s+(?:[IVX]{1,5}|\d{1,2}|[A-Z])\b)?(?=\s+(?:[A-Z“"(]|\d{1,2}\.)|\s*$)/.exec(this.clean.slice(at + word.length, at + word.length + 12));
    if (!tail) return;
    const selEnd = at + word.length + (tail[1]?.length ?? 0);
    const name = ("Annex" + (tail[1] ? " " + tail[1].trim() : "")).replace(/^ANNEX/, "Annex");
    this.items.push({ type: "stop", at });
    this.cur = void 0;
    this.section = "annex";
    this.annexes.push({ name, start: at, selEnd, top: [], headings: [], expected: 1 });
  }
  // ---- opening phrases -------------------------------------------------------------------
  /**
   * The opening phrase starting at `at`, if the word there opens a paragraph of that kind:
   * "Recalling also", "Deeply concerned", "Taking note with appreciation", "Decides further".
   */
  openingPhrase(at, kind) {
    const c = this.clean;
    const first = this.nextWord(at);
    let w = stripQuote(first.word).replace(/[,;:.]$/, "");
    let end = first.at + first.word.replace(/[,;:.]$/, "").length;
    let phrase = w;
    let generic = false;
    if (kind === "preambular") {
      const fixed = PREAMBULAR_PHRASES.exec(c.slice(first.at, first.at + 40));
      if (fixed) return { text: fixed[0].replace(/\s+/g, " "), end: first.at + fixed[0].length };
    }
    if (QUALIFIERS.has(w)) {
      const second = this.nextWord(end);
      const head = capitalise(second.word.replace(/[^A-Za-z]/g, ""));
      const ok = kind === "preambular" ? isPreambularHead(head) || looksLikeParticiple(head) : OPERATIVE_VERBS.has(head);
      if (!ok) return void 0;
      phrase = `${w} ${second.word.replace(/[,;:.]$/, "")}`;
      end = second.at + second.word.replace(/[,;:.]$/, "").length;
      w = head;
    } else if (kind === "preambular") {
      if (!isPreambularHead(w)) {
        if (!looksLikeParticiple(w)) return void 0;
        const next = this.nextWord(end);
        if (!/^[a-z]/.test(next.word)) return void 0;
        if (/^[A-Z]/.test(this.nextWord(next.at + next.word.length).word) && !/^(?:the|its|their|all|that)$/.test(next.word)) return void 0;
        generic = true;
      }
    } else if (!OPERATIVE_VERBS.has(w)) {
      return end > first.at && /^[A-Z“"]/.test(first.word) ? { text: w, end } : void 0;
    }
    const cont = /^(?:,?\s+(?:also|further|again|once\s+again|with\s+(?:deep\s+|grave\s+|great\s+|serious\s+)?(?:appreciation|satisfaction|concern|regret|alarm)(?:\s+also)?|note(?:\s+(?:with\s+(?:appreciation|concern|satisfaction))?(?:\s+also)?(?:\s+of)?)?|into\s+account|into\s+consideration|in\s+mind|upon|on|for|under|by))+(?=[\s,]|$)/.exec(c.slice(end, end + 60));
    if (cont) {
      end += cont[0].replace(/\s+$/, "").length;
      phrase += " " + cont[0].replace(/^,?\s+/, "").replace(/\s+/g, " ");
    }
    return { text: phrase, end, generic };
  }
  // ---- building --------------------------------------------------------------------------
  newNode(kind, id, name, start, selStart, selEnd) {
    return { kind, id, name, start, selStart, selEnd, ownEnd: start, children: [], depth: 0 };
  }
  pushTop(node) {
    this.cur = node;
    this.items.push({ type: "para", node });
  }
  finish() {
    this.computeEnds();
    for (const list of [this.operative, ...this.annexes.map((a) => a.top)]) for (const p of list) dropRunInList(this.clean, p);
    const build = (n) => {
      const children = n.children.map(build);
      const end = Math.max(n.ownEnd, ...children.map((c) => c.span.end));
      const p = {
        kind: n.kind,
        id: n.id,
        name: n.name,
        span: { start: n.start, end },
        selection: { start: n.selStart, end: Math.min(Math.max(n.selEnd, n.selStart), end) },
        children
      };
      if (n.label !== void 0) p.label = n.label;
      if (n.labelSpan) p.labelSpan = n.labelSpan;
      if (n.opening) p.opening = n.opening;
      return p;
    };
    const annexes = this.annexes.map((a, i) => {
      const paragraphs = a.top.map(build);
      const nextStart = i + 1 < this.annexes.length ? this.annexes[i + 1].start : this.clean.length;
      const end = trimEnd(this.clean, a.start, nextStart);
      const firstInside = Math.min(paragraphs[0]?.span.start ?? end, a.headings[0]?.span.start ?? end);
      const subStart = skipBlank(this.clean, a.selEnd);
      const intro = SENTENCE_AFTER_TITLE.exec(this.clean.slice(subStart, firstInside));
      const subEnd = trimEnd(this.clean, subStart, intro ? subStart + intro.index + intro[1].length : firstInside);
      const annex = { name: a.name, index: i + 1, ...a.adopted ? { adopted: true } : {}, span: { start: a.start, end: Math.max(end, a.selEnd) }, selection: { start: a.start, end: a.selEnd }, paragraphs, headings: a.headings };
      if (subEnd > subStart) annex.subtitle = { text: this.clean.slice(subStart, subEnd).replace(/\s+/g, " "), span: { start: subStart, end: subEnd } };
      return annex;
    });
    return { preamble: this.preamble.map(build), operative: this.operative.map(build), headings: this.headings, closing: this.closing, annexes };
  }
  /** Each paragraph's own text runs to the next item; trailing blanks and markers excluded. */
  computeEnds() {
    const items = this.items;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.type !== "para") continue;
      let limit = this.clean.length;
      for (let j = i + 1; j < items.length; j++) {
        const nx = items[j];
        limit = nx.type === "para" ? Math.min(nx.node.start, nx.node.labelSpan?.start ?? nx.node.start) : nx.at;
        if (limit >= it.node.start) break;
      }
      it.node.ownEnd = this.contentEnd(it.node, limit);
    }
  }
  contentEnd(n, limit) {
    const c = this.clean;
    let e = trimEnd(c, n.start, Math.max(n.start, limit));
    if (n.labelSpan && n.labelSpan.start > n.selStart && n.labelSpan.end >= e) e = trimEnd(c, n.start, n.labelSpan.start);
    const tail = /([.;:,”"’)])\s+\d{1,3}$/.exec(c.slice(Math.max(n.start, e - 12), e));
    if (tail) e = trimEnd(c, n.start, e - tail[0].length + 1);
    while (e > n.start && isOpeningQuote(c.char(e - 1))) e = trimEnd(c, n.start, e - 1);
    return Math.max(e, Math.min(n.selEnd, limit));
  }
};
function levelIndex(levels, alphaDepth) {
  let seen = 0;
  for (let i = 0; i < levels.length; i++) {
    if (levels[i].style === "dash") continue;
    if (seen === alphaDepth) return i;
    seen++;
  }
  return levels.length;
}
function dropRunInList(clean, p) {
  const subs = p.children.filter((c) => !c.name.startsWith("(dash"));
  if (subs.length === 0) return;
  const last = subs[subs.length - 1];
  const firstWord = /^\s*\S+/.exec(clean.slice(last.labelSpan ? last.labelSpan.end : last.start, last.ownEnd))?.[0].trim() ?? "";
  if (OPERATIVE_VERBS.has(firstWord.replace(/[^A-Za-z]/g, ""))) return;
  const text = clean.slice(last.start, last.ownEnd);
  const m = /[;,]\s+and\s+([a-z]+)\b/g;
  for (let r; r = m.exec(text); ) {
    if (OPERATIVE_VERBS_LOWER.has(r[1])) {
      p.children = p.children.filter((c) => !subs.includes(c));
      p.ownEnd = Math.max(p.ownEnd, ...subs.map((c) => c.ownEnd));
      return;
    }
  }
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isOpeningQuote(ch) {
  return ch === "\u201C" || ch === '"' || ch === "\u2018";
}
function stripQuote(w) {
  return w.replace(/^[“"‘'(]+/, "");
}
function capitalise(w) {
  return w ? w[0].toUpperCase() + w.slice(1) : w;
}
function skipBlank(text, i) {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

// server/src/parser/parse.ts
function parse(text) {
  const front = parseFrontMatter(text);
  const furniture = findFurniture(text, front);
  const clean = new CleanText(text, furniture);
  const body = segment(text, clean, front);
  const model = { text, ...body, furniture };
  if (front.masthead) model.masthead = front.masthead;
  if (front.enactingFormula) model.enactingFormula = front.enactingFormula;
  return model;
}

// node_modules/vscode-languageserver-types/lib/esm/main.js
var DocumentUri;
(function(DocumentUri2) {
  function is(value) {
    return typeof value === "string";
  }
  DocumentUri2.is = is;
})(DocumentUri || (DocumentUri = {}));
var URI;
(function(URI2) {
  function is(value) {
    return typeof value === "string";
  }
  URI2.is = is;
})(URI || (URI = {}));
var integer;
(function(integer2) {
  integer2.MIN_VALUE = -2147483648;
  integer2.MAX_VALUE = 2147483647;
  function is(value) {
    return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
  }
  integer2.is = is;
})(integer || (integer = {}));
var uinteger;
(function(uinteger2) {
  uinteger2.MIN_VALUE = 0;
  uinteger2.MAX_VALUE = 2147483647;
  function is(value) {
    return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
  }
  uinteger2.is = is;
})(uinteger || (uinteger = {}));
var Position;
(function(Position2) {
  function create(line, character) {
    if (line === Number.MAX_VALUE) {
      line = uinteger.MAX_VALUE;
    }
    if (character === Number.MAX_VALUE) {
      character = uinteger.MAX_VALUE;
    }
    return { line, character };
  }
  Position2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
  }
  Position2.is = is;
})(Position || (Position = {}));
var Range;
(function(Range3) {
  function create(one, two, three, four) {
    if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
      return { start: Position.create(one, two), end: Position.create(three, four) };
    } else if (Position.is(one) && Position.is(two)) {
      return { start: one, end: two };
    } else {
      throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
    }
  }
  Range3.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
  }
  Range3.is = is;
})(Range || (Range = {}));
var Location;
(function(Location2) {
  function create(uri, range2) {
    return { uri, range: range2 };
  }
  Location2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
  }
  Location2.is = is;
})(Location || (Location = {}));
var LocationLink;
(function(LocationLink2) {
  function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
    return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
  }
  LocationLink2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
  }
  LocationLink2.is = is;
})(LocationLink || (LocationLink = {}));
var Color;
(function(Color2) {
  function create(red, green, blue, alpha) {
    return {
      red,
      green,
      blue,
      alpha
    };
  }
  Color2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
  }
  Color2.is = is;
})(Color || (Color = {}));
var ColorInformation;
(function(ColorInformation2) {
  function create(range2, color) {
    return {
      range: range2,
      color
    };
  }
  ColorInformation2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
  }
  ColorInformation2.is = is;
})(ColorInformation || (ColorInformation = {}));
var ColorPresentation;
(function(ColorPresentation2) {
  function create(label, textEdit, additionalTextEdits) {
    return {
      label,
      textEdit,
      additionalTextEdits
    };
  }
  ColorPresentation2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
  }
  ColorPresentation2.is = is;
})(ColorPresentation || (ColorPresentation = {}));
var FoldingRangeKind;
(function(FoldingRangeKind2) {
  FoldingRangeKind2.Comment = "comment";
  FoldingRangeKind2.Imports = "imports";
  FoldingRangeKind2.Region = "region";
})(FoldingRangeKind || (FoldingRangeKind = {}));
var FoldingRange;
(function(FoldingRange2) {
  function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
    const result = {
      startLine,
      endLine
    };
    if (Is.defined(startCharacter)) {
      result.startCharacter = startCharacter;
    }
    if (Is.defined(endCharacter)) {
      result.endCharacter = endCharacter;
    }
    if (Is.defined(kind)) {
      result.kind = kind;
    }
    if (Is.defined(collapsedText)) {
      result.collapsedText = collapsedText;
    }
    return result;
  }
  FoldingRange2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
  }
  FoldingRange2.is = is;
})(FoldingRange || (FoldingRange = {}));
var DiagnosticRelatedInformation;
(function(DiagnosticRelatedInformation2) {
  function create(location, message) {
    return {
      location,
      message
    };
  }
  DiagnosticRelatedInformation2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
  }
  DiagnosticRelatedInformation2.is = is;
})(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
var DiagnosticSeverity;
(function(DiagnosticSeverity2) {
  DiagnosticSeverity2.Error = 1;
  DiagnosticSeverity2.Warning = 2;
  DiagnosticSeverity2.Information = 3;
  DiagnosticSeverity2.Hint = 4;
})(DiagnosticSeverity || (DiagnosticSeverity = {}));
var DiagnosticTag;
(function(DiagnosticTag2) {
  DiagnosticTag2.Unnecessary = 1;
  DiagnosticTag2.Deprecated = 2;
})(DiagnosticTag || (DiagnosticTag = {}));
var CodeDescription;
(function(CodeDescription2) {
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.string(candidate.href);
  }
  CodeDescription2.is = is;
})(CodeDescription || (CodeDescription = {}));
var Diagnostic;
(function(Diagnostic2) {
  function create(range2, message, severity, code, source, relatedInformation) {
    const result = { range: range2, message };
    if (Is.defined(severity)) {
      result.severity = severity;
    }
    if (Is.defined(code)) {
      result.code = code;
    }
    if (Is.defined(source)) {
      result.source = source;
    }
    if (Is.defined(relatedInformation)) {
      result.relatedInformation = relatedInformation;
    }
    return result;
  }
  Diagnostic2.create = create;
  function is(value) {
    var _a;
    const candidate = value;
    return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
  }
  Diagnostic2.is = is;
  function is3_17(value) {
    return Is.string(value.message);
  }
  Diagnostic2.is3_17 = is3_17;
  function getMessageString(diagnostic) {
    if (Is.string(diagnostic.message)) {
      return diagnostic.message;
    } else if (MarkupContent.is(diagnostic.message)) {
      return diagnostic.message.value;
    } else {
      throw new Error(`Unknown message type ${typeof diagnostic.message}`);
    }
  }
  Diagnostic2.getMessageString = getMessageString;
})(Diagnostic || (Diagnostic = {}));
var Command;
(function(Command2) {
  function create(title, command, ...args) {
    const result = { title, command };
    if (Is.defined(args) && args.length > 0) {
      result.arguments = args;
    }
    return result;
  }
  Command2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
  }
  Command2.is = is;
})(Command || (Command = {}));
var TextEdit;
(function(TextEdit2) {
  function replace(range2, newText) {
    return { range: range2, newText };
  }
  TextEdit2.replace = replace;
  function insert(position, newText) {
    return { range: { start: position, end: position }, newText };
  }
  TextEdit2.insert = insert;
  function del(range2) {
    return { range: range2, newText: "" };
  }
  TextEdit2.del = del;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
  }
  TextEdit2.is = is;
})(TextEdit || (TextEdit = {}));
var ChangeAnnotation;
(function(ChangeAnnotation2) {
  function create(label, needsConfirmation, description) {
    const result = { label };
    if (needsConfirmation !== void 0) {
      result.needsConfirmation = needsConfirmation;
    }
    if (description !== void 0) {
      result.description = description;
    }
    return result;
  }
  ChangeAnnotation2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
  }
  ChangeAnnotation2.is = is;
})(ChangeAnnotation || (ChangeAnnotation = {}));
var ChangeAnnotationIdentifier;
(function(ChangeAnnotationIdentifier2) {
  function is(value) {
    const candidate = value;
    return Is.string(candidate);
  }
  ChangeAnnotationIdentifier2.is = is;
})(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
var AnnotatedTextEdit;
(function(AnnotatedTextEdit2) {
  function replace(range2, newText, annotation) {
    return { range: range2, newText, annotationId: annotation };
  }
  AnnotatedTextEdit2.replace = replace;
  function insert(position, newText, annotation) {
    return { range: { start: position, end: position }, newText, annotationId: annotation };
  }
  AnnotatedTextEdit2.insert = insert;
  function del(range2, annotation) {
    return { range: range2, newText: "", annotationId: annotation };
  }
  AnnotatedTextEdit2.del = del;
  function is(value) {
    const candidate = value;
    return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
  }
  AnnotatedTextEdit2.is = is;
})(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
var TextDocumentEdit;
(function(TextDocumentEdit2) {
  function create(textDocument, edits) {
    return { textDocument, edits };
  }
  TextDocumentEdit2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
  }
  TextDocumentEdit2.is = is;
})(TextDocumentEdit || (TextDocumentEdit = {}));
var CreateFile;
(function(CreateFile2) {
  function create(uri, options, annotation) {
    const result = {
      kind: "create",
      uri
    };
    if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
      result.options = options;
    }
    if (annotation !== void 0) {
      result.annotationId = annotation;
    }
    return result;
  }
  CreateFile2.create = create;
  function is(value) {
    const candidate = value;
    return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
  }
  CreateFile2.is = is;
})(CreateFile || (CreateFile = {}));
var RenameFile;
(function(RenameFile2) {
  function create(oldUri, newUri, options, annotation) {
    const result = {
      kind: "rename",
      oldUri,
      newUri
    };
    if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
      result.options = options;
    }
    if (annotation !== void 0) {
      result.annotationId = annotation;
    }
    return result;
  }
  RenameFile2.create = create;
  function is(value) {
    const candidate = value;
    return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
  }
  RenameFile2.is = is;
})(RenameFile || (RenameFile = {}));
var DeleteFile;
(function(DeleteFile2) {
  function create(uri, options, annotation) {
    const result = {
      kind: "delete",
      uri
    };
    if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
      result.options = options;
    }
    if (annotation !== void 0) {
      result.annotationId = annotation;
    }
    return result;
  }
  DeleteFile2.create = create;
  function is(value) {
    const candidate = value;
    return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
  }
  DeleteFile2.is = is;
})(DeleteFile || (DeleteFile = {}));
var WorkspaceEdit;
(function(WorkspaceEdit2) {
  function is(value) {
    const candidate = value;
    return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
      if (Is.string(change.kind)) {
        return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
      } else {
        return TextDocumentEdit.is(change);
      }
    }));
  }
  WorkspaceEdit2.is = is;
})(WorkspaceEdit || (WorkspaceEdit = {}));
var SnippetTextEdit;
(function(SnippetTextEdit2) {
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
  }
  SnippetTextEdit2.is = is;
})(SnippetTextEdit || (SnippetTextEdit = {}));
var TextDocumentIdentifier;
(function(TextDocumentIdentifier2) {
  function create(uri) {
    return { uri };
  }
  TextDocumentIdentifier2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Is.string(candidate.uri);
  }
  TextDocumentIdentifier2.is = is;
})(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
var VersionedTextDocumentIdentifier;
(function(VersionedTextDocumentIdentifier2) {
  function create(uri, version) {
    return { uri, version };
  }
  VersionedTextDocumentIdentifier2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
  }
  VersionedTextDocumentIdentifier2.is = is;
})(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
var OptionalVersionedTextDocumentIdentifier;
(function(OptionalVersionedTextDocumentIdentifier2) {
  function create(uri, version) {
    return { uri, version };
  }
  OptionalVersionedTextDocumentIdentifier2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
  }
  OptionalVersionedTextDocumentIdentifier2.is = is;
})(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
var LanguageKind;
(function(LanguageKind2) {
  LanguageKind2.ABAP = "abap";
  LanguageKind2.WindowsBat = "bat";
  LanguageKind2.BibTeX = "bibtex";
  LanguageKind2.Clojure = "clojure";
  LanguageKind2.Coffeescript = "coffeescript";
  LanguageKind2.C = "c";
  LanguageKind2.CPP = "cpp";
  LanguageKind2.CSharp = "csharp";
  LanguageKind2.CSS = "css";
  LanguageKind2.D = "d";
  LanguageKind2.Delphi = "pascal";
  LanguageKind2.Diff = "diff";
  LanguageKind2.Dart = "dart";
  LanguageKind2.Dockerfile = "dockerfile";
  LanguageKind2.Elixir = "elixir";
  LanguageKind2.Erlang = "erlang";
  LanguageKind2.FSharp = "fsharp";
  LanguageKind2.GitCommit = "git-commit";
  LanguageKind2.GitRebase = "git-rebase";
  LanguageKind2.Go = "go";
  LanguageKind2.Groovy = "groovy";
  LanguageKind2.Handlebars = "handlebars";
  LanguageKind2.Haskell = "haskell";
  LanguageKind2.HTML = "html";
  LanguageKind2.Ini = "ini";
  LanguageKind2.Java = "java";
  LanguageKind2.JavaScript = "javascript";
  LanguageKind2.JavaScriptReact = "javascriptreact";
  LanguageKind2.JSON = "json";
  LanguageKind2.LaTeX = "latex";
  LanguageKind2.Less = "less";
  LanguageKind2.Lua = "lua";
  LanguageKind2.Makefile = "makefile";
  LanguageKind2.Markdown = "markdown";
  LanguageKind2.ObjectiveC = "objective-c";
  LanguageKind2.ObjectiveCPP = "objective-cpp";
  LanguageKind2.Pascal = "pascal";
  LanguageKind2.Perl = "perl";
  LanguageKind2.Perl6 = "perl6";
  LanguageKind2.PHP = "php";
  LanguageKind2.Plaintext = "plaintext";
  LanguageKind2.Powershell = "powershell";
  LanguageKind2.Pug = "jade";
  LanguageKind2.Python = "python";
  LanguageKind2.R = "r";
  LanguageKind2.Razor = "razor";
  LanguageKind2.Ruby = "ruby";
  LanguageKind2.Rust = "rust";
  LanguageKind2.SCSS = "scss";
  LanguageKind2.SASS = "sass";
  LanguageKind2.Scala = "scala";
  LanguageKind2.ShaderLab = "shaderlab";
  LanguageKind2.ShellScript = "shellscript";
  LanguageKind2.SQL = "sql";
  LanguageKind2.Swift = "swift";
  LanguageKind2.TypeScript = "typescript";
  LanguageKind2.TypeScriptReact = "typescriptreact";
  LanguageKind2.TeX = "tex";
  LanguageKind2.VisualBasic = "vb";
  LanguageKind2.XML = "xml";
  LanguageKind2.XSL = "xsl";
  LanguageKind2.YAML = "yaml";
})(LanguageKind || (LanguageKind = {}));
var TextDocumentItem;
(function(TextDocumentItem2) {
  function create(uri, languageId, version, text) {
    return { uri, languageId, version, text };
  }
  TextDocumentItem2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
  }
  TextDocumentItem2.is = is;
})(TextDocumentItem || (TextDocumentItem = {}));
var MarkupKind;
(function(MarkupKind2) {
  MarkupKind2.PlainText = "plaintext";
  MarkupKind2.Markdown = "markdown";
  function is(value) {
    const candidate = value;
    return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
  }
  MarkupKind2.is = is;
})(MarkupKind || (MarkupKind = {}));
var MarkupContent;
(function(MarkupContent2) {
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
  }
  MarkupContent2.is = is;
})(MarkupContent || (MarkupContent = {}));
var CompletionItemKind;
(function(CompletionItemKind2) {
  CompletionItemKind2.Text = 1;
  CompletionItemKind2.Method = 2;
  CompletionItemKind2.Function = 3;
  CompletionItemKind2.Constructor = 4;
  CompletionItemKind2.Field = 5;
  CompletionItemKind2.Variable = 6;
  CompletionItemKind2.Class = 7;
  CompletionItemKind2.Interface = 8;
  CompletionItemKind2.Module = 9;
  CompletionItemKind2.Property = 10;
  CompletionItemKind2.Unit = 11;
  CompletionItemKind2.Value = 12;
  CompletionItemKind2.Enum = 13;
  CompletionItemKind2.Keyword = 14;
  CompletionItemKind2.Snippet = 15;
  CompletionItemKind2.Color = 16;
  CompletionItemKind2.File = 17;
  CompletionItemKind2.Reference = 18;
  CompletionItemKind2.Folder = 19;
  CompletionItemKind2.EnumMember = 20;
  CompletionItemKind2.Constant = 21;
  CompletionItemKind2.Struct = 22;
  CompletionItemKind2.Event = 23;
  CompletionItemKind2.Operator = 24;
  CompletionItemKind2.TypeParameter = 25;
})(CompletionItemKind || (CompletionItemKind = {}));
var InsertTextFormat;
(function(InsertTextFormat2) {
  InsertTextFormat2.PlainText = 1;
  InsertTextFormat2.Snippet = 2;
})(InsertTextFormat || (InsertTextFormat = {}));
var CompletionItemTag;
(function(CompletionItemTag2) {
  CompletionItemTag2.Deprecated = 1;
})(CompletionItemTag || (CompletionItemTag = {}));
var InsertReplaceEdit;
(function(InsertReplaceEdit2) {
  function create(newText, insert, replace) {
    return { newText, insert, replace };
  }
  InsertReplaceEdit2.create = create;
  function is(value) {
    const candidate = value;
    return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
  }
  InsertReplaceEdit2.is = is;
})(InsertReplaceEdit || (InsertReplaceEdit = {}));
var InsertTextMode;
(function(InsertTextMode2) {
  InsertTextMode2.asIs = 1;
  InsertTextMode2.adjustIndentation = 2;
})(InsertTextMode || (InsertTextMode = {}));
var ApplyKind;
(function(ApplyKind2) {
  ApplyKind2.Replace = 1;
  ApplyKind2.Merge = 2;
})(ApplyKind || (ApplyKind = {}));
var CompletionItemLabelDetails;
(function(CompletionItemLabelDetails2) {
  function is(value) {
    const candidate = value;
    return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
  }
  CompletionItemLabelDetails2.is = is;
})(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
var CompletionItem;
(function(CompletionItem2) {
  function create(label) {
    return { label };
  }
  CompletionItem2.create = create;
})(CompletionItem || (CompletionItem = {}));
var CompletionList;
(function(CompletionList2) {
  function create(items, isIncomplete) {
    return { items: items ? items : [], isIncomplete: !!isIncomplete };
  }
  CompletionList2.create = create;
})(CompletionList || (CompletionList = {}));
var MarkedString;
(function(MarkedString2) {
  function fromPlainText(plainText) {
    return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
  }
  MarkedString2.fromPlainText = fromPlainText;
  function is(value) {
    const candidate = value;
    return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
  }
  MarkedString2.is = is;
})(MarkedString || (MarkedString = {}));
var Hover;
(function(Hover2) {
  function is(value) {
    const candidate = value;
    return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
  }
  Hover2.is = is;
})(Hover || (Hover = {}));
var ParameterInformation;
(function(ParameterInformation2) {
  function create(label, documentation) {
    return documentation ? { label, documentation } : { label };
  }
  ParameterInformation2.create = create;
})(ParameterInformation || (ParameterInformation = {}));
var SignatureInformation;
(function(SignatureInformation2) {
  function create(label, documentation, ...parameters) {
    const result = { label };
    if (Is.defined(documentation)) {
      result.documentation = documentation;
    }
    if (Is.defined(parameters)) {
      result.parameters = parameters;
    } else {
      result.parameters = [];
    }
    return result;
  }
  SignatureInformation2.create = create;
})(SignatureInformation || (SignatureInformation = {}));
var DocumentHighlightKind;
(function(DocumentHighlightKind2) {
  DocumentHighlightKind2.Text = 1;
  DocumentHighlightKind2.Read = 2;
  DocumentHighlightKind2.Write = 3;
})(DocumentHighlightKind || (DocumentHighlightKind = {}));
var DocumentHighlight;
(function(DocumentHighlight2) {
  function create(range2, kind) {
    const result = { range: range2 };
    if (Is.number(kind)) {
      result.kind = kind;
    }
    return result;
  }
  DocumentHighlight2.create = create;
})(DocumentHighlight || (DocumentHighlight = {}));
var SymbolKind;
(function(SymbolKind2) {
  SymbolKind2.File = 1;
  SymbolKind2.Module = 2;
  SymbolKind2.Namespace = 3;
  SymbolKind2.Package = 4;
  SymbolKind2.Class = 5;
  SymbolKind2.Method = 6;
  SymbolKind2.Property = 7;
  SymbolKind2.Field = 8;
  SymbolKind2.Constructor = 9;
  SymbolKind2.Enum = 10;
  SymbolKind2.Interface = 11;
  SymbolKind2.Function = 12;
  SymbolKind2.Variable = 13;
  SymbolKind2.Constant = 14;
  SymbolKind2.String = 15;
  SymbolKind2.Number = 16;
  SymbolKind2.Boolean = 17;
  SymbolKind2.Array = 18;
  SymbolKind2.Object = 19;
  SymbolKind2.Key = 20;
  SymbolKind2.Null = 21;
  SymbolKind2.EnumMember = 22;
  SymbolKind2.Struct = 23;
  SymbolKind2.Event = 24;
  SymbolKind2.Operator = 25;
  SymbolKind2.TypeParameter = 26;
})(SymbolKind || (SymbolKind = {}));
var SymbolTag;
(function(SymbolTag2) {
  SymbolTag2.Deprecated = 1;
})(SymbolTag || (SymbolTag = {}));
var SymbolInformation;
(function(SymbolInformation2) {
  function create(name, kind, range2, uri, containerName) {
    const result = {
      name,
      kind,
      location: { uri, range: range2 }
    };
    if (containerName) {
      result.containerName = containerName;
    }
    return result;
  }
  SymbolInformation2.create = create;
})(SymbolInformation || (SymbolInformation = {}));
var WorkspaceSymbol;
(function(WorkspaceSymbol2) {
  function create(name, kind, uri, range2) {
    return range2 !== void 0 ? { name, kind, location: { uri, range: range2 } } : { name, kind, location: { uri } };
  }
  WorkspaceSymbol2.create = create;
})(WorkspaceSymbol || (WorkspaceSymbol = {}));
var DocumentSymbol;
(function(DocumentSymbol3) {
  function create(name, detail, kind, range2, selectionRange, children) {
    const result = {
      name,
      detail,
      kind,
      range: range2,
      selectionRange
    };
    if (children !== void 0) {
      result.children = children;
    }
    return result;
  }
  DocumentSymbol3.create = create;
  function is(value) {
    const candidate = value;
    return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
  }
  DocumentSymbol3.is = is;
})(DocumentSymbol || (DocumentSymbol = {}));
var CodeActionKind;
(function(CodeActionKind2) {
  CodeActionKind2.Empty = "";
  CodeActionKind2.QuickFix = "quickfix";
  CodeActionKind2.Refactor = "refactor";
  CodeActionKind2.RefactorExtract = "refactor.extract";
  CodeActionKind2.RefactorInline = "refactor.inline";
  CodeActionKind2.RefactorMove = "refactor.move";
  CodeActionKind2.RefactorRewrite = "refactor.rewrite";
  CodeActionKind2.Source = "source";
  CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
  CodeActionKind2.SourceFixAll = "source.fixAll";
  CodeActionKind2.Notebook = "notebook";
})(CodeActionKind || (CodeActionKind = {}));
var CodeActionTriggerKind;
(function(CodeActionTriggerKind2) {
  CodeActionTriggerKind2.Invoked = 1;
  CodeActionTriggerKind2.Automatic = 2;
})(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
var CodeActionContext;
(function(CodeActionContext2) {
  function create(diagnostics, only, triggerKind) {
    const result = { diagnostics };
    if (only !== void 0 && only !== null) {
      result.only = only;
    }
    if (triggerKind !== void 0 && triggerKind !== null) {
      result.triggerKind = triggerKind;
    }
    return result;
  }
  CodeActionContext2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
  }
  CodeActionContext2.is = is;
})(CodeActionContext || (CodeActionContext = {}));
var CodeActionTag;
(function(CodeActionTag2) {
  CodeActionTag2.LLMGenerated = 1;
  function is(value) {
    return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
  }
  CodeActionTag2.is = is;
})(CodeActionTag || (CodeActionTag = {}));
var CodeAction;
(function(CodeAction2) {
  function create(title, kindOrCommandOrEdit, kind) {
    const result = { title };
    let checkKind = true;
    if (typeof kindOrCommandOrEdit === "string") {
      checkKind = false;
      result.kind = kindOrCommandOrEdit;
    } else if (Command.is(kindOrCommandOrEdit)) {
      result.command = kindOrCommandOrEdit;
    } else {
      result.edit = kindOrCommandOrEdit;
    }
    if (checkKind && kind !== void 0) {
      result.kind = kind;
    }
    return result;
  }
  CodeAction2.create = create;
  function is(value) {
    const candidate = value;
    return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
  }
  CodeAction2.is = is;
})(CodeAction || (CodeAction = {}));
var CodeLens;
(function(CodeLens2) {
  function create(range2, data) {
    const result = { range: range2 };
    if (Is.defined(data)) {
      result.data = data;
    }
    return result;
  }
  CodeLens2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
  }
  CodeLens2.is = is;
})(CodeLens || (CodeLens = {}));
var FormattingOptions;
(function(FormattingOptions2) {
  function create(tabSize, insertSpaces) {
    return { tabSize, insertSpaces };
  }
  FormattingOptions2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
  }
  FormattingOptions2.is = is;
})(FormattingOptions || (FormattingOptions = {}));
var DocumentLink;
(function(DocumentLink2) {
  function create(range2, target, data) {
    return { range: range2, target, data };
  }
  DocumentLink2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
  }
  DocumentLink2.is = is;
})(DocumentLink || (DocumentLink = {}));
var SelectionRange;
(function(SelectionRange2) {
  function create(range2, parent) {
    return { range: range2, parent };
  }
  SelectionRange2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
  }
  SelectionRange2.is = is;
})(SelectionRange || (SelectionRange = {}));
var SemanticTokenTypes;
(function(SemanticTokenTypes2) {
  SemanticTokenTypes2["namespace"] = "namespace";
  SemanticTokenTypes2["type"] = "type";
  SemanticTokenTypes2["class"] = "class";
  SemanticTokenTypes2["enum"] = "enum";
  SemanticTokenTypes2["interface"] = "interface";
  SemanticTokenTypes2["struct"] = "struct";
  SemanticTokenTypes2["typeParameter"] = "typeParameter";
  SemanticTokenTypes2["parameter"] = "parameter";
  SemanticTokenTypes2["variable"] = "variable";
  SemanticTokenTypes2["property"] = "property";
  SemanticTokenTypes2["enumMember"] = "enumMember";
  SemanticTokenTypes2["event"] = "event";
  SemanticTokenTypes2["function"] = "function";
  SemanticTokenTypes2["method"] = "method";
  SemanticTokenTypes2["macro"] = "macro";
  SemanticTokenTypes2["keyword"] = "keyword";
  SemanticTokenTypes2["modifier"] = "modifier";
  SemanticTokenTypes2["comment"] = "comment";
  SemanticTokenTypes2["string"] = "string";
  SemanticTokenTypes2["number"] = "number";
  SemanticTokenTypes2["regexp"] = "regexp";
  SemanticTokenTypes2["operator"] = "operator";
  SemanticTokenTypes2["decorator"] = "decorator";
  SemanticTokenTypes2["label"] = "label";
})(SemanticTokenTypes || (SemanticTokenTypes = {}));
var SemanticTokenModifiers;
(function(SemanticTokenModifiers2) {
  SemanticTokenModifiers2["declaration"] = "declaration";
  SemanticTokenModifiers2["definition"] = "definition";
  SemanticTokenModifiers2["readonly"] = "readonly";
  SemanticTokenModifiers2["static"] = "static";
  SemanticTokenModifiers2["deprecated"] = "deprecated";
  SemanticTokenModifiers2["abstract"] = "abstract";
  SemanticTokenModifiers2["async"] = "async";
  SemanticTokenModifiers2["modification"] = "modification";
  SemanticTokenModifiers2["documentation"] = "documentation";
  SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
})(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
var SemanticTokens;
(function(SemanticTokens2) {
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
  }
  SemanticTokens2.is = is;
})(SemanticTokens || (SemanticTokens = {}));
var InlineValueText;
(function(InlineValueText2) {
  function create(range2, text) {
    return { range: range2, text };
  }
  InlineValueText2.create = create;
  function is(value) {
    const candidate = value;
    return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
  }
  InlineValueText2.is = is;
})(InlineValueText || (InlineValueText = {}));
var InlineValueVariableLookup;
(function(InlineValueVariableLookup2) {
  function create(range2, variableName, caseSensitiveLookup) {
    return { range: range2, variableName, caseSensitiveLookup };
  }
  InlineValueVariableLookup2.create = create;
  function is(value) {
    const candidate = value;
    return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
  }
  InlineValueVariableLookup2.is = is;
})(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
var InlineValueEvaluatableExpression;
(function(InlineValueEvaluatableExpression2) {
  function create(range2, expression) {
    return { range: range2, expression };
  }
  InlineValueEvaluatableExpression2.create = create;
  function is(value) {
    const candidate = value;
    return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
  }
  InlineValueEvaluatableExpression2.is = is;
})(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
var InlineValueContext;
(function(InlineValueContext2) {
  function create(frameId, stoppedLocation) {
    return { frameId, stoppedLocation };
  }
  InlineValueContext2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Range.is(value.stoppedLocation);
  }
  InlineValueContext2.is = is;
})(InlineValueContext || (InlineValueContext = {}));
var InlayHintKind;
(function(InlayHintKind2) {
  InlayHintKind2.Type = 1;
  InlayHintKind2.Parameter = 2;
  function is(value) {
    return value === 1 || value === 2;
  }
  InlayHintKind2.is = is;
})(InlayHintKind || (InlayHintKind = {}));
var InlayHintLabelPart;
(function(InlayHintLabelPart2) {
  function create(value) {
    return { value };
  }
  InlayHintLabelPart2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
  }
  InlayHintLabelPart2.is = is;
})(InlayHintLabelPart || (InlayHintLabelPart = {}));
var InlayHint;
(function(InlayHint2) {
  function create(position, label, kind) {
    const result = { position, label };
    if (kind !== void 0) {
      result.kind = kind;
    }
    return result;
  }
  InlayHint2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
  }
  InlayHint2.is = is;
})(InlayHint || (InlayHint = {}));
var StringValue;
(function(StringValue2) {
  function createSnippet(value) {
    return { kind: "snippet", value };
  }
  StringValue2.createSnippet = createSnippet;
  function isSnippet(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
  }
  StringValue2.isSnippet = isSnippet;
})(StringValue || (StringValue = {}));
var InlineCompletionItem;
(function(InlineCompletionItem2) {
  function create(insertText, filterText, range2, command) {
    return { insertText, filterText, range: range2, command };
  }
  InlineCompletionItem2.create = create;
})(InlineCompletionItem || (InlineCompletionItem = {}));
var InlineCompletionList;
(function(InlineCompletionList2) {
  function create(items) {
    return { items };
  }
  InlineCompletionList2.create = create;
})(InlineCompletionList || (InlineCompletionList = {}));
var InlineCompletionTriggerKind;
(function(InlineCompletionTriggerKind2) {
  InlineCompletionTriggerKind2.Invoked = 1;
  InlineCompletionTriggerKind2.Automatic = 2;
})(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
var SelectedCompletionInfo;
(function(SelectedCompletionInfo2) {
  function create(range2, text) {
    return { range: range2, text };
  }
  SelectedCompletionInfo2.create = create;
})(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
var InlineCompletionContext;
(function(InlineCompletionContext2) {
  function create(triggerKind, selectedCompletionInfo) {
    return { triggerKind, selectedCompletionInfo };
  }
  InlineCompletionContext2.create = create;
})(InlineCompletionContext || (InlineCompletionContext = {}));
var WorkspaceFolder;
(function(WorkspaceFolder2) {
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
  }
  WorkspaceFolder2.is = is;
})(WorkspaceFolder || (WorkspaceFolder = {}));
var TextDocument;
(function(TextDocument3) {
  function create(uri, languageId, version, content) {
    return new FullTextDocument(uri, languageId, version, content);
  }
  TextDocument3.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
  }
  TextDocument3.is = is;
  function applyEdits(document, edits) {
    let text = document.getText();
    const sortedEdits = mergeSort2(edits, (a, b) => {
      const diff = a.range.start.line - b.range.start.line;
      if (diff === 0) {
        return a.range.start.character - b.range.start.character;
      }
      return diff;
    });
    let lastModifiedOffset = text.length;
    for (let i = sortedEdits.length - 1; i >= 0; i--) {
      const e = sortedEdits[i];
      const startOffset = document.offsetAt(e.range.start);
      const endOffset = document.offsetAt(e.range.end);
      if (endOffset <= lastModifiedOffset) {
        text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
      } else {
        throw new Error("Overlapping edit");
      }
      lastModifiedOffset = startOffset;
    }
    return text;
  }
  TextDocument3.applyEdits = applyEdits;
  function mergeSort2(data, compare) {
    if (data.length <= 1) {
      return data;
    }
    const p = data.length / 2 | 0;
    const left = data.slice(0, p);
    const right = data.slice(p);
    mergeSort2(left, compare);
    mergeSort2(right, compare);
    let leftIdx = 0;
    let rightIdx = 0;
    let i = 0;
    while (leftIdx < left.length && rightIdx < right.length) {
      const ret = compare(left[leftIdx], right[rightIdx]);
      if (ret <= 0) {
        data[i++] = left[leftIdx++];
      } else {
        data[i++] = right[rightIdx++];
      }
    }
    while (leftIdx < left.length) {
      data[i++] = left[leftIdx++];
    }
    while (rightIdx < right.length) {
      data[i++] = right[rightIdx++];
    }
    return data;
  }
})(TextDocument || (TextDocument = {}));
var FullTextDocument = class {
  constructor(uri, languageId, version, content) {
    this._uri = uri;
    this._languageId = languageId;
    this._version = version;
    this._content = content;
    this._lineOffsets = void 0;
  }
  get uri() {
    return this._uri;
  }
  get languageId() {
    return this._languageId;
  }
  get version() {
    return this._version;
  }
  getText(range2) {
    if (range2) {
      const start = this.offsetAt(range2.start);
      const end = this.offsetAt(range2.end);
      return this._content.substring(start, end);
    }
    return this._content;
  }
  update(event, version) {
    this._content = event.text;
    this._version = version;
    this._lineOffsets = void 0;
  }
  getLineOffsets() {
    if (this._lineOffsets === void 0) {
      const lineOffsets = [];
      const text = this._content;
      let isLineStart = true;
      for (let i = 0; i < text.length; i++) {
        if (isLineStart) {
          lineOffsets.push(i);
          isLineStart = false;
        }
        const ch = text.charAt(i);
        isLineStart = ch === "\r" || ch === "\n";
        if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
          i++;
        }
      }
      if (isLineStart && text.length > 0) {
        lineOffsets.push(text.length);
      }
      this._lineOffsets = lineOffsets;
    }
    return this._lineOffsets;
  }
  positionAt(offset) {
    offset = Math.max(Math.min(offset, this._content.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0, high = lineOffsets.length;
    if (high === 0) {
      return Position.create(0, offset);
    }
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    const line = low - 1;
    return Position.create(line, offset - lineOffsets[line]);
  }
  offsetAt(position) {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) {
      return this._content.length;
    } else if (position.line < 0) {
      return 0;
    }
    const lineOffset = lineOffsets[position.line];
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
    return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }
  get lineCount() {
    return this.getLineOffsets().length;
  }
};
var Is;
(function(Is2) {
  const toString = Object.prototype.toString;
  function defined(value) {
    return typeof value !== "undefined";
  }
  Is2.defined = defined;
  function undefined2(value) {
    return typeof value === "undefined";
  }
  Is2.undefined = undefined2;
  function boolean(value) {
    return value === true || value === false;
  }
  Is2.boolean = boolean;
  function string(value) {
    return toString.call(value) === "[object String]";
  }
  Is2.string = string;
  function number(value) {
    return toString.call(value) === "[object Number]";
  }
  Is2.number = number;
  function numberRange(value, min, max) {
    return toString.call(value) === "[object Number]" && min <= value && value <= max;
  }
  Is2.numberRange = numberRange;
  function integer2(value) {
    return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
  }
  Is2.integer = integer2;
  function uinteger2(value) {
    return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
  }
  Is2.uinteger = uinteger2;
  function func(value) {
    return toString.call(value) === "[object Function]";
  }
  Is2.func = func;
  function objectLiteral(value) {
    return value !== null && typeof value === "object";
  }
  Is2.objectLiteral = objectLiteral;
  function typedArray(value, check) {
    return Array.isArray(value) && value.every(check);
  }
  Is2.typedArray = typedArray;
})(Is || (Is = {}));

// server/src/parser/text.ts
function openingWords(text, p, maxChars = 72) {
  let start = p.span.start;
  if (p.labelSpan && p.labelSpan.start <= start + 1) start = Math.max(start, p.labelSpan.end);
  const end = Math.min(p.span.end, start + maxChars * 3);
  const flat = text.slice(start, end).replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars && end === p.span.end) return flat;
  const cut = flat.slice(0, maxChars);
  const space = cut.lastIndexOf(" ");
  return (space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, "") + "\u2026";
}

// server/src/service/languageFeatures/documentSymbols.ts
var range = (doc, s) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
function group(doc, name, kind, span, children, detail) {
  const r = range(doc, span);
  return { name, detail, kind, range: r, selectionRange: { start: r.start, end: r.start }, children };
}
function paragraphSymbol(doc, text, p) {
  return {
    name: p.name,
    detail: openingWords(text, p),
    kind: p.kind === "sub" ? SymbolKind.EnumMember : p.kind === "preambular" ? SymbolKind.Field : SymbolKind.Method,
    range: range(doc, p.span),
    selectionRange: range(doc, p.selection),
    children: p.children.map((c) => paragraphSymbol(doc, text, c))
  };
}
function withHeadings(doc, text, paragraphs, headings, end) {
  const out = [];
  let h = 0;
  let current;
  const flush = () => {
    if (!current) return;
    const last = current.children[current.children.length - 1];
    const span = { start: current.heading.span.start, end: last ? last.span.end : current.heading.span.end };
    const sym = group(doc, current.heading.text, SymbolKind.Namespace, span, current.children.map((c) => paragraphSymbol(doc, text, c)));
    sym.selectionRange = range(doc, current.heading.span);
    out.push(sym);
    current = void 0;
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
function annexSymbol(doc, text, a) {
  const sym = group(doc, a.name, SymbolKind.Module, a.span, withHeadings(doc, text, a.paragraphs, a.headings, a.span.end), a.subtitle?.text);
  sym.selectionRange = range(doc, a.selection);
  return sym;
}
function provideDocumentSymbols(doc, model) {
  const text = model.text;
  const out = [];
  const m = model.masthead;
  if (m) {
    const sym = group(doc, m.symbol?.text ?? "Masthead", SymbolKind.File, m.span, [], m.title?.text ?? m.adoption?.text);
    if (m.symbol) sym.selectionRange = range(doc, m.symbol.span);
    out.push(sym);
  }
  const split = (list) => {
    if (list.length === 0) return void 0;
    return { start: list[0].span.start, end: list[list.length - 1].span.end };
  };
  const pre = split(model.preamble);
  const op = split(model.operative);
  if (pre) {
    const headings = model.headings.filter((h) => h.span.end <= pre.end && (!op || h.span.start < op.start) && h.span.start > pre.start);
    out.push(group(doc, "Preamble", SymbolKind.Namespace, pre, withHeadings(doc, text, model.preamble, headings, pre.end), `${model.preamble.length} paragraphs`));
  }
  if (op) {
    const headings = model.headings.filter((h) => h.span.start > (pre ? pre.end : -1) && h.span.start < op.end);
    const first = headings.length ? Math.min(headings[0].span.start, op.start) : op.start;
    out.push(group(doc, "Operative part", SymbolKind.Namespace, { start: first, end: op.end }, withHeadings(doc, text, model.operative, headings, op.end), `${model.operative.length} paragraphs`));
  }
  for (const a of model.annexes) out.push(annexSymbol(doc, text, a));
  return out;
}

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var FullTextDocument2 = class _FullTextDocument {
  constructor(uri, languageId, version, content) {
    this._uri = uri;
    this._languageId = languageId;
    this._version = version;
    this._content = content;
    this._lineOffsets = void 0;
  }
  get uri() {
    return this._uri;
  }
  get languageId() {
    return this._languageId;
  }
  get version() {
    return this._version;
  }
  getText(range2) {
    if (range2) {
      const start = this.offsetAt(range2.start);
      const end = this.offsetAt(range2.end);
      return this._content.substring(start, end);
    }
    return this._content;
  }
  update(changes, version) {
    for (const change of changes) {
      if (_FullTextDocument.isIncremental(change)) {
        const range2 = getWellformedRange(change.range);
        const startOffset = this.offsetAt(range2.start);
        const endOffset = this.offsetAt(range2.end);
        this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
        const insertedEndOffset = startOffset + change.text.length;
        const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
        const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
        if (crlfAtStart || crlfAtEnd) {
          this._lineOffsets = void 0;
          continue;
        }
        const startLine = Math.max(range2.start.line, 0);
        const endLine = Math.max(range2.end.line, 0);
        let lineOffsets = this._lineOffsets;
        const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
        if (endLine - startLine === addedLineOffsets.length) {
          for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
          }
        } else {
          if (addedLineOffsets.length < 1e4) {
            lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
          } else {
            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
          }
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
            lineOffsets[i] = lineOffsets[i] + diff;
          }
        }
      } else if (_FullTextDocument.isFull(change)) {
        this._content = change.text;
        this._lineOffsets = void 0;
      } else {
        throw new Error("Unknown change event received");
      }
    }
    this._version = version;
  }
  getLineOffsets() {
    if (this._lineOffsets === void 0) {
      this._lineOffsets = computeLineOffsets(this._content, true);
    }
    return this._lineOffsets;
  }
  positionAt(offset) {
    offset = Math.max(Math.min(offset, this._content.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0, high = lineOffsets.length;
    if (high === 0) {
      return { line: 0, character: offset };
    }
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    const line = low - 1;
    offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }
  offsetAt(position) {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) {
      return this._content.length;
    } else if (position.line < 0) {
      return 0;
    }
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) {
      return lineOffset;
    }
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.ensureBeforeEOL(offset, lineOffset);
  }
  getLineRange(line) {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
    } else if (line < 0) {
      return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    }
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
    const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }
  getEOLCharacters(line) {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      return "";
    } else if (line < 0) {
      return "";
    }
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
    const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
    return this._content.substring(eolOffset, nextLineOffset);
  }
  ensureBeforeEOL(offset, lineOffset) {
    while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
      offset--;
    }
    return offset;
  }
  get lineCount() {
    return this.getLineOffsets().length;
  }
  static isIncremental(event) {
    const candidate = event;
    return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
  }
  static isFull(event) {
    const candidate = event;
    return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
  }
};
var TextDocument2;
(function(TextDocument3) {
  function create(uri, languageId, version, content) {
    return new FullTextDocument2(uri, languageId, version, content);
  }
  TextDocument3.create = create;
  function update(document, changes, version) {
    if (document instanceof FullTextDocument2) {
      document.update(changes, version);
      return document;
    } else {
      throw new Error("TextDocument.update: document must be created by TextDocument.create");
    }
  }
  TextDocument3.update = update;
  function applyEdits(document, edits) {
    const text = document.getText();
    const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
      const diff = a.range.start.line - b.range.start.line;
      if (diff === 0) {
        return a.range.start.character - b.range.start.character;
      }
      return diff;
    });
    let lastModifiedOffset = 0;
    const spans = [];
    for (const e of sortedEdits) {
      const startOffset = document.offsetAt(e.range.start);
      if (startOffset < lastModifiedOffset) {
        throw new Error("Overlapping edit");
      } else if (startOffset > lastModifiedOffset) {
        spans.push(text.substring(lastModifiedOffset, startOffset));
      }
      if (e.newText.length) {
        spans.push(e.newText);
      }
      lastModifiedOffset = document.offsetAt(e.range.end);
    }
    spans.push(text.substr(lastModifiedOffset));
    return spans.join("");
  }
  TextDocument3.applyEdits = applyEdits;
})(TextDocument2 || (TextDocument2 = {}));
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range2) {
  const start = range2.start;
  const end = range2.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range2;
}
function getWellformedEdit(textEdit) {
  const range2 = getWellformedRange(textEdit.range);
  if (range2 !== textEdit.range) {
    return { newText: textEdit.newText, range: range2 };
  }
  return textEdit;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  TextDocument,
  parse,
  provideDocumentSymbols
});
