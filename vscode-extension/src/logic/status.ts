// Status bar text and tooltip. Pure logic: no `vscode` import.

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

const STATE_WORDS: Record<ServerState, string> = {
  starting: 'starting',
  ready: 'ready',
  error: 'error',
  stopped: 'stopped',
  'not-found': 'not found',
};

export function statusTooltip(state: ServerState, findings: number | undefined, detail?: string): string {
  const lines = [`Sunting server: ${STATE_WORDS[state]}${detail ? ` (${detail})` : ''}`];
  if (findings !== undefined) {
    lines.push(findings === 1 ? '1 finding in this document' : `${findings} findings in this document`);
  }
  lines.push('Click to open the Problems panel');
  return lines.join('\n');
}
