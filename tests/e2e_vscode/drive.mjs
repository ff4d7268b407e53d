#!/usr/bin/env node
// End-to-end test of the sunting VS Code extension in a real VS Code:
// code-server 4.100.3 (VS Code 1.100.3) on 127.0.0.1, headless Debian Chromium
// driven by playwright-core. Installs the built .vsix, opens a copy of the seed
// article, reads the Problems panel, applies a quick fix through the UI, and
// saves the screenshot used in vscode-extension/README.md.
//
// Environment:
//   SUNTING_PYTHON   python that runs `-m sunting serve` (default <repo>/.venv/bin/python)
//   SUNTING_VSIX     the .vsix to install (default vscode-extension/sunting-<version>.vsix)
//   SUNTING_SHARED   the shared folder (default <repo>/../shared; falls back to examples/seed-article.txt)
//   SUNTING_E2E_SCREENSHOT  where to save the screenshot (default vscode-extension/images/screenshot.png;
//                    "none" to skip)
//   SUNTING_E2E_KEEP=1   keep the temp dir (logs, profile) for debugging
//   CHROMIUM         browser binary (default /usr/bin/chromium)
//   SUNTING_E2E_EXPECT  JSON {word: suggestion} the Problems panel and quick fixes must show
//                    (default {"Komimfo":"Kominfo","antata":"antara","yangl":"yang"})
//   SUNTING_E2E_FIX  the word whose quick fix is applied through the UI (default antata)
// Recipe and pitfalls: ../shared/research/vscode-e2e.md
//
// Every process started here is killed at the end (process groups, plus a
// sweep of /proc for processes carrying this run's marker variable).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const EXT_DIR = path.join(REPO, 'vscode-extension');
const CODE_SERVER = path.join(HERE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const T0 = Date.now();

const extVersion = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'package.json'), 'utf8')).version;
const VSIX = path.resolve(process.env.SUNTING_VSIX || path.join(EXT_DIR, `sunting-${extVersion}.vsix`));
const PYTHON = process.env.SUNTING_PYTHON || path.join(REPO, '.venv', 'bin', 'python');
const SHARED = path.resolve(process.env.SUNTING_SHARED || path.join(REPO, '..', 'shared'));
// The seed article from shared/ (../shared beside the repo, as in CI), else the repo's copy.
const SEED = [path.join(SHARED, 'corpus', 'seed', 'seed-article.txt'), path.join(REPO, 'examples', 'seed-article.txt')]
  .find((p) => fs.existsSync(p)) || path.join(SHARED, 'corpus', 'seed', 'seed-article.txt');
const SCREENSHOT = process.env.SUNTING_E2E_SCREENSHOT || path.join(EXT_DIR, 'images', 'screenshot.png');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const KEEP = process.env.SUNTING_E2E_KEEP === '1';

// What the seed article must show: word → a suggestion the quick-fix menu must offer.
const EXPECTED = process.env.SUNTING_E2E_EXPECT
  ? JSON.parse(process.env.SUNTING_E2E_EXPECT)
  : { Komimfo: 'Kominfo', antata: 'antara', yangl: 'yang' };
// The word whose quick fix is applied through the UI (its first suggestion above).
const FIX = process.env.SUNTING_E2E_FIX || 'antata';
const FIX_TO = EXPECTED[FIX];

function log(msg) {
  process.stdout.write(`[e2e ${((Date.now() - T0) / 1000).toFixed(1).padStart(5)}s] ${msg}\n`);
}

// ---------------------------------------------------------------- processes
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sunting-e2e-'));
const MARK = `SUNTING_E2E_RUN`;
const children = [];
let browser;
let thePage;

const xdg = {
  XDG_CONFIG_HOME: path.join(tmp, 'xdg', 'config'),
  XDG_CACHE_HOME: path.join(tmp, 'xdg', 'cache'),
  XDG_DATA_HOME: path.join(tmp, 'xdg', 'data'),
  XDG_STATE_HOME: path.join(tmp, 'xdg', 'state'),
};
for (const d of Object.values(xdg)) fs.mkdirSync(d, { recursive: true });
// Temp files of code-server (vscode-ipc-*.sock), Chromium and playwright stay in the run's dir.
const runTmp = path.join(tmp, 'tmp');
fs.mkdirSync(runTmp);
process.env.TMPDIR = runTmp;
const childEnv = { ...process.env, ...xdg, TMPDIR: runTmp, [MARK]: tmp };
delete childEnv.PASSWORD;
delete childEnv.HASHED_PASSWORD;
delete childEnv.VSCODE_IPC_HOOK_CLI;

function start(cmd, args, name) {
  const logFile = path.join(tmp, `${name}.log`);
  const out = fs.openSync(logFile, 'a');
  const child = spawn(cmd, args, { env: childEnv, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  children.push(child);
  child.logFile = logFile;
  return child;
}

function exited(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

function killGroup(child, signal) {
  try { process.kill(-child.pid, signal); } catch { /* gone */ }
}

/** PIDs of live processes whose environment carries this run's marker. */
function markedPids() {
  const pids = [];
  const needle = Buffer.from(`${MARK}=${tmp}\0`);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/environ`).includes(needle)) pids.push(Number(entry));
    } catch { /* exited or not ours */ }
  }
  return pids;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Idempotent: a signal handler and the main path may both ask; both wait for the one cleanup.
let cleaning;
function cleanup() {
  cleaning ??= doCleanup();
  return cleaning;
}
async function doCleanup() {
  if (browser) {
    try { await Promise.race([browser.close(), sleep(5000)]); } catch { /* ignore */ }
  }
  for (const c of children) killGroup(c, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && (children.some((c) => c.exitCode === null && c.signalCode === null) || markedPids().length)) {
    await sleep(100);
  }
  for (const c of children) killGroup(c, 'SIGKILL');
  for (const pid of markedPids()) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  }
  await sleep(200);
  const left = markedPids();
  if (left.length) log(`WARNING: processes still alive after cleanup: ${left.join(' ')}`);
  if (KEEP) log(`kept ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    log(`got ${sig}, cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- helpers
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}); see ${child.logFile}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not yet */ }
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${url}`);
}

function walkFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walkFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function check(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
  log(`ok: ${msg}`);
}

// ---------------------------------------------------------------- the test
async function main() {
  for (const [what, p] of [['vsix', VSIX], ['seed article', SEED], ['python', PYTHON], ['code-server', CODE_SERVER], ['chromium', CHROMIUM]]) {
    if (!fs.existsSync(p)) throw new Error(`${what} not found: ${p}`);
  }
  log(`tmp ${tmp}`);
  log(`vsix ${VSIX}; python ${PYTHON}`);

  // Workspace: a copy of the seed article, settings pointing at the repo's python.
  const ws = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
  const article = path.join(ws, 'seed-article.txt');
  fs.copyFileSync(SEED, article);
  // A file that stays closed: only "Sunting: Check Workspace" can report it.
  fs.mkdirSync(path.join(ws, 'naskah'));
  fs.writeFileSync(path.join(ws, 'naskah', 'catatan.md'), '# Catatan rapat\n\nRedaksi merubah judul berita itu setelah rapat.\n');
  fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify({
    'sunting.server.command': [PYTHON, '-m', 'sunting'],
    'git.enabled': false,
    'files.exclude': { '**/.vscode': true },
  }, null, 2));

  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'editor.fontSize': 14,
    'window.commandCenter': false,
    'workbench.colorTheme': 'Default Light Modern',
  }, null, 2));
  const config = path.join(tmp, 'config.yaml');
  const port = await freePort();
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const csArgs = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

  log('installing the extension');
  const inst = start(process.execPath, [CODE_SERVER, ...csArgs, '--install-extension', VSIX, '--force'], 'install');
  const code = await exited(inst);
  const instLog = fs.readFileSync(inst.logFile, 'utf8');
  if (code !== 0 || !/successfully installed/i.test(instLog)) throw new Error(`install failed (${code}):\n${instLog}`);

  log(`starting code-server on 127.0.0.1:${port}`);
  const cs = start(process.execPath, [
    CODE_SERVER, ...csArgs,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', ws,
  ], 'code-server');
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, cs, 60000);

  const profile = path.join(tmp, 'chromium');
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...childEnv, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_CACHE_HOME: path.join(profile, 'xdg-cache') },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const page = browser.pages()[0] || (await browser.newPage());
  thePage = page;
  page.setDefaultTimeout(30000);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);

  // Open the article from the Explorer.
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'seed-article.txt' });
  await row.waitFor({ timeout: 90000 });
  log('workbench up; opening seed-article.txt');
  await row.click();
  await page.locator('.monaco-editor .view-lines', { hasText: 'Kementerian' }).first().waitFor({ timeout: 30000 });

  // First diagnostics: the extension host and the server start cold (slow on 2 cores).
  await page.locator('.monaco-editor [class*="squiggly-"]').first().waitFor({ timeout: 90000 });
  log('first squiggle');

  // Status bar item of the extension.
  const status = page.locator('#sunting\\.sunting\\.status, [id$="sunting.status"]').first();
  await status.waitFor({ timeout: 30000 });
  let statusLabel = '';
  const statusDeadline = Date.now() + 15000;
  while (Date.now() < statusDeadline) {
    statusLabel = (await status.getAttribute('aria-label')) || (await status.innerText());
    if (/Sunting: \d+/.test(statusLabel)) break;
    await sleep(200);
  }
  check(/Sunting: \d+/.test(statusLabel), `status bar shows the findings count ("${statusLabel.trim()}")`);

  // Clicking the status bar item opens the Problems panel.
  await status.click();
  const problemRows = page.locator('.markers-panel .monaco-list-row');
  await problemRows.first().waitFor({ timeout: 30000 });
  check(true, 'clicking the status bar item opened the Problems panel');
  // The list is virtualised (only rows in view exist in the DOM): narrow it with the
  // panel's filter box to find a word's row.
  const filterBox = page.getByPlaceholder('Filter (e.g. text');
  const readRows = () => problemRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') || r.textContent || ''));
  async function problemLabels(filter, until = () => true, timeoutMs = 30000) {
    await filterBox.fill(filter);
    const end = Date.now() + timeoutMs;
    let rows = await readRows();
    while (!until(rows) && Date.now() < end) {
      await sleep(300);
      rows = await readRows();
    }
    return rows;
  }
  const words = Object.keys(EXPECTED);
  // The server publishes each text twice (the paragraph checks first, then the whole-document
  // ones), so the count read at the first squiggle may be the first publish's: read the status
  // bar and the panel again until both show the complete publish (or the deadline), then compare.
  let labels = await readRows();
  let shownCount = -1;
  let header = '';
  const agreeDeadline = Date.now() + 30000;
  for (;;) {
    statusLabel = (await status.getAttribute('aria-label')) || (await status.innerText());
    shownCount = Number((/Sunting: (\d+)/.exec(statusLabel) || [])[1]);
    header = labels.find((l) => /problems? in file seed-article\.txt/.test(l)) || '';
    if (header.startsWith(`${shownCount} problem`) || Date.now() > agreeDeadline) break;
    await sleep(300);
    labels = await readRows();
  }
  check(header.startsWith(`${shownCount} problem`), `status bar count ${shownCount} matches the Problems panel ("${header}")`);
  log(`Problems panel rows (those in view):\n  ${labels.join('\n  ')}`);
  for (const w of words) {
    labels = await problemLabels(w, (rows) => rows.some((l) => l.includes(w)));
    check(labels.some((l) => l.includes(w)), `Problems panel reports ${w}: ${labels.filter((l) => l.includes(w)).join(' | ')}`);
  }

  // For each word: select its row, go to the editor, open the quick-fix menu and
  // read the suggestions; pick the fix for FIX (`antata`).
  for (const w of words) {
    // The Problems list re-renders while the server re-checks: retry until the row
    // selected is the one for `w` and the menu shows its fixes.
    const menu = page.locator('.action-widget');
    let items = [];
    await problemLabels(w, (rows) => rows.some((l) => l.includes(w)));
    for (let attempt = 1; attempt <= 4; attempt++) {
      const r = page.locator('.markers-panel .monaco-list-row', { hasText: w }).first();
      await r.click({ position: { x: 40, y: 10 } }); // left end: the middle may hold the rule's link
      const selected = (await page.locator('.markers-panel .monaco-list-row.selected').first().getAttribute('aria-label').catch(() => '')) || '';
      if (!selected.includes(w)) { await sleep(500); continue; }
      await page.keyboard.press('Enter'); // open the marker in the editor, focused, at its range
      await sleep(300);
      await page.keyboard.press('Control+Period');
      // The editor may not have had the focus yet (the list re-rendered under the click):
      // a menu that does not open is another attempt, not a failure, until the last one.
      const opened = await menu.waitFor({ state: 'visible', timeout: attempt < 4 ? 8000 : 15000 }).then(() => true, (e) => {
        if (attempt === 4) throw e;
        return false;
      });
      if (!opened) { log(`attempt ${attempt} at ${w}: no quick-fix menu; retrying`); await page.keyboard.press('Escape'); await sleep(500); continue; }
      items = await menu.locator('.monaco-list-row').evaluateAll((rows) => rows.map((x) => (x.textContent || '').trim()));
      if (items.some((t) => t.includes(EXPECTED[w]))) break;
      log(`attempt ${attempt} at ${w} showed ${JSON.stringify(items)}; retrying`);
      await page.keyboard.press('Escape');
      await sleep(500);
    }
    log(`quick fixes at ${w}: ${JSON.stringify(items)}`);
    const want = EXPECTED[w];
    check(items.some((t) => t.includes(`‘${want}’`) || t.includes(`'${want}'`) || t.includes(`"${want}"`)),
      `quick fix for ${w} suggests ${want}`);
    if (w !== FIX) {
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'hidden', timeout: 5000 });
      if (w === words[0]) {
        // Hover (Ctrl+K Ctrl+I at the cursor): the server's explanation, with its suggestions.
        // The marker's range is selected with the cursor at its end: move to its start.
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        const hover = page.locator('.monaco-hover', { hasText: 'Saran:' });
        await hover.first().waitFor({ state: 'visible', timeout: 15000 });
        const hoverText = (await hover.first().innerText()).replace(/\s+/g, ' ').trim();
        log(`hover at ${w}: ${hoverText.slice(0, 300)}`);
        check(hoverText.includes(want), `hover at ${w} shows the rule's explanation with ${want}`);
        await page.keyboard.press('Escape');
      }
      continue;
    }
    if (SCREENSHOT !== 'none') {
      // For the README: the whole Problems list behind the quick-fix menu.
      await page.keyboard.press('Escape');
      await filterBox.fill('');
      await page.keyboard.press('Control+1'); // back to the editor; the cursor is still on the word
      await sleep(300);
      await page.keyboard.press('Control+Period');
      await menu.waitFor({ state: 'visible', timeout: 15000 });
      await sleep(300);
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      log(`screenshot ${path.relative(REPO, SCREENSHOT)}`);
    }
    // Move the selection to the fix with the arrow keys (as a writer would) and apply it.
    const focused = menu.locator('.monaco-list-row.focused');
    for (let i = 0; i < items.length; i++) {
      const label = (await focused.count()) ? (await focused.first().getAttribute('aria-label')) || '' : '';
      if (label.includes(`‘${want}’`)) break;
      await page.keyboard.press('ArrowDown');
    }
    const chosen = (await focused.first().getAttribute('aria-label')) || '';
    check(chosen.includes(`‘${want}’`), `quick fix "${chosen}" selected`);
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 5000 });
  }

  // The text now reads `antara`, in the editor and, after saving, on disk.
  // (Monaco renders spaces as U+00A0 and only the lines in view: reveal the line first.)
  const original = fs.readFileSync(SEED, 'utf8');
  const fixLine = original.slice(0, original.indexOf(FIX)).split('\n').length;
  const wordRe = (w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u');
  const editorText = () => page.evaluate(() =>
    [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].map((l) => l.textContent.replace(/\u00a0/g, ' ')).join('\n'));
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(fixLine));
  await page.keyboard.press('Enter');
  let shown = '';
  const textDeadline = Date.now() + 10000;
  while (Date.now() < textDeadline) {
    shown = await editorText();
    if (wordRe(FIX_TO).test(shown) && !wordRe(FIX).test(shown)) break;
    await sleep(200);
  }
  check(wordRe(FIX_TO).test(shown) && !wordRe(FIX).test(shown), `editor text on line ${fixLine} now reads "${FIX_TO}", not "${FIX}"`);
  await page.keyboard.press('Control+S');
  const expectedText = original.replace(FIX, FIX_TO);
  const saveDeadline = Date.now() + 10000;
  let onDisk = '';
  while (Date.now() < saveDeadline) {
    onDisk = fs.readFileSync(article, 'utf8');
    if (onDisk === expectedText) break;
    await sleep(200);
  }
  // The fix edited only the flagged range: the file is the original with that one word replaced.
  check(onDisk === expectedText, `saved file is the original with "${FIX}" replaced by "${FIX_TO}" and nothing else changed`);

  // The server re-checks: the fixed word leaves the Problems panel, the others stay.
  labels = await problemLabels(FIX, (rows) => !rows.some((l) => l.includes(FIX)), 15000);
  check(!labels.some((l) => l.includes(FIX)), `${FIX} is gone from the Problems panel after the fix`);
  for (const w of words.filter((x) => x !== FIX)) {
    labels = await problemLabels(w, (rows) => rows.some((l) => l.includes(w)), 5000);
    check(labels.some((l) => l.includes(w)), `${w} is still reported`);
  }
  await filterBox.fill('');

  // "Sunting: Periksa Ruang Kerja" (Check Workspace) from the command palette reports the
  // closed file too. The extension speaks Indonesian in an English VS Code.
  await page.keyboard.press('F1');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ state: 'visible' });
  await quickInput.fill('>Sunting: Periksa Ruang Kerja');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sunting: Periksa Ruang Kerja' }).first().waitFor();
  await page.keyboard.press('Enter');
  const done = page.locator('.notifications-toasts .notification-toast', { hasText: 'Sunting: ruang kerja selesai diperiksa — temuan: ' });
  await done.first().waitFor({ timeout: 60000 });
  const toast = (await done.first().innerText()).replace(/\s+/g, ' ').trim();
  log(`notification: ${toast}`);
  labels = await problemLabels('catatan', (rows) => rows.some((l) => l.includes('catatan.md')), 15000);
  log(`Problems panel rows after the workspace check:\n  ${labels.join('\n  ')}`);
  check(labels.some((l) => l.includes('catatan.md')), 'workspace check reports naskah/catatan.md, which was never opened');

  // Settings reach the running server without a restart...
  const wsSettings = path.join(ws, '.vscode', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(wsSettings, 'utf8'));
  fs.writeFileSync(wsSettings, JSON.stringify({ ...settings, 'sunting.minimumLevel': 'info', 'sunting.fixAllOnSave': true }, null, 2));
  const outputLog = () => {
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
    return walk(path.join(userData, 'logs')).filter((f) => f.endsWith('-Sunting.log')).map((f) => fs.readFileSync(f, 'utf8')).join('');
  };
  const fwdDeadline = Date.now() + 15000;
  while (Date.now() < fwdDeadline && !outputLog().includes('forwarding changed settings')) await sleep(200);
  check(outputLog().includes('forwarding changed settings') && !outputLog().includes('restarting'),
    'a changed sunting.minimumLevel is forwarded to the running server without a restart');

  // Fix all on save (now switched on): open the closed file, edit, save; `merubah` (one
  // suggestion) becomes `mengubah`.
  const notes = path.join(ws, 'naskah', 'catatan.md');
  await page.keyboard.press('Control+P');
  await quickInput.waitFor({ state: 'visible' });
  await quickInput.fill('catatan.md');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'catatan.md' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: 'catatan.md' }).waitFor();
  await page.locator('.monaco-editor .view-lines', { hasText: 'Redaksi' }).first().waitFor();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Rapat selesai.\n');
  await page.keyboard.press('Control+S');
  let notesText = '';
  const fixDeadline = Date.now() + 15000;
  while (Date.now() < fixDeadline) {
    notesText = fs.readFileSync(notes, 'utf8');
    if (notesText.includes('Rapat selesai.') && !notesText.includes('merubah')) break;
    await sleep(200);
  }
  log(`catatan.md after save: ${JSON.stringify(notesText)}`);
  check(notesText.includes('Redaksi mengubah judul') && notesText.includes('Rapat selesai.'),
    'sunting.fixAllOnSave applied source.fixAll.sunting on save (merubah → mengubah)');

  // "Sunting: Tambahkan Kata ke Kosakata" (Add Word to Vocabulary) on a selected word: the
  // server writes the project's vocabulary (a new file in the workspace that holds the word).
  const before = new Set(walkFiles(ws));
  await page.keyboard.press('Control+G');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Shift+ArrowRight'); // selects `Redaksi`
  await page.keyboard.press('F1');
  await quickInput.waitFor({ state: 'visible' });
  await quickInput.fill('>Sunting: Tambahkan Kata ke Kosakata');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sunting: Tambahkan Kata ke Kosakata' }).first().waitFor();
  await page.keyboard.press('Enter');
  const added = page.locator('.notifications-toasts .notification-toast', { hasText: 'Sunting: ‘Redaksi’ ditambahkan ke kosakata proyek.' });
  await added.first().waitFor({ timeout: 20000 });
  log(`notification: ${(await added.first().innerText()).replace(/\s+/g, ' ').trim()}`);
  const vocabFiles = walkFiles(ws).filter((f) => !before.has(f) || f.endsWith('sunting.yaml'))
    .filter((f) => /Redaksi/.test(fs.readFileSync(f, 'utf8')));
  check(vocabFiles.length > 0, `Add Word to Vocabulary wrote ‘Redaksi’ to ${vocabFiles.map((f) => path.relative(ws, f)).join(', ')}`);

  // sunting.interfaceLanguage "en": the extension's words switch to English at once (from
  // the packaged l10n/bundle.l10n.en.json); command titles stay Indonesian (package.nls.json).
  fs.writeFileSync(wsSettings, JSON.stringify({ ...settings, 'sunting.interfaceLanguage': 'en' }, null, 2));
  const enDeadline = Date.now() + 15000;
  let statusEn = '';
  while (Date.now() < enDeadline && !/Sunting server: ready/.test(statusEn)) {
    statusEn = (await status.getAttribute('aria-label')) || '';
    await sleep(200);
  }
  check(/Sunting server: ready/.test(statusEn), `status bar tooltip in English after the switch ("${statusEn.split('\n')[0]}")`);
  await page.keyboard.press('F1');
  await quickInput.waitFor({ state: 'visible' });
  await quickInput.fill('>Sunting: Tambahkan Kata ke Kosakata');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sunting: Tambahkan Kata ke Kosakata' }).first().waitFor();
  await page.keyboard.press('Enter');
  const addedEn = page.locator('.notifications-toasts .notification-toast', { hasText: 'Sunting: added ‘Redaksi’ to the project vocabulary.' });
  await addedEn.first().waitFor({ timeout: 20000 });
  check(true, 'with sunting.interfaceLanguage "en" the notification is English');

  // ...and a server command that does not exist gives one notification saying what to install.
  fs.writeFileSync(wsSettings, JSON.stringify({ ...settings, 'sunting.server.command': [path.join(tmp, 'no-such-python'), '-m', 'sunting'] }, null, 2));
  const notFound = page.locator('.notifications-toasts .notification-toast', { hasText: 'Sunting memerlukan server bahasanya' });
  await notFound.first().waitFor({ timeout: 30000 });
  const nfText = (await notFound.first().innerText()).replace(/\s+/g, ' ').trim();
  log(`notification: ${nfText}`);
  check(/Cara Memasang/.test(nfText), 'the not-found notification offers the install help');
  check(await notFound.count() === 1, 'exactly one not-found notification');
  await notFound.first().hover();
  await notFound.first().getByRole('button', { name: 'Cara Memasang' }).click();
  const preview = page.locator('.tabs-container .tab', { hasText: 'README' });
  await preview.first().waitFor({ timeout: 15000 });
  check(true, `"Cara Memasang" opens the extension README ("${(await preview.first().innerText()).trim()}")`);
  const statusNow = (await status.getAttribute('aria-label')) || '';
  check(/Server sunting: tidak ditemukan/.test(statusNow), `status bar tooltip shows the server state ("${statusNow.split('\n')[0]}")`);

  log('PASS');
}

let failed = false;
try {
  await main();
} catch (e) {
  failed = true;
  log(`FAIL: ${e && e.stack ? e.stack : e}`);
  try {
    if (thePage) {
      const shot = path.join(KEEP ? tmp : os.tmpdir(), `sunting-e2e-failure-${process.pid}.png`);
      await thePage.screenshot({ path: shot });
      log(`failure screenshot: ${shot}`);
    }
  } catch { /* ignore */ }
  for (const c of children) {
    try {
      const text = fs.readFileSync(c.logFile, 'utf8');
      log(`--- ${path.basename(c.logFile)} (last 3000 chars)\n${text.slice(-3000)}`);
    } catch { /* ignore */ }
  }
  try {
    // The extension's output channel, as code-server logged it.
    const logsDir = path.join(tmp, 'user-data', 'logs');
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
    for (const f of walk(logsDir).filter((f) => /Sunting|exthost/i.test(f))) {
      log(`--- ${path.relative(tmp, f)} (last 3000 chars)\n${fs.readFileSync(f, 'utf8').slice(-3000)}`);
    }
  } catch { /* ignore */ }
} finally {
  await cleanup();
  log(`done in ${((Date.now() - T0) / 1000).toFixed(1)} s`);
}
process.exit(failed ? 1 : 0);
