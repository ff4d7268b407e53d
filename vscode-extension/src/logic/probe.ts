// Checks that a server candidate can run, without starting the server itself.
// Node-only (child_process, fs), no `vscode` import.
import { spawn } from 'child_process';
import * as fs from 'fs';
import { ServerCandidate, findOnPath, hasPathSeparator, pythonModuleOf } from './discovery';

export function isExecutableFile(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ProbeOptions {
  pathEnv?: string;
  cwd?: string;
  timeoutMs?: number;
}

/** Resolves the candidate's executable to a path, or explains why it cannot. */
export function resolveExecutable(command: string, pathEnv: string | undefined): string | undefined {
  if (hasPathSeparator(command, process.platform)) return isExecutableFile(command) ? command : undefined;
  return findOnPath(command, pathEnv, process.platform, isExecutableFile);
}

/**
 * `true` when the candidate looks runnable: its executable exists and, for
 * `python -m sunting`, the module is importable by that interpreter.
 * Otherwise a short reason.
 */
export async function probeCandidate(c: ServerCandidate, opts: ProbeOptions = {}): Promise<true | string> {
  const pathEnv = opts.pathEnv ?? process.env.PATH;
  const exe = resolveExecutable(c.command, pathEnv);
  if (!exe) return `${c.command}: not found`;
  const mod = pythonModuleOf(c);
  if (!mod) return true;
  const code = `import importlib.util,sys; sys.exit(0 if importlib.util.find_spec(${JSON.stringify(mod)}) else 3)`;
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: true | string) => { if (!done) { done = true; clearTimeout(timer); resolve(r); } };
    const child = spawn(exe, ['-c', code], { cwd: opts.cwd, stdio: 'ignore', windowsHide: true });
    const timer = setTimeout(() => { child.kill(); finish(`${exe}: timed out checking for module ${mod}`); }, opts.timeoutMs ?? 15000);
    child.on('error', (e) => finish(`${exe}: ${e.message}`));
    child.on('exit', (status) => finish(status === 0 ? true : `${exe}: no module named ${mod}`));
  });
}
