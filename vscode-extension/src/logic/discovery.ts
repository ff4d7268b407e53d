// Finding the sunting language server. Pure logic: no `vscode` import, so that
// `npm test` can run it under plain node. File-system checks come in through
// `isExecutable`, and starting a probe process through `probe`.
import * as path from 'path';

export type CandidateSource = 'setting' | 'venv' | 'path' | 'python';

export interface ServerCandidate {
  /** Executable: an absolute path, or a bare name looked up on PATH at spawn time. */
  command: string;
  /** Arguments, always ending in `serve`. */
  args: string[];
  source: CandidateSource;
  /** Human-readable, for the output channel and the not-found notification. */
  description: string;
}

export interface DiscoveryEnv {
  /** Value of the `sunting.server.command` setting (array, string, null, undefined). */
  setting: unknown;
  /** File-system paths of the workspace folders, first one first. */
  workspaceFolders: string[];
  /** The PATH environment variable. */
  pathEnv: string | undefined;
  platform: NodeJS.Platform;
  homeDir: string;
  /** Environment for `${env:NAME}` in the setting. */
  env?: Record<string, string | undefined>;
  /** True if `p` is an existing file that may be executed. */
  isExecutable(p: string): boolean;
}

/**
 * Splits a command line the way a POSIX shell would for plain words and
 * quotes (no expansion, no operators): `'a b' "c\"d" e\ f` → [a b, c"d, e f].
 */
export function splitCommandLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === "'") {
      if (ch === "'") quote = null; else cur += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) cur += line[++i];
      else cur += ch;
      continue;
    }
    if (ch === "'" || ch === '"') { quote = ch; inWord = true; continue; }
    if (ch === '\\' && i + 1 < line.length) { cur += line[++i]; inWord = true; continue; }
    if (/\s/.test(ch)) {
      if (inWord) { out.push(cur); cur = ''; inWord = false; }
      continue;
    }
    cur += ch;
    inWord = true;
  }
  if (quote) throw new Error(`unterminated ${quote} quote in command: ${line}`);
  if (inWord) out.push(cur);
  return out;
}

/** The setting as an argv array, or undefined when it is unset or empty. */
export function parseCommandSetting(value: unknown): string[] | undefined {
  let argv: string[] | undefined;
  if (typeof value === 'string') {
    argv = value.trim() ? splitCommandLine(value.trim()) : undefined;
  } else if (Array.isArray(value)) {
    argv = value.filter((v): v is string => typeof v === 'string' && v.length > 0);
  }
  return argv && argv.length > 0 ? argv : undefined;
}

/** Expands `${workspaceFolder}`, `${userHome}`, `${env:NAME}` and a leading `~`. */
export function expandVariables(
  token: string,
  folder: string | undefined,
  home: string,
  env: Record<string, string | undefined> = {},
): string {
  let s = token.replace(/\$\{(workspaceFolder|userHome|env:([A-Za-z_][A-Za-z0-9_]*))\}/g, (m, name, envName) => {
    if (name === 'workspaceFolder') return folder ?? m;
    if (name === 'userHome') return home;
    return env[envName] ?? '';
  });
  if (s === '~' || s.startsWith('~/')) s = home + s.slice(1);
  return s;
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Looks `name` up on PATH; on Windows also tries the usual executable extensions. */
export function findOnPath(
  name: string,
  pathEnv: string | undefined,
  platform: NodeJS.Platform,
  isExecutable: (p: string) => boolean,
): string | undefined {
  if (!pathEnv) return undefined;
  const p = pathApi(platform);
  const sep = platform === 'win32' ? ';' : ':';
  const exts = platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
  for (const dir of pathEnv.split(sep)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = p.join(dir, name + ext);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** True if the token names a file by path rather than a bare command name. */
export function hasPathSeparator(token: string, platform: NodeJS.Platform): boolean {
  return token.includes('/') || (platform === 'win32' && token.includes('\\'));
}

/**
 * The ordered list of ways to start the server. When the setting is given it is
 * the only candidate (the user said what to run); otherwise: workspace
 * `.venv`/`venv`, then PATH, then `python3 -m sunting`.
 */
export function serverCandidates(env: DiscoveryEnv): ServerCandidate[] {
  const p = pathApi(env.platform);
  const folder = env.workspaceFolders[0];
  const fromSetting = parseCommandSetting(env.setting);
  if (fromSetting) {
    const argv = fromSetting.map((t) => expandVariables(t, folder, env.homeDir, env.env));
    let command = argv[0];
    if (hasPathSeparator(command, env.platform) && !p.isAbsolute(command) && folder) {
      command = p.resolve(folder, command);
    }
    const args = [...argv.slice(1), 'serve'];
    return [{ command, args, source: 'setting', description: `sunting.server.command: ${[command, ...args].join(' ')}` }];
  }

  const out: ServerCandidate[] = [];
  const binDir = env.platform === 'win32' ? 'Scripts' : 'bin';
  const exe = env.platform === 'win32' ? 'sunting.exe' : 'sunting';
  for (const wf of env.workspaceFolders) {
    for (const venv of ['.venv', 'venv']) {
      const candidate = p.join(wf, venv, binDir, exe);
      if (env.isExecutable(candidate)) {
        out.push({ command: candidate, args: ['serve'], source: 'venv', description: `${candidate} serve` });
      }
    }
  }
  const onPath = findOnPath('sunting', env.pathEnv, env.platform, env.isExecutable);
  if (onPath) out.push({ command: onPath, args: ['serve'], source: 'path', description: `${onPath} serve (PATH)` });
  const python = env.platform === 'win32' ? 'python' : 'python3';
  const pythonPath = findOnPath(python, env.pathEnv, env.platform, env.isExecutable) ?? python;
  out.push({ command: pythonPath, args: ['-m', 'sunting', 'serve'], source: 'python', description: `${pythonPath} -m sunting serve` });
  return out;
}

export interface ProbeResult { candidate: ServerCandidate; ok: boolean; reason?: string }

/** Tries the candidates in order with `probe`; the first that passes is chosen. */
export async function chooseServer(
  candidates: ServerCandidate[],
  probe: (c: ServerCandidate) => Promise<true | string>,
): Promise<{ chosen?: ServerCandidate; tried: ProbeResult[] }> {
  const tried: ProbeResult[] = [];
  for (const candidate of candidates) {
    let r: true | string;
    try {
      r = await probe(candidate);
    } catch (e) {
      r = e instanceof Error ? e.message : String(e);
    }
    if (r === true) {
      tried.push({ candidate, ok: true });
      return { chosen: candidate, tried };
    }
    tried.push({ candidate, ok: false, reason: r });
  }
  return { tried };
}

/** `-m module` in the arguments (so the probe can check the module imports). */
export function pythonModuleOf(c: ServerCandidate): string | undefined {
  const i = c.args.indexOf('-m');
  return i >= 0 && i + 1 < c.args.length ? c.args[i + 1] : undefined;
}
