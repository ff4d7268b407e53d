// The VS Code side of sunting: starts `sunting serve`, forwards settings,
// adds commands and a status bar item. Everything the writer sees in the
// editor (diagnostics, quick fixes, hover, vocabulary actions) comes from the
// language server through vscode-languageclient unchanged.
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CodeAction,
  CodeActionParams,
  CodeActionRequest,
  CodeActionResolveRequest,
  CodeActionTriggerKind,
  Command,
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { ServerCandidate, chooseServer, serverCandidates, ProbeResult } from './logic/discovery';
import { isExecutableFile, probeCandidate } from './logic/probe';
import {
  SECTION,
  SuntingSettings,
  buildSettings,
  didChangeConfigurationParams,
  documentSelector,
  planForChange,
} from './logic/settings';
import { ServerState, statusText, statusTooltip } from './logic/status';
import { findingRange, groupByPath, parseCliOutput, problemMessage } from './logic/cliResults';
import { bundleTranslator, l10n, resolveInterfaceLanguage, setTranslator } from './logic/l10n';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('sunting');
const README_INSTALL_FRAGMENT = 'installing-the-server';

function readSettings(): SuntingSettings {
  const cfg = vscode.workspace.getConfiguration(SECTION);
  return buildSettings((key) => cfg.get(key));
}

/**
 * The extension's words in the interface language: VS Code's own `l10n.t` (Indonesian
 * source strings; a bundle for a display language VS Code loads itself), or the English
 * bundle when `sunting.interfaceLanguage` (or SUNTING_LANG) asks for English. See logic/l10n.ts.
 */
function applyInterfaceLanguage(context: vscode.ExtensionContext, setting: string): void {
  if (resolveInterfaceLanguage(setting, process.env) === 'en') {
    let bundle: Record<string, string> = {};
    try {
      bundle = JSON.parse(fs.readFileSync(path.join(context.extensionPath, 'l10n', 'bundle.l10n.en.json'), 'utf8'));
    } catch { /* a broken package: the Indonesian source strings still show */ }
    setTranslator(bundleTranslator(bundle));
  } else {
    setTranslator((message, ...args) => vscode.l10n.t(message, ...args));
  }
}

class Sunting implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private server: ServerCandidate | undefined;
  private state: ServerState = 'stopped';
  private stateDetail: string | undefined;
  private readonly output: vscode.OutputChannel;
  private readonly status: vscode.StatusBarItem;
  private readonly workspaceResults: vscode.DiagnosticCollection;
  private readonly disposables: vscode.Disposable[] = [];
  private notifiedNotFound = false;
  private settings: SuntingSettings;
  private starting: Promise<void> | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Sunting');
    this.status = vscode.window.createStatusBarItem('sunting.status', vscode.StatusBarAlignment.Right, 100);
    this.status.name = 'Sunting';
    this.status.command = 'workbench.actions.view.problems';
    this.workspaceResults = vscode.languages.createDiagnosticCollection('sunting-workspace');
    this.settings = readSettings();
    applyInterfaceLanguage(context, this.settings.interfaceLanguage);
    this.disposables.push(
      this.output,
      this.status,
      this.workspaceResults,
      vscode.commands.registerCommand('sunting.action.checkWorkspace', () => this.checkWorkspace()),
      vscode.commands.registerCommand('sunting.action.restartServer', () => this.restart(true)),
      vscode.commands.registerCommand('sunting.action.showOutput', () => this.output.show(true)),
      vscode.commands.registerCommand('sunting.action.addToVocabulary', () => this.addToVocabulary()),
      vscode.workspace.onDidChangeConfiguration((e) => this.onConfigurationChanged(e)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart(false)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.updateStatus();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      // Results of a CLI workspace check are replaced by the server's own once a file is edited.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.workspaceResults.delete(e.document.uri);
      }),
      vscode.workspace.onWillSaveTextDocument((e) => this.onWillSave(e)),
    );
    this.updateStatus();
  }

  log(msg: string): void {
    this.output.appendLine(`[${new Date().toISOString()}] ${msg}`);
  }

  private setState(state: ServerState, detail?: string): void {
    this.state = state;
    this.stateDetail = detail;
    this.updateStatus();
  }

  private isSuntingDocument(doc: vscode.TextDocument): boolean {
    return (
      (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') &&
      this.settings.languages.includes(doc.languageId)
    );
  }

  private updateStatus(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const relevant = doc !== undefined && this.isSuntingDocument(doc);
    void vscode.commands.executeCommand('setContext', 'sunting.active', relevant);
    if (!relevant && this.state !== 'error' && this.state !== 'not-found') {
      this.status.hide();
      return;
    }
    let count: number | undefined;
    if (doc && relevant) {
      // what the Problems panel lists for the document: it leaves hints out
      count = vscode.languages
        .getDiagnostics(doc.uri)
        .filter((d) => d.source === 'sunting' && d.severity !== vscode.DiagnosticSeverity.Hint).length;
    }
    this.status.text = statusText(this.state, count);
    this.status.tooltip = statusTooltip(this.state, count, this.stateDetail);
    this.status.backgroundColor =
      this.state === 'error' || this.state === 'not-found'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : undefined;
    this.status.show();
  }

  async start(): Promise<void> {
    if (this.starting) return this.starting;
    this.starting = this.doStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async doStart(): Promise<void> {
    this.settings = readSettings();
    this.setState('starting');
    const folders = (vscode.workspace.workspaceFolders ?? [])
      .filter((f) => f.uri.scheme === 'file')
      .map((f) => f.uri.fsPath);
    const candidates = serverCandidates({
      setting: this.settings.server.command,
      workspaceFolders: folders,
      pathEnv: process.env.PATH,
      platform: process.platform,
      homeDir: os.homedir(),
      env: process.env,
      isExecutable: isExecutableFile,
    });
    const { chosen, tried } = await chooseServer(candidates, (c) =>
      probeCandidate(c, { cwd: folders[0] }),
    );
    for (const t of tried) this.log(`server candidate ${t.candidate.description}: ${t.ok ? 'ok' : t.reason}`);
    if (!chosen) {
      this.setState('not-found', l10n.t('tidak ada server sunting yang ditemukan'));
      this.notifyNotFound(tried);
      return;
    }
    this.server = chosen;
    this.log(`starting ${chosen.command} ${chosen.args.join(' ')}`);

    const serverOptions: ServerOptions = {
      command: chosen.command,
      args: chosen.args,
      options: { cwd: folders[0], env: { ...process.env, PYTHONUNBUFFERED: '1' } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(this.settings.languages),
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: { settings: { [SECTION]: this.settings } },
      diagnosticCollectionName: 'sunting',
      connectionOptions: { maxRestartCount: 4 },
    };
    const client = new LanguageClient('sunting', 'Sunting', serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (this.client !== client) return;
      if (e.newState === State.Running) this.setState('ready', path.basename(chosen.command));
      else if (e.newState === State.Starting) this.setState('starting');
      // A stop we did not ask for (stop() forgets the client first): the server died.
      else if (e.newState === State.Stopped) this.setState('error', l10n.t('server berhenti; lihat Sunting: Tampilkan Keluaran'));
    });
    try {
      await client.start();
      // Servers that read settings only from didChangeConfiguration get them now too.
      await client.sendNotification(DidChangeConfigurationNotification.type, didChangeConfigurationParams(this.settings));
      this.setState('ready', path.basename(chosen.command));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      this.log(`server failed to start: ${msg}`);
      this.setState('error', msg);
      if (this.client === client) this.client = undefined;
      try { await client.dispose(2000); } catch { /* already gone */ }
      const showOutput = l10n.t('Tampilkan Keluaran');
      const howToInstall = l10n.t('Cara Memasang');
      void vscode.window
        .showErrorMessage(l10n.t('Sunting: server ({0}) gagal dijalankan.', chosen.description), showOutput, howToInstall)
        .then((choice) => {
          if (choice === showOutput) this.output.show(true);
          else if (choice === howToInstall) void this.openInstallHelp();
        });
    }
  }

  private notifyNotFound(tried: ProbeResult[]): void {
    if (this.notifiedNotFound) return;
    this.notifiedNotFound = true;
    this.log(`no sunting server found; tried: ${tried.map((t) => t.candidate.description).join('; ')}`);
    const howToInstall = l10n.t('Cara Memasang');
    const openSettings = l10n.t('Buka Pengaturan');
    void vscode.window
      .showWarningMessage(
        l10n.t('Sunting memerlukan server bahasanya, paket Python sunting. Pasang paket itu ke .venv ruang kerja ' +
          '(atau dengan pipx untuk pengguna Anda), atau arahkan pengaturan sunting.server.command ke server itu.'),
        howToInstall,
        openSettings,
      )
      .then((choice) => {
        if (choice === howToInstall) void this.openInstallHelp();
        else if (choice === openSettings)
          void vscode.commands.executeCommand('workbench.action.openSettings', 'sunting.server.command');
      });
  }

  private async openInstallHelp(): Promise<void> {
    const readme = vscode.Uri.joinPath(this.context.extensionUri, 'README.md').with({ fragment: README_INSTALL_FRAGMENT });
    try {
      await vscode.commands.executeCommand('markdown.showPreview', readme);
    } catch {
      await vscode.window.showTextDocument(readme.with({ fragment: '' }));
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.stop(5000);
      } catch (e) {
        this.log(`stopping the server: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    this.setState('stopped');
  }

  async restart(byUser: boolean): Promise<void> {
    if (this.starting) await this.starting;
    if (byUser) this.notifiedNotFound = false;
    this.log(byUser ? 'restart requested' : 'restarting after a configuration change');
    await this.stop();
    this.workspaceResults.clear();
    await this.start();
  }

  private onConfigurationChanged(e: vscode.ConfigurationChangeEvent): void {
    const plan = planForChange((s) => e.affectsConfiguration(s));
    if (!plan.forward && !plan.restart) return;
    this.settings = readSettings();
    applyInterfaceLanguage(this.context, this.settings.interfaceLanguage);
    this.updateStatus();
    if (plan.restart) {
      void this.restart(false);
      return;
    }
    if (this.client?.isRunning()) {
      this.log('forwarding changed settings to the server');
      void this.client.sendNotification(
        DidChangeConfigurationNotification.type,
        didChangeConfigurationParams(this.settings),
      );
    }
  }

  private serverHasCommand(name: string): boolean {
    const cmds = this.client?.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
    return cmds.includes(name);
  }

  private async checkWorkspace(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showInformationMessage(l10n.t('Sunting: buka sebuah folder untuk memeriksa ruang kerja.'));
      return;
    }
    if (this.starting) await this.starting;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Sunting: memeriksa ruang kerja…'), cancellable: true },
      async (progress, token) => {
        try {
          if (this.client?.isRunning() && this.serverHasCommand('sunting.checkWorkspace')) {
            const result = await this.client.sendRequest(
              ExecuteCommandRequest.type,
              { command: 'sunting.checkWorkspace', arguments: folders.map((f) => f.uri.toString()) },
              token,
            );
            this.log(`workspace check (server): ${JSON.stringify(result)}`);
            void vscode.window.showInformationMessage(workspaceChecked(result));
          } else {
            await this.checkWorkspaceWithCli(folders, progress, token);
          }
        } catch (e) {
          if (token.isCancellationRequested) return;
          const msg = e instanceof Error ? e.message : String(e);
          this.log(`workspace check failed: ${msg}`);
          void vscode.window.showErrorMessage(l10n.t('Sunting: pemeriksaan ruang kerja gagal: {0}', msg), l10n.t('Tampilkan Keluaran')).then((c) => {
            if (c) this.output.show(true);
          });
        }
      },
    );
  }

  /** Fallback: `sunting check --format json <folder>` into a diagnostic collection. */
  private async checkWorkspaceWithCli(
    folders: readonly vscode.WorkspaceFolder[],
    progress: vscode.Progress<{ message?: string }>,
    token: vscode.CancellationToken,
  ): Promise<void> {
    const server = this.server;
    if (!server) throw new Error(l10n.t('server atau CLI sunting tidak ditemukan (lihat Sunting: Tampilkan Keluaran)'));
    const base = server.args.slice(0, -1); // drop `serve`
    this.workspaceResults.clear();
    const openDocs = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    let total = 0;
    let files = 0;
    for (const folder of folders.filter((f) => f.uri.scheme === 'file')) {
      progress.report({ message: folder.name });
      const args = [...base, 'check', '--format', 'json', folder.uri.fsPath];
      this.log(`running ${server.command} ${args.join(' ')}`);
      const stdout = await runCli(server.command, args, folder.uri.fsPath, token);
      for (const [p, findings] of groupByPath(parseCliOutput(stdout))) {
        const uri = vscode.Uri.file(path.isAbsolute(p) ? p : path.join(folder.uri.fsPath, p));
        if (openDocs.has(uri.toString())) continue; // the server already reports open files
        let lines: string[] = [];
        try {
          lines = fs.readFileSync(uri.fsPath, 'utf8').split(/\r?\n/);
        } catch { /* file vanished */ }
        const diags = findings.map((f) => {
          const r = findingRange(f, lines);
          const d = new vscode.Diagnostic(
            new vscode.Range(r.startLine, r.startChar, r.endLine, r.endChar),
            problemMessage(f),
            toSeverity(f.severity),
          );
          d.source = 'sunting';
          d.code = f.link ? { value: f.rule, target: vscode.Uri.parse(f.link) } : f.rule;
          return d;
        });
        this.workspaceResults.set(uri, diags);
        total += diags.length;
        files++;
      }
    }
    void vscode.window.showInformationMessage(workspaceChecked({ findings: total, files }));
  }

  private async addToVocabulary(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    let range: vscode.Range | undefined = editor.selection;
    if (range.isEmpty) range = editor.document.getWordRangeAtPosition(editor.selection.active);
    const word = range ? editor.document.getText(range).trim() : '';
    if (!word || /\s/.test(word)) {
      void vscode.window.showInformationMessage(l10n.t('Sunting: pilih satu kata untuk ditambahkan ke kosakata.'));
      return;
    }
    if (!this.client?.isRunning()) {
      void vscode.window.showWarningMessage(l10n.t('Sunting: server tidak berjalan.'));
      return;
    }
    try {
      await this.client.sendRequest(ExecuteCommandRequest.type, {
        command: 'sunting.addToVocabulary',
        arguments: [word, editor.document.uri.toString()],
      });
      void vscode.window.showInformationMessage(l10n.t('Sunting: ‘{0}’ ditambahkan ke kosakata proyek.', word));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      void vscode.window.showErrorMessage(l10n.t('Sunting: ‘{0}’ tidak dapat ditambahkan ke kosakata: {1}', word, msg));
    }
  }

  private onWillSave(e: vscode.TextDocumentWillSaveEvent): void {
    if (!this.settings.fixAllOnSave || !this.client?.isRunning() || !this.isSuntingDocument(e.document)) return;
    const started = Date.now();
    e.waitUntil(
      this.fixAllEdits(e.document).then(
        (edits) => {
          this.log(`fix all on save: ${edits.length} edit(s) in ${Date.now() - started} ms`);
          return edits;
        },
        (err) => {
          this.log(`fix all on save failed: ${err instanceof Error ? err.message : String(err)}`);
          return [];
        },
      ),
    );
  }

  /**
   * The edits of the server's `source.fixAll.sunting` action for `doc`. Asks the
   * server directly: VS Code's own code-action pipeline cancels requests made
   * while a save is in progress.
   */
  private async fixAllEdits(doc: vscode.TextDocument): Promise<vscode.TextEdit[]> {
    const client = this.client;
    if (!client) return [];
    const c2p = client.code2ProtocolConverter;
    const p2c = client.protocol2CodeConverter;
    const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'sunting');
    const params: CodeActionParams = {
      textDocument: c2p.asTextDocumentIdentifier(doc),
      range: c2p.asRange(new vscode.Range(0, 0, doc.lineCount, 0)),
      context: {
        diagnostics: await c2p.asDiagnostics(diagnostics),
        only: [FIX_ALL_KIND.value],
        triggerKind: CodeActionTriggerKind.Automatic,
      },
    };
    const cts = new vscode.CancellationTokenSource();
    const timer = setTimeout(() => cts.cancel(), 1200); // VS Code allows save participants ~1.5 s
    try {
      const result = await client.sendRequest(CodeActionRequest.type, params, cts.token);
      for (const item of result ?? []) {
        if (Command.is(item)) continue;
        let action: CodeAction = item;
        if (!action.kind || !(action.kind === FIX_ALL_KIND.value || action.kind.startsWith(FIX_ALL_KIND.value + '.'))) continue;
        const canResolve = !!(client.initializeResult?.capabilities.codeActionProvider as { resolveProvider?: boolean } | undefined)
          ?.resolveProvider;
        if (!action.edit && canResolve) action = await client.sendRequest(CodeActionResolveRequest.type, action, cts.token);
        if (!action.edit) continue;
        const edit = await p2c.asWorkspaceEdit(action.edit);
        return edit?.get(doc.uri) ?? [];
      }
      return [];
    } finally {
      clearTimeout(timer);
      cts.dispose();
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function toSeverity(s: string): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'info': return vscode.DiagnosticSeverity.Information;
    default: return vscode.DiagnosticSeverity.Hint;
  }
}

/** The notification after a workspace check (counts as "label: n", so no plural forms are needed). */
function workspaceChecked(result: unknown): string {
  const r = (result && typeof result === 'object' ? result : {}) as Record<string, unknown>;
  if (typeof r.findings === 'number' && typeof r.files === 'number') {
    return l10n.t('Sunting: ruang kerja selesai diperiksa — temuan: {0}, berkas: {1}.', r.findings, r.files);
  }
  return l10n.t('Sunting: ruang kerja selesai diperiksa.');
}

function runCli(command: string, args: string[], cwd: string, token: vscode.CancellationToken): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = cp.spawn(command, args, { cwd, windowsHide: true });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const sub = token.onCancellationRequested(() => child.kill());
    child.on('error', (e) => { sub.dispose(); reject(e); });
    child.on('close', (code) => {
      sub.dispose();
      // 0: nothing at the failing level; 1: findings; 2: usage/config error.
      if (code === 0 || code === 1) resolve(out);
      else reject(new Error(err.trim() || l10n.t('{0} berakhir dengan status {1}', command, String(code))));
    });
  });
}

let sunting: Sunting | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  sunting = new Sunting(context);
  context.subscriptions.push(sunting);
  await sunting.start();
}

export async function deactivate(): Promise<void> {
  await sunting?.stop();
  sunting = undefined;
}
