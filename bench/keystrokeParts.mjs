// Where a keystroke's time goes, in process, on the server's own code path without the pipe:
// the document update (the server's EditLog over vscode-languageserver-textdocument), the
// incremental reparse told where the edit is, the outline (reusing the previous outline's
// symbols where the edit left them alone) and its JSON as the stdio writer takes it (pieces, the
// reused paragraphs' kept JSON among them, and their UTF-8 length). Alongside, what fresh
// memory costs on this machine: the edited text is a new string each time, and a two-byte string
// over 128 KB lands on freshly mapped pages.
import { typingPlan } from './server.mjs';
import { gc, now, summary } from './stats.mjs';

/** Same typing as the server's keystroke loop: characters typed one by one in the middle of the text. */
export function keystrokeParts(ours, corpora, { warmup = 20, edits = 200 } = {}) {
  const { EditLog, parse, reparse, editSince, modelId, makeOutline, outlineJsonParts } = ours;
  const out = {};
  for (const c of corpora) {
    // The server's document store: it records where each change is, and reparse is told.
    const log = new EditLog();
    const doc = log.create('file:///bench/keystroke.unres', 'un-resolution', 1, c.text);
    let model = parse(doc.getText());
    // What the service keeps between versions: the last outline and its model's id.
    let last = { id: modelId(model), outline: makeOutline(doc, model) };
    const { at, typed } = typingPlan(c.text, warmup + edits);
    const pos = doc.positionAt(at);
    const t = { update: [], reparse: [], symbols: [], json: [], total: [] };
    gc();
    for (let i = 0; i < warmup + edits; i++) {
      const p = { line: pos.line, character: pos.character + i };
      const t0 = now();
      const before = model.text.length;
      log.update(doc, [{ range: { start: p, end: p }, text: typed[i] }], i + 2);
      const t1 = now();
      model = reparse(model, doc.getText(), log.editsSince(doc, i + 1, before));
      const t2 = now();
      const edit = editSince(last.id, model);
      const outline = makeOutline(doc, model, edit && { outline: last.outline, edit });
      last = { id: modelId(model), outline };
      const t3 = now();
      // As the stdio writer takes them: the pieces, and their UTF-8 length for Content-Length.
      let bytes = 0;
      for (const p of outlineJsonParts(outline.symbols)) bytes += Buffer.byteLength(p, 'utf8');
      const t4 = now();
      if (i < warmup) continue;
      t.update.push(t1 - t0);
      t.reparse.push(t2 - t1);
      t.symbols.push(t3 - t2);
      t.json.push(t4 - t3);
      t.total.push(t4 - t0);
    }
    out[c.shape] = { bytes: c.bytes, ...Object.fromEntries(Object.entries(t).map(([k, v]) => [k, summary(v)])) };
  }
  return out;
}

/**
 * The string work alone: replacing one character of `text` as the document update does (two
 * slices and a concatenation, then reading a character, which makes V8 copy the result into one
 * flat string), at the text's size and at 50 KB (whose two-byte copy stays under V8's 128 KB
 * large-object threshold). The difference is the cost of a large object's fresh pages.
 */
export function flattenProbe(text, runs = 200) {
  const measure = (t0) => {
    let t = t0;
    const times = [];
    const at = t.length >> 1;
    for (let i = 0; i < runs; i++) {
      const s = now();
      t = t.slice(0, at) + (i % 2 ? 'x' : 'y') + t.slice(at + 1);
      t.charCodeAt(at);
      times.push(now() - s);
    }
    return summary(times);
  };
  const small = JSON.parse(JSON.stringify(text.slice(0, 50_000)));
  const full = measure(text);
  const fifty = measure(small);
  return { chars: text.length, p50: full.p50, p95: full.p95, chars50KB: small.length, p50at50KB: fifty.p50 };
}
