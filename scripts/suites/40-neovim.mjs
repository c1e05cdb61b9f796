// Neovim's built-in LSP client (Debian's `nvim`, 0.7.2) against the built server, dist/server.js:
// test/neovim/neovim.test.cjs drives `nvim --headless` with test/neovim/lsp.lua.
// A missing `nvim` is a failure with the command that installs it, never a silent pass.
import { spawnSync } from 'node:child_process';
import { runMocha } from '../lib/mocha.mjs';

export const name = 'neovim (nvim --headless LSP client)';

export async function run() {
  const v = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (v.error || v.status !== 0) {
    console.error('neovim suite: `nvim` is not installed. Install it with: apt-get install -y --no-install-recommends neovim   (.ci/run does this)');
    return { passed: 0, failed: 1 };
  }
  console.log(`neovim suite: ${v.stdout.split('\n')[0]}`);
  return runMocha(['test/neovim/neovim.test.cjs']);
}
