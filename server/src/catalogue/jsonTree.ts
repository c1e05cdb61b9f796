// The workspace catalogue file read as a tree that remembers where every value is, so a fault can
// be shown on the exact characters at fault. Parsing is jsonc-parser's (the parser VS Code itself
// uses for settings files), held to strict JSON: no comments, no trailing commas.
import { Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';

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

/** "InvalidSymbol" → "invalid symbol": the parser's error codes as words. */
const words = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

export function parseJsonTree(source: string): JsonNode {
  // A byte order mark is no fault: read past it, keeping offsets those of the file.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? ' ' + source.slice(1) : source;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !root) {
    const e = errors[0] ?? { error: 0, offset: 0, length: 0 };
    const at = Math.min(e.offset, text.length);
    // A name or value expected right before a closing bracket: the comma before it is the fault.
    const trailing = /^[}\]]/.test(text.slice(at, at + 1)) && /,\s*$/.test(text.slice(0, at));
    const what = !errors.length ? 'empty file' : trailing ? 'trailing comma' : words(printParseErrorCode(e.error));
    throw new JsonSyntaxError(what, at, Math.min(text.length, at + Math.max(1, e.length)));
  }
  return convert(root);
}

function convert(n: Node): JsonNode {
  const start = n.offset;
  const end = n.offset + n.length;
  switch (n.type) {
    case 'object':
      return {
        type: 'object',
        start,
        end,
        props: (n.children ?? []).map((p) => {
          const [key, value] = p.children!;
          return { key: key.value as string, keyStart: key.offset, keyEnd: key.offset + key.length, value: convert(value) };
        }),
      };
    case 'array':
      return { type: 'array', start, end, items: (n.children ?? []).map(convert) };
    case 'string':
      return { type: 'string', start, end, value: n.value as string };
    case 'number':
      return { type: 'number', start, end, value: n.value as number };
    case 'boolean':
      return { type: 'boolean', start, end, value: n.value as boolean };
    default:
      return { type: 'null', start, end };
  }
}
