// A small JSON parser that remembers where every value is, so a fault in the workspace catalogue
// file can be shown on the exact characters at fault. Strict JSON (no comments, no trailing commas).

export type JsonNode =
  | { type: 'object'; start: number; end: number; props: { key: string; keyStart: number; keyEnd: number; value: JsonNode }[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number };

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly start: number, readonly end: number) {
    super(message);
  }
}

export function parseJsonTree(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const fail = (msg: string, at = i): never => {
    throw new JsonSyntaxError(msg, at, Math.min(text.length, at + 1));
  };
  const str = (): { value: string; start: number; end: number } => {
    const start = i++;
    let out = '';
    while (i < text.length && text[i] !== '"') {
      const c = text[i];
      if (c === '\n') fail('unterminated string');
      if (c === '\\') {
        const e = text[i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else if (e in map) {
          out += map[e];
          i += 2;
        } else fail('invalid escape in string');
      } else {
        out += c;
        i++;
      }
    }
    if (i >= text.length) fail('unterminated string', start);
    i++;
    return { value: out, start, end: i };
  };
  const value = (): JsonNode => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const props: { key: string; keyStart: number; keyEnd: number; value: JsonNode }[] = [];
      ws();
      if (text[i] === '}') return { type: 'object', start, end: ++i, props };
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        const k = str();
        ws();
        if (text[i] !== ':') fail('expected ":" after the property name');
        i++;
        props.push({ key: k.value, keyStart: k.start, keyEnd: k.end, value: value() });
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') fail('trailing comma');
          continue;
        }
        if (text[i] === '}') return { type: 'object', start, end: ++i, props };
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') return { type: 'array', start, end: ++i, items };
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') fail('trailing comma');
          continue;
        }
        if (text[i] === ']') return { type: 'array', start, end: ++i, items };
        fail('expected "," or "]"');
      }
    }
    if (c === '"') {
      const s = str();
      return { type: 'string', start, end: s.end, value: s.value };
    }
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 40));
    if (num) {
      i += num[0].length;
      return { type: 'number', start, end: i, value: Number(num[0]) };
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v === null ? { type: 'null', start, end: i } : { type: 'boolean', start, end: i, value: v };
      }
    }
    return i >= text.length ? fail('unexpected end of file') : fail(`unexpected character ${JSON.stringify(c)}`);
  };
  const root = value();
  ws();
  if (i < text.length) fail('unexpected text after the end of the JSON value');
  return root;
}
