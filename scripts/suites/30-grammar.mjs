// TextMate grammar tests: runs vscode-tmgrammar-test on test/grammar/*.unres (real snippets from
// test-fixtures/corpus with scope assertions) and counts its XUnit report: one test case per
// source line that carries assertions, failed when any of its assertions fails. Two more checks:
// the committed grammar JSON is what syntaxes/src/build-grammar.mjs generates, and every opening
// word of the server's lexicon (server/src/parser/lexicon.ts) is in the grammar's lexicon.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const name = 'grammar (vscode-tmgrammar-test)';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const testDir = join(root, 'test', 'grammar');

function exec(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (e) => resolve({ code: -1, out: out + String(e) }));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** Assertion lines in a test file (for the log): "#   ^^^ scope" and "#<--- scope". */
function countAssertions(file) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const token = /^(\S+)\s+SYNTAX\s+TEST/.exec(lines[0])?.[1] ?? '#';
  let asserted = 0, scopes = 0, pending = false;
  for (const line of lines.slice(1)) {
    if (line.startsWith(token) && /^\s*(\^|<~*-)/.test(line.slice(token.length))) {
      scopes += (line.match(/\^+/g) ?? ['<']).length;
      pending = true;
    } else {
      if (pending) asserted++;
      pending = false;
    }
  }
  if (pending) asserted++;
  return { asserted, scopes };
}

/** Test cases of the XUnit report(s): { total, failed, failures: [text] }. */
function readXunit(dir) {
  let total = 0, failed = 0;
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    const xml = readFileSync(join(dir, f), 'utf8');
    for (const m of xml.matchAll(/<testcase\b[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)) {
      total++;
      if (/<(failure|error)\b/.test(m[2] ?? '')) failed++;
    }
  }
  return { total, failed };
}

async function grammarTests() {
  const files = readdirSync(testDir).filter((f) => f.endsWith('.unres')).sort();
  let expected = 0, scopes = 0;
  for (const f of files) { const c = countAssertions(join(testDir, f)); expected += c.asserted; scopes += c.scopes; }
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');
  const report = mkdtempSync(join(tmpdir(), 'unres-grammar-'));
  try {
    const { code, out } = await exec(process.execPath, [bin, '--compact', '--xunit-report', report, 'test/grammar/*.unres']);
    const { total, failed } = readXunit(report);
    const problems = out.split('\n').filter((l) => /^(ERROR|✖)|aborted|can't parse/.test(l));
    for (const p of problems) console.log('  ' + p);
    let passed = total - failed, failing = failed;
    if (total < expected) {
      console.log(`  grammar tests: ${expected - total} asserted lines were not run (report has ${total} of ${expected})`);
      failing += expected - total;
    }
    if (code !== 0 && failing === 0) {
      console.log(`  vscode-tmgrammar-test exited with ${code}:\n${out}`);
      failing = 1;
    }
    console.log(`  grammar tests: ${files.length} files, ${expected} asserted source lines, ${scopes} scope assertions: ${passed} lines passed, ${failing} failed`);
    return { passed, failed: failing };
  } finally {
    rmSync(report, { recursive: true, force: true });
  }
}

async function grammarIsGenerated() {
  const { render, grammarPath } = await import(pathToFileURL(join(root, 'syntaxes', 'src', 'build-grammar.mjs')).href);
  const ok = readFileSync(grammarPath, 'utf8') === render();
  console.log(`  ${ok ? '✓' : '✖'} syntaxes/un-resolution.tmLanguage.json is generated from syntaxes/src (node syntaxes/src/build-grammar.mjs)`);
  return ok;
}

/** Every word of the server's lexicon tables opens a phrase of the grammar's lexicon. */
async function lexiconInSync() {
  const file = join(root, 'server', 'src', 'parser', 'lexicon.ts');
  if (!existsSync(file)) { console.log('  - server lexicon not found: sync check skipped'); return null; }
  const ts = readFileSync(file, 'utf8');
  const words = new Set();
  for (const table of ['PREAMBULAR_HEADS', 'OPERATIVE_VERBS', 'QUALIFIERS']) {
    const m = new RegExp(`export const ${table}\\b[^\\[]*\\[([\\s\\S]*?)\\]`).exec(ts);
    if (!m) { console.log(`  - server lexicon has no ${table}: sync check skipped`); return null; }
    for (const w of m[1].matchAll(/'([^']+)'/g)) words.add(w[1]);
  }
  const L = await import(pathToFileURL(join(root, 'syntaxes', 'src', 'lexicon.mjs')).href);
  const firsts = new Set(['Having', ...[...L.PREAMBULAR, ...L.OPERATIVE, ...L.OPERATIVE_BASE, ...L.PREAMBULAR_ADVERBS, ...L.OPERATIVE_ADVERBS]
    .map((p) => p.split(' ')[0])]);
  const missing = [...words].filter((w) => !firsts.has(w));
  console.log(missing.length === 0
    ? `  ✓ the grammar's lexicon covers the ${words.size} words of server/src/parser/lexicon.ts`
    : `  ✖ words of server/src/parser/lexicon.ts missing from syntaxes/src/lexicon.mjs: ${missing.join(', ')}`);
  return missing.length === 0;
}

export async function run() {
  const r = await grammarTests();
  for (const check of [grammarIsGenerated, lexiconInSync]) {
    let ok;
    try { ok = await check(); } catch (e) { console.log(`  ✖ ${check.name}: ${e?.stack ?? e}`); ok = false; }
    if (ok === true) r.passed++;
    else if (ok === false) r.failed++;
  }
  return r;
}
