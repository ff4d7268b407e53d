// The extension's own words (notifications, status bar, errors), in the interface
// language. Pure logic: no `vscode` import (the extension installs VS Code's
// translator with `setTranslator`).
//
// Indonesian is the default experience, whatever VS Code's display language: an
// Indonesian newsroom almost always runs an English VS Code (there is no official
// Indonesian language pack), and VS Code loads no bundle at all for English. So the
// source strings passed to `l10n.t` are Indonesian, and `vscode.l10n.t` returns them
// as they are. English is what the setting `sunting.interfaceLanguage` (or, when it
// is `auto`, `SUNTING_LANG=en` in the environment, as for the server) asks for: the
// extension then looks the strings up in `l10n/bundle.l10n.en.json` itself — the
// same file format VS Code reads for a display language, keyed by the source string.
// Static contributions (command titles, setting descriptions) come from
// `package.nls.json` (Indonesian); there is deliberately no `package.nls.en.json`,
// which VS Code would pick for every English-display VS Code.

export type Arg = string | number | boolean;
export type Translate = (message: string, ...args: Arg[]) => string;
export type InterfaceLanguage = 'id' | 'en';

/** `{0}`, `{1}` … replaced by the arguments, as `vscode.l10n.t` does. */
export function format(template: string, args: readonly Arg[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}

/** A translator that looks messages up in a bundle (key: the source string). */
export function bundleTranslator(bundle: Record<string, string>): Translate {
  return (message, ...args) => format(bundle[message] ?? message, args);
}

/** `en_US.UTF-8`, `en-GB`, `EN` → `en`; `id_ID`, `in` → `id`; anything else → undefined. */
export function normaliseLanguage(code: unknown): InterfaceLanguage | undefined {
  if (typeof code !== 'string') return undefined;
  let base = code.trim().toLowerCase().split(/[-_.@]/)[0];
  if (base === 'in') base = 'id';
  return base === 'id' || base === 'en' ? base : undefined;
}

/** The interface language for a `sunting.interfaceLanguage` value (`auto`: `SUNTING_LANG`, else id). */
export function resolveInterfaceLanguage(setting: unknown, env: Record<string, string | undefined>): InterfaceLanguage {
  return normaliseLanguage(setting) ?? normaliseLanguage(env.SUNTING_LANG) ?? 'id';
}

let current: Translate = (message, ...args) => format(message, args);

export function setTranslator(translate: Translate): void {
  current = translate;
}

/** Named like VS Code's `l10n`, so that VS Code's string tools (@vscode/l10n-dev) find the calls. */
export const l10n = {
  t(message: string, ...args: Arg[]): string {
    return current(message, ...args);
  },
};
