// `npm run bench`: every measurement of issue 5 in one process run, on real text only.
// Prints the tables and the goals, writes bench/results.json (bench/results.local.json with
// --quick). Not a test: no figure here ever fails a build.
//
// usage: node --expose-gc bench/run.mjs [--quick] [--out=path]
//   --quick  sizes up to 1 MB and fewer runs, for checking the harness (writes results.local.json)
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { buildBench } from './build.mjs';
import { coreSpeeds } from './cores.mjs';
import { buildCorpus, describeSources, ROOT, SHAPES } from './corpus.mjs';
import { atFullSpeed, FLOOR_DEFINITION, FULL_SPEED, growth, measureParser, SUPERLINEAR_K, warmUp } from './parser.mjs';
import { MARKDOWN_IT_VERSION, measurePeer, PEER_VERSION, toMarkdown } from './peer.mjs';
import { evaluateGoals, goalsTable, machineLine, tables } from './report.mjs';
import { coldStart, documentSymbolRoundTrips, hoverAndSelect, keystrokes, peakMemory } from './server.mjs';
import { flattenProbe, keystrokeParts } from './keystrokeParts.mjs';
import { gc, label, now, round } from './stats.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outPath = args.find((a) => a.startsWith('--out='))?.slice(6) ?? join(ROOT, 'bench', quick ? 'results.local.json' : 'results.json');
const SIZES = quick ? [1e4, 1e5, 1e6] : [1e4, 1e5, 1e6, 1e7];
const KEYSTROKE_SIZE = 3e5;
const HOVER_SIZE = 1e6;
const RSS_SIZE = quick ? 1e6 : 5e6;

const t0 = now();
const load = () => os.loadavg().map((x) => round(x, 2));
const log = (msg) => console.error(`[${((now() - t0) / 1000).toFixed(1).padStart(6)} s] ${msg}`);
const loadStart = load();
const coresStart = coreSpeeds();

const results = {
  schema: 1,
  quick,
  machine: {
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    loadAverage: null,
  },
  git: gitInfo(),
  definitions: {
    units: 'KB = 1000 bytes, MB = 10^6 bytes of UTF-8 text; MB/s = MB per second of wall time; times in ms (performance.now)',
    corpus:
      'Real resolutions from test-fixtures/corpus/ (texts/, unlabeled/, pdftotext/texts/, bulk/cr-unsc/) concatenated like a volume, files separated by a blank line, round-robin over fixtures, pdftotext drafts and cr-unsc (chronological), cycled when used up; the last file cut at a line break (a space when flattened) so the size is at most the target. clean = files that are clean paragraphs as given (> half the characters in lines > 100 characters: SC texts in texts/ and 8 cr-unsc files); wrapped = all other files, hard-wrapped PDF text as given; flattened = the wrapped files each flattened with text.replace(/\\s*\\r?\\n\\s*/g, " ") and joined by a space (the whole corpus is one line). Strings are round-tripped through JSON (flat; two-byte when holding any character above U+00FF, as all these do).',
    parser: 'parse(text) from server/src/parser/parse.ts bundled by esbuild like dist/server.js; after a JIT warm-up of 1.5 s parsing the 10 KB and 100 KB texts of every shape, per text ≥ 2 more warm-up runs, then the median of as many timed runs as fill 1.5 s (at least 10, at most 5,000; 10 at 10 MB) interleaved with the floor on the same string; GC time included. The fastest run is kept too (parserMinMs). Host canary: beside every parser run, one fixed loop reading an 8,000-character two-byte string with charCodeAt (no allocation) is timed; "host ×" is a cell\'s median canary over the fastest canary of the whole parser phase (this VM\'s host at times slows memory-bound loops ~2× for seconds), and "at full speed" gives the medians of the runs whose canary was within ' + FULL_SPEED + '× of that fastest. The goals are judged on the plain medians.',
    floor: FLOOR_DEFINITION,
    growth: `exponent k of time ∝ size^k between consecutive sizes (log(t2/t1)/log(s2/s1)); super-linear when k > ${SUPERLINEAR_K} (10× the size taking more than ${round(10 ** SUPERLINEAR_K, 1)}× the time) on the medians and, where a series has them (parser, in-process outline), on the fastest runs too. Series: parser median, in-process outline median, server documentSymbol after an edit p50.`,
    peer: `vscode-markdown-languageservice ${PEER_VERSION} getDocumentSymbols with includeLinkDefinitions: true (as VS Code's Markdown server calls it), parser = markdown-it ${MARKDOWN_IT_VERSION} ({ html: true }) wrapped as IMdParser, in-memory one-document workspace firing onDidChangeMarkdownDocument for each new version (not timed). The Markdown is the same text with a heading line inserted before each paragraph our parser finds in each file of the volume (## PP3 / ## OP3 / ## ANNEX1:5, ### OP3(a), …). Ours = the document made as the server's store makes it (EditLog.create: the library's TextDocument with its line starts found by indexOf), parse and provideDocumentSymbols on the resolution text, all timed. Each side is timed on its own, ours first, from a collected heap after ≥ 300 ms of warm-up runs, as many runs as fill half the cell's time budget (timed call by call in turn, each side ran in the heap the other had just filled); at 10 MB, without warm-up, theirs runs once and ours ten times (median). Speed-up = their median time / our median time; "at full speed": the same over the runs whose host canary (see Parser) was within ${FULL_SPEED}× of the fastest. Also: theirs with includeLinkDefinitions: false, and markdown-it tokenize alone.`,
    server:
      'node dist/server.js --stdio spawned from this process (workspace/configuration answered with null: default settings); times from handing the message to the writer to having the parsed response. ' +
      'documentSymbol "after 1-char edit": a letter near the middle replaced (alternately back) by an incremental didChange, then documentSymbol timed, after 2 such edits untimed (warm-up); "same version": asked again (before any edit); loops start after the diagnostics published for didOpen, and a request slower than 200 ms is followed by waiting (untimed) for that version\'s diagnostics, so requests do not queue behind the server\'s debounced diagnostics pass; "didOpen → diagnostics" is that pass on the whole text; "edit → diagnostics": after the timed edits, 5 more (3 at 10 MB), each timed from the change sent to that version\'s diagnostics published, which includes the server\'s 250 ms wait for typing to pause. ' +
      'Bare peer (the transport floor): bench/barePeer.cjs, a plain Node process on the same stdio pipes that JSON.parses each frame and answers every request with the server\'s answer to the first documentSymbol of that text, in the same bytes (held as a string, written at once; like the server, with non-ASCII characters escaped), and does nothing else; it gets the same didOpen, one untimed documentSymbol, then the same didChange and documentSymbol messages, alternated edit by edit with the server (the order swapped every edit), so both are timed on the same machine at the same moments. ' +
      'Keystroke: characters typed one by one at a word start in the middle of the 300 KB text (the following text typed again), each didChange + documentSymbol timed together, 20 warm-up + 200 measured (the goal\'s figure), then 800 more and 200 measured again ("keystrokes 1021–1220": V8 was still optimising the edit path through the first ~300 keystrokes); then VS Code\'s cadence: documentSymbol 350 ms after a keystroke, timed from the request (8 per shape). ' +
      'Hover: after documentSymbol and the open diagnostics, 100 positions inside "resolution(s) N (YYYY)" numbers and 100 inside plain words (≥ 5 letters), interleaved; the first hover reported apart. selectParagraph: 200 requests spread over every id of unres/paragraphSummary in the forms a drafter types (OP3(a) and 3(a), PP2 and pp 2, annex 1 5 for ANNEX1:5) plus two missing ones. ' +
      'Cold start: spawn → initialize → initialized → didOpen → documentSymbol answered, p50 of 12 spawns alternated with spawn → exit of `node -e 0` (same stdio pipes). ' +
      'Keystroke in process: the same typing through the server\'s own code without the pipe (the server\'s EditLog update of the TextDocument, reparse told the edit\'s range, the outline made with the previous version\'s outline to reuse from, and the response\'s JSON as the stdio writer takes it: its pieces, the reused paragraphs\' kept JSON among them, and their UTF-8 length), each step timed. Replace + flatten: one character replaced in the 300 KB wrapped text by two slices and a concatenation, then one character read (V8 copies the result into a flat string), p50 of 200, beside the same on its first 50 KB. ' +
      'Memory: VmHWM from /proc/<pid>/status of a fresh server after opening the text, symbols, its diagnostics, folding, paragraph summary, 10 hovers, 4 selections, 3 edits each followed by symbols, and the last diagnostics.',
  },
  corpus: { sources: describeSources(), texts: {} },
  parser: {},
  growth: {},
  peer: { versions: { 'vscode-markdown-languageservice': PEER_VERSION, 'markdown-it': MARKDOWN_IT_VERSION }, results: {} },
  server: {},
  phases: {},
};

function gitInfo() {
  try {
    const commit = execSync('git rev-parse HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain -- server client scripts package.json', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() !== '';
    return { commit, dirty };
  } catch {
    return null;
  }
}

const phase = async (name, fn) => {
  const t = now();
  try {
    return await fn();
  } catch (e) {
    log(`${name} failed: ${e?.stack ?? e}`);
    results.phases[`${name}Error`] = String(e?.message ?? e);
    return undefined;
  } finally {
    results.phases[name] = round((now() - t) / 1000, 1);
  }
};

// 0. The in-process bundle (dist/ is built by `npm run build` before this script).
const ours = await buildBench();
log(`bundle ready; corpus: building ${SHAPES.length} shapes × ${SIZES.map(label).join(', ')}`);

// 1. Corpus.
const corpora = {};
await phase('corpus', () => {
  for (const shape of SHAPES) {
    corpora[shape] = {};
    for (const size of [...SIZES, KEYSTROKE_SIZE, RSS_SIZE]) {
      if (corpora[shape][size]) continue;
      const c = buildCorpus(shape, size);
      corpora[shape][size] = c;
      results.corpus.texts[shape] ??= {};
      results.corpus.texts[shape][size] = { bytes: c.bytes, chars: c.chars, lines: c.lines, files: c.files, uniqueFiles: c.uniqueFiles, twoByte: c.twoByte, sha1: c.sha1 };
    }
  }
});

// 2. Parser against the floor.
await phase('parser', () => {
  const runs = warmUp(ours.parse, SHAPES.flatMap((shape) => [corpora[shape][1e4].text, corpora[shape][1e5].text]), quick ? 500 : 1500);
  log(`parser warmed up: ${runs} parses of the 10 KB and 100 KB texts`);
  for (const shape of SHAPES) {
    results.parser[shape] = {};
    for (const size of SIZES) {
      const c = corpora[shape][size];
      const r = measureParser(ours.parse, c, { minRuns: 10, maxRuns: quick ? 30 : 5000, budgetMs: size >= 1e7 ? 0 : quick ? 500 : 1500 });
      results.parser[shape][size] = { bytes: c.bytes, ...r };
      log(`parser ${shape} ${label(size)}: ${r.parserMs} ms = ${r.parserMBps} MB/s; floor ${r.floorMBps} MB/s; ratio ${r.ratio}×`);
      gc();
    }
    results.growth.parser ??= {};
    results.growth.parser[shape] = growth(SIZES.map((s) => ({ bytes: results.parser[shape][s].bytes, ms: results.parser[shape][s].parserMs, minMs: results.parser[shape][s].parserMinMs })));
  }
  const cells = SHAPES.flatMap((shape) => SIZES.map((size) => results.parser[shape][size]));
  const fastest = Math.min(...cells.map((c) => c.canaryMinMs));
  for (const c of cells) atFullSpeed(c, fastest);
  results.parserCanaryMinMs = fastest;
  log(`host canary: fastest ${fastest} ms; slowdown per cell ${cells.map((c) => c.hostSlowdown).join(' ')}`);
});

// 3. The peer, on the same strings.
await phase('peer', async () => {
  for (const shape of SHAPES) {
    results.peer.results[shape] = {};
    for (const size of SIZES) {
      const c = corpora[shape][size];
      const markdown = toMarkdown(ours.parse, c);
      const big = size >= 1e7;
      // 10 MB: one run each (their symbols take seconds there), JIT warmed by the smaller sizes.
      const r = await measurePeer(ours, c, markdown, {
        minRuns: big ? 1 : size >= 1e6 || quick ? 5 : 10,
        maxRuns: big ? 1 : quick ? 10 : 2000,
        budgetMs: big ? 0 : quick ? 500 : 1500,
        warmup: !big,
        headingsOnly: !big,
        markdownIt: !big,
        fastestCanaryMs: results.parserCanaryMinMs,
      });
      results.peer.results[shape][size] = { bytes: c.bytes, ...r };
      log(`peer ${shape} ${label(size)}: ours ${r.oursMs} ms, theirs ${r.theirsMs} ms → ${r.speedup}× (markdown-it alone ${r.markdownItMs} ms); at the host's full speed ${r.fullSpeed.speedup}× (${r.fullSpeed.oursRuns} / ${r.fullSpeed.theirsRuns} runs)`);
      gc();
    }
    results.growth.outline ??= {};
    results.growth.outline[shape] = growth(SIZES.map((s) => ({ bytes: results.peer.results[shape][s].bytes, ms: results.peer.results[shape][s].oursMs, minMs: results.peer.results[shape][s].oursMinMs })));
  }
});

// 4. The real server over stdio.
const list = (size) => SHAPES.map((shape) => corpora[shape][size]);
await phase('documentSymbol', async () => {
  results.server.documentSymbol = await documentSymbolRoundTrips(
    SIZES.flatMap((size) => list(size)).sort((a, b) => SHAPES.indexOf(a.shape) - SHAPES.indexOf(b.shape) || a.target - b.target),
    {
      counts: (size) =>
        size >= 1e7
          ? { fresh: 11, minFresh: 5, cached: 5, budgetMs: 15_000, diagnostics: 3 }
          : size >= 1e6
            ? { fresh: quick ? 15 : 40, minFresh: 10, cached: 20, budgetMs: 6_000, diagnostics: 5 }
            : { fresh: quick ? 30 : 60, minFresh: 10, cached: 30, budgetMs: 4_000, diagnostics: 5 },
      log,
    },
  );
  results.growth.server = {};
  for (const shape of SHAPES) {
    const ds = results.server.documentSymbol[shape];
    results.growth.server[shape] = growth(SIZES.filter((s) => ds[s]?.fresh?.p50 != null).map((s) => ({ bytes: ds[s].bytes, ms: ds[s].fresh.p50 })));
  }
});
await phase('keystroke', async () => {
  results.server.keystroke = await keystrokes(list(KEYSTROKE_SIZE), { warmup: 20, edits: 200, settle: quick ? 200 : 800, cadence: 8, log });
  // The same typing in process, step by step, and the string copy every edit of a large text costs.
  results.keystrokeParts = keystrokeParts(ours, list(KEYSTROKE_SIZE), { warmup: 20, edits: 200 });
  for (const [shape, k] of Object.entries(results.keystrokeParts)) log(`keystroke in process ${shape}: update p50 ${k.update.p50}, reparse ${k.reparse.p50}, symbols ${k.symbols.p50}, JSON ${k.json.p50}; total p50 ${k.total.p50} p95 ${k.total.p95} ms`);
  results.flatten = flattenProbe(corpora.wrapped[KEYSTROKE_SIZE].text);
  log(`one-character replace + flatten: ${results.flatten.p50} ms at ${label(KEYSTROKE_SIZE)}, ${results.flatten.p50at50KB} ms at 50 KB`);
});
await phase('hover', async () => {
  const r = await hoverAndSelect(list(HOVER_SIZE), { selects: 200, log });
  results.server.hoverProvider = r.hoverProvider;
  results.server.hover = r.hover;
  results.server.selectParagraph = r.selectParagraph;
});
await phase('coldStart', async () => {
  const path = 'test-fixtures/corpus/texts/A-RES-80-5.txt';
  const text = JSON.parse(JSON.stringify(readFileSync(join(ROOT, path), 'utf8')));
  results.server.coldStart = await coldStart({ path, text, bytes: Buffer.byteLength(text) }, { spawns: quick ? 5 : 12, log });
});
await phase('memory', async () => {
  results.server.memory = await peakMemory(list(RSS_SIZE), { log });
});

results.machine.loadAverage = { start: loadStart.join(' '), end: load().join(' ') };
results.machine.coreCheckMs = coresStart && { start: coresStart, end: coreSpeeds() };
results.durationS = round((now() - t0) / 1000, 1);
results.goals = evaluateGoals(results);
writeFileSync(outPath, JSON.stringify(results, null, 2) + '\n');

console.log(`\nunres benchmark — ${machineLine(results.machine)}${quick ? ' — QUICK RUN' : ''}\n`);
console.log(tables(results));
console.log('\n### Goals of issue 5\n');
console.log(goalsTable(results.goals));
console.log(`\n${results.goals.filter((g) => g.pass === true).length}/${results.goals.length} goals met; ${results.durationS} s; written to ${outPath}`);
