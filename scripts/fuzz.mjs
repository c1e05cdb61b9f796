// The long robustness run (issue 6): the property targets of server/test/support/robustness.ts
// with ≥ 100,000 cases in one run, the same checks through the real server over stdio, and the
// 10,000-edit soak. Prints cases run, crashes, invalid / non-nested ranges and other violations,
// with a shrunk counterexample for each failing target. Exits non-zero on any failure.
//
//   npm run fuzz                 everything (builds first)
//   npm run soak                 the soak only
//   node scripts/fuzz.mjs [--cases N] [--lsp-cases N] [--soak-edits N] [--seed S] [--only fuzz|lsp|soak]
//
// Environment, for the same knobs: UNRES_FUZZ_CASES (in-process cases, all targets together,
// default 100000), UNRES_FUZZ_LSP_CASES (default 2000), UNRES_SOAK_EDITS (default 10000),
// UNRES_FUZZ_SEED (default: a new seed each run, printed so that a failure can be replayed),
// UNRES_FUZZ_DUMP (a directory: each shrunk counterexample is written there whole, as JSON; the
// report shows only its start).
// The CI-sized versions of the same properties run in `node scripts/run-tests.mjs server`.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = join(root, 'server/out/test/support');
if (!existsSync(join(out, 'robustness.js')) || !existsSync(join(root, 'dist/server.js'))) {
  console.error('fuzz: build first (npm run build)');
  process.exit(2);
}

const args = process.argv.slice(2);
const opt = (name, env, fallback) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? args[i + 1] : process.env[env];
  return v !== undefined && v !== '' ? v : fallback;
};
const only = opt('only', 'UNRES_FUZZ_ONLY', 'all');
const seed = Number(opt('seed', 'UNRES_FUZZ_SEED', String(Date.now() % 2147483647)));
const cases = Number(opt('cases', 'UNRES_FUZZ_CASES', '100000'));
const lspCases = Number(opt('lsp-cases', 'UNRES_FUZZ_LSP_CASES', '2000'));
const soakEdits = Number(opt('soak-edits', 'UNRES_SOAK_EDITS', '10000'));
process.env.UNRES_SOAK_EDITS = String(soakEdits);

const fc = require('fast-check');
const R = require(join(out, 'robustness.js'));
const { runSoak, soakSummary } = require(join(out, 'soak.js'));
const { startServer } = require(join(out, 'lspClient.js'));

/** Which kind of invariant a violation message breaks. */
function category(v) {
  if (/not inside the (text|document)|span .* not inside/.test(v)) return 'invalid range';
  if (/outside|overlap/.test(v)) return 'non-nested range';
  if (/findParagraph|selectParagraph/.test(v)) return 'address mismatch';
  return 'other';
}

const clip = (s, n = 600) => (s.length > n ? s.slice(0, n) + `… (${s.length} characters)` : s);
const show = (x) => clip(JSON.stringify(x));

function newTally(name, runs) {
  return { name, runs, ran: 0, crashes: 0, failing: 0, byCategory: {}, examples: [], ms: 0 };
}

function record(t, input, violations, error) {
  t.ran++;
  if (error) {
    t.crashes++;
    if (t.examples.length < 3) t.examples.push({ input, error: String(error?.stack ?? error).split('\n').slice(0, 4).join('\n') });
    return;
  }
  if (violations.length === 0) return;
  t.failing++;
  for (const v of violations) t.byCategory[category(v)] = (t.byCategory[category(v)] ?? 0) + 1;
  if (t.examples.length < 3) t.examples.push({ input, violations: violations.slice(0, 5) });
}

function report(t) {
  const cats = Object.entries(t.byCategory).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  console.log(`  ${t.name}: ${t.ran} cases in ${(t.ms / 1000).toFixed(1)} s; crashes ${t.crashes}; failing cases ${t.failing} (violations: ${cats})`);
  for (const e of t.examples) console.log(`    e.g. input ${show(e.input)}\n         ${e.error ?? e.violations.join('\n         ')}`);
}

async function fuzzInProcess() {
  const targets = Object.values(R.parserTargets);
  const total = targets.reduce((a, t) => a + t.weight, 0);
  const tallies = [];
  for (const target of targets) {
    const numRuns = Math.max(1, Math.round((cases * target.weight) / total));
    const t = newTally(target.name, numRuns);
    const t0 = Date.now();
    let next = 10_000;
    fc.assert(
      fc.property(target.arbitrary, (input) => {
        let violations = [];
        let error;
        try {
          violations = target.check(input);
        } catch (e) {
          error = e;
        }
        record(t, input, violations, error);
        if (t.ran >= next) {
          console.log(`    ${target.name}: ${t.ran}/${numRuns} (${t.crashes} crashes, ${t.failing} failing)`);
          next += 10_000;
        }
        return true;
      }),
      { numRuns, seed },
    );
    t.ms = Date.now() - t0;
    if (t.crashes || t.failing) {
      // The same seed again, failing this time, so that fast-check shrinks to a minimal input.
      const d = fc.check(fc.property(target.arbitrary, (input) => target.check(input).length === 0), { numRuns, seed });
      if (d.failed && d.counterexample) {
        t.minimal = { input: d.counterexample[0] };
        try {
          t.minimal.violations = target.check(d.counterexample[0]);
        } catch (e) {
          t.minimal.error = String(e?.stack ?? e).split('\n').slice(0, 4).join('\n');
        }
      }
    }
    tallies.push(t);
    report(t);
    if (t.minimal) console.log(`    minimal (shrunk): ${show(t.minimal.input)}\n      ${t.minimal.error ?? t.minimal.violations.join('\n      ')}`);
    if (t.minimal && process.env.UNRES_FUZZ_DUMP) {
      mkdirSync(process.env.UNRES_FUZZ_DUMP, { recursive: true });
      const file = join(process.env.UNRES_FUZZ_DUMP, `${target.name.replace(/[^\w]+/g, '-')}.json`);
      writeFileSync(file, JSON.stringify(t.minimal, null, 1));
      console.log(`      written whole to ${file}`);
    }
  }
  return tallies;
}

async function fuzzLsp() {
  const t = newTally('over stdio: outline and unres/selectParagraph of every paragraph', lspCases);
  const server = await startServer();
  const t0 = Date.now();
  try {
    await fc.assert(
      fc.asyncProperty(R.anyText, async (text) => {
        let violations = [];
        let error;
        try {
          violations = await R.lspCaseViolations(server, text);
        } catch (e) {
          error = e;
        }
        record(t, text, violations, error);
        if (t.ran % 500 === 0) console.log(`    over stdio: ${t.ran}/${lspCases}`);
        return true;
      }),
      { numRuns: lspCases, seed },
    );
  } finally {
    t.ms = Date.now() - t0;
    await server.stop();
  }
  report(t);
  return [t];
}

console.log(`fuzz: seed ${seed} (replay with --seed ${seed})`);
const tallies = [];
if (only === 'all' || only === 'fuzz') {
  console.log(`in process: ${cases} cases over ${Object.keys(R.parserTargets).length} targets`);
  tallies.push(...(await fuzzInProcess()));
}
if (only === 'all' || only === 'lsp') {
  console.log(`over stdio: ${lspCases} cases`);
  tallies.push(...(await fuzzLsp()));
}
let soakOk = true;
if (only === 'all' || only === 'soak') {
  console.log(`soak: ${soakEdits} edits`);
  const r = await runSoak({ edits: soakEdits, seed, log: (l) => console.log(`    ${l}`) });
  console.log(`  ${soakSummary(r)}`);
  for (const m of r.mismatches) console.log(`    ${m}`);
  const bound = Math.max(3 * r.rssBeforeMB, r.rssBeforeMB + 200);
  soakOk = r.mismatches.length === 0 && r.finalOutlineEqual && r.rssAfterMB <= bound;
  if (r.rssAfterMB > bound) console.log(`    RSS after the edits ${r.rssAfterMB} MB is above the bound ${bound} MB`);
}

const sum = (k) => tallies.reduce((a, t) => a + t[k], 0);
const cat = (c) => tallies.reduce((a, t) => a + (t.byCategory[c] ?? 0), 0);
console.log(
  `\nfuzz total: ${sum('ran')} cases run, ${sum('crashes')} crashes, ${cat('invalid range')} invalid ranges, ${cat('non-nested range')} non-nested ranges, ` +
    `${cat('address mismatch')} address mismatches, ${cat('other')} other violations; soak ${only === 'all' || only === 'soak' ? (soakOk ? 'ok' : 'FAILED') : 'not run'} (seed ${seed})`,
);
process.exit(sum('crashes') + sum('failing') === 0 && soakOk ? 0 : 1);
