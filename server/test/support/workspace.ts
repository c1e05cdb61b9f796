// Shared by the privacy, trust and bad-file tests: the sandbox preload, a workspace folder with a
// workspace catalogue and resolutions, and a draft that cites all of them.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { fixture, FIXTURES } from './fixtures';

/** The compiled preload (support/sandbox.ts) to pass to the server with --require. */
export const SANDBOX = path.join(__dirname, 'sandbox.js');

export function sandboxLog(file: string): { kind: string; detail: string; stack: string[] }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** A workspace folder with a workspace catalogue and two resolutions known by their symbols. */
export function makeWorkspace(catalogue: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'unres-ws-'));
  cpSync(path.join(FIXTURES, 'corpus/unlabeled/A-RES-73-8.pdftext.txt'), path.join(dir, 'A-RES-73-8.txt'));
  cpSync(path.join(FIXTURES, 'corpus/pdftotext/texts/S_2018_341-EN.txt'), path.join(dir, 'drafts-S_2018_341.txt'));
  writeFileSync(path.join(dir, '.unres-catalogue.json'), catalogue);
  return dir;
}

export const WORKSPACE_CATALOGUE = JSON.stringify({
  resolutions: [{ symbol: 'S/RES/2999 (2031)', date: '2031-01-15', title: 'Workspace-only test entry', vote: '15-0-0' }],
  instruments: [{ name: 'Test Convention on Robustness', shortForms: ['TCR'], type: 'treaty', adopted: '2030-05-01' }],
});

/** A draft citing the workspace catalogue, the workspace resolutions, the bundled catalogue and itself. */
export const DRAFT =
  fixture('corpus/texts/S-RES-1706-2006.txt') +
  '\n\nRecalling its resolution 2999 (2031), General Assembly resolution A/RES/73/8 and the draft S/2018/341, and the Test Convention on Robustness,\n\n' +
  '16. Recalls paragraph 8 (a) above and paragraph 2 of resolution 2999 (2031);\n';
