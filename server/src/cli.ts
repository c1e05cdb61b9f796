#!/usr/bin/env node
// `unres`: the resolution outline on the command line. Reads a file, prints the tree or a paragraph.
import { readFileSync, statSync } from 'fs';
import { Paragraph, ResolutionModel } from './parser/model';
import { parse } from './parser/parse';
import { findParagraph, parseParagraphQuery } from './parser/query';
import { openingWords } from './parser/text';
import { CatalogueStore } from './catalogue/store';
import { citationsJson, citationsText, CITATIONS_USAGE } from './cliCitations';

const USAGE = `usage:
  unres outline FILE [--json]        print the clause outline
  unres select PARAGRAPH FILE [--json]
                                     print one paragraph (3, OP3, PP2, 3(a)(ii), "annex II 5")
${CITATIONS_USAGE}
  unres --help | --version

Reads UTF-8 text (BOM, CRLF and PDF-extracted text are fine; UTF-16 with a BOM too).
Exit codes: 0 ok, 1 not found, 2 usage or unreadable input.`;

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** Why a file cannot be read, in words (the error code in brackets for the rest). */
function cannotRead(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError(`unres: ${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`unres: ${path}: permission denied (cannot read the file)`);
  if (code === 'EISDIR') return new CliError(`unres: ${path}: is a directory, expected a text file`);
  return new CliError(`unres: ${path}: cannot read (${code ?? (e as Error).message})`);
}

/** Reads a text file or explains, in one line, why it cannot be a resolution text. */
export function readResolutionFile(path: string): string {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw cannotRead(path, e);
  }
  if (st.isDirectory()) throw new CliError(`unres: ${path}: is a directory, expected a text file`);
  // A FIFO, socket or device (/dev/zero, /dev/stdin) would block or never end: only regular files.
  if (!st.isFile()) throw new CliError(`unres: ${path}: not a regular file (a device, pipe or socket), expected a text file`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw cannotRead(path, e);
  }
  // UTF-16 with a byte order mark (Windows "Unicode" text) is text, not a binary.
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2, buf.length - (buf.length % 2))).swap16().toString('utf16le');
  if (looksBinary(buf)) throw new CliError(`unres: ${path}: looks like a binary file, not text (convert a PDF with pdftotext first)`);
  return buf.toString('utf8');
}

/** NUL bytes or many control characters in the first 8 KB: a binary, not a text. */
export function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

interface JsonNode {
  id: string;
  name: string;
  line: number;
  start: number;
  end: number;
  opening: string;
  children: JsonNode[];
}

function toJson(model: ResolutionModel, p: Paragraph): JsonNode {
  return {
    id: p.id,
    name: p.name,
    line: lineOf(model.text, p.span.start),
    start: p.span.start,
    end: p.span.end,
    opening: openingWords(model.text, p),
    children: p.children.map((c) => toJson(model, c)),
  };
}

export function outlineJson(model: ResolutionModel): object {
  return {
    symbol: model.masthead?.symbol?.text ?? null,
    title: model.masthead?.title?.text ?? null,
    preamble: model.preamble.map((p) => toJson(model, p)),
    operative: model.operative.map((p) => toJson(model, p)),
    annexes: model.annexes.map((a) => ({ name: a.name, subtitle: a.subtitle?.text ?? null, paragraphs: a.paragraphs.map((p) => toJson(model, p)) })),
  };
}

export function outlineText(model: ResolutionModel): string {
  const lines: string[] = [];
  const m = model.masthead;
  if (m?.symbol || m?.title) lines.push([m.symbol?.text, m.title?.text].filter(Boolean).join('  '));
  const walk = (list: Paragraph[], depth: number) => {
    for (const p of list) {
      lines.push(`${'  '.repeat(depth)}${p.name.padEnd(Math.max(6 - depth * 2, p.name.length))}  ${openingWords(model.text, p)}  (line ${lineOf(model.text, p.span.start)})`);
      walk(p.children, depth + 1);
    }
  };
  if (model.preamble.length) lines.push('Preamble');
  walk(model.preamble, 1);
  if (model.operative.length) lines.push('Operative part');
  walk(model.operative, 1);
  for (const a of model.annexes) {
    lines.push(a.subtitle ? `${a.name}: ${a.subtitle.text}` : a.name);
    walk(a.paragraphs, 1);
  }
  if (lines.length === 0) lines.push('(no paragraphs recognised)');
  return lines.join('\n') + '\n';
}

export function run(argv: string[], out: (s: string) => void): number {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version') {
    out('unres 0.1.0\n');
    return 0;
  }
  if (command === 'outline') {
    if (rest.length !== 1) throw new CliError(`unres outline: expected one FILE\n${USAGE}`);
    const model = parse(readResolutionFile(rest[0]));
    out(json ? JSON.stringify(outlineJson(model), null, 2) + '\n' : outlineText(model));
    return 0;
  }
  if (command === 'select') {
    if (rest.length !== 2) throw new CliError(`unres select: expected PARAGRAPH and FILE\n${USAGE}`);
    const [query, file] = rest;
    if (!parseParagraphQuery(query)) throw new CliError(`unres select: "${query}" is not a paragraph address (try 3, OP3, PP2, 3(a)(ii), "annex 5")`);
    const model = parse(readResolutionFile(file));
    const p = findParagraph(model, query);
    if (!p) {
      process.stderr.write(`unres select: no paragraph "${query}" in ${file}\n`);
      return 1;
    }
    const text = model.text.slice(p.span.start, p.span.end);
    out(json ? JSON.stringify({ id: p.id, start: p.span.start, end: p.span.end, line: lineOf(model.text, p.span.start), text }, null, 2) + '\n' : text + '\n');
    return 0;
  }
  if (command === 'citations') {
    if (rest.length !== 1) throw new CliError(`unres citations: expected one FILE\n${USAGE}`);
    const model = parse(readResolutionFile(rest[0]));
    const store = new CatalogueStore(undefined, undefined, (msg) => process.stderr.write(`unres: ${msg}\n`));
    out(json ? JSON.stringify(citationsJson(model, store), null, 2) + '\n' : citationsText(model, store));
    return 0;
  }
  throw new CliError(`unres: unknown command "${command}"\n${USAGE}`);
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s));
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(e.message + '\n');
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`unres: internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 3;
    }
  }
}
