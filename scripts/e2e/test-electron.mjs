// `npm run test:vscode`: the same in-editor suite as `npm run test:e2e`, launched by
// @vscode/test-electron in desktop VS Code — for machines that can download VS Code (it fetches
// a build from update.code.visualstudio.com into .vscode-test/), or that have one installed:
// set VSCODE_EXECUTABLE=/path/to/code to use it instead of downloading.
// Env: VSCODE_VERSION (default "stable"), UNRES_SUITE_GREP (title filter).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

try {
  const code = await runTests({
    extensionDevelopmentPath: REPO,
    extensionTestsPath: join(REPO, 'client', 'out', 'client', 'src', 'test', 'suite', 'index.js'),
    version: process.env.VSCODE_VERSION ?? 'stable',
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
    launchArgs: [join(REPO, 'test-fixtures'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: {
      UNRES_SUITE_EXTENSION_ROOT: REPO,
      ...(process.env.UNRES_SUITE_GREP ? { UNRES_SUITE_GREP: process.env.UNRES_SUITE_GREP } : {}),
    },
  });
  process.exit(code);
} catch (e) {
  console.error(`test:vscode failed: ${e?.message ?? e}`);
  console.error('No VS Code could be downloaded or started. Set VSCODE_EXECUTABLE to an installed `code`, or use `npm run test:e2e` (code-server, works offline).');
  process.exit(1);
}
