// Parser throughput against a floor, in process, on the same strings.
//
// The floor is a bare scan that reads every character once the way the cheapest possible
// line-based recogniser would: split the text into lines at '\n', then run ONE regular expression
// over each line with a global exec loop counting all its matches. A per-line `test()` would stop
// at the first match and read almost nothing of a one-line flattened text, so it is no floor.
import { gc, median, now, round, runsFor, mb } from './stats.mjs';

export const FLOOR_REGEX = /(?:^|\s)(?:\d{1,3}\.|\([a-z]{1,4}\))(?=\s)/g;
export const FLOOR_DEFINITION =
  "text.split('\\n'), then for each line a global exec loop of " +
  String(FLOOR_REGEX) +
  ' counting every match (every character is read; a per-line test() would stop at the first match)';

export function floorScan(text) {
  const re = FLOOR_REGEX;
  let n = 0;
  for (const line of text.split('\n')) {
    re.lastIndex = 0;
    while (re.exec(line) !== null) n++;
  }
  return n;
}

let sink = 0;

/**
 * The host canary: one fixed loop that reads an 8,000-character two-byte string with charCodeAt,
 * allocating nothing, timed beside every parser run. On this VM the host at times slows every
 * memory-bound loop about 2× for seconds on end (this loop 0.022 → 0.045 ms, the parser and the
 * floor alike, a dependent multiply chain not at all): a cell timed in such a stretch has a median
 * twice its usual. The canary says which runs were timed at the machine's full speed.
 */
const CANARY_TEXT = (() => {
  const line = 'Recalling its resolutions “on the situation” concerning the Sudan, 1590 (2005) and ';
  return line.repeat(Math.ceil(8000 / line.length)).slice(0, 8000);
})();
export function canary() {
  const t = now();
  let x = 0;
  for (let i = 0; i < CANARY_TEXT.length; i++) x = (x + CANARY_TEXT.charCodeAt(i)) | 0;
  sink ^= x;
  return now() - t;
}
/** A run counts as timed at full speed when the canary beside it ran within this factor of its fastest in the whole benchmark. */
export const FULL_SPEED = 1.2;
/** The times of the runs timed at full speed: `canaries[i]` is the canary beside `times[i]`. */
export const atFullSpeedOnly = (times, canaries, fastest) => times.filter((_, i) => canaries[i] <= FULL_SPEED * fastest);
const keep = (x) => {
  sink ^= typeof x === 'number' ? x : x && typeof x === 'object' ? 1 : 0;
};

/**
 * Median of ≥ minRuns timed runs of parse(text) and floorScan(text), interleaved, after warm-up.
 * Returns ms and MB/s (MB = 10^6 UTF-8 bytes of the text) and the ratio parser/floor in time.
 */
export function measureParser(parse, corpus, { minRuns = 10, maxRuns = 200, budgetMs = 1500 } = {}) {
  const { text, bytes } = corpus;
  gc();
  // Warm-up after the collection: at least 2 runs of each and ~300 ms, whichever is longer, so
  // that a small text is not timed while the heap regrows after gc() (that alone doubled the
  // median of a 10 KB parse).
  const w0 = now();
  let first;
  let warm = 0;
  for (; warm < 2 || now() - w0 < 300; warm++) {
    const t = now();
    keep(parse(text));
    if (warm === 0) first = now() - t;
    keep(floorScan(text));
    canary();
  }
  const perRun = (now() - w0) / warm;
  const runs = runsFor(perRun, budgetMs, minRuns, maxRuns);
  const parser = [];
  const floor = [];
  const canaries = [];
  let model;
  const cpu0 = process.cpuUsage();
  const wall0 = now();
  for (let i = 0; i < runs; i++) {
    let t = now();
    keep(floorScan(text));
    floor.push(now() - t);
    t = now();
    model = parse(text);
    parser.push(now() - t);
    canaries.push(canary());
  }
  const p = median(parser);
  const f = median(floor);
  const cpu = process.cpuUsage(cpu0);
  const wall = now() - wall0;
  return {
    runs,
    firstRunMs: round(first),
    parserMs: round(p),
    parserMBps: round(mb(bytes) / (p / 1000), 2),
    floorMs: round(f),
    floorMBps: round(mb(bytes) / (f / 1000), 2),
    floorMatches: floorScan(text),
    ratio: round(p / f, 2),
    parserMinMs: round(Math.min(...parser)),
    floorMinMs: round(Math.min(...floor)),
    // CPU time of this process over wall time while timing: well below 1 means other processes
    // took the cores and the figures are pessimistic.
    cpuShare: round((cpu.user + cpu.system) / 1000 / wall, 2),
    canaryMs: round(median(canaries), 4),
    canaryMinMs: round(Math.min(...canaries), 4),
    model: countModel(model),
    // Each run's times, for `atFullSpeed` once the whole benchmark's fastest canary is known (then dropped).
    samples: { parser, floor, canary: canaries },
  };
}

/**
 * What the canary says of a cell (see `canary`), against `fastest`, the fastest canary of the whole
 * benchmark: how much slower the host ran over the cell (median canary / fastest), and the medians
 * of the runs whose canary was within FULL_SPEED of the fastest. Removes the cell's samples.
 */
export function atFullSpeed(cell, fastest) {
  const { parser, floor, canary: k } = cell.samples;
  delete cell.samples;
  const p = atFullSpeedOnly(parser, k, fastest);
  const f = atFullSpeedOnly(floor, k, fastest);
  cell.hostSlowdown = round(cell.canaryMs / fastest, 2);
  cell.fullSpeed = p.length
    ? { runs: p.length, parserMs: round(median(p)), parserMBps: round(mb(cell.bytes) / (median(p) / 1000), 2), floorMs: round(median(f)), ratio: round(median(p) / median(f), 2) }
    : { runs: 0 };
  return cell;
}

/** What the parser found, so that the figures can be read with the work done. */
export function countModel(model) {
  let subs = 0;
  const walk = (list) => {
    for (const p of list) {
      subs += p.children.length;
      walk(p.children);
    }
  };
  walk(model.preamble);
  walk(model.operative);
  for (const a of model.annexes) walk(a.paragraphs);
  return {
    preamble: model.preamble.length,
    operative: model.operative.length,
    annexes: model.annexes.length,
    annexParagraphs: model.annexes.reduce((n, a) => n + a.paragraphs.length, 0),
    subParagraphs: subs,
    headings: model.headings.length,
    furniture: model.furniture.length,
  };
}

/** Runs parse on every text for `ms` so that the JIT has compiled the parser before any timing. */
export function warmUp(parse, texts, ms = 1500) {
  const t0 = now();
  let runs = 0;
  while (now() - t0 < ms) for (const t of texts) keep(parse(t)), runs++;
  return runs;
}

/**
 * Growth of the parser time from one size to the next: exponent k with time ∝ size^k
 * (k = log(t2/t1) / log(s2/s1)). Flagged super-linear when k > 1.2, i.e. a 10× larger text taking
 * more than 10^1.2 ≈ 15.8× the time.
 */
export const SUPERLINEAR_K = 1.2;
export function growth(series) {
  const steps = [];
  for (let i = 1; i < series.length; i++) {
    const [a, b] = [series[i - 1], series[i]];
    const k = Math.log(b.ms / a.ms) / Math.log(b.bytes / a.bytes);
    const step = { from: a.bytes, to: b.bytes, timeFactor: round(b.ms / a.ms, 2), sizeFactor: round(b.bytes / a.bytes, 2), k: round(k, 2), superLinear: k > SUPERLINEAR_K };
    // The same step on the fastest runs: when it is linear there and not on medians, the medians
    // were disturbed (other processes, GC) rather than the algorithm being super-linear. A step is
    // called super-linear only when it is so on both.
    if (a.minMs != null && b.minMs != null) {
      step.kOfMinima = round(Math.log(b.minMs / a.minMs) / Math.log(b.bytes / a.bytes), 2);
      step.superLinear = step.superLinear && step.kOfMinima > SUPERLINEAR_K;
    }
    steps.push(step);
  }
  return steps;
}

export const sinkValue = () => sink;
