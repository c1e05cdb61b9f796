// The peer: vscode-markdown-languageservice (the engine of VS Code's built-in Markdown outline)
// computing document symbols for the same resolution text written as Markdown, with markdown-it
// tokenizing it, in the same process on the same bytes as our outline.
//
// The Markdown is the corpus text itself, byte for byte, with a heading line inserted before each
// paragraph our parser finds: `## PP3`, `## OP3`, `## ANNEX1:5` for top-level paragraphs, `### OP3(a)`
// for sub-paragraphs, one more `#` per level below (at most 6). Each resolution of the volume is
// parsed on its own for this, so every resolution gets its headings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import * as mdls from 'vscode-markdown-languageservice';
import { atFullSpeedOnly, canary } from './parser.mjs';
import { gc, median, now, round, runsFor, mb } from './stats.mjs';

const require = createRequire(import.meta.url);
const { CancellationTokenSource, Emitter } = require('vscode-languageserver-protocol');

const versionOf = (pkg) => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', pkg, 'package.json'), 'utf8')).version;
export const PEER_VERSION = versionOf('vscode-markdown-languageservice');
export const MARKDOWN_IT_VERSION = versionOf('markdown-it');

/** The corpus text as Markdown, headings from our parser's model of each file of the volume. */
export function toMarkdown(parse, corpus) {
  const { text, pieces } = corpus;
  const inserts = [];
  const visit = (list, base, depth) => {
    for (const p of list) {
      inserts.push({ at: base + p.span.start, line: `${'#'.repeat(Math.min(6, 2 + depth))} ${p.id}` });
      visit(p.children, base, depth + 1);
    }
  };
  for (const piece of pieces) {
    const model = parse(text.slice(piece.start, piece.end));
    visit(model.preamble, piece.start, 0);
    visit(model.operative, piece.start, 0);
    for (const a of model.annexes) visit(a.paragraphs, piece.start, 0);
  }
  inserts.sort((a, b) => a.at - b.at);
  const out = [];
  let last = 0;
  for (const ins of inserts) {
    out.push(text.slice(last, ins.at), `\n\n${ins.line}\n\n`);
    last = ins.at;
  }
  out.push(text.slice(last));
  const md = JSON.parse(JSON.stringify(out.join('')));
  return { md, headings: inserts.length, bytes: Buffer.byteLength(md, 'utf8') };
}

/** An in-memory workspace holding one document, as the language service's own example does. */
function createPeer(TextDocument) {
  const mdIt = MarkdownIt({ html: true });
  const parser = { slugifier: mdls.githubSlugifier, tokenize: async (doc) => mdIt.parse(doc.getText(), {}) };
  const changed = new Emitter();
  const created = new Emitter();
  const deleted = new Emitter();
  let current;
  const workspace = {
    get workspaceFolders() {
      return [];
    },
    onDidChangeMarkdownDocument: changed.event,
    onDidCreateMarkdownDocument: created.event,
    onDidDeleteMarkdownDocument: deleted.event,
    getAllMarkdownDocuments: async () => (current ? [current] : []),
    hasMarkdownDocument: (uri) => !!current && uri.toString() === current.uri,
    openMarkdownDocument: async (uri) => (current && uri.toString() === current.uri ? current : undefined),
    stat: async (uri) => (current && uri.toString() === current.uri ? {} : undefined),
    readDirectory: async () => [],
  };
  const logger = { level: mdls.LogLevel?.Off ?? 0, log() {} };
  const ls = mdls.createLanguageService({ workspace, parser, logger });
  let version = 0;
  return {
    mdIt,
    /** A new version of the document, announced as an editor announces a change (not timed). */
    update(md) {
      current = TextDocument.create('file:///bench/volume.md', 'markdown', ++version, md);
      changed.fire(current);
      return current;
    },
    symbols: async (doc, includeLinkDefinitions) => {
      const cts = new CancellationTokenSource();
      try {
        return await ls.getDocumentSymbols(doc, { includeLinkDefinitions }, cts.token);
      } finally {
        cts.dispose();
      }
    },
    dispose: () => ls.dispose?.(),
  };
}

export function countSymbols(list) {
  let n = 0;
  for (const s of list) n += 1 + (s.children ? countSymbols(s.children) : 0);
  return n;
}

/**
 * Ours (parse + documentSymbols on the resolution text), then theirs as VS Code's Markdown server
 * calls it (getDocumentSymbols with includeLinkDefinitions: true) in turn with theirs headings only
 * (includeLinkDefinitions: false) and markdown-it's tokenize alone, each on a fresh document
 * version. Times are medians; speed-ups are theirs / ours in time.
 */
export async function measurePeer(ours, corpus, markdown, { minRuns = 10, maxRuns = 100, budgetMs = 2000, warmup = true, headingsOnly = true, markdownIt = true, fastestCanaryMs = Infinity } = {}) {
  const { parse, provideDocumentSymbols, TextDocument, EditLog } = ours;
  // Our document made as the server's store makes it (it finds the line starts as it does), timed.
  const store = new EditLog();
  const { md } = markdown;
  let version = 0;
  const t = { ours: [], theirs: [], theirsHeadingsOnly: [], markdownIt: [] };
  // The host canary (bench/parser.mjs) after each timed run of either side.
  const k = { ours: [], theirs: [] };
  let oursSyms;
  let theirSyms;
  // Each side is timed on its own, one after the other, from a collected heap: timed call by call
  // in turn, each ran in the heap the other had just filled (theirs allocates ~250 MB a run at
  // 1 MB), which made our 1 MB outline 3-4× slower than it runs alone, as it does in a server.
  // Warm-up: ~300 ms of unrecorded runs (at least one) of each side before its timed runs;
  // skipped at the largest size, which the smaller sizes warmed.
  const timeSide = async (run, count) => {
    gc();
    let perRun = 0;
    if (warmup) {
      const w0 = now();
      let n = 0;
      for (; n < 1 || now() - w0 < 300; n++) await run(false);
      perRun = (now() - w0) / n;
    }
    const runs = count ?? runsFor(perRun, budgetMs / 2, minRuns, maxRuns);
    for (let i = 0; i < runs; i++) await run(true);
  };

  await timeSide(
    (record) => {
      const t0 = now();
      const doc = store.create('file:///bench/volume.unres', 'un-resolution', ++version, corpus.text);
      oursSyms = provideDocumentSymbols(doc, parse(corpus.text));
      if (record) t.ours.push(now() - t0), k.ours.push(canary());
    },
    warmup ? undefined : 10,
  );

  const peer = createPeer(TextDocument);
  const theirsOnce = async (links) => {
    const doc = peer.update(md);
    const t0 = now();
    const syms = await peer.symbols(doc, links);
    return [now() - t0, syms];
  };
  await timeSide(
    async (record) => {
      const [b, bo] = await theirsOnce(true);
      theirSyms = bo;
      const c = headingsOnly ? (await theirsOnce(false))[0] : null;
      let d = null;
      if (markdownIt) {
        const t0 = now();
        peer.mdIt.parse(md, {});
        d = now() - t0;
      }
      if (!record) return;
      t.theirs.push(b);
      k.theirs.push(canary());
      if (c !== null) t.theirsHeadingsOnly.push(c);
      if (d !== null) t.markdownIt.push(d);
    },
    warmup ? undefined : 1,
  );
  peer.dispose();
  const m = Object.fromEntries(Object.entries(t).map(([key, v]) => [key, median(v)]));
  // Each side's median over its runs timed at the host's full speed (see `canary`), and the
  // speed-up they give: the sides are timed one after the other, and one may fall in a stretch
  // where the host slowed memory-bound work ~2× and the other not.
  const fastest = Math.min(fastestCanaryMs, ...k.ours, ...k.theirs);
  const [fo, ft] = ['ours', 'theirs'].map((side) => atFullSpeedOnly(t[side], k[side], fastest));
  return {
    runs: t.ours.length,
    theirRuns: t.theirs.length,
    markdownBytes: markdown.bytes,
    markdownHeadings: markdown.headings,
    oursMs: round(m.ours),
    oursMinMs: round(Math.min(...t.ours)),
    oursMBps: round(mb(corpus.bytes) / (m.ours / 1000), 2),
    oursSymbols: countSymbols(oursSyms),
    theirsMs: round(m.theirs),
    theirsMBps: round(mb(markdown.bytes) / (m.theirs / 1000), 2),
    theirsSymbols: countSymbols(theirSyms),
    theirsHeadingsOnlyMs: round(m.theirsHeadingsOnly),
    markdownItMs: m.markdownIt == null ? null : round(m.markdownIt),
    speedup: round(m.theirs / m.ours, 2),
    speedupVsHeadingsOnly: m.theirsHeadingsOnly == null ? null : round(m.theirsHeadingsOnly / m.ours, 2),
    speedupVsMarkdownIt: m.markdownIt == null ? null : round(m.markdownIt / m.ours, 2),
    hostSlowdown: { ours: round(median(k.ours) / fastest, 2), theirs: round(median(k.theirs) / fastest, 2) },
    fullSpeed: { oursRuns: fo.length, theirsRuns: ft.length, oursMs: round(median(fo)), theirsMs: round(median(ft)), speedup: fo.length && ft.length ? round(median(ft) / median(fo), 2) : null },
  };
}
