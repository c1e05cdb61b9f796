// Builds the compact offline catalogue the language server reads on its first citation hover:
// data/catalogue/* (CSV and JSON, see data/catalogue/README.md) → dist/catalogue.json.
// Only facts that may be shown as fact are kept: an instrument's dates only when `verified` (and
// only its verified fields); Security Council rows keep their confidence so that a medium-confidence
// date (day and month may be swapped) is never presented as fact.
// usage: node scripts/build-catalogue.mjs [OUT]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'data', 'catalogue');
const out = process.argv[2] ?? join(root, 'dist', 'catalogue.json');

function csv(file) {
  const text = readFileSync(join(src, file), 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

function fail(msg) {
  console.error(`build-catalogue: ${msg}`);
  process.exit(1);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const interned = (list) => {
  const index = new Map();
  return (s) => {
    if (!index.has(s)) { index.set(s, list.length); list.push(s); }
    return index.get(s);
  };
};

// Security Council resolutions: [number, year, date, meeting record, topic, vote, confident].
const topics = [];
const votes = [];
const topic = interned(topics);
const vote = interned(votes);
const sc = [];
for (const r of csv('unsc-resolutions.csv')) {
  const n = Number(r.number);
  const year = Number(r.year);
  if (!Number.isInteger(n) || !Number.isInteger(year)) fail(`unsc-resolutions.csv: bad row ${JSON.stringify(r)}`);
  if (r.adoption_date && !ISO.test(r.adoption_date)) fail(`unsc-resolutions.csv: bad date for ${n}: ${r.adoption_date}`);
  const meeting = /^\d+$/.test(r.meeting_record) ? `S/PV.${r.meeting_record}` : r.meeting_record;
  sc.push([n, year, r.adoption_date, meeting, topic(r.topic), vote(r.vote), r.confidence.startsWith('high') ? 1 : 0]);
}
sc.sort((a, b) => a[0] - b[0]);

// Presidential statements: [year, number, date, meeting record, topic].
const prst = [];
for (const r of csv('unsc-presidential-statements.csv')) {
  const m = /^S\/PRST\/(\d{4})\/(\d+)$/.exec(r.symbol);
  if (!m || (r.date && !ISO.test(r.date))) fail(`unsc-presidential-statements.csv: bad row ${JSON.stringify(r)}`);
  prst.push([Number(m[1]), Number(m[2]), r.date, r.meeting_record, topic(r.topic)]);
}

// General Assembly, eightieth session: [symbol, title, adopted (as printed)].
const ga = csv('unga-80th-session.csv').map((r) => {
  if (!/^A\/RES\/\d+\/\d+/.test(r.symbol)) fail(`unga-80th-session.csv: bad symbol ${r.symbol}`);
  return [r.symbol, r.title, r.adopted || r.distribution_date];
});

// Instruments: names and forms for the recogniser, facts only where verified.
const gaSymbol = (s) => {
  if (!s) return undefined;
  const m = /^(\d+\s?[A-Z]?\s?\([IVXL]+\)|\d+\/\d+(?:\s[A-Z])?)\s*(.*)$/.exec(s.trim());
  return m ? { symbol: `A/RES/${m[1].replace(/\s+/g, ' ')}`, note: m[2].replace(/^\(|\)$/g, '') || undefined } : undefined;
};
const verifiedJson = JSON.parse(readFileSync(join(src, 'instruments.json'), 'utf8'));
const supplement = JSON.parse(readFileSync(join(src, 'instruments-supplement.json'), 'utf8'));
const instruments = [];
const ids = new Set();
for (const e of [...verifiedJson.instruments, ...supplement.instruments]) {
  if (!e.id || !e.official_name || ids.has(e.id)) fail(`instruments: missing or duplicate id ${e.id}`);
  ids.add(e.id);
  const forms = [...new Set([...(e.short_forms ?? []), ...(supplement.aliases?.[e.id] ?? [])])];
  const x = { id: e.id, name: e.official_name, forms, type: e.type };
  if (e.group) x.group = e.group;
  if (e.context) x.context = e.context;
  if (e.contained_in) x.containedIn = e.contained_in;
  if (e.in_annex) x.inAnnex = true;
  if (e.source_url) x.url = e.source_url;
  if (e.verified === true) {
    const shown = new Set(e.verified_fields ?? ['adopted', 'adopting_ga_resolution', 'opened_for_signature', 'entry_into_force', 'adopted_by_or_at']);
    const facts = {};
    if (shown.has('adopted') && e.adopted) facts.adopted = e.adopted;
    if (shown.has('adopted_by_or_at') && e.adopted_by_or_at) facts.adoptedAt = e.adopted_by_or_at;
    const res = shown.has('adopting_ga_resolution') ? gaSymbol(e.adopting_ga_resolution) : undefined;
    if (res) facts.adoptingResolution = res;
    if (shown.has('opened_for_signature') && e.opened_for_signature) facts.openedForSignature = e.opened_for_signature;
    if (shown.has('entry_into_force') && e.entry_into_force) facts.entryIntoForce = e.entry_into_force;
    for (const v of Object.values(facts)) if (typeof v === 'string' && /^\d{4}-/.test(v) && !ISO.test(v)) fail(`instruments: bad date in ${e.id}`);
    x.facts = facts;
  }
  instruments.push(x);
}
for (const id of Object.keys(supplement.aliases ?? {})) if (!ids.has(id)) fail(`instruments-supplement.json: alias for unknown id ${id}`);

const catalogue = { version: 1, source: 'data/catalogue (see data/catalogue/README.md)', topics, votes, sc, prst, ga, instruments };
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(catalogue));
console.log(`catalogue: ${sc.length} SC resolutions, ${prst.length} presidential statements, ${ga.length} GA resolutions, ${instruments.length} instruments → ${out}`);
