// Real VS Code for tests and screenshots: code-server (VS Code's workbench + remote extension
// host) from the cache made by install.mjs, driven by Debian's chromium through playwright-core.
// Everything a run writes (user data, extensions, logs) lives in its own folder outside the clone.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.UNRES_CHROMIUM ?? '/usr/bin/chromium';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Process groups of code-servers started by this process: killed when it exits, however it exits
// (see stopOnSignals for Ctrl-C), so no code-server outlives a test run.
const running = new Set();
process.on('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});

/** Makes SIGINT/SIGTERM/SIGHUP end this process through 'exit' (which stops the code-servers); returns an undo. */
export function stopOnSignals() {
  const handlers = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((sig) => {
    const h = () => {
      process.stderr.write(`\n${sig}: stopping code-server\n`);
      process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })[sig]);
    };
    process.once(sig, h);
    return [sig, h];
  });
  return () => handlers.forEach(([sig, h]) => process.off(sig, h));
}

/** Environment that keeps code-server's state in `dir` (never the user's $HOME). */
function stateEnv(install, dir, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(dir, 'xdg-config'),
    XDG_DATA_HOME: join(dir, 'xdg-data'),
    XDG_CACHE_HOME: join(dir, 'xdg-cache'),
    PATH: `${join(install.nodeDir, 'bin')}:${process.env.PATH}`,
    ...extra,
  };
}

function commonArgs(dir) {
  return ['--user-data-dir', join(dir, 'user'), '--extensions-dir', join(dir, 'ext')];
}

/** Prepares a state folder: user settings that keep the workbench quiet and offline-friendly. */
export function prepareState(dir, settings = {}) {
  mkdirSync(join(dir, 'user', 'User'), { recursive: true });
  mkdirSync(join(dir, 'ext'), { recursive: true });
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
  writeFileSync(
    join(dir, 'user', 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'git.enabled': false,
        'github.gitAuthentication': false,
        'chat.disableAIFeatures': true,
        'chat.commandCenter.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        ...settings,
      },
      null,
      1,
    ),
  );
}

/** `code-server --install-extension x.vsix` into the state folder; returns the listed extensions. */
export function installExtension(install, dir, vsix) {
  const run = (args) => {
    const r = spawnSync(install.node, [install.codeServerEntry, ...commonArgs(dir), ...args], { env: stateEnv(install, dir), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };
  run(['--install-extension', vsix, '--force']);
  return run(['--list-extensions', '--show-versions']).trim().split('\n').filter(Boolean);
}

/**
 * Starts code-server in its own session/process group (spawn `detached` = setsid), waits until
 * its HTTP port answers (polling with a deadline) and returns { url, port, stop() }; stop() kills
 * the whole group (code-server leaves a file-watcher child otherwise).
 */
export async function startCodeServer(install, dir, { port, host = '127.0.0.1', timeoutMs = 60000, log = () => {}, smokeTestDriver = true } = {}) {
  port ??= await freePort();
  const out = createWriteStream(join(dir, 'code-server.log'));
  const child = spawn(
    install.node,
    [
      install.codeServerEntry,
      '--config', join(dir, 'config.yaml'),
      '--auth', 'none',
      '--bind-addr', `${host}:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      // Lets the workbench take extensionDevelopmentPath/extensionTestsPath from the URL's payload.
      ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      ...commonArgs(dir),
    ],
    { env: stateEnv(install, dir), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  running.add(child.pid);
  child.once('exit', (code, signal) => (exited = { code, signal }));
  const stop = async () => {
    if (exited) return;
    const gone = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, 5000);
    await gone;
    clearTimeout(t);
    // The group may outlive its leader (watcher children): make sure none is left.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
    running.delete(child.pid);
  };
  const url = `http://${host}:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited before it was ready (${JSON.stringify(exited)}); see ${join(dir, 'code-server.log')}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s; see ${join(dir, 'code-server.log')}`);
    }
    await new Promise((r) => setTimeout(r, 200)); // poll interval, bounded by the deadline
  }
  log(`code-server ready on ${url} (pid ${child.pid})`);
  return { url, port, pid: child.pid, stop };
}

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium (or set UNRES_CHROMIUM)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}

/** The workbench URL for a folder, with an optional `payload` (extension development/tests). */
export function workbenchUrl(server, folder, payload) {
  const q = new URLSearchParams({ folder });
  if (payload) q.set('payload', JSON.stringify(payload));
  return `${server.url}/?${q}`;
}

export function remoteUri(server, path) {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}

/**
 * Runs the extension test suite at `testsPath` inside the workbench, with `devPath` as the
 * extension development folder. Resolves { exitCode, passed, failed, pending, log } once the
 * extension host reports its exit code (or fails at the deadline).
 */
/** Workbench chatter of an offline machine (gallery, GitHub auth, sockets): kept in the log file, not printed. */
const NOISE = [
  /^\s+at .*https?:\/\/127\.0\.0\.1/, /getaddrinfo ENOTFOUND/, /Timed out waiting for authentication provider/, /^Creating a socket/,
  /^Resolv(ing|ed) connection token/, /^\[(Service Worker|AccountPolicyGate|AgentHost|lifecycle|reconnection-grace-time)/,
  /^Updating additional builtin extensions cache/, /^Creation of workbench contribution/, /^\s*$/,
];

export async function runExtensionTests(server, browser, { folder, devPath, testsPath, env = {}, timeoutMs = 300000, print = (l) => process.stdout.write(l + '\n'), logFile }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const lines = [];
  const log = logFile ? createWriteStream(logFile) : undefined;
  let result;
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The extension host's console calls, as (format string, ...values): format like console.log.
    const text = format(...(Array.isArray(args) ? args : [args]));
    for (const line of text.split('\n')) {
      lines.push(line);
      log?.write(`[${type}] ${line}\n`);
      const m = /UNRES_SUITE_RESULT (\{.*\})/.exec(line);
      if (m) result = JSON.parse(m[1]);
      else if (!NOISE.some((re) => re.test(line))) print(line);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, devPath)],
    ['extensionTestsPath', remoteUri(server, testsPath)],
    ['extensionEnvironment', JSON.stringify(env)],
  ];
  await page.goto(workbenchUrl(server, folder, payload));
  let timer;
  const exitCode = await Promise.race([
    exited,
    new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs))),
  ]);
  clearTimeout(timer);
  await page.close().catch(() => {});
  log?.end();
  if (exitCode === 'timeout') {
    return { exitCode: 1, passed: result?.passed ?? 0, failed: (result?.failed ?? 0) + 1, pending: result?.pending ?? 0, error: `the extension host did not finish the suite within ${timeoutMs / 1000} s`, lines };
  }
  if (!result) {
    return { exitCode, passed: 0, failed: 1, pending: 0, error: `the suite did not report a result (exit code ${exitCode}); the extension host may have failed to load it`, lines };
  }
  return { exitCode, ...result, lines };
}
