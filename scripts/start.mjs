// `npm start`: VS Code on test-fixtures/ with the extension, to try it by hand.
//  - Desktop VS Code (`code` on PATH): `code --extensionDevelopmentPath=<clone> test-fixtures/`.
//  - Otherwise (or with UNRES_START_CODE_SERVER=1): code-server on 127.0.0.1 (installed into
//    ~/.cache/unres-e2e/ on first use, about 3 minutes), with the packaged .vsix installed; prints
//    the URL to open and runs until Ctrl-C. PORT=<n> picks the port (default 8080, else a free one).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_ROOT, ensureInstalled } from './e2e/install.mjs';
import { freePort, installExtension, prepareState, startCodeServer, workbenchUrl } from './e2e/codeserver.mjs';
import { packageVsix } from './e2e/run.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = join(REPO, 'test-fixtures');
const say = (m) => process.stdout.write(`[start] ${m}\n`);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.error?.message})`);
}

const portFree = (port) =>
  new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });

async function main() {
  say('building (npm run build)');
  run('npm', ['run', '--silent', 'build']);
  const code = spawnSync('code', ['--version'], { encoding: 'utf8' });
  if (!code.error && code.status === 0 && process.env.UNRES_START_CODE_SERVER !== '1') {
    say(`desktop VS Code ${code.stdout.split('\n')[0]}: opening ${FOLDER} with the extension from ${REPO}`);
    run('code', [`--extensionDevelopmentPath=${REPO}`, FOLDER]);
    return;
  }
  say('no desktop `code` on PATH: using code-server with the packaged extension');
  const install = ensureInstalled();
  const dir = join(CACHE_ROOT, 'start');
  mkdirSync(dir, { recursive: true });
  const vsix = packageVsix(dir);
  prepareState(dir, { 'editor.wordWrap': 'on' });
  say(`installed ${installExtension(install, dir, vsix).join(', ')}`);
  const wanted = Number(process.env.PORT ?? 8080);
  const port = (await portFree(wanted)) ? wanted : await freePort();
  const server = await startCodeServer(install, dir, { port, log: say, smokeTestDriver: false });
  const url = workbenchUrl(server, FOLDER);
  process.stdout.write(`\n  VS Code (code-server) with unres is running. Open:\n\n    ${url}\n\n  Logs: ${join(dir, 'code-server.log')}. Stop with Ctrl-C.\n\n`);
  await new Promise((res) => {
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, res);
  });
  say('stopping code-server');
  await server.stop();
}

main().catch((e) => {
  console.error(`npm start failed: ${e.message}`);
  process.exit(1);
});
