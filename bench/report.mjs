// Goals of issue 5 against measured figures, and the tables printed by `npm run bench` and written
// into the README. Pure functions of results.json.
import { label } from './stats.mjs';

export const GOALS = {
  parserMBps: 50,
  parserFloorRatio: 4,
  documentSymbol1MBp95: 30,
  keystroke300KBp95: 5,
  hover1MBp95: 5,
  coldStartRatio: 2,
  rssMB: 100,
  peerSpeedup: 3,
};

const fmt = (x, d = 1) => (x == null || !Number.isFinite(x) ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(d));
const fms = (x) => (x == null || !Number.isFinite(x) ? '—' : x < 1 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const mark = (pass) => (pass === true ? '✓' : pass === false ? '✗' : '?');
const sizesOf = (byShape) => Object.keys(byShape ?? {}).map(Number).sort((a, b) => a - b);
const worst = (entries, key, cmp) => entries.filter((e) => e[key] != null).sort((a, b) => cmp(a[key], b[key]))[0];

/**
 * The worst cell of a parser figure among the runs timed at full speed (see bench/parser.mjs,
 * `canary`), as a note to the goal's plain median: '' when the results have no canary.
 */
function fullSpeedNote(cells, key, cmp, show) {
  const at = cells.filter((c) => c.fullSpeed?.runs > 0).map((c) => ({ ...c, v: c.fullSpeed[key] }));
  if (!at.length) return '';
  const w = worst(at, 'v', cmp);
  const slowed = cells.filter((c) => c.hostSlowdown > 1.2).map((c) => `${c.shape} ${label(c.size)} ${fmt(c.hostSlowdown, 2)}×`);
  const none = cells.filter((c) => c.fullSpeed && !c.fullSpeed.runs).map((c) => `${c.shape} ${label(c.size)}`);
  return `; runs at the host's full speed only: worst ${show(w.v)} (${w.shape} ${label(w.size)}${none.length ? `; no such run at ${none.join(', ')}` : ''})${slowed.length ? `; host slowed during ${slowed.join(', ')}` : ''}`;
}

/** The smallest speed-up over runs of both sides at the host's full speed, as a note ('' without a canary). */
function peerFullSpeedNote(cells) {
  const at = cells.filter((c) => c.fullSpeed?.speedup != null).map((c) => ({ ...c, v: c.fullSpeed.speedup }));
  if (!at.length) return '';
  const w = worst(at, 'v', (a, b) => a - b);
  return `; runs of both sides at the host's full speed only: min ${fmt(w.v)}× (${w.shape} ${label(w.size)})`;
}

/** Each goal of issue 5 with the figure that decides it. `pass` is null when it could not be measured. */
export function evaluateGoals(r) {
  const goals = [];
  const shapes = Object.keys(r.parser ?? {});
  const parserCells = shapes.flatMap((shape) => sizesOf(r.parser[shape]).map((size) => ({ shape, size, ...r.parser[shape][size] })));

  const slow = worst(parserCells, 'parserMBps', (a, b) => a - b);
  const failing = parserCells.filter((c) => c.parserMBps < GOALS.parserMBps).map((c) => `${c.shape} ${label(c.size)}`);
  goals.push({
    id: 'parser-throughput',
    goal: `Parser ≥ ${GOALS.parserMBps} MB/s on every shape (every size)`,
    measured: slow ? `min ${fmt(slow.parserMBps)} MB/s (${slow.shape} ${label(slow.size)})${failing.length ? `; below at ${failing.join(', ')}` : ''}${fullSpeedNote(parserCells, 'parserMBps', (a, b) => a - b, (x) => `${fmt(x)} MB/s`)}` : null,
    value: slow?.parserMBps ?? null,
    pass: slow ? failing.length === 0 : null,
  });

  const far = worst(parserCells, 'ratio', (a, b) => b - a);
  const farList = parserCells.filter((c) => c.ratio > GOALS.parserFloorRatio).map((c) => `${c.shape} ${label(c.size)} ${fmt(c.ratio)}×`);
  goals.push({
    id: 'parser-floor',
    goal: `Parser within ${GOALS.parserFloorRatio}× of the bare scan floor`,
    measured: far ? `max ${fmt(far.ratio)}× (${far.shape} ${label(far.size)})${farList.length ? `; above at ${farList.join(', ')}` : ''}${fullSpeedNote(parserCells, 'ratio', (a, b) => b - a, (x) => `${fmt(x)}×`)}` : null,
    value: far?.ratio ?? null,
    pass: far ? farList.length === 0 : null,
  });

  const ds = r.server?.documentSymbol ?? {};
  const ds1 = Object.entries(ds).map(([shape, bySize]) => ({ shape, ...bySize[1e6] })).filter((c) => c.fresh);
  const dsErr = Object.entries(ds).filter(([, bySize]) => bySize[1e6]?.error).map(([shape]) => shape);
  const dsw = worst(ds1.map((c) => ({ ...c, p95: c.fresh.p95 })), 'p95', (a, b) => b - a);
  const dsc = worst(ds1.map((c) => ({ ...c, p95: c.cached.p95 })), 'p95', (a, b) => b - a);
  goals.push({
    id: 'document-symbol-1mb',
    goal: `documentSymbol round trip on 1 MB ≤ ${GOALS.documentSymbol1MBp95} ms p95 (after a one-character edit)`,
    measured: dsw ? `${fms(dsw.p95)} ms (${dsw.shape}); same version asked again: ${fms(dsc?.p95)} ms${dsErr.length ? `; failed on ${dsErr.join(', ')}` : ''}` : null,
    value: dsw?.p95 ?? null,
    pass: dsw ? dsw.p95 <= GOALS.documentSymbol1MBp95 && dsErr.length === 0 : null,
  });

  const ks = Object.entries(r.server?.keystroke ?? {}).map(([shape, v]) => ({ shape, ...v }));
  const ksw = worst(ks, 'p95', (a, b) => b - a);
  goals.push({
    id: 'keystroke-300kb',
    goal: `Keystroke → fresh outline on 300 KB ≤ ${GOALS.keystroke300KBp95} ms p95`,
    measured: ksw
      ? `${fms(ksw.p95)} ms (${ksw.shape}); ${ks.map((k) => `${k.shape} ${fms(k.p95)}`).join(', ')}` +
        (ks.every((k) => k.floor) ? `; a bare Node peer giving the same answers, in the same run: ${ks.map((k) => `${k.shape} ${fms(k.floor.p95)}`).join(', ')}` : '') +
        (ks.every((k) => k.settled) ? `; keystrokes ${ks[0].settled.after + 1}–${ks[0].settled.after + ks[0].settled.n} of the same typing: ${ks.map((k) => `${k.shape} ${fms(k.settled.p95)}`).join(', ')}` : '')
      : null,
    value: ksw?.p95 ?? null,
    pass: ksw ? ksw.p95 <= GOALS.keystroke300KBp95 : null,
  });

  const hv = Object.entries(r.server?.hover ?? {}).map(([shape, v]) => ({ shape, ...v }));
  const hvw = worst(hv, 'p95', (a, b) => b - a);
  const hvErr = hv.find((h) => h.error);
  goals.push({
    id: 'hover-1mb',
    goal: `Hover on 1 MB ≤ ${GOALS.hover1MBp95} ms p95`,
    measured: hvErr && !hvw ? `not measurable: ${r.server?.hoverProvider ? '' : 'no hoverProvider; '}${hvErr.error}` : hvw ? `${fms(hvw.p95)} ms (${hvw.shape})${r.server?.hoverProvider ? '' : ' — server declares no hoverProvider'}` : null,
    value: hvw?.p95 ?? null,
    pass: hvw && r.server?.hoverProvider ? hvw.p95 <= GOALS.hover1MBp95 : null,
  });

  const cs = r.server?.coldStart;
  goals.push({
    id: 'cold-start',
    goal: `Cold start to first symbols ≤ ${GOALS.coldStartRatio}× a bare \`node -e 0\``,
    measured: cs ? `${fms(cs.server.p50)} ms vs ${fms(cs.bareNode.p50)} ms = ${fmt(cs.ratio, 2)}×` : null,
    value: cs?.ratio ?? null,
    pass: cs ? cs.ratio <= GOALS.coldStartRatio : null,
  });

  const mem = Object.entries(r.server?.memory ?? {}).map(([shape, v]) => ({ shape, ...v }));
  const memw = worst(mem, 'peakMB', (a, b) => b - a);
  const memErr = mem.filter((m) => m.error).map((m) => m.shape);
  goals.push({
    id: 'rss-5mb',
    goal: `RSS ≤ ${GOALS.rssMB} MB with 5 MB open`,
    measured: memw ? `peak ${fmt(memw.peakMB)} MB (${memw.shape}, ${label(memw.bytes)} open)${memErr.length ? `; failed on ${memErr.join(', ')}` : ''}` : null,
    value: memw?.peakMB ?? null,
    // Decided only with the 5 MB document of a full run (a quick run opens 1 MB).
    pass: memw && memw.bytes >= 4.5e6 ? memw.peakMB <= GOALS.rssMB && memErr.length === 0 : null,
  });

  const peerCells = Object.entries(r.peer?.results ?? {}).flatMap(([shape, bySize]) => sizesOf(bySize).map((size) => ({ shape, size, ...bySize[size] })));
  const pw = worst(peerCells, 'speedup', (a, b) => a - b);
  const pFail = peerCells.filter((c) => c.speedup < GOALS.peerSpeedup).map((c) => `${c.shape} ${label(c.size)} ${fmt(c.speedup)}×`);
  goals.push({
    id: 'peer',
    goal: `≥ ${GOALS.peerSpeedup}× faster than vscode-markdown-languageservice document symbols`,
    measured: pw ? `min ${fmt(pw.speedup)}× (${pw.shape} ${label(pw.size)})${pFail.length ? `; below at ${pFail.join(', ')}` : ''}${peerFullSpeedNote(peerCells)}` : null,
    value: pw?.speedup ?? null,
    pass: pw ? pFail.length === 0 : null,
  });

  const steps = Object.entries(r.growth ?? {}).flatMap(([series, byShape]) =>
    Object.entries(byShape).flatMap(([shape, list]) => list.map((s) => ({ series, shape, ...s }))),
  );
  const superLinear = steps.filter((s) => s.superLinear);
  const maxK = worst(steps, 'k', (a, b) => b - a);
  goals.push({
    id: 'linear',
    goal: 'Cost grows linearly with size, 10 KB → 10 MB, no shape super-linear',
    measured: maxK
      ? superLinear.length
        ? `super-linear: ${superLinear.map((s) => `${s.series} ${s.shape} ${label(s.from)}→${label(s.to)} k=${s.k}${s.kOfMinima != null ? ` (k=${s.kOfMinima} on the fastest runs)` : ''}`).join(', ')}`
        : `largest step exponent k=${maxK.k} (${maxK.series} ${maxK.shape} ${label(maxK.from)}→${label(maxK.to)})`
      : null,
    value: maxK?.k ?? null,
    pass: maxK ? superLinear.length === 0 : null,
  });
  return goals;
}

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function machineLine(m) {
  const cores = m.coreCheckMs ? `, core check ${m.coreCheckMs.start.join(' / ')} → ${m.coreCheckMs.end.join(' / ')} ms` : '';
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}, ${m.date.slice(0, 10)}${m.loadAverage ? `, load average ${m.loadAverage.start} → ${m.loadAverage.end}` : ''}${cores}`;
}

/** Slowest over fastest core in the core checks (1 = even), or null. */
export function coreSpread(m) {
  if (!m.coreCheckMs) return null;
  return Math.max(...[m.coreCheckMs.start, m.coreCheckMs.end].map((l) => Math.max(...l) / Math.min(...l)));
}

/** All tables as Markdown (printed to the console as they are, and written into the README). */
export function tables(r, { heading = '###' } = {}) {
  const out = [];
  const shapes = Object.keys(r.parser ?? {});
  if (shapes.length) {
    const rows = [];
    for (const shape of shapes) {
      const steps = r.growth?.parser?.[shape] ?? [];
      for (const size of sizesOf(r.parser[shape])) {
        const c = r.parser[shape][size];
        const step = steps.find((s) => s.to === c.bytes);
        const fs = c.fullSpeed;
        rows.push([
          shape, label(size), fms(c.parserMs), fmt(c.parserMBps), fms(c.parserMinMs), fms(c.floorMs), fmt(c.floorMBps), `${fmt(c.ratio)}×`, step ? `${step.timeFactor}×${step.superLinear ? ' ⚠' : ''}` : '', String(c.runs),
          c.hostSlowdown != null ? `${fmt(c.hostSlowdown, 2)}×` : '—',
          fs?.runs ? `${fmt(fs.parserMBps)} · ${fmt(fs.ratio)}× (${fs.runs})` : '—',
        ]);
      }
    }
    out.push(`${heading} Parser, in process (median)`, '', table(['shape', 'size', 'parser ms', 'MB/s', 'fastest run ms', 'floor ms', 'floor MB/s', 'parser/floor', 'time vs previous size', 'runs', 'host ×', 'at full speed: MB/s · parser/floor (runs)'], rows));
  }
  const peer = r.peer?.results;
  if (peer && Object.keys(peer).length) {
    const rows = [];
    for (const shape of Object.keys(peer)) {
      for (const size of sizesOf(peer[shape])) {
        const c = peer[shape][size];
        const fs = c.fullSpeed;
        rows.push([
          shape, label(size), fms(c.oursMs), fms(c.theirsMs), `**${fmt(c.speedup)}×**`, fms(c.theirsHeadingsOnlyMs), fms(c.markdownItMs), `${c.oursSymbols} / ${c.theirsSymbols}`, c.theirRuns != null ? `${c.runs} / ${c.theirRuns}` : String(c.runs),
          c.hostSlowdown ? `${fmt(c.hostSlowdown.ours, 2)}× / ${fmt(c.hostSlowdown.theirs, 2)}×` : '—',
          fs?.speedup != null ? `${fmt(fs.speedup)}× (${fs.oursRuns} / ${fs.theirsRuns})` : '—',
        ]);
      }
    }
    out.push(
      '',
      `${heading} Outline in process: ours vs vscode-markdown-languageservice ${r.peer.versions?.['vscode-markdown-languageservice'] ?? ''} (median ms)`,
      '',
      table(['shape', 'size', 'ours (parse + symbols)', 'theirs (as VS Code asks)', 'speed-up', 'theirs, headings only', 'markdown-it tokenize', 'symbols ours / theirs', 'runs ours / theirs', 'host × ours / theirs', 'speed-up at full speed (runs)'], rows),
    );
  }
  const ds = r.server?.documentSymbol;
  if (ds && Object.keys(ds).length) {
    const rows = [];
    for (const shape of Object.keys(ds)) {
      for (const size of sizesOf(ds[shape])) {
        const c = ds[shape][size];
        if (c.error) rows.push([shape, label(size), '—', '—', '—', '—', '—', '—', '—', `error: ${c.error.slice(0, 60)}`]);
        else
          rows.push([
            shape,
            label(size),
            fms(c.openToFirstSymbolsMs),
            `${fms(c.fresh.p50)} / ${fms(c.fresh.p95)}`,
            c.floor ? `${fms(c.floor.p50)} / ${fms(c.floor.p95)}` : '—',
            `${fms(c.cached.p50)} / ${fms(c.cached.p95)}`,
            fms(c.openToDiagnosticsMs),
            c.editToDiagnostics?.n ? fms(c.editToDiagnostics.p50) : '—',
            c.answerBytes != null ? `${c.symbols}, ${label(c.answerBytes)}` : String(c.symbols),
            `${c.fresh.n} / ${c.cached.n}`,
          ]);
      }
    }
    out.push(
      '',
      `${heading} Server over stdio: textDocument/documentSymbol (ms)`,
      '',
      table(['shape', 'size', 'didOpen → first symbols', 'after 1-char edit p50 / p95', 'bare peer, same answer p50 / p95', 'same version p50 / p95', 'didOpen → diagnostics', 'edit → diagnostics p50', 'symbols, answer', 'n'], rows),
    );
  }
  const s = r.server ?? {};
  const rows = [];
  for (const [shape, k] of Object.entries(s.keystroke ?? {})) rows.push([`keystroke → fresh outline, ${label(k.bytes)} ${shape}`, fms(k.p50), fms(k.p95), `${k.n} edits`]);
  for (const [shape, k] of Object.entries(s.keystroke ?? {}))
    if (k.floor) rows.push([`the same keystrokes to a bare Node peer (transport floor), ${label(k.bytes)} ${shape}`, fms(k.floor.p50), fms(k.floor.p95), `${k.floor.n} edits, each answered with the server's ${label(k.answerBytes)} outline, alternated with the keystrokes above`]);
  for (const [shape, k] of Object.entries(s.keystroke ?? {}))
    if (k.settled) {
      const range = `${k.settled.after + 1}–${k.settled.after + k.settled.n}`;
      rows.push([`keystrokes ${range} of the same typing, ${label(k.bytes)} ${shape}`, fms(k.settled.p50), fms(k.settled.p95), `${k.settled.n} edits`]);
      rows.push([`the bare Node peer, keystrokes ${range}, ${label(k.bytes)} ${shape}`, fms(k.settled.floor.p50), fms(k.settled.floor.p95), `${k.settled.floor.n} edits`]);
    }
  for (const [shape, k] of Object.entries(s.keystroke ?? {}))
    if (k.editorCadence) rows.push([`documentSymbol ${k.editorCadence.delayMs} ms after a keystroke (VS Code's cadence), ${label(k.bytes)} ${shape}`, fms(k.editorCadence.p50), fms(k.editorCadence.p95), `${k.editorCadence.n} edits; waits behind the diagnostics pass started 250 ms after the change`]);
  for (const [shape, h] of Object.entries(s.hover ?? {}))
    rows.push([`hover, ${label(h.bytes)} ${shape}${s.hoverProvider ? '' : ' (no hoverProvider)'}`, fms(h.p50), fms(h.p95), h.error ? h.error.slice(0, 80) : `${h.n} hovers, first ${fms(h.firstMs)} ms; answered ${h.answered.citation}/${h.requests.citation} citations, ${h.answered.word}/${h.requests.word} words`]);
  for (const [shape, p] of Object.entries(s.selectParagraph ?? {})) rows.push([`unres/selectParagraph, ${label(p.bytes)} ${shape}`, fms(p.p50), fms(p.p95), p.error ? p.error.slice(0, 80) : `${p.n} requests, ${p.found} found`]);
  if (s.coldStart) {
    rows.push([`cold start → first symbols (${s.coldStart.document})`, fms(s.coldStart.server.p50), fms(s.coldStart.server.p95), `${s.coldStart.server.n} spawns, ${fmt(s.coldStart.ratio, 2)}× node -e 0`]);
    rows.push(['bare `node -e 0`', fms(s.coldStart.bareNode.p50), fms(s.coldStart.bareNode.p95), `${s.coldStart.bareNode.n} spawns`]);
  }
  if (rows.length) out.push('', `${heading} Server over stdio: interaction (ms)`, '', table(['measure', 'p50', 'p95', 'notes'], rows));
  const parts = r.keystrokeParts;
  if (parts && Object.keys(parts).length) {
    const pr = Object.entries(parts).map(([shape, k]) => [`${label(k.bytes)} ${shape}`, fms(k.update.p50), fms(k.reparse.p50), fms(k.symbols.p50), fms(k.json.p50), `${fms(k.total.p50)} / ${fms(k.total.p95)}`]);
    out.push('', `${heading} A keystroke in process: where the time goes (p50 ms)`, '', table(['text', 'document update', 'reparse', 'outline', 'JSON', 'total p50 / p95'], pr));
    const f = r.flatten;
    if (f) out.push('', `Replacing one character of the 300 KB text and reading it back (V8 copies it into one flat string): p50 ${fms(f.p50)} ms; the same on its first 50 KB: ${fms(f.p50at50KB)} ms. A two-byte string over 128 KB is a large object on freshly mapped pages, and first touches of memory are slow on this machine; the document update pays this on every keystroke.`);
  }
  if (s.memory && Object.keys(s.memory).length) {
    out.push('', `${heading} Server memory with a ${label(Object.values(s.memory)[0].bytes)} document open (MB)`, '', table(['shape', 'idle RSS', 'peak RSS (VmHWM)', 'RSS at end'], Object.entries(s.memory).map(([shape, m]) => [shape, fmt(m.idleMB), fmt(m.peakMB), m.error ? `error: ${m.error.slice(0, 60)}` : fmt(m.rssMB)])));
  }
  return out.join('\n');
}

export function goalsTable(goals) {
  return table(['', 'goal (issue 5)', 'measured'], goals.map((g) => [mark(g.pass), g.goal, g.measured ?? 'not measured']));
}
