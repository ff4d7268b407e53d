// Turning `sunting check --format json` output into editor ranges, for the
// workspace check when the server has no `sunting.checkWorkspace` command.
// Pure logic: no `vscode` import.

/** One finding as printed by `sunting check --format json` (see DESIGN.md). */
export interface CliFinding {
  path: string;
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  line: number; // 1-based
  column: number; // 1-based, Unicode code points
  end_line: number;
  end_column: number; // exclusive
  text?: string;
  suggestions?: string[];
  link?: string;
}

export interface ZeroBasedRange { startLine: number; startChar: number; endLine: number; endChar: number }

export function parseCliOutput(stdout: string): CliFinding[] {
  const trimmed = stdout.trim();
  if (!trimmed) return [];
  const data = JSON.parse(trimmed);
  if (!Array.isArray(data)) throw new Error('sunting check --format json did not print a JSON array');
  return data.filter(
    (f) => f && typeof f.path === 'string' && typeof f.line === 'number' && typeof f.column === 'number',
  ) as CliFinding[];
}

/** A 1-based code-point column on `lineText` → 0-based UTF-16 offset. */
export function codePointColumnToUtf16(lineText: string, column: number): number {
  let cps = column - 1;
  let i = 0;
  while (cps > 0 && i < lineText.length) {
    const c = lineText.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < lineText.length ? 2 : 1;
    cps--;
  }
  return i + Math.max(cps, 0);
}

/** The finding's range in editor (UTF-16, 0-based) coordinates. */
export function findingRange(f: CliFinding, lines: string[]): ZeroBasedRange {
  const sl = f.line - 1;
  const el = (f.end_line ?? f.line) - 1;
  return {
    startLine: sl,
    startChar: codePointColumnToUtf16(lines[sl] ?? '', f.column),
    endLine: el,
    endChar: codePointColumnToUtf16(lines[el] ?? '', f.end_column ?? f.column),
  };
}

export function groupByPath(findings: CliFinding[]): Map<string, CliFinding[]> {
  const m = new Map<string, CliFinding[]>();
  for (const f of findings) {
    const list = m.get(f.path);
    if (list) list.push(f); else m.set(f.path, [f]);
  }
  return m;
}

/** Message as shown in the Problems panel: the message plus the suggestions. */
export function problemMessage(f: CliFinding): string {
  const missing = (f.suggestions ?? []).filter((x) => !f.message.includes(x));
  return missing.length ? `${f.message} (${missing.map((x) => `‘${x}’`).join(', ')})` : f.message;
}
