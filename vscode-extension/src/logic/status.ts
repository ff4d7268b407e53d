// Status bar text and tooltip. Pure logic: no `vscode` import.
import { l10n } from './l10n';

export type ServerState = 'starting' | 'ready' | 'error' | 'stopped' | 'not-found';

export function statusText(state: ServerState, findings: number | undefined): string {
  switch (state) {
    case 'starting':
      return '$(loading~spin) Sunting';
    case 'error':
    case 'not-found':
      return '$(error) Sunting';
    case 'stopped':
      return '$(circle-slash) Sunting';
    case 'ready':
      if (!findings) return '$(check) Sunting';
      return `$(warning) Sunting: ${findings}`;
  }
}

function stateWord(state: ServerState): string {
  switch (state) {
    case 'starting': return l10n.t('sedang dimulai');
    case 'ready': return l10n.t('siap');
    case 'error': return l10n.t('galat');
    case 'stopped': return l10n.t('berhenti');
    case 'not-found': return l10n.t('tidak ditemukan');
  }
}

export function statusTooltip(state: ServerState, findings: number | undefined, detail?: string): string {
  const lines = [detail ? l10n.t('Server sunting: {0} ({1})', stateWord(state), detail) : l10n.t('Server sunting: {0}', stateWord(state))];
  if (findings !== undefined) lines.push(l10n.t('Temuan di dokumen ini: {0}', findings));
  lines.push(l10n.t('Klik untuk membuka panel Masalah'));
  return lines.join('\n');
}
