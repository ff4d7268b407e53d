import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { codePointColumnToUtf16, findingRange, groupByPath, parseCliOutput, problemMessage } from '../src/logic/cliResults';
import { statusText, statusTooltip } from '../src/logic/status';

test('status text shows state and count', () => {
  assert.equal(statusText('starting', 3), '$(loading~spin) Sunting');
  assert.equal(statusText('ready', 0), '$(check) Sunting');
  assert.equal(statusText('ready', undefined), '$(check) Sunting');
  assert.equal(statusText('ready', 3), '$(warning) Sunting: 3');
  assert.equal(statusText('error', 3), '$(error) Sunting');
  assert.equal(statusText('not-found', undefined), '$(error) Sunting');
});

test('status tooltip names the server state and the count', () => {
  assert.equal(statusTooltip('ready', 1), 'Server sunting: siap\nTemuan di dokumen ini: 1\nKlik untuk membuka panel Masalah');
  assert.equal(statusTooltip('starting', 2, 'python'),
    'Server sunting: sedang dimulai (python)\nTemuan di dokumen ini: 2\nKlik untuk membuka panel Masalah');
  assert.equal(statusTooltip('not-found', undefined), 'Server sunting: tidak ditemukan\nKlik untuk membuka panel Masalah');
});

test('code-point columns become UTF-16 offsets', () => {
  assert.equal(codePointColumnToUtf16('abc', 1), 0);
  assert.equal(codePointColumnToUtf16('abc', 3), 2);
  // 😀 is one code point, two UTF-16 units.
  assert.equal(codePointColumnToUtf16('😀 antata', 3), 3);
  assert.equal(codePointColumnToUtf16('', 4), 3, 'past the end keeps counting');
});

test('CLI JSON findings map to editor ranges and messages', () => {
  const out = JSON.stringify([
    { path: 'a.md', rule: 'Spelling.Typo', severity: 'error', message: 'Typo', line: 2, column: 3, end_line: 2, end_column: 9, text: 'antata', suggestions: ['antara'] },
    { path: 'b.md', rule: 'X.Y', severity: 'info', message: 'M', line: 1, column: 1, end_line: 1, end_column: 2, text: 'x', suggestions: [] },
    { path: 'a.md', rule: 'X.Z', severity: 'hint', message: 'N', line: 1, column: 1, end_line: 1, end_column: 2 },
  ]);
  const findings = parseCliOutput(out);
  assert.equal(findings.length, 3);
  const g = groupByPath(findings);
  assert.deepEqual([...g.keys()], ['a.md', 'b.md']);
  assert.deepEqual(findingRange(findings[0], ['', '😀antata.']), { startLine: 1, startChar: 3, endLine: 1, endChar: 9 });
  assert.equal(problemMessage(findings[0]), 'Typo (‘antara’)');
  assert.equal(problemMessage(findings[1]), 'M');
  assert.equal(problemMessage({ ...findings[0], message: 'Bentuk baku: ‘antara’.' }), 'Bentuk baku: ‘antara’.',
    'suggestions already in the message are not repeated');
  assert.deepEqual(parseCliOutput('  \n'), []);
  assert.throws(() => parseCliOutput('{}'), /JSON array/);
});
