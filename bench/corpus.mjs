// Benchmark corpus: real resolution texts concatenated, as a volume of resolutions is, to a target
// size in three shapes. Nothing is generated: every character comes from test-fixtures/corpus/.
//
//   clean      files that are clean paragraphs as given (one line per paragraph): the Security
//              Council texts in texts/ and the cr-unsc files whose text is mostly in long lines.
//   wrapped    files that are hard-wrapped PDF text as given: the General Assembly and SC texts in
//              texts/ and unlabeled/ (raw PDF extraction with page furniture), the pdftotext/texts/
//              drafts, and the hard-wrapped cr-unsc transcriptions.
//   flattened  the wrapped sources, each flattened with text.replace(/\s*\r?\n\s*/g, ' ') and
//              joined by one space: the whole corpus is a single line.
//
// A file is "clean" when more than half of its characters are in lines longer than 100 characters,
// otherwise "wrapped". Files are taken round-robin from the source groups (fixtures, pdftotext
// drafts, cr-unsc in chronological order) and cycled when all are used; files are separated by a
// blank line. The last file is cut at a line break (at a space when flattened) so that the UTF-8
// size is at most the target. The result is round-tripped through JSON so it is one flat string
// (two-byte when it holds any character above U+00FF), as an LSP server's JSON.parse produces it.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'test-fixtures', 'corpus');
export const SHAPES = ['clean', 'wrapped', 'flattened'];
export const flatten = (s) => s.replace(/\s*\r?\n\s*/g, ' ');

function files(dir) {
  return readdirSync(join(CORPUS, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const path = join(CORPUS, dir, f);
      return { path: relative(ROOT, path), text: readFileSync(path, 'utf8') };
    });
}

export function isClean(text) {
  let long = 0;
  for (const line of text.split(/\r?\n/)) if (line.length > 100) long += line.length;
  return long > text.length / 2;
}

let groupsCache;
/** The source files of each shape, in the order they are concatenated. */
export function sources() {
  if (groupsCache) return groupsCache;
  const fixtures = [...files('texts'), ...files('unlabeled')];
  const drafts = files('pdftotext/texts');
  const bulk = files('bulk/cr-unsc');
  const split = (list) => ({ clean: list.filter((f) => isClean(f.text)), wrapped: list.filter((f) => !isClean(f.text)) });
  const [fx, dr, bk] = [split(fixtures), split(drafts), split(bulk)];
  const roundRobin = (...groups) => {
    const out = [];
    for (let i = 0; groups.some((g) => i < g.length); i++) for (const g of groups) if (i < g.length) out.push(g[i]);
    return out;
  };
  groupsCache = {
    clean: roundRobin(fx.clean, dr.clean, bk.clean),
    wrapped: roundRobin(fx.wrapped, dr.wrapped, bk.wrapped),
  };
  groupsCache.flattened = groupsCache.wrapped;
  return groupsCache;
}

const byteLength = (s) => Buffer.byteLength(s, 'utf8');

/**
 * A corpus text of at most `target` UTF-8 bytes in `shape`.
 * Returns { shape, target, text, bytes, chars, lines, twoByte, sha1, pieces: [{ path, start, end }] }
 * where pieces locate each source file (possibly cut) in the text.
 */
export function buildCorpus(shape, target) {
  const list = sources()[shape];
  const sep = shape === 'flattened' ? ' ' : '\n\n';
  const sepBytes = byteLength(sep);
  const parts = [];
  const pieces = [];
  let bytes = 0;
  let chars = 0;
  for (let i = 0; bytes < target; i++) {
    const src = list[i % list.length];
    const fullPiece = shape === 'flattened' ? flatten(src.text).trim() : src.text.replace(/\s+$/, '') + '\n';
    let piece = fullPiece;
    const extra = parts.length ? sepBytes : 0;
    let size = byteLength(piece);
    if (bytes + extra + size > target) {
      // Cut the last file at a line break (a space when flattened) so that the total fits.
      const room = target - bytes - extra;
      if (room <= 0) break;
      let cut = piece.slice(0, room); // chars ≥ bytes: never too short
      while (cut && byteLength(cut) > room) cut = cut.slice(0, Math.max(0, cut.length - 64));
      const at = cut.lastIndexOf(shape === 'flattened' ? ' ' : '\n');
      if (at <= 0) break;
      piece = shape === 'flattened' ? cut.slice(0, at) : cut.slice(0, at + 1);
      size = byteLength(piece);
    }
    if (parts.length) {
      parts.push(sep);
      chars += sep.length;
      bytes += sepBytes;
    }
    pieces.push({ path: src.path, start: chars, end: chars + piece.length });
    parts.push(piece);
    chars += piece.length;
    bytes += size;
    if (piece !== fullPiece) break; // the file that was cut is the last one
  }
  const text = JSON.parse(JSON.stringify(parts.join('')));
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return {
    shape,
    target,
    text,
    bytes: byteLength(text),
    chars: text.length,
    lines,
    twoByte: /[^\u0000-\u00ff]/.test(text),
    sha1: createHash('sha1').update(text).digest('hex'),
    files: pieces.length,
    uniqueFiles: new Set(pieces.map((p) => p.path)).size,
    pieces,
  };
}

/** What each shape is made of, for results.json. */
export function describeSources() {
  const s = sources();
  const sum = (list) => list.reduce((a, f) => a + byteLength(f.text), 0);
  const out = {};
  for (const shape of SHAPES) {
    const list = s[shape];
    const dirs = {};
    for (const f of list) {
      const d = f.path.replace(/\/[^/]+$/, '');
      dirs[d] = (dirs[d] ?? 0) + 1;
    }
    out[shape] = { files: list.length, uniqueBytes: sum(list), byDirectory: dirs };
  }
  return out;
}
