import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import {
  bundleTranslator, format, l10n, normaliseLanguage, resolveInterfaceLanguage, setTranslator,
} from '../src/logic/l10n';
import { statusTooltip } from '../src/logic/status';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const EN: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.en.json'));
const NLS: Record<string, string> = JSON.parse(read('package.nls.json'));
// English function words: none of them may appear in an Indonesian text (code spans aside).
const ENGLISH = /\b(the|a|of|and|is|are|to|for|with|not|this|that|from|by|or|its|into|only|when|which|open|check|found|failed)\b/i;
const withoutCode = (s: string) => s.replace(/`[^`]*`/g, ' ').replace(/\{\d+\}/g, ' ');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/** The literal messages of every `l10n.t('…')` call (adjacent literals joined by + included). */
function messagesInSource(): string[] {
  const out: string[] = [];
  const call = /l10n\.t\(\s*((?:'(?:[^'\\]|\\.)*'\s*\+?\s*)+)/g;
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(call)) {
      const parts = [...m[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((p) => p[1].replace(/\\'/g, "'"));
      out.push(parts.join(''));
    }
  }
  return out;
}

test('every message the extension shows has its English translation, and every translation is used', () => {
  const used = messagesInSource();
  assert.ok(used.length >= 20, `found only ${used.length} l10n.t calls: the scan is broken`);
  assert.deepEqual(used.filter((m) => !(m in EN)), []);
  assert.deepEqual(Object.keys(EN).filter((k) => !used.includes(k)), []);
  for (const [id, en] of Object.entries(EN)) {
    const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
    assert.equal(holes(en), holes(id), `placeholders differ: ${id}`);
    assert.notEqual(en, id, `not translated: ${id}`);
  }
});

test('the Indonesian texts are Indonesian', () => {
  for (const m of [...messagesInSource(), ...Object.values(NLS)]) {
    assert.doesNotMatch(withoutCode(m), ENGLISH, m);
  }
});

test('package.json takes every user-visible string from package.nls.json', () => {
  const pkgText = read('package.json');
  const keys = [...pkgText.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
  assert.deepEqual(keys.filter((k) => !(k in NLS)), []);
  assert.deepEqual(Object.keys(NLS).filter((k) => !keys.includes(k)), []);
  const pkg = JSON.parse(pkgText);
  for (const c of pkg.contributes.commands) assert.match(c.title, /^%command\./);
  for (const [k, v] of Object.entries<Record<string, unknown>>(pkg.contributes.configuration.properties)) {
    assert.match(String(v.markdownDescription), /^%config\./, k);
  }
  assert.equal(pkg.l10n, './l10n');
  // No English package.nls: VS Code would choose it for every English-display VS Code,
  // which is what Indonesian newsrooms run, and make English the default.
  assert.equal(fs.existsSync(path.join(ROOT, 'package.nls.en.json')), false);
  const ignore = read('.vscodeignore');
  assert.match(ignore, /^!package\.nls\.json$/m);
  assert.match(ignore, /^!l10n\/bundle\.l10n\.en\.json$/m);
});

test('interface language: the setting, else SUNTING_LANG, else Indonesian', () => {
  assert.equal(resolveInterfaceLanguage('auto', {}), 'id');
  assert.equal(resolveInterfaceLanguage('auto', { SUNTING_LANG: 'en_US.UTF-8', LANG: 'en_US.UTF-8' }), 'en');
  assert.equal(resolveInterfaceLanguage('auto', { LANG: 'en_US.UTF-8' }), 'id', 'the locale does not decide');
  assert.equal(resolveInterfaceLanguage('id', { SUNTING_LANG: 'en' }), 'id');
  assert.equal(resolveInterfaceLanguage('en', {}), 'en');
  assert.equal(normaliseLanguage('in'), 'id');
  assert.equal(normaliseLanguage('fr'), undefined);
  assert.equal(format('{0} dari {1}; {2}', [1, 'dua']), '1 dari dua; {2}');
});

test('the status tooltip in both languages', () => {
  setTranslator((m, ...a) => format(m, a));
  assert.equal(statusTooltip('ready', 1, 'python'),
    'Server sunting: siap (python)\nTemuan di dokumen ini: 1\nKlik untuk membuka panel Masalah');
  setTranslator(bundleTranslator(EN));
  try {
    assert.equal(statusTooltip('not-found', undefined), 'Sunting server: not found\nClick to open the Problems panel');
    assert.equal(l10n.t('Sunting: ‘{0}’ ditambahkan ke kosakata proyek.', 'Redaksi'),
      'Sunting: added ‘Redaksi’ to the project vocabulary.');
  } finally {
    setTranslator((m, ...a) => format(m, a));
  }
});
