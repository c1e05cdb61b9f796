// Entry point VS Code loads in the extension host (`extensionTestsPath`): runs every
// `*.test.js` beside this file with mocha and reports through the console, which both launchers
// forward (code-server: the page's `codeAutomationLog`; @vscode/test-electron: stdout).
// The last line is machine-readable: `UNRES_SUITE_RESULT {"passed":…,"failed":…,"pending":…}`.
// Env (set by the launchers through `extensionEnvironment`): UNRES_SUITE_GREP filters tests by title.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, slow: 5000, reporter: 'spec' });
  if (process.env.UNRES_SUITE_GREP) mocha.grep(process.env.UNRES_SUITE_GREP);
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats ?? { passes: 0, failures, pending: 0 };
        console.log(`UNRES_SUITE_RESULT ${JSON.stringify({ passed: s.passes, failed: s.failures, pending: s.pending })}`);
        if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed`));
        else resolve();
      });
    } catch (e) {
      console.log(`UNRES_SUITE_RESULT ${JSON.stringify({ passed: 0, failed: 1, pending: 0 })}`);
      reject(e);
    }
  });
}
