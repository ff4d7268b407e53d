// The `sunting.*` settings as sent to the server, and what a change of them
// requires. Pure logic: no `vscode` import.

export const SECTION = 'sunting';
export const DEFAULT_LANGUAGES = ['markdown', 'plaintext', 'html'];
export const LEVELS = ['error', 'warning', 'info', 'hint'] as const;
export type Level = (typeof LEVELS)[number];
export const TRACE_LEVELS = ['off', 'messages', 'verbose'] as const;
export const INTERFACE_LANGUAGES = ['auto', 'id', 'en'] as const;

export interface SuntingSettings {
  packs: string[] | null;
  minimumLevel: Level;
  languages: string[];
  languagetool: { enabled: boolean; url: string | null };
  server: { command: string[] | string | null };
  trace: { server: (typeof TRACE_LEVELS)[number] };
  fixAllOnSave: boolean;
  /** `auto` (SUNTING_LANG, else Indonesian), `id` or `en`: the server's titles and the extension's words. */
  interfaceLanguage: (typeof INTERFACE_LANGUAGES)[number];
}

/** Reads one setting below `sunting.` (e.g. `languagetool.url`). */
export type Getter = (key: string) => unknown;

function stringArray(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((x): x is string => typeof x === 'string' && x.trim().length > 0).map((x) => x.trim());
}

export function normalizeLanguages(v: unknown): string[] {
  const list = stringArray(v);
  if (!list || list.length === 0) return [...DEFAULT_LANGUAGES];
  return [...new Set(list)];
}

/** The full `sunting` section with types checked and defaults filled in. */
export function buildSettings(get: Getter): SuntingSettings {
  const level = get('minimumLevel');
  const trace = get('trace.server');
  const url = get('languagetool.url');
  const cmd = get('server.command');
  const packs = get('packs');
  const lang = get('interfaceLanguage');
  return {
    packs: stringArray(packs) ?? null,
    minimumLevel: (LEVELS as readonly string[]).includes(level as string) ? (level as Level) : 'hint',
    languages: normalizeLanguages(get('languages')),
    languagetool: {
      enabled: get('languagetool.enabled') === true,
      url: typeof url === 'string' && url.trim() ? url.trim() : null,
    },
    server: {
      command: typeof cmd === 'string' || Array.isArray(cmd) ? (cmd as string | string[]) : null,
    },
    trace: {
      server: (TRACE_LEVELS as readonly string[]).includes(trace as string)
        ? (trace as SuntingSettings['trace']['server'])
        : 'off',
    },
    fixAllOnSave: get('fixAllOnSave') === true,
    interfaceLanguage: (INTERFACE_LANGUAGES as readonly string[]).includes(lang as string)
      ? (lang as SuntingSettings['interfaceLanguage'])
      : 'auto',
  };
}

/** Params of `workspace/didChangeConfiguration`: the whole section under its key. */
export function didChangeConfigurationParams(s: SuntingSettings): { settings: { sunting: SuntingSettings } } {
  return { settings: { [SECTION]: s } as { sunting: SuntingSettings } };
}

export interface ChangePlan {
  /** Send didChangeConfiguration to the running server. */
  forward: boolean;
  /** Stop and start the client (new server command, or new document selector). */
  restart: boolean;
}

/**
 * What a configuration change means. `affects(section)` is VS Code's
 * `ConfigurationChangeEvent.affectsConfiguration`.
 */
export function planForChange(affects: (section: string) => boolean): ChangePlan {
  if (!affects(SECTION)) return { forward: false, restart: false };
  const restart = affects(`${SECTION}.server.command`) || affects(`${SECTION}.languages`);
  return { forward: !restart, restart };
}

export interface DocumentFilter { scheme: string; language: string }

/** The client's document selector for the configured languages (saved and untitled files). */
export function documentSelector(languages: string[]): DocumentFilter[] {
  const out: DocumentFilter[] = [];
  for (const language of normalizeLanguages(languages)) {
    for (const scheme of ['file', 'untitled']) out.push({ scheme, language });
  }
  return out;
}

export function sameSettings(a: SuntingSettings | undefined, b: SuntingSettings): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
