// Neovim (Debian's `nvim` 0.7.2) as the LSP client of the built server (dist/server.js): the
// outline and unres/selectParagraph through Neovim's own LSP client. Run by
// scripts/suites/40-neovim.mjs; each case starts `nvim --headless` on a fixture with lsp.lua.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..');
const SERVER = path.join(REPO, 'dist', 'server.js');
const LUA = path.join(__dirname, 'lsp.lua');
const CORPUS = path.join(REPO, 'test-fixtures', 'corpus');

/**
 * Runs headless Neovim with `args` in a scratch folder that holds its state and LSP log
 * (~/.cache/nvim/lsp.log), with `env` added; returns the spawn result, the JSON the Lua side wrote
 * to UNRES_NVIM_OUT, and where the LSP log is (read it before the folder goes).
 */
function runNvim(args, env, inspect) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-nvim-'));
  const out = path.join(dir, 'result.json');
  try {
    const r = spawnSync('nvim', ['--headless', ...args], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60000,
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(dir, 'config'),
        XDG_DATA_HOME: path.join(dir, 'data'),
        XDG_STATE_HOME: path.join(dir, 'state'),
        XDG_CACHE_HOME: path.join(dir, 'cache'),
        ...env,
        UNRES_NVIM_OUT: out,
      },
    });
    if (r.error) throw new Error(`nvim could not run: ${r.error.message}`);
    const result = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : undefined;
    if (!result) throw new Error(`nvim exited with ${r.status} ${r.signal ?? ''} and wrote no result\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
    return inspect(r, result, path.join(dir, 'cache', 'nvim', 'lsp.log'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs Neovim on `file`; resolves with what lsp.lua wrote (symbols, folding, select results). */
function nvim(file, queries = []) {
  const env = { UNRES_NVIM_SERVER: SERVER, UNRES_NVIM_QUERIES: JSON.stringify(queries) };
  return runNvim(['--clean', '-n', '-c', `luafile ${LUA}`, file], env, (r, result, lspLog) => {
    if (result.error) {
      throw new Error(`in Neovim ${result.nvim}: ${result.error}\n${fs.existsSync(lspLog) ? 'lsp.log:\n' + fs.readFileSync(lspLog, 'utf8').slice(-3000) : ''}`);
    }
    assert.strictEqual(r.status, 0, `nvim exit code ${r.status}: ${r.stderr}`);
    return result;
  });
}

/** Text of an LSP range (UTF-16 positions; lines end at \n, \r\n or \r) — what Neovim would select. */
function textOf(text, range) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const off = (p) => starts[p.line] + p.character;
  return text.slice(off(range.start), off(range.end));
}

const PARA = /^(?:PP\d+|OP\d+[a-z]*|\d+[a-z]*|\([^)]+\))$/;
function paragraphs(sym) {
  const out = [];
  for (const c of sym?.children ?? []) {
    if (PARA.test(c.name)) out.push(c);
    else out.push(...paragraphs(c));
  }
  return out;
}
const groupOf = (syms, name) => syms.find((s) => s.name === name);
const selected = (res, q) => res.select.find((s) => s.query === q).result;

/** The README's plain Neovim set-up (readme-setup.lua as init.lua) and `:UnresSelect query` on `file`. */
function nvimReadmeSetup(file, query) {
  const args = ['-n', '-u', path.join(__dirname, 'readme-setup.lua'), '-c', `luafile ${path.join(__dirname, 'drive-readme-setup.lua')}`, file];
  return runNvim(args, { UNRES_SERVER: SERVER, UNRES_NVIM_QUERY: query }, (r, result) => {
    if (result.error) throw new Error(`README set-up in Neovim: ${result.error}\nstderr: ${r.stderr}`);
    return result;
  });
}

describe('Neovim 0.7 built-in LSP client → dist/server.js', function () {
  this.timeout(90000);
  let seed, clean, wrapped;
  const seedFile = path.join(CORPUS, 'seed', 'S-RES-2388-2017.flat.txt');
  const cleanFile = path.join(CORPUS, 'texts', 'S-RES-1706-2006.txt');
  const wrappedFile = path.join(CORPUS, 'pdftotext', 'texts', 'S_2018_221-EN.txt');

  before(function () {
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run npm run build`);
  });

  it('starts the server from Neovim and gets the seed outline: Preamble with PP1–PP6', function () {
    seed = nvim(seedFile, ['3', 'PP3', 'OP3', 'pp 99']);
    assert.match(seed.nvim, /^0\.\d+\.\d+$/);
    assert.strictEqual(seed.initialized, true);
    assert.strictEqual(seed.documentSymbolProvider, true);
    const names = paragraphs(groupOf(seed.symbols, 'Preamble')).map((s) => s.name);
    assert.deepStrictEqual(names, ['PP1', 'PP2', 'PP3', 'PP4', 'PP5', 'PP6'], `top level: ${seed.symbols.map((s) => s.name).join(', ')}`);
  });

  it('unres/selectParagraph "3" on the seed returns PP3, exactly the expected text', function () {
    assert.ok(seed, 'the previous case did not run');
    const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, 'seed', 'S-RES-2388-2017.flat.expect.json'), 'utf8')).select['3'];
    const text = fs.readFileSync(seedFile, 'utf8');
    for (const q of ['3', 'PP3']) {
      const r = selected(seed, q);
      assert.ok(r && r !== null, `"${q}" found nothing`);
      assert.strictEqual(r.id, 'PP3', `"${q}"`);
      assert.strictEqual(textOf(text, r.range), expected, `"${q}"`);
    }
  });

  it('unres/selectParagraph gives null for a paragraph that does not exist', function () {
    assert.ok(seed, 'the first case did not run');
    assert.strictEqual(selected(seed, 'pp 99'), null);
    assert.strictEqual(selected(seed, 'OP3'), null, 'the seed has no operative part');
  });

  it('clean S/RES/1706 (2006): OP8 with (a)–(l) in the outline, "OP8(k)" selects that sub-paragraph, folding ranges come', function () {
    clean = nvim(cleanFile, ['OP8(k)', '8 (c)']);
    const op = paragraphs(groupOf(clean.symbols, 'Operative part'));
    assert.deepStrictEqual(op.map((s) => s.name), Array.from({ length: 15 }, (_, i) => `OP${i + 1}`));
    assert.deepStrictEqual(op[7].children.map((c) => c.name), ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)', '(k)', '(l)']);
    const text = fs.readFileSync(cleanFile, 'utf8');
    const k = selected(clean, 'OP8(k)');
    assert.strictEqual(k?.id, 'OP8(k)');
    assert.match(textOf(text, k.range), /^\(k\)\s+To assist the parties to the Darfur Peace Agreement in promoting the rule of law[\s\S]*national legal framework;$/);
    assert.strictEqual(selected(clean, '8 (c)')?.id, 'OP8(c)');
    assert.ok(Array.isArray(clean.folding) && clean.folding.length > 0, 'no folding ranges');
  });

  it('the README\'s plain set-up: a .unres file attaches, `:UnresSelect 3` visually selects exactly PP3 of the seed', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-nvim-file-'));
    try {
      const file = path.join(dir, 'S-RES-2388-2017.unres');
      fs.copyFileSync(seedFile, file);
      const r = nvimReadmeSetup(file, '3');
      assert.strictEqual(r.filetype, 'unres');
      const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, 'seed', 'S-RES-2388-2017.flat.expect.json'), 'utf8')).select['3'];
      assert.strictEqual(r.selected, expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('README.md quotes test/neovim/readme-setup.lua verbatim (the snippet users copy is the one tested)', function () {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const snippet = fs.readFileSync(path.join(__dirname, 'readme-setup.lua'), 'utf8').trim();
    assert.ok(readme.includes(snippet), 'README.md does not contain test/neovim/readme-setup.lua: update the Neovim section from that file');
  });

  it('hard-wrapped pdftotext S/2018/221: OP9 (i)–(iii) and "9(ii)"', function () {
    wrapped = nvim(wrappedFile, ['9(ii)']);
    const op9 = paragraphs(groupOf(wrapped.symbols, 'Operative part')).find((s) => s.name === 'OP9');
    assert.deepStrictEqual(op9?.children.map((c) => c.name), ['(i)', '(ii)', '(iii)']);
    const r = selected(wrapped, '9(ii)');
    assert.strictEqual(r?.id, 'OP9(ii)');
    const words = textOf(fs.readFileSync(wrappedFile, 'utf8'), r.range).split(/\s+/);
    assert.deepStrictEqual(words.slice(0, 4), ['(ii)', 'Protect', 'the', 'airport']);
    assert.deepStrictEqual(words.slice(-2), ['the', 'Secretary-General;']);
  });
});
