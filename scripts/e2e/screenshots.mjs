// `npm run screenshots`: pictures of the product as a user sees it, taken in the real workbench
// (code-server + the packaged .vsix installed into it, driven like a person with the keyboard
// through Debian's chromium), written to docs/images/ for the README:
//   outline.png                 Outline view of a real resolution (PP/OP tree with sub-paragraphs)
//   select-paragraph-input.png  "Resolution: Select Paragraph…" input box with "3" and the hint
//   select-paragraph.png        the selection after it
//   breadcrumbs.png             breadcrumbs inside a sub-paragraph, with its siblings listed
// Fails (and writes nothing) when a notification toast is on screen or an expected view is missing.
// Only this script writes docs/images/; CI does not. Env: UNRES_SCREENSHOTS_DIR to write elsewhere.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled, missingSystemPrerequisites } from './install.mjs';
import { installExtension, launchBrowser, prepareState, remoteUri, startCodeServer, stopOnSignals, workbenchUrl } from './codeserver.mjs';
import { packageVsix, REPO } from './run.mjs';

const OUT = process.env.UNRES_SCREENSHOTS_DIR ?? join(REPO, 'docs', 'images');
const say = (m) => process.stdout.write(`[screenshots] ${m}\n`);

const OUTLINE_FILE = join(REPO, 'test-fixtures', 'corpus', 'pdftotext', 'texts', 'S_2020_449-EN.txt');
const SELECT_FILE = join(REPO, 'test-fixtures', 'corpus', 'seed', 'S-RES-2388-2017.flat.txt');
const CRUMBS_FILE = join(REPO, 'test-fixtures', 'corpus', 'texts', 'S-RES-1706-2006.txt');

async function runCommand(page, title, { accept = true } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 15000 });
  if (accept) await page.keyboard.press('Enter');
}

async function openFile(page, server, folder, file) {
  // Opening through the URL's payload, as `code FILE` does; the workbench reloads into it.
  await page.goto(workbenchUrl(server, folder, [['openFile', remoteUri(server, file)]]));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  const name = file.split('/').pop();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30000 });
  // The language is set (firstLine detection) and the server answered: the status bar shows it.
  await page.locator('.statusbar-item', { hasText: 'UN Resolution' }).first().waitFor({ timeout: 30000 });
  await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
}

/**
 * Waits until the editor shows the grammar's colouring: every phrase of `italics` (opening phrases,
 * spread over the text) in italics somewhere and `plain` (ordinary words) not. VS Code gives up
 * tokenizing a line after 500 ms ("Time limit reached when tokenizing line"), which on a busy
 * machine leaves the end of a long flattened line uncoloured; that is not what a user normally
 * sees, so the caller reopens the file rather than keep such a picture.
 */
async function highlighted(page, italics, plain, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await page.$$eval(
      '.monaco-editor .view-line span span',
      (els, [its, pl]) => {
        const style = (e) => getComputedStyle(e).fontStyle;
        const text = (e) => e.textContent.replace(/\u00a0/g, ' '); // the editor renders spaces as NBSP
        const allItalic = its.every((it) => els.some((e) => text(e).trim() === it && style(e) === 'italic'));
        const withPlain = els.filter((e) => text(e).includes(pl));
        return allItalic && withPlain.length > 0 && withPlain.every((e) => style(e) !== 'italic');
      },
      [italics, plain],
    );
    if (ok) return true;
    await page.waitForTimeout(250); // poll, bounded by the deadline
  }
  return false;
}

/** Runs `step` (which opens a file and ends on screen), retrying from the start when the colouring is incomplete. */
async function withColouring(what, step) {
  for (let attempt = 1; attempt <= 4; attempt++) {
    if (await step()) return;
    say(`${what}: the editor's colouring is incomplete (tokenizer time limit on a busy machine?); again (${attempt}/4)`);
  }
  throw new Error(`${what}: the grammar's colouring never completed; is the machine busy, or is the grammar slow on long lines?`);
}

async function widenSideBar(page, by = 170) {
  // The tall vertical sash on the side bar's right edge.
  const part = await page.locator('.part.sidebar').boundingBox();
  if (!part) return;
  for (const sash of await page.locator('.monaco-sash.vertical').all()) {
    const box = await sash.boundingBox();
    if (!box || box.height < part.height / 2 || Math.abs(box.x + box.width / 2 - (part.x + part.width)) > 8) continue;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + by, y, { steps: 8 });
    await page.mouse.up();
    return;
  }
}

async function noToasts(page, what) {
  await runCommand(page, 'Notifications: Clear All Notifications');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  const toasts = page.locator('.notifications-toasts .notification-toast');
  if ((await toasts.count()) > 0) throw new Error(`${what}: a notification is on screen: ${await toasts.allInnerTexts()}`);
}

async function shoot(page, name) {
  const toasts = page.locator('.notifications-toasts .notification-toast:visible');
  if ((await toasts.count()) > 0) throw new Error(`${name}: a notification toast is on screen: ${(await toasts.allInnerTexts()).join(' | ')}`);
  const path = join(OUT, name);
  await page.screenshot({ path });
  // Quantize (Debian's pngquant, when installed): a quarter of the size, text stays crisp; these
  // PNGs ship in the .vsix for the README on the extension's page.
  const q = spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality=75-98', '--strip', '--output', path, path]);
  if (q.error) say('pngquant is not installed (apt-get install pngquant): keeping the full-size PNG');
  say(`wrote ${path} (${Math.round(statSync(path).size / 1024)} KB)`);
}

async function main() {
  stopOnSignals();
  const missing = missingSystemPrerequisites();
  if (missing.length) throw new Error(`missing Debian package(s): ${missing.join(' ')} (apt-get install -y --no-install-recommends ${missing.join(' ')})`);
  const install = ensureInstalled();
  const runDir = mkdtempSync(join(tmpdir(), 'unres-shots-'));
  const vsix = packageVsix(runDir);
  const dir = join(runDir, 'state');
  prepareState(dir, {
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'outline.collapseItems': 'alwaysExpand',
    'workbench.colorTheme': 'Default Light Modern',
    'window.menuBarVisibility': 'compact',
    'workbench.layoutControl.enabled': false,
    'breadcrumbs.enabled': true,
    'editor.fontSize': 14,
    'editor.stickyScroll.enabled': false,
    'workbench.statusBar.visible': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.secondarySideBar.showLabels': false,
  });
  say(`installed ${installExtension(install, dir, vsix).join(', ')}`);
  mkdirSync(OUT, { recursive: true });
  const server = await startCodeServer(install, dir, { log: say });
  const browser = await launchBrowser();
  let page;
  let failed = false;
  try {
    page = await browser.newPage({ viewport: { width: 1400, height: 980 } });
    const folder = join(REPO, 'test-fixtures', 'corpus');

    // 1. Outline view of a hard-wrapped draft resolution: PP1–PP6, OP2 (a)–(f) with (i)–(iv).
    await withColouring('outline', async () => {
      await openFile(page, server, folder, OUTLINE_FILE);
      return highlighted(page, ['Recalling', 'Reaffirming', 'Supporting', 'Decides'], 'the independence, sovereignty');
    });
    await widenSideBar(page);
    // Collapse the folder tree so the Outline gets the side bar, then show the whole tree.
    const folders = page.locator('.pane-header', { has: page.locator('.title', { hasText: /^corpus$/i }) }).first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    await runCommand(page, 'Explorer: Focus on Outline View');
    await page.locator('.pane-body .monaco-list-row', { hasText: 'OP2' }).first().waitFor({ timeout: 30000 });
    await page.locator('.pane-body .monaco-list-row', { hasText: '(iii)' }).first().waitFor({ timeout: 30000 });
    // Click OP2 in the Outline: the editor reveals it and the Outline highlights it.
    await page.locator('.pane-body .monaco-list-row', { hasText: /^\s*OP2(?!\d)/ }).first().click();
    await noToasts(page, 'outline');
    await shoot(page, 'outline.png');

    // 2. "Select Paragraph…" on the seed (flattened S/RES/2388 (2017)): the input box, then PP3.
    const box = page.locator('.quick-input-widget input');
    const seedColoured = () => highlighted(page, ['Recalling', 'Taking note', 'Recognizing'], 'the development of a Thematic', 5000);
    await withColouring('select paragraph', async () => {
      await openFile(page, server, folder, SELECT_FILE);
      if (!(await highlighted(page, ['Recalling', 'Taking note', 'Recognizing'], 'the development of a Thematic'))) return false;
      await runCommand(page, 'Explorer: Focus on Outline View');
      await page.locator('.pane-body .monaco-list-row', { hasText: 'PP3' }).first().waitFor({ timeout: 30000 });
      await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      await noToasts(page, 'select paragraph');
      await runCommand(page, 'Resolution: Select Paragraph');
      await page.locator('.quick-input-widget', { hasText: 'PP1' }).waitFor({ timeout: 15000 }); // the hint "PP1–PP6"
      await box.fill('3');
      if (!(await seedColoured())) return page.keyboard.press('Escape').then(() => false);
      await shoot(page, 'select-paragraph-input.png');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 15000 });
      if (!(await seedColoured())) return false;
      await shoot(page, 'select-paragraph.png');
      return true;
    });

    // 3. Breadcrumbs inside OP8 (k) of S/RES/1706 (2006), with the sibling sub-paragraphs listed.
    await withColouring('breadcrumbs', async () => {
      await openFile(page, server, folder, CRUMBS_FILE);
      return highlighted(page, ['Recalling', 'Reaffirming'], 'its previous resolutions concerning');
    });
    await runCommand(page, 'Resolution: Select Paragraph');
    await page.locator('.quick-input-widget', { hasText: 'OP1' }).waitFor({ timeout: 15000 });
    await box.fill('OP8(k)');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.locator('.breadcrumbs-control .monaco-breadcrumb-item', { hasText: '(k)' }).first().waitFor({ timeout: 15000 });
    await noToasts(page, 'breadcrumbs');
    await page.locator('.breadcrumbs-control .monaco-breadcrumb-item', { hasText: '(k)' }).first().click();
    await page.locator('.monaco-breadcrumbs-picker, .breadcrumbs-picker-widget').first().waitFor({ timeout: 15000 });
    await shoot(page, 'breadcrumbs.png');
  } catch (e) {
    failed = true;
    await page?.screenshot({ path: join(runDir, 'failure.png') }).catch(() => {});
    say(`what the workbench showed when it failed: ${join(runDir, 'failure.png')}`);
    throw e;
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    if (process.env.UNRES_E2E_KEEP === '1' || failed) say(`kept ${runDir}`);
    else rmSync(runDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (e) {
  console.error(`screenshots failed: ${e.stack ?? e}`);
  process.exit(1);
}
