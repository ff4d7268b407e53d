import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DiscoveryEnv,
  chooseServer,
  expandVariables,
  findOnPath,
  parseCommandSetting,
  serverCandidates,
  splitCommandLine,
} from '../src/logic/discovery';
import { probeCandidate } from '../src/logic/probe';

function env(files: string[], over: Partial<DiscoveryEnv> = {}): DiscoveryEnv {
  const set = new Set(files);
  return {
    setting: undefined,
    workspaceFolders: ['/ws'],
    pathEnv: '/usr/local/bin:/usr/bin',
    platform: 'linux',
    homeDir: '/home/ana',
    env: {},
    isExecutable: (p) => set.has(p),
    ...over,
  };
}

const argv = (c: { command: string; args: string[] }) => [c.command, ...c.args];

test('splitCommandLine handles quotes and escapes', () => {
  assert.deepEqual(splitCommandLine('python3 -m sunting'), ['python3', '-m', 'sunting']);
  assert.deepEqual(splitCommandLine(`'/opt/my env/bin/python' -m "sun ting" a\\ b`), [
    '/opt/my env/bin/python', '-m', 'sun ting', 'a b',
  ]);
  assert.deepEqual(splitCommandLine('  '), []);
  assert.deepEqual(splitCommandLine(`""`), ['']);
  assert.throws(() => splitCommandLine('"open'), /unterminated/);
});

test('parseCommandSetting accepts arrays and strings, ignores empties', () => {
  assert.deepEqual(parseCommandSetting(['/x/python', '-m', 'sunting']), ['/x/python', '-m', 'sunting']);
  assert.deepEqual(parseCommandSetting('sunting-dev --verbose'), ['sunting-dev', '--verbose']);
  assert.equal(parseCommandSetting(''), undefined);
  assert.equal(parseCommandSetting([]), undefined);
  assert.equal(parseCommandSetting(null), undefined);
  assert.equal(parseCommandSetting(undefined), undefined);
  assert.equal(parseCommandSetting(42), undefined);
});

test('expandVariables: workspaceFolder, userHome, env, tilde', () => {
  assert.equal(expandVariables('${workspaceFolder}/.venv/bin/python', '/ws', '/h'), '/ws/.venv/bin/python');
  assert.equal(expandVariables('~/bin/sunting', '/ws', '/h'), '/h/bin/sunting');
  assert.equal(expandVariables('${userHome}/x', '/ws', '/h'), '/h/x');
  assert.equal(expandVariables('${env:VENV}/bin/python', '/ws', '/h', { VENV: '/v' }), '/v/bin/python');
  assert.equal(expandVariables('a~b', '/ws', '/h'), 'a~b');
});

test('the setting wins and is the only candidate, with serve appended', () => {
  const c = serverCandidates(env(['/ws/.venv/bin/sunting', '/usr/bin/sunting'], {
    setting: ['/repo/.venv/bin/python', '-m', 'sunting'],
  }));
  assert.equal(c.length, 1);
  assert.equal(c[0].source, 'setting');
  assert.deepEqual(argv(c[0]), ['/repo/.venv/bin/python', '-m', 'sunting', 'serve']);
});

test('a relative path in the setting is taken from the first workspace folder', () => {
  const [c] = serverCandidates(env([], { setting: '.venv/bin/sunting', workspaceFolders: ['/ws', '/other'] }));
  assert.deepEqual(argv(c), ['/ws/.venv/bin/sunting', 'serve']);
  const [bare] = serverCandidates(env([], { setting: 'sunting' }));
  assert.deepEqual(argv(bare), ['sunting', 'serve'], 'a bare name is left for PATH lookup');
  const [tpl] = serverCandidates(env([], { setting: ['${workspaceFolder}/venv/bin/python', '-m', 'sunting'] }));
  assert.deepEqual(argv(tpl), ['/ws/venv/bin/python', '-m', 'sunting', 'serve']);
});

test('without the setting: .venv, venv, PATH, then python3 -m sunting', () => {
  const c = serverCandidates(env(['/ws/.venv/bin/sunting', '/ws/venv/bin/sunting', '/usr/bin/sunting', '/usr/bin/python3']));
  assert.deepEqual(c.map((x) => x.source), ['venv', 'venv', 'path', 'python']);
  assert.deepEqual(c.map(argv), [
    ['/ws/.venv/bin/sunting', 'serve'],
    ['/ws/venv/bin/sunting', 'serve'],
    ['/usr/bin/sunting', 'serve'],
    ['/usr/bin/python3', '-m', 'sunting', 'serve'],
  ]);
});

test('an empty workspace and nothing installed still leaves python3 -m sunting', () => {
  const c = serverCandidates(env([], { workspaceFolders: [], pathEnv: undefined }));
  assert.deepEqual(c.map(argv), [['python3', '-m', 'sunting', 'serve']]);
});

test('every workspace folder is searched, in order', () => {
  const c = serverCandidates(env(['/b/venv/bin/sunting'], { workspaceFolders: ['/a', '/b'] }));
  assert.deepEqual(c[0].command, '/b/venv/bin/sunting');
});

test('Windows uses Scripts\\sunting.exe and python', () => {
  const c = serverCandidates(env(['C:\\ws\\.venv\\Scripts\\sunting.exe', 'C:\\Py\\python.exe'], {
    platform: 'win32', workspaceFolders: ['C:\\ws'], pathEnv: 'C:\\Py',
  }));
  assert.deepEqual(c.map(argv), [
    ['C:\\ws\\.venv\\Scripts\\sunting.exe', 'serve'],
    ['C:\\Py\\python.exe', '-m', 'sunting', 'serve'],
  ]);
});

test('findOnPath skips empty entries and returns the first hit', () => {
  const files = new Set(['/b/sunting', '/c/sunting']);
  assert.equal(findOnPath('sunting', ':/a::/b:/c', 'linux', (p) => files.has(p)), '/b/sunting');
  assert.equal(findOnPath('sunting', undefined, 'linux', () => true), undefined);
});

test('chooseServer returns the first candidate whose probe passes, and what was tried', async () => {
  const c = serverCandidates(env(['/ws/.venv/bin/sunting', '/usr/bin/sunting']));
  const r = await chooseServer(c, async (x) => (x.source === 'path' ? true : 'broken'));
  assert.equal(r.chosen?.command, '/usr/bin/sunting');
  assert.deepEqual(r.tried.map((t) => [t.candidate.source, t.ok]), [['venv', false], ['path', true]]);
});

test('chooseServer with nothing working reports every reason', async () => {
  const c = serverCandidates(env(['/usr/bin/sunting']));
  const r = await chooseServer(c, async (x) => {
    if (x.source === 'python') throw new Error('spawn failed');
    return 'not found';
  });
  assert.equal(r.chosen, undefined);
  assert.deepEqual(r.tried.map((t) => t.reason), ['not found', 'spawn failed']);
});

test('probeCandidate: a missing executable fails, python -m checks the module imports', async (t) => {
  const missing = await probeCandidate({ command: '/nonexistent/sunting', args: ['serve'], source: 'setting', description: '' });
  assert.match(String(missing), /not found/);
  const python = ['python3', 'python'].find((p) => findOnPath(p, process.env.PATH, process.platform, (f) => fs.existsSync(f)));
  if (!python) { t.skip('no python on PATH'); return; }
  const ok = await probeCandidate({ command: python, args: ['-m', 'json', 'serve'], source: 'python', description: '' });
  assert.equal(ok, true);
  const bad = await probeCandidate({ command: python, args: ['-m', 'no_such_module_xyz', 'serve'], source: 'python', description: '' });
  assert.match(String(bad), /no module named no_such_module_xyz/);
});

test('probeCandidate accepts an executable file given by path', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunting-probe-'));
  try {
    const exe = path.join(dir, 'sunting');
    fs.writeFileSync(exe, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    assert.equal(await probeCandidate({ command: exe, args: ['serve'], source: 'venv', description: '' }), true);
    fs.chmodSync(exe, 0o644);
    if (process.platform !== 'win32' && process.getuid?.() !== 0) {
      assert.notEqual(await probeCandidate({ command: exe, args: ['serve'], source: 'venv', description: '' }), true);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
