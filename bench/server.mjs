// Measurements through the real server over stdio: `node dist/server.js --stdio`, spawned as an
// editor spawns it. Every time is taken in this (client) process from the moment the message is
// handed to the stream writer to the moment the response has been read and parsed, so JSON
// encoding, the pipe and the server's own work are all inside it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { OURS_CJS } from './build.mjs';
import { label, now, summary, round, percentile } from './stats.mjs';
import { positioner, startServer, memoryOf } from './lsp.mjs';

const uriOf = (name) => `file:///bench/${name}.unres`;

const BARE_PEER = fileURLToPath(new URL('./barePeer.cjs', import.meta.url));

/** The transport floor (bench/barePeer.cjs), started like the server. */
async function startBarePeer() {
  const peer = await startServer({ script: BARE_PEER });
  return {
    ...peer,
    /**
     * Opens `text` as `uri`, to be answered from then on with `answer` (the server's own, written
     * as the server writes it, so the same bytes come back), and asks once, untimed, as the server
     * was: the peer has read the didOpen before timing starts. Resolves with the answer's size in
     * bytes.
     */
    async mirror(uri, text, answer) {
      // The server escapes the outline's non-ASCII characters, with this function (in ours.cjs).
      const { asciiJson } = createRequire(import.meta.url)(OURS_CJS);
      const json = asciiJson(JSON.stringify(answer));
      await peer.open(uri, text);
      await peer.connection.sendNotification('bench/answer', { json });
      await peer.symbols(uri);
      return Buffer.byteLength(json);
    },
  };
}

/** Calls `a` and `b` in turn, the order swapped on odd `i`, so neither always runs right after the other's answer. */
async function alternately(i, a, b) {
  if (i % 2) {
    await a();
    await b();
  } else {
    await b();
    await a();
  }
}

/** An offset near the middle of the text at a lower-case letter inside a word. */
function middleLetter(text) {
  for (let i = text.length >> 1; i < text.length; i++) {
    if (/[a-z]/.test(text[i]) && /[a-z]/.test(text[i - 1] ?? '')) return i;
  }
  return text.length >> 1;
}

/**
 * documentSymbol round trip per shape and size. `fresh`: after a one-character edit in the middle
 * (a letter replaced by another, alternately back: every request has a new version and new text,
 * so the server must bring its model up to date); `cached`: the same version asked again (pure
 * request, serialisation and pipe; measured first, while no edit is pending). Also: didOpen → first symbols (includes sending the text), and
 * didOpen → the server's diagnostics published (its background pass over the whole text). The
 * timed loops start once those diagnostics are in; when a timed request took longer than the
 * server's diagnostics delay, the loop waits for that version's diagnostics (untimed) so the next
 * request does not queue behind them.
 */
export async function documentSymbolRoundTrips(corpora, { counts, log }) {
  let server = await startServer();
  const bare = await startBarePeer();
  const out = {};
  try {
    for (const c of corpora) {
      out[c.shape] ??= {};
      const uri = uriOf(`symbols-${c.shape}-${c.target}`);
      const n = counts(c.target);
      try {
        const pos = positioner(c.text);
        const at = middleLetter(c.text);
        const range = { start: pos(at), end: pos(at + 1) };
        const orig = c.text[at];
        const alt = orig === 'e' ? 'a' : 'e';
        const opened = now();
        await server.open(uri, c.text);
        const first = await server.symbols(uri);
        const openMs = now() - opened;
        const diag = await server.diagnosticsFor(uri, 1, 120_000);
        const openToDiagnosticsMs = diag ? diag.at - opened : null;
        const cached = [];
        for (let i = 0; i < n.cached; i++) {
          const t = now();
          await server.symbols(uri);
          cached.push(now() - t);
        }
        const answerBytes = await bare.mirror(uri, c.text, first);
        const fresh = [];
        const floor = [];
        let cell0 = now();
        // The first edits of a text are warm-up, untimed (an even number: the text is as opened
        // again after them): the first edit of a 10 MB text took 1.3-1.7× the later ones, which
        // moved the median of its 5 timed edits while 40-60 timed edits at the smaller sizes
        // diluted it.
        let letterNow = orig;
        for (let i = -WARM_EDITS; i < n.fresh && (i < n.minFresh || now() - cell0 < n.budgetMs); i++) {
          const letter = i % 2 === 0 ? alt : orig;
          letterNow = letter;
          const timed = i >= 0;
          if (i === 0) cell0 = now();
          let dt = 0;
          await alternately(
            i & 1,
            async () => {
              await server.change(uri, range, letter);
              const t = now();
              await server.symbols(uri);
              dt = now() - t;
              if (timed) fresh.push(dt);
            },
            async () => {
              await bare.change(uri, range, letter);
              const t = now();
              await bare.symbols(uri);
              if (timed) floor.push(now() - t);
            },
          );
          if (dt > SLOW_MS) await server.diagnosticsFor(uri, server.version(uri), 120_000);
        }
        // Edit → diagnostics: the server's pass over the whole text after an edit (it waits for
        // typing to pause, then reads again only the citation regions the edit changed), from the
        // change sent to that version's diagnostics published.
        const editToDiagnostics = [];
        for (let i = 0; i < n.diagnostics; i++) {
          letterNow = letterNow === orig ? alt : orig;
          const t = now();
          await server.change(uri, range, letterNow);
          const d = await server.diagnosticsFor(uri, server.version(uri), 120_000);
          if (d) editToDiagnostics.push(d.at - t);
        }
        await server.close(uri);
        await bare.close(uri);
        out[c.shape][c.target] = {
          bytes: c.bytes,
          symbols: countSymbols(first),
          openToFirstSymbolsMs: round(openMs),
          openToDiagnosticsMs: round(openToDiagnosticsMs),
          editToDiagnostics: summary(editToDiagnostics),
          diagnostics: diag?.count ?? null,
          fresh: summary(fresh),
          cached: summary(cached),
          answerBytes,
          floor: summary(floor),
        };
        log?.(`documentSymbol ${c.shape} ${label(c.bytes)}: fresh p50 ${round(percentile(fresh, 50), 1)} p95 ${round(percentile(fresh, 95), 1)} ms, cached p95 ${round(percentile(cached, 95), 1)} ms; didOpen → diagnostics ${round(openToDiagnosticsMs, 0)} ms, edit → diagnostics p50 ${round(percentile(editToDiagnostics, 50), 0)} ms`);
      } catch (e) {
        out[c.shape][c.target] = { bytes: c.bytes, error: String(e?.message ?? e).slice(0, 300) };
        log?.(`documentSymbol ${c.shape} ${label(c.bytes)} failed: ${e?.message ?? e}; restarting the server`);
        await server.stop();
        server = await startServer();
        if (bare.version(uri) !== undefined) await bare.close(uri);
      }
    }
  } finally {
    await server.stop();
    await bare.stop();
  }
  return out;
}

/** Above this a request has outlasted the server's diagnostics delay (250 ms after a change). */
const SLOW_MS = 200;
/** Untimed edits before a documentSymbol cell's timed ones (see documentSymbolRoundTrips). */
const WARM_EDITS = 2;

function countSymbols(list) {
  let n = 0;
  for (const s of list ?? []) n += 1 + countSymbols(s.children);
  return n;
}

/**
 * Keystroke to fresh outline: characters typed one at a time in the middle of the text (the text
 * that follows the insertion point, typed again), each an incremental didChange immediately
 * followed by documentSymbol; the time runs from sending didChange to having the symbols.
 * Then VS Code's cadence: a keystroke, documentSymbol 350 ms later (when VS Code asks), timed from
 * that request to the symbols; each time the loop then waits for the version's diagnostics.
 */
export const EDITOR_DELAY_MS = 350;

/** Where the keystroke loops type (a word start near the middle) and what: the text that follows, typed again. */
export function typingPlan(text, count) {
  const at = text.indexOf(' ', text.length >> 1) + 1;
  // Runs of blanks become one space, so more text is read than is typed.
  const typed = text.slice(at, at + 2 * count + 50).replace(/\s+/g, ' ');
  if (typed.length < count) throw new Error(`typingPlan: ${count} characters to type, but only ${typed.length} follow the middle of the text`);
  return { at, typed };
}
export async function keystrokes(corpora, { warmup = 20, edits = 200, settle = 800, cadence = 8, log }) {
  const server = await startServer();
  const bare = await startBarePeer();
  const out = {};
  try {
    for (const c of corpora) {
      const uri = uriOf(`keystroke-${c.shape}`);
      await server.open(uri, c.text);
      const first = await server.symbols(uri);
      const before = countSymbols(first);
      await server.diagnosticsFor(uri, 1, 120_000);
      const answerBytes = await bare.mirror(uri, c.text, first);
      // The first `edits` after the warm-up, then `settle` more, then `edits` again: V8 was still
      // optimising the edit path's functions through the first ~300 keystrokes of a session.
      const typing = warmup + edits + settle + edits;
      const { at, typed } = typingPlan(c.text, typing + cadence);
      const pos = positioner(c.text)(at);
      const times = [];
      const floor = [];
      let i = 0;
      for (; i < typing; i++) {
        const p = { line: pos.line, character: pos.character + i };
        const keystroke = (s, into) => async () => {
          const t = now();
          await s.change(uri, { start: p, end: p }, typed[i]);
          await s.symbols(uri);
          if (i >= warmup) into.push(now() - t);
        };
        await alternately(i, keystroke(server, times), keystroke(bare, floor));
      }
      await bare.close(uri);
      const after = countSymbols(await server.symbols(uri));
      const paced = [];
      for (let k = 0; k < cadence; k++, i++) {
        const p = { line: pos.line, character: pos.character + i };
        await server.change(uri, { start: p, end: p }, typed[i]);
        await new Promise((r) => setTimeout(r, EDITOR_DELAY_MS));
        const t = now();
        await server.symbols(uri);
        paced.push(now() - t);
        await server.diagnosticsFor(uri, server.version(uri), 120_000);
      }
      await server.close(uri);
      out[c.shape] = {
        bytes: c.bytes,
        warmup,
        ...summary(times.slice(0, edits)),
        symbolsBefore: before,
        symbolsAfter: after,
        answerBytes,
        floor: summary(floor.slice(0, edits)),
        settled: { after: warmup + edits + settle, ...summary(times.slice(-edits)), floor: summary(floor.slice(-edits)) },
        editorCadence: { delayMs: EDITOR_DELAY_MS, ...summary(paced) },
      };
      const k = out[c.shape];
      log?.(
        `keystroke ${c.shape}: p50 ${k.p50} ms, p95 ${k.p95} ms (bare peer: p50 ${k.floor.p50}, p95 ${k.floor.p95}); ` +
          `keystrokes ${k.settled.after + 1}-${k.settled.after + edits}: p50 ${k.settled.p50}, p95 ${k.settled.p95} (bare peer: p50 ${k.settled.floor.p50}, p95 ${k.settled.floor.p95}); ` +
          `symbols ${EDITOR_DELAY_MS} ms after a keystroke: p50 ${round(percentile(paced, 50), 1)} ms, max ${round(Math.max(...paced), 1)} ms`,
      );
    }
  } finally {
    await server.stop();
    await bare.stop();
  }
  return out;
}

/** Hover positions: on citations "resolution(s) N (YYYY)" (inside the number) and on plain words. */
export function hoverPositions(text, perKind = 100) {
  const cites = [];
  const citeSpans = [];
  const re = /\bresolutions? (\d{1,4}) ?\((\d{4})\)/g;
  for (let m; (m = re.exec(text)); ) {
    const start = m.index + m[0].indexOf(m[1]);
    cites.push(start + (m[1].length >> 1));
    citeSpans.push([m.index, m.index + m[0].length]);
  }
  const words = [];
  const wr = /\b[a-z]{5,}\b/g;
  let s = 0;
  for (let m; (m = wr.exec(text)); ) {
    while (s < citeSpans.length && citeSpans[s][1] < m.index) s++;
    if (s < citeSpans.length && citeSpans[s][0] <= m.index) continue;
    words.push(m.index + 2);
  }
  const spread = (list) => {
    if (list.length <= perKind) return list;
    const step = list.length / perKind;
    return Array.from({ length: perKind }, (_, i) => list[Math.floor(i * step)]);
  };
  return { citations: spread(cites), words: spread(words), citationsInText: cites.length };
}

/**
 * Hover and unres/selectParagraph on the 1 MB texts, model already up to date (documentSymbol
 * answered first, as an editor asks for it on open). The first hover is reported apart.
 */
export async function hoverAndSelect(corpora, { selects = 200, log }) {
  const server = await startServer();
  const hoverProvider = server.capabilities.hoverProvider ?? null;
  const out = { hoverProvider: !!hoverProvider, hover: {}, selectParagraph: {} };
  try {
    for (const c of corpora) {
      const uri = uriOf(`hover-${c.shape}`);
      await server.open(uri, c.text);
      await server.symbols(uri);
      await server.diagnosticsFor(uri, 1, 120_000);
      const pos = positioner(c.text);
      const { citations, words, citationsInText } = hoverPositions(c.text);
      const order = [];
      for (let i = 0; i < Math.max(citations.length, words.length); i++) {
        if (i < citations.length) order.push(['citation', citations[i]]);
        if (i < words.length) order.push(['word', words[i]]);
      }
      const times = { citation: [], word: [] };
      const answered = { citation: 0, word: 0 };
      let firstMs = null;
      let error = null;
      for (const [kind, offset] of order) {
        const t = now();
        let r;
        try {
          r = await server.hover(uri, pos(offset));
        } catch (e) {
          error = String(e?.message ?? e);
          break;
        }
        const dt = now() - t;
        if (firstMs === null) firstMs = dt;
        else times[kind].push(dt);
        if (r) answered[kind]++;
      }
      const all = [...times.citation, ...times.word];
      out.hover[c.shape] = error
        ? { bytes: c.bytes, error, p50: null, p95: null }
        : {
            bytes: c.bytes,
            citationsInText,
            requests: { citation: citations.length, word: words.length },
            answered,
            firstMs: round(firstMs),
            ...summary(all),
            citation: summary(times.citation),
            word: summary(times.word),
          };
      log?.(`hover ${c.shape}: ${error ? error : `p95 ${round(percentile(all, 95), 2)} ms, answered ${answered.citation}/${citations.length} citations, ${answered.word}/${words.length} words`}`);

      // selectParagraph: every address the document has, typed in the forms a drafter types.
      let ids = [];
      try {
        ids = (await server.paragraphSummary(uri))?.ids ?? [];
      } catch {
        /* older servers */
      }
      const addresses = [];
      for (const id of ids) {
        // As typed: `OP3(a)` and `3(a)`, `PP2` and `pp 2`, `annex 2 5(a)` for ANNEX2:5(a).
        const m = /^(PP|OP)(\d+)(.*)$/.exec(id);
        if (m) addresses.push(id, m[1] === 'OP' ? `${m[2]}${m[3]}` : `pp ${m[2]}${m[3]}`);
        const a = /^ANNEX(\d+):(.*)$/.exec(id);
        if (a) addresses.push(`annex ${a[1]} ${a[2]}`);
      }
      addresses.splice(addresses.length >> 1, 0, 'OP999', 'PP999');
      const sel = [];
      let found = 0;
      let selError = null;
      for (let i = 0; i < selects; i++) {
        // Spread over the whole document when there are more addresses than requests.
        const a = addresses.length > selects ? addresses[Math.floor((i * addresses.length) / selects)] : addresses[i % addresses.length];
        const t = now();
        try {
          if (await server.selectParagraph(uri, a)) found++;
        } catch (e) {
          selError = String(e?.message ?? e);
          break;
        }
        sel.push(now() - t);
      }
      out.selectParagraph[c.shape] = { bytes: c.bytes, addresses: addresses.length, found, error: selError, ...summary(sel) };
      log?.(`selectParagraph ${c.shape}: p95 ${round(percentile(sel, 95), 2)} ms (${found}/${sel.length} found)`);
      await server.close(uri);
    }
  } finally {
    await server.stop();
  }
  return out;
}

/**
 * Cold start: spawn → initialize → initialized → didOpen → first documentSymbol answered, beside a
 * bare `node -e 0` (spawn → exit) with the same stdio pipes, alternated in the same run.
 */
export async function coldStart(doc, { spawns = 12, log }) {
  const bare = [];
  const server = [];
  for (let i = 0; i < spawns; i++) {
    let t = now();
    await new Promise((resolve, reject) => {
      const p = spawn(process.execPath, ['-e', '0'], { stdio: ['pipe', 'pipe', 'pipe'] });
      p.once('error', reject);
      p.once('exit', resolve);
    });
    bare.push(now() - t);
    t = now();
    const s = await startServer();
    await s.open(uriOf('cold'), doc.text);
    await s.symbols(uriOf('cold'));
    server.push(now() - t);
    await s.stop();
  }
  const b = summary(bare);
  const s = summary(server);
  log?.(`cold start: server p50 ${s.p50} ms, node -e 0 p50 ${b.p50} ms`);
  return { document: doc.path, bytes: doc.bytes, bareNode: b, server: s, ratio: round(s.p50 / b.p50, 2) };
}

/**
 * Peak resident memory (VmHWM) of a fresh server that opened the text and answered what an editor
 * asks on open and while editing: symbols, its diagnostics pass, folding ranges, paragraph summary,
 * 10 hovers, 4 selections, then 3 one-character edits each followed by symbols, and the
 * diagnostics of the last version.
 */
export async function peakMemory(corpora, { log }) {
  const out = {};
  for (const c of corpora) {
    const server = await startServer();
    const idle = server.memory();
    try {
      const uri = uriOf(`rss-${c.shape}`);
      await server.open(uri, c.text);
      await server.symbols(uri);
      await server.diagnosticsFor(uri, 1, 120_000);
      await server.folding(uri).catch(() => null);
      await server.paragraphSummary(uri).catch(() => null);
      const pos = positioner(c.text);
      const { citations, words } = hoverPositions(c.text, 5);
      for (const o of [...citations, ...words]) await server.hover(uri, pos(o)).catch(() => null);
      for (const a of ['OP1', 'PP2', '3', 'OP2(a)']) await server.selectParagraph(uri, a).catch(() => null);
      const at = middleLetter(c.text);
      const range = { start: pos(at), end: pos(at + 1) };
      for (let i = 0; i < 3; i++) {
        await server.change(uri, range, i % 2 ? c.text[at] : 'x');
        await server.symbols(uri);
      }
      await server.diagnosticsFor(uri, server.version(uri), 120_000);
      const m = server.memory();
      out[c.shape] = { bytes: c.bytes, idleMB: round(idle?.VmRSS, 1), peakMB: round(m?.VmHWM, 1), rssMB: round(m?.VmRSS, 1) };
      log?.(`peak RSS ${c.shape} ${label(c.bytes)}: ${round(m?.VmHWM, 1)} MB`);
    } catch (e) {
      out[c.shape] = { bytes: c.bytes, error: String(e?.message ?? e).slice(0, 300), peakMB: round(server.memory()?.VmHWM, 1) };
      log?.(`peak RSS ${c.shape} failed: ${e?.message ?? e}`);
    } finally {
      await server.stop();
    }
  }
  return out;
}

export { memoryOf };
