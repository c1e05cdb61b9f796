// The workspace catalogue file (`.unres-catalogue.json` at the root of a workspace folder): what a
// user adds to the bundled catalogue. Pure: text in, entries and faults (with their offsets) out.
// The schema is documented in the README ("Citations") and in WORKSPACE_CATALOGUE_SCHEMA below.
import type { CatalogueInstrument, ResolutionFacts } from './bundled';
import { JsonNode, JsonSyntaxError, parseJsonTree } from './jsonTree';

export const WORKSPACE_CATALOGUE_FILE = '.unres-catalogue.json';

/** Human summary of the schema, quoted in fault messages. */
export const WORKSPACE_CATALOGUE_SCHEMA = `{
  "resolutions": [{ "symbol": "S/RES/2999 (2031)", "date": "2031-01-15", "title": "…", "meeting": "S/PV.9999", "vote": "15-0-0", "topic": "…", "url": "https://…" }],
  "documents":   [{ "symbol": "S/2031/5", "date": "2031-01-02", "title": "…", "url": "https://…" }],
  "instruments": [{ "name": "Official name", "shortForms": ["Short form", "ACRONYM"], "type": "treaty", "adopted": "2031-01-01", "entryIntoForce": "2032-01-01", "adoptingResolution": "A/RES/86/1", "url": "https://…" }]
}`;

export interface WorkspaceFault {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface WorkspaceEntry extends ResolutionFacts {
  symbol: string;
  url?: string;
}

export interface WorkspaceCatalogue {
  /** Resolutions, statements and documents by symbol without spaces. */
  bySymbol: Map<string, WorkspaceEntry>;
  instruments: CatalogueInstrument[];
}

const SYMBOL = /^[A-Z]{1,10}(?:\.\d{1,3})?(?:\/[A-Z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*)+(?: ?\(\d{4}\))?$/;
const ISO = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

const FIELDS: Record<'resolutions' | 'documents' | 'instruments', Record<string, 'string' | 'date' | 'symbol' | 'strings'>> = {
  resolutions: { symbol: 'symbol', date: 'date', title: 'string', meeting: 'string', vote: 'string', topic: 'string', url: 'string' },
  documents: { symbol: 'symbol', date: 'date', title: 'string', url: 'string' },
  instruments: { name: 'string', shortForms: 'strings', type: 'string', adopted: 'date', entryIntoForce: 'date', adoptingResolution: 'symbol', url: 'string' },
};
const REQUIRED = { resolutions: 'symbol', documents: 'symbol', instruments: 'name' } as const;

export function parseWorkspaceCatalogue(text: string): { catalogue: WorkspaceCatalogue; faults: WorkspaceFault[] } {
  const catalogue: WorkspaceCatalogue = { bySymbol: new Map(), instruments: [] };
  const faults: WorkspaceFault[] = [];
  const fault = (n: { start: number; end: number }, message: string, severity: WorkspaceFault['severity'] = 'error') =>
    faults.push({ start: n.start, end: n.end, message, severity });
  let root: JsonNode;
  try {
    root = parseJsonTree(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) faults.push({ start: e.start, end: e.end, message: `Not valid JSON: ${e.message}.`, severity: 'error' });
    else throw e;
    return { catalogue, faults };
  }
  if (root.type !== 'object') {
    fault(root, `The workspace catalogue must be a JSON object with "resolutions", "documents" and/or "instruments" arrays, e.g.\n${WORKSPACE_CATALOGUE_SCHEMA}`);
    return { catalogue, faults };
  }
  for (const prop of root.props) {
    if (prop.key === '$schema' || prop.key === 'comment') continue;
    if (!(prop.key in FIELDS)) {
      fault({ start: prop.keyStart, end: prop.keyEnd }, `Unknown property "${prop.key}": expected "resolutions", "documents" or "instruments".`, 'warning');
      continue;
    }
    const section = prop.key as keyof typeof FIELDS;
    if (prop.value.type !== 'array') {
      fault(prop.value, `"${section}" must be an array of objects.`);
      continue;
    }
    prop.value.items.forEach((item, index) => {
      const where = `${section}[${index}]`;
      if (item.type !== 'object') {
        fault(item, `${where} must be an object.`);
        return;
      }
      const values: Record<string, string | string[]> = {};
      let ok = true;
      for (const p of item.props) {
        const type = FIELDS[section][p.key];
        if (!type) {
          fault({ start: p.keyStart, end: p.keyEnd }, `Unknown field "${p.key}" in ${where}: expected one of ${Object.keys(FIELDS[section]).map((k) => `"${k}"`).join(', ')}.`, 'warning');
          continue;
        }
        if (type === 'strings') {
          if (p.value.type !== 'array' || p.value.items.some((x) => x.type !== 'string')) {
            fault(p.value, `${where}.${p.key} must be an array of strings.`);
            ok = false;
          } else values[p.key] = p.value.items.map((x) => (x as { value: string }).value);
          continue;
        }
        if (p.value.type !== 'string') {
          fault(p.value, `${where}.${p.key} must be a string.`);
          ok = false;
          continue;
        }
        const v = p.value.value.trim();
        if (type === 'date' && !ISO.test(v)) {
          fault(p.value, `${where}.${p.key} "${v}" is not a date: write it as YYYY-MM-DD, e.g. "2016-12-20".`);
          ok = false;
        } else if (type === 'symbol' && !SYMBOL.test(v)) {
          fault(p.value, `${where}.${p.key} "${v}" is not a United Nations document symbol (such as "S/RES/2331 (2016)", "A/RES/70/1", "S/2017/939").`);
          ok = false;
        } else values[p.key] = v;
      }
      const required = REQUIRED[section];
      if (!item.props.some((p) => p.key === required)) {
        fault(item, `${where} has no "${required}".`);
        ok = false;
      }
      if (!ok) return;
      if (section === 'instruments') {
        const name = values.name as string;
        const adopting = values.adoptingResolution as string | undefined;
        catalogue.instruments.push({
          id: `workspace:${index}`,
          name,
          forms: (values.shortForms as string[] | undefined) ?? [],
          type: values.type as string | undefined,
          url: values.url as string | undefined,
          facts: {
            adopted: values.adopted as string | undefined,
            entryIntoForce: values.entryIntoForce as string | undefined,
            adoptingResolution: adopting ? { symbol: adopting } : undefined,
          },
        });
        return;
      }
      const symbol = (values.symbol as string).replace(/\s+/g, ' ');
      const key = symbol.replace(/\s+/g, '');
      if (catalogue.bySymbol.has(key)) fault(item, `${symbol} is listed twice; the first entry is used.`, 'warning');
      else {
        const date = values.date as string | undefined;
        catalogue.bySymbol.set(key, {
          symbol,
          year: Number(date?.slice(0, 4) ?? /\((\d{4})\)/.exec(symbol)?.[1] ?? 0),
          date,
          dateConfirmed: true,
          title: values.title as string | undefined,
          meeting: values.meeting as string | undefined,
          vote: values.vote as string | undefined,
          topic: values.topic as string | undefined,
          url: values.url as string | undefined,
        });
      }
    });
  }
  return { catalogue, faults };
}
