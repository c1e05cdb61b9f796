// Where the time goes: the V8 sampling profiler (what `node --cpu-prof` records) on one benchmark
// text, summarised as the top self-time functions with their source file. Writes the .cpuprofile
// to bench/out/ too, for Chrome DevTools or VS Code.
//
// usage: node bench/profile.mjs [clean|wrapped|flattened] [size in bytes, e.g. 1e6] [seconds]
//          parse() in process, repeated for `seconds` after warm-up
//        node bench/profile.mjs --server [shape] [size] [edits]
//          `node --cpu-prof dist/server.js --stdio` doing what an editor does with the text:
//          didOpen, documentSymbol twice, 10 hovers, `edits` (default 10) one-character edits each
//          followed by documentSymbol, shutdown
import { Session } from 'node:inspector/promises';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBench, OURS_CJS, SERVER_BUNDLE_JS } from './build.mjs';
import { buildCorpus, ROOT } from './corpus.mjs';
import { positioner, startServer } from './lsp.mjs';
import { hoverPositions } from './server.mjs';
import { label } from './stats.mjs';

const args = process.argv.slice(2);
const server = args.includes('--server');
const [shape = 'flattened', sizeArg = '1e6', secondsArg = '4'] = args.filter((a) => !a.startsWith('--'));
const size = Number(sizeArg);
const OUT = join(ROOT, 'bench', 'out');
mkdirSync(OUT, { recursive: true });

/** Bundle line → source file, from the `// path/to/file.ts` line esbuild writes before each module. */
function sourceFiles(bundle) {
  const marks = [];
  readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      const m = /^\/\/ (\S+\.(?:ts|js))$/.exec(l);
      if (m) marks.push([i, m[1].replace(/^(\.\.\/)+/, '')]);
    });
  return (line) => {
    let f = '';
    for (const [i, name] of marks) if (i <= line) f = name;
    return f;
  };
}

export function topSelfTime(profile, bundle, n = 20) {
  const fileOf = sourceFiles(bundle);
  const bundleName = bundle.split('/').pop();
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const c = counts.get(node.id) ?? 0;
    if (!c) continue;
    const cf = node.callFrame;
    const inBundle = cf.url.endsWith(bundleName);
    const where = inBundle ? `${fileOf(cf.lineNumber)} (bundle line ${cf.lineNumber + 1})` : cf.url ? relative(ROOT, cf.url.startsWith('file:') ? fileURLToPath(cf.url) : cf.url) : '';
    const key = `${cf.functionName || '(anonymous)'}\t${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + c);
  }
  const total = profile.samples.length;
  const ms = (profile.endTime - profile.startTime) / 1000;
  return {
    samples: total,
    profiledMs: ms,
    top: [...byFunction.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, c]) => {
        const [fn, where] = key.split('\t');
        return { percent: (100 * c) / total, ms: (ms * c) / total, fn, where };
      }),
  };
}

const print = (summary) => {
  for (const t of summary.top) console.log(`${t.percent.toFixed(1).padStart(5)}% ${t.ms.toFixed(0).padStart(7)} ms  ${t.fn.padEnd(34)} ${t.where}`);
};

const corpus = buildCorpus(shape, size);
if (!server) {
  const ours = await buildBench();
  for (let i = 0; i < 3; i++) ours.parse(corpus.text); // warm-up: profile the optimised code
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < Number(secondsArg) * 1000) {
    ours.parse(corpus.text);
    runs++;
  }
  const elapsed = performance.now() - t0;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const out = join(OUT, `parse-${shape}-${size}.cpuprofile`);
  writeFileSync(out, JSON.stringify(profile));
  const per = elapsed / runs;
  console.log(`parse() on ${shape} ${label(corpus.bytes)}: ${runs} runs, ${per.toFixed(1)} ms per run (${(corpus.bytes / 1e6 / (per / 1000)).toFixed(1)} MB/s under the profiler); ${relative(ROOT, out)}`);
  print(topSelfTime(profile, OURS_CJS));
} else {
  const dir = join(OUT, 'server-profile');
  rmSync(dir, { recursive: true, force: true });
  const s = await startServer({ execArgv: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const uri = 'file:///bench/profile.unres';
  const step = async (name, fn) => {
    const t = performance.now();
    await fn();
    console.log(`${name}: ${(performance.now() - t).toFixed(1)} ms`);
  };
  await step('didOpen + documentSymbol', async () => {
    await s.open(uri, corpus.text);
    await s.symbols(uri);
  });
  await step('documentSymbol again (same version)', () => s.symbols(uri));
  const pos = positioner(corpus.text);
  const { citations, words } = hoverPositions(corpus.text, 5);
  await step('10 hovers', async () => {
    for (const o of [...citations, ...words]) await s.hover(uri, pos(o)).catch(() => null);
  });
  const at = corpus.text.indexOf(' ', corpus.text.length >> 1) + 1;
  const p = pos(at);
  const edits = Number(args.filter((a) => !a.startsWith('--'))[2] ?? 10);
  await step(`${edits} keystrokes, each + documentSymbol`, async () => {
    for (let i = 0; i < edits; i++) {
      const q = { line: p.line, character: p.character + i };
      await s.change(uri, { start: q, end: q }, 'x');
      await s.symbols(uri);
    }
  });
  console.log(`peak RSS ${s.memory()?.VmHWM?.toFixed(0)} MB`);
  await s.stop();
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const out = join(OUT, `server-${shape}-${size}.cpuprofile`);
  renameSync(join(dir, file), out);
  rmSync(dir, { recursive: true, force: true });
  const summary = topSelfTime(JSON.parse(readFileSync(out, 'utf8')), SERVER_BUNDLE_JS);
  console.log(`server on ${shape} ${label(corpus.bytes)}: ${summary.samples} samples over ${(summary.profiledMs / 1000).toFixed(1)} s; ${relative(ROOT, out)}`);
  print(summary);
}
