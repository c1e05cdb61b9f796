// `npm run test:e2e`: the in-editor mocha suite (client/src/test/suite) in a real VS Code —
// code-server 4.139.1's workbench and remote extension host, driven by Debian's chromium through
// playwright-core. Two passes over the same suite:
//   1. development: the clone as `extensionDevelopmentPath` (what `F5` would run);
//   2. installed:   `npm run package` → .vsix → `code-server --install-extension`; the suite then
//                   runs against the installed copy (a tests-only harness is the development
//                   extension, and the suite checks that unres comes from the extensions folder).
// Needs a build (`npm run build`, done by `npm test` / `npm run test:e2e`).
// Env: UNRES_E2E_PASSES=development,installed (default both), UNRES_SUITE_GREP=<title filter>,
//      UNRES_E2E_KEEP=1 keeps the run folder (logs, user data), UNRES_E2E_CACHE=<cache root>.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureInstalled, missingSystemPrerequisites } from './install.mjs';
import { installExtension, launchBrowser, prepareState, runExtensionTests, startCodeServer, stopOnSignals } from './codeserver.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_INDEX = join(REPO, 'client', 'out', 'client', 'src', 'test', 'suite', 'index.js');
const HARNESS = join(REPO, 'scripts', 'e2e', 'harness');
const FOLDER = join(REPO, 'test-fixtures');

const say = (msg) => process.stdout.write(`[e2e] ${msg}\n`);

/** Builds the .vsix with the project's own `npm run package` into `dir`; returns its path. */
export function packageVsix(dir) {
  const out = join(dir, 'unres.vsix');
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', '--silent', 'package', '--', '--out', out], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(out)) throw new Error(`npm run package failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  say(`packaged ${out} (${(statSync(out).size / 1024).toFixed(0)} KB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

async function pass(install, browser, runDir, name, { devPath, expectRoot, vsix }) {
  const dir = join(runDir, name);
  prepareState(dir);
  if (vsix) {
    const listed = installExtension(install, dir, vsix);
    say(`installed the .vsix into ${join(dir, 'ext')}: ${listed.join(', ')}`);
    if (!listed.some((l) => l.startsWith('unres.unres@'))) throw new Error(`code-server --list-extensions does not show unres.unres after --install-extension: ${listed.join(', ')}`);
  }
  const server = await startCodeServer(install, dir, { log: say });
  try {
    const t0 = Date.now();
    say(`${name} pass: running the suite in the workbench (extension from ${expectRoot})`);
    const r = await runExtensionTests(server, browser, {
      folder: FOLDER,
      devPath,
      testsPath: SUITE_INDEX,
      env: {
        UNRES_SUITE_EXTENSION_ROOT: expectRoot,
        ...(process.env.UNRES_SUITE_GREP ? { UNRES_SUITE_GREP: process.env.UNRES_SUITE_GREP } : {}),
      },
      print: (l) => process.stdout.write(`  │ ${l}\n`),
      logFile: join(dir, 'exthost.log'),
    });
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (r.error) say(`${name} pass: ERROR ${r.error}`);
    say(`${name} pass: ${r.passed} passed, ${r.failed} failed, ${r.pending} pending (exit code ${r.exitCode}, ${secs} s)`);
    if (r.exitCode !== 0 && r.failed === 0) return { passed: r.passed, failed: 1 };
    return { passed: r.passed, failed: r.failed };
  } finally {
    await server.stop();
  }
}

/** Runs both passes; resolves { passed, failed } over all in-editor tests. */
export async function runE2E() {
  if (!existsSync(SUITE_INDEX)) throw new Error(`${SUITE_INDEX} is missing: run \`npm run build\` first`);
  const missing = missingSystemPrerequisites();
  if (missing.length) {
    throw new Error(
      `the e2e suite needs Debian package(s) ${missing.join(', ')}, which are missing.\n` +
        `  install: apt-get install -y --no-install-recommends ${missing.join(' ')}   (.ci/run does this)\n` +
        '  or skip the e2e suite explicitly with UNRES_SKIP_E2E=1',
    );
  }
  const t0 = Date.now();
  const install = ensureInstalled();
  say(`code-server + Node 24 ready in ${((Date.now() - t0) / 1000).toFixed(0)} s (${install.cache})`);
  const runDir = mkdtempSync(join(tmpdir(), 'unres-e2e-'));
  const passes = (process.env.UNRES_E2E_PASSES ?? 'development,installed').split(',').map((s) => s.trim());
  let browser;
  const total = { passed: 0, failed: 0 };
  const undoSignals = stopOnSignals();
  try {
    browser = await launchBrowser();
    for (const name of passes) {
      let r;
      if (name === 'development') r = await pass(install, browser, runDir, name, { devPath: REPO, expectRoot: REPO });
      else if (name === 'installed') {
        const vsix = packageVsix(runDir);
        r = await pass(install, browser, runDir, name, { devPath: HARNESS, expectRoot: join(runDir, name, 'ext'), vsix });
      } else throw new Error(`unknown pass "${name}" in UNRES_E2E_PASSES`);
      total.passed += r.passed;
      total.failed += r.failed;
    }
  } finally {
    undoSignals();
    await browser?.close().catch(() => {});
    // Keep the logs (code-server.log, exthost.log per pass) when something failed, or on request.
    if (process.env.UNRES_E2E_KEEP === '1' || total.failed > 0) say(`logs kept in ${runDir} (code-server.log, exthost.log of each pass)`);
    else rmSync(runDir, { recursive: true, force: true });
  }
  say(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return total;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const r = await runE2E();
    console.log(`e2e: ${r.passed} passed, ${r.failed} failed`);
    process.exit(r.failed === 0 && r.passed > 0 ? 0 : 1);
  } catch (e) {
    console.error(`e2e could not run: ${e.message}`);
    process.exit(1);
  }
}
