import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  DEFAULT_LANGUAGES,
  buildSettings,
  didChangeConfigurationParams,
  documentSelector,
  planForChange,
} from '../src/logic/settings';

function getter(values: Record<string, unknown>) {
  return (key: string) => values[key];
}

test('defaults when nothing is set', () => {
  const s = buildSettings(getter({}));
  assert.deepEqual(s, {
    packs: null,
    minimumLevel: 'hint',
    languages: DEFAULT_LANGUAGES,
    languagetool: { enabled: false, url: null },
    server: { command: null },
    trace: { server: 'off' },
    fixAllOnSave: false,
    interfaceLanguage: 'auto',
  });
});

test('interfaceLanguage: auto, id or en; anything else is auto', () => {
  assert.equal(buildSettings(getter({ interfaceLanguage: 'en' })).interfaceLanguage, 'en');
  assert.equal(buildSettings(getter({ interfaceLanguage: 'id' })).interfaceLanguage, 'id');
  assert.equal(buildSettings(getter({ interfaceLanguage: 'fr' })).interfaceLanguage, 'auto');
});

test('values are read and checked', () => {
  const s = buildSettings(getter({
    packs: ['EYD', ' Newsroom ', '', 3],
    minimumLevel: 'warning',
    languages: ['markdown', 'markdown', 'latex'],
    'languagetool.enabled': true,
    'languagetool.url': ' http://localhost:8081 ',
    'server.command': ['/repo/.venv/bin/python', '-m', 'sunting'],
    'trace.server': 'verbose',
    fixAllOnSave: true,
  }));
  assert.deepEqual(s.packs, ['EYD', 'Newsroom']);
  assert.equal(s.minimumLevel, 'warning');
  assert.deepEqual(s.languages, ['markdown', 'latex']);
  assert.deepEqual(s.languagetool, { enabled: true, url: 'http://localhost:8081' });
  assert.deepEqual(s.server.command, ['/repo/.venv/bin/python', '-m', 'sunting']);
  assert.equal(s.trace.server, 'verbose');
  assert.equal(s.fixAllOnSave, true);
});

test('invalid values fall back to defaults', () => {
  const s = buildSettings(getter({ minimumLevel: 'loud', 'trace.server': 7, languages: [], 'languagetool.enabled': 'yes' }));
  assert.equal(s.minimumLevel, 'hint');
  assert.equal(s.trace.server, 'off');
  assert.deepEqual(s.languages, DEFAULT_LANGUAGES);
  assert.equal(s.languagetool.enabled, false);
});

test('didChangeConfiguration carries the full sunting section', () => {
  const s = buildSettings(getter({ minimumLevel: 'error' }));
  const p = didChangeConfigurationParams(s);
  assert.deepEqual(Object.keys(p.settings), ['sunting']);
  assert.equal(p.settings.sunting.minimumLevel, 'error');
  assert.deepEqual(Object.keys(p.settings.sunting).sort(), [
    'fixAllOnSave', 'interfaceLanguage', 'languages', 'languagetool', 'minimumLevel', 'packs', 'server', 'trace',
  ]);
  assert.deepEqual(JSON.parse(JSON.stringify(p)), p, 'the params are plain JSON');
});

function affecting(...keys: string[]) {
  // Mimics ConfigurationChangeEvent.affectsConfiguration: a changed key affects itself and its parents.
  return (section: string) => keys.some((k) => k === section || k.startsWith(section + '.'));
}

test('settings changes are forwarded without a restart', () => {
  for (const key of ['sunting.minimumLevel', 'sunting.packs', 'sunting.languagetool.enabled', 'sunting.languagetool.url', 'sunting.trace.server', 'sunting.fixAllOnSave']) {
    assert.deepEqual(planForChange(affecting(key)), { forward: true, restart: false }, key);
  }
});

test('a new server command or language list restarts the client', () => {
  assert.deepEqual(planForChange(affecting('sunting.server.command')), { forward: false, restart: true });
  assert.deepEqual(planForChange(affecting('sunting.languages', 'sunting.minimumLevel')), { forward: false, restart: true });
});

test('changes outside sunting are ignored', () => {
  assert.deepEqual(planForChange(affecting('editor.fontSize')), { forward: false, restart: false });
});

test('document selector covers saved and untitled files of each language', () => {
  assert.deepEqual(documentSelector(['markdown']), [
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'markdown' },
  ]);
  assert.equal(documentSelector([]).length, DEFAULT_LANGUAGES.length * 2);
});
