"""``sunting serve``: the language server (pygls 2, LSP 3.17).

A thin door over the engine. What it does on top of the engine:

* keeps the open documents (incremental sync, in the negotiated position encoding);
* checks on a single worker thread. An edit that arrives while a check runs does not
  queue another check per keystroke: when the running check ends, one check of the
  newest text follows. Results for a text that has changed since are dropped, so every
  ``publishDiagnostics`` carries the version it was computed for and no older version is
  ever published after a newer one;
* while the writer types, publishes each version twice when the engine has slow parts:
  first the block checks (cached per paragraph) with the previous document-level and
  backend findings that the edit did not touch carried over, then, from a second thread,
  the document-level checks (acronyms, consistency) and backends (LanguageTool). A
  document just opened is checked whole (backends still come second);
* answers pull diagnostics (``textDocument/diagnostic``) when the client supports them,
  and then pushes nothing (``workspace/diagnostic/refresh`` when results change);
* turns findings into diagnostics, code actions and hovers;
* loads configuration (``workspace.py``) and reloads it when files change.

It never exits on a bad message or a failing check: it logs (stderr, ``--log-file``,
``window/logMessage``) and carries on.
"""

from __future__ import annotations

import asyncio
import atexit
import dataclasses
import itertools
import logging
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from sunting import __version__
from sunting.engine import Phase
from sunting.findings import merge_findings
from sunting.i18n import language, number, t
from sunting.lsp import actions as code_actions
from sunting.lsp.diagnostics import to_diagnostics
from sunting.lsp.documents import CheckResult, OpenDocument, carry_over
from sunting.lsp.hover import hover as make_hover
from sunting.lsp.positions import UTF16, LineIndex, normalize_encoding
from sunting.i18n import t
from sunting.lsp.protocol import REQUEST_FAILED, SuntingProtocol
from sunting.lsp.transport import CHUNK, FrameReader
from sunting.lsp.workspace import Projects, Settings

#: seconds without a further change before a burst of changes is checked
BURST_WINDOW = 0.003
log = logging.getLogger("sunting.lsp")

SECOND_PHASE_MAX_WAIT = 0.25  # seconds

WARM_UP_TEXT = (
    "# Hangat\n\nKomisi Pemberantasan Korupsi (KPK) memeriksa saksi di Jakarta pada Senin, "
    "kata juru bicara KPK kepada wartawan.\n"
)

WATCH_GLOBS = [
    "**/{sunting.yaml,.sunting.yaml,sunting.yml,.sunting.yml,pyproject.toml}",
    "**/*.{yml,yaml}",
    "**/*.txt",
]


class SuntingServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "sunting",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=SuntingProtocol,
        )
        self.docs: dict[str, OpenDocument] = {}
        self.projects = Projects(report=self._report_from_thread)
        self.encoding = UTF16
        self.pull_mode = False
        self.document_changes = False
        self.hover_markdown = True
        self.refresh_support = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self.checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sunting-check")
        self.slow_checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sunting-phase2")
        self.shutting_down = False
        self._serial = itertools.count(1)
        self._reloading = False
        self._reload_again = False
        self._workspace_pushed: set[str] = set()
        self._too_large: set[str] = set()
        self._second_phase_time = 0.05  # seconds, a moving average

    # ------------------------------------------------------------------ the connection
    def start_io(self, stdin=None, stdout=None) -> None:
        """Serve over a byte stream pair (stdio) until ``exit`` or the end of input."""
        stdin = stdin or sys.stdin.buffer
        stdout = stdout or sys.stdout.buffer
        read = getattr(stdin, "read1", None) or (lambda n: stdin.read(n))
        self._serve(lambda: read(CHUNK), _StreamWriter(stdout.write, stdout.flush, self._lost))

    def start_tcp(self, host: str, port: int) -> None:
        """Serve one client over TCP (for debugging), then end."""
        import socket

        with socket.create_server((host, port)) as listener:
            log.info("listening on %s:%s", host, port)
            conn, _ = listener.accept()
        with conn:
            self._serve(lambda: conn.recv(CHUNK), _StreamWriter(conn.sendall, lambda: None, self._lost))

    def _serve(self, read_chunk, writer) -> None:
        """Frames are read on their own thread (a blocking read never stalls the event
        loop) and handled on the loop in order; the end of input ends the process."""
        self.protocol.set_writer(writer)
        reader = FrameReader(read_chunk)

        async def main() -> None:
            loop = asyncio.get_running_loop()
            self.loop = loop
            ended = loop.create_future()

            def pump() -> None:
                try:
                    while (frame := reader.read()) is not None:
                        loop.call_soon_threadsafe(self.protocol.handle_frame, frame)
                except Exception:
                    log.exception("reading from the client failed")
                finally:
                    if reader.skipped:
                        log.warning("skipped %d bytes of unreadable input", reader.skipped)
                    loop.call_soon_threadsafe(lambda: ended.done() or ended.set_result(None))

            threading.Thread(target=pump, name="sunting-reader", daemon=True).start()
            await ended

        asyncio.run(main())
        log.info("the client closed the connection")
        self.exit_now(1)

    def _lost(self) -> None:
        log.warning("the connection to the client is lost")
        self.exit_now(1)

    def exit_now(self, code: int) -> None:
        """End the process now, whatever check is running: LSP's ``exit`` (0 after
        ``shutdown``, 1 otherwise) or a lost client. A check thread cannot be stopped and
        the interpreter would wait for it at exit, so the process ends with ``os._exit``
        after the cleanups registered with ``atexit`` (a LanguageTool server sunting
        started) have run."""
        self.shutting_down = True
        try:
            atexit._run_exitfuncs()
        except Exception:
            log.exception("cleanup at exit failed")
        log.info("exit %d", code)
        logging.shutdown()
        os._exit(code)

    def finish_capabilities(self, capabilities: types.ServerCapabilities) -> None:
        """Pull diagnostics are advertised only to clients that use them (others would
        pull and get nothing, or get every finding twice)."""
        if not self.pull_mode:
            capabilities.diagnostic_provider = None

    # ------------------------------------------------------------------ messages to the user
    @property
    def lang(self) -> str:
        """The interface language of this session: the client's ``interfaceLanguage`` setting,
        else ``$SUNTING_LANG``, else Indonesian (:mod:`sunting.i18n`)."""
        return language(self.projects.settings.interface_language)

    def show(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        try:
            self.window_show_message(types.ShowMessageParams(type=kind, message=message))
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        except Exception:  # a closed pipe while shutting down
            log.debug("cannot send message", exc_info=True)

    def _report_from_thread(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        log.warning("%s", message)
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.show, message, kind)

    def _log_from_thread(self, message: str) -> None:
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(
                self.window_log_message, types.LogMessageParams(type=types.MessageType.Error, message=message)
            )

    def report_server_error(self, error: Exception, source) -> None:
        """A bad message or a failing handler: log it and carry on (no pop-up per error)."""
        log.error("%s: %s", getattr(source, "__name__", source), error)
        try:
            self.window_log_message(
                types.LogMessageParams(type=types.MessageType.Error, message=f"sunting: {error}")
            )
        except Exception:
            pass

    # ------------------------------------------------------------------ checking
    def language_checked(self, doc: OpenDocument) -> bool:
        return doc.language_id in self.projects.settings.languages

    def _fresh(self, doc: OpenDocument) -> bool:
        r = doc.result
        return (
            r is not None
            and r.version == doc.version
            and r.text == doc.text
            and r.generation == self.projects.generation
        )

    def request_check(self, doc: OpenDocument) -> None:
        """Check the newest text of ``doc`` soon: now, or as soon as the running check ends."""
        if doc.closed or self.shutting_down or doc.checking:
            return  # the running check's completion starts the next one if needed
        if not self.language_checked(doc):
            self._resolve_waiters(doc, None)
            return
        if self._fresh(doc):
            self._resolve_waiters(doc, doc.result)
            return
        doc.checking = True
        snapshot = (doc.uri, doc.path, doc.kind, doc.text, doc.version, doc.result)
        try:
            fut = self.loop.run_in_executor(self.checker, self._run_check, *snapshot)
        except RuntimeError:  # executor shut down
            doc.checking = False
            return
        fut.add_done_callback(lambda f, d=doc: self._check_done(d, f))

    def _run_check(self, uri, path, kind, text, version, previous=None) -> CheckResult:
        """On the check thread: findings and diagnostics for one snapshot. Never raises.

        Two phases when the engine has slow parts: this first phase runs the block checks
        (cached per paragraph, so an edit costs one paragraph plus parsing); the
        document-level checks (acronym definitions, counts across the document) and the
        backends (LanguageTool) run afterwards on their own thread (``_run_slow``) and the
        same version is published again with them. Meanwhile their findings from the
        previous result that the edit did not touch are carried over (moved with the
        text), so they do not flicker off and on while the writer types.
        """
        from sunting.text.document import Document

        generation = self.projects.generation
        engine = None
        document = None
        findings: list = []
        pending: tuple = ()
        own = None
        try:
            engine = self.projects.engine_for(path)
            limit = getattr(getattr(engine, "config", None), "max_file_size", 10) * 1024 * 1024
            if len(text) > limit and len(text.encode("utf-8")) > limit:
                if uri not in self._too_large:
                    self._too_large.add(uri)
                    self._report_from_thread(
                        t("lsp.file_too_large", lang=self.lang, uri=uri, limit=number(limit / 1048576, 3, self.lang)),
                        types.MessageType.Warning,
                    )
                return self._result(version, text, [], engine, generation, None)
            self._too_large.discard(uri)
            document = Document(text, path, kind)
            # the document-level checks wait for the second phase only while typing (there
            # are findings to carry over); a document just opened gets them at once
            typing = previous is not None and previous.engine is engine
            first = _first_phases(typing)
            own = findings = engine.check(document, phases=first)
            pending = tuple(p for p in engine.phases if p not in first)
            if pending and typing and previous.slow:
                carried = carry_over(previous.slow, previous.text, text)
                if carried:
                    findings = merge_findings(own + carried)
        except Exception as e:
            log.exception("check of %s failed", uri)
            self._log_from_thread(t("lsp.check_failed", lang=self.lang, uri=uri, error=f"{type(e).__name__}: {e}"))
        self._drain_notices()
        return self._result(version, text, findings, engine, generation, document, pending, own)

    def _result(self, version, text, findings, engine, generation, document, pending=(), own=None) -> CheckResult:
        index = LineIndex(text)
        try:
            diagnostics = to_diagnostics(findings, index, self.encoding)
        except Exception:
            log.exception("diagnostics failed")
            findings, diagnostics = [], []
        return CheckResult(
            version=version,
            text=text,
            findings=findings,
            diagnostics=diagnostics,
            engine=engine,
            generation=generation,
            index=index,
            document=document,
            serial=next(self._serial),
            complete=not pending,
            pending=pending,
            slow=_second_phase_findings(findings, engine),
            own=own,
        )

    def _run_slow(self, fast: CheckResult) -> CheckResult:
        """On the second thread: the document-level checks and backends, merged into a
        first-phase result (replacing what was carried over)."""
        engine, doc = fast.engine, fast.document
        slow: list = []
        try:
            slow = engine.check(doc, phases=fast.pending)
        except Exception as e:
            log.exception("second phase failed")
            self._log_from_thread(t("lsp.second_phase_failed", lang=self.lang, error=f"{type(e).__name__}: {e}"))
        self._drain_notices()
        own = fast.own if fast.own is not None else fast.findings
        return self._result(fast.version, fast.text, merge_findings(own + slow), engine, fast.generation, doc, (), own)

    def _drain_notices(self) -> None:
        try:
            from sunting.backends import notices
        except ImportError:
            return
        for _, message in notices.drain():
            self._report_from_thread(f"sunting: {message}", types.MessageType.Warning)

    def _check_done(self, doc: OpenDocument, fut: asyncio.Future) -> None:
        doc.checking = False
        if doc.closed or self.shutting_down:
            return
        try:
            result = fut.result()
        except Exception:
            log.exception("check of %s failed", doc.uri)
            result = None
        try:
            if result is not None and result.version == doc.version and result.text == doc.text:
                doc.result = result
                if result.generation == self.projects.generation:
                    self._resolve_waiters(doc, result)
                    self._publish(doc, result)
                    if not result.complete:
                        self.request_slow(doc)
                    return
            # the text (or the configuration) changed while checking: check the newest now
            self.request_check(doc)
        except Exception:
            log.exception("after checking %s", doc.uri)

    def request_slow(self, doc: OpenDocument) -> None:
        """Run the second phase on the newest first-phase result (one at a time per document).

        While the writer types faster than a second phase takes, its result would be stale
        before it is ready and it would only slow the next first phase down (one
        interpreter, one lock): so it starts once the text has been still for about as
        long as a second phase recently took (at most ``SECOND_PHASE_MAX_WAIT``).
        """
        if doc.closed or self.shutting_down or doc.slow_running or doc.slow_scheduled:
            return
        fast = doc.result
        if fast is None or fast.complete or not self._fresh(doc) or fast.engine is None or fast.document is None:
            return
        wait = min(self._second_phase_time, SECOND_PHASE_MAX_WAIT) - (time.monotonic() - doc.edited_at)
        if wait > 0.002:
            doc.slow_scheduled = True

            def later(doc=doc):
                doc.slow_scheduled = False
                self.request_slow(doc)

            self.loop.call_later(wait, later)
            return
        doc.slow_running = True
        started = time.monotonic()
        try:
            fut = self.loop.run_in_executor(self.slow_checker, self._run_slow, fast)
        except RuntimeError:
            doc.slow_running = False
            return

        def done(f, doc=doc, fast=fast):
            doc.slow_running = False
            took = time.monotonic() - started
            self._second_phase_time = 0.7 * self._second_phase_time + 0.3 * took
            if doc.closed or self.shutting_down:
                return
            try:
                result = f.result()
            except Exception:
                log.exception("slow check of %s failed", doc.uri)
                return
            if doc.result is fast and self._fresh(doc):
                doc.result = result
                self._publish(doc, result)
                if self.pull_mode and self.refresh_support:
                    self.workspace_diagnostic_refresh(None)
            else:
                self.request_slow(doc)  # the text moved on: the newest fast result next

        fut.add_done_callback(done)

    def _publish(self, doc: OpenDocument, result: CheckResult) -> None:
        if self.pull_mode:
            return
        if doc.published_version is not None and result.version is not None and result.version < doc.published_version:
            return  # never an older version after a newer one
        doc.published_version = result.version
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=doc.uri, diagnostics=result.diagnostics, version=result.version)
        )

    def _resolve_waiters(self, doc: OpenDocument, result: CheckResult | None) -> None:
        waiters, doc.waiters = doc.waiters, []
        for w in waiters:
            if not w.done():
                w.set_result(result)

    async def latest(self, doc: OpenDocument) -> CheckResult | None:
        """The check result for the document's current version (waiting for it if needed)."""
        if not self.language_checked(doc):
            return None
        if self._fresh(doc):
            return doc.result
        fut = self.loop.create_future()
        doc.waiters.append(fut)
        self.request_check(doc)
        return await fut

    def clear(self, uri: str) -> None:
        if not self.pull_mode:
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def recheck_all(self) -> None:
        for doc in list(self.docs.values()):
            if self.language_checked(doc):
                self.request_check(doc)
            elif doc.result is not None:
                doc.result = None
                doc.published_version = None
                self.clear(doc.uri)
        if self.pull_mode and self.refresh_support:
            try:
                self.workspace_diagnostic_refresh(None)
            except Exception:
                log.debug("diagnostic refresh failed", exc_info=True)

    # ------------------------------------------------------------------ configuration
    async def reload(self) -> None:
        """Rebuild engines (keeping the last good ones on errors) and re-check open documents."""
        if self._reloading:
            self._reload_again = True
            return
        self._reloading = True
        try:
            while True:
                self._reload_again = False
                await self.loop.run_in_executor(self.checker, self.projects.reload_all)
                if not self._reload_again:
                    break
        except Exception:
            log.exception("reload failed")
        finally:
            self._reloading = False
        self.recheck_all()

    def warm_up(self) -> None:
        """Build the engine of the first workspace folder before the first document opens."""

        def work():
            try:
                root = self.projects.default_root()
                engine = self.projects.engine_for(str(root / "_.md"))
                from sunting.text.document import Document

                # one small check loads what the checks load on first use (the lexicon)
                engine.check(Document(WARM_UP_TEXT, None, "markdown"))
            except Exception:
                log.exception("warm-up failed")

        self.loop.run_in_executor(self.checker, work)

    # ------------------------------------------------------------------ the workspace check
    def workspace_files(self, folder: Path) -> list[Path]:
        """The files ``sunting check`` would check in a folder (its include/exclude)."""
        return [path for path, _ in self.projects.discover([str(folder)]).files]

    def check_file(self, path: Path) -> tuple[str, list] | None:
        """On the check thread: (uri, diagnostics) of one file on disk, or None."""
        from sunting.text.document import Document, DocumentError, decode_bytes, detect_kind

        uri = from_fs_path(str(path.resolve()))
        if uri in self.docs:
            return None  # open: the editor's text counts, and it is checked already
        try:
            engine = self.projects.engine_for(str(path))
            limit = int(getattr(getattr(engine, "config", None), "max_file_size", 10) * 1024 * 1024)
            text = decode_bytes(path.read_bytes(), str(path), limit)
            findings = engine.check(Document(text, str(path), detect_kind(str(path))))
            return uri, to_diagnostics(findings, LineIndex(text), self.encoding)
        except (DocumentError, OSError) as e:
            log.info("not checked: %s", e)
        except Exception:
            log.exception("workspace check of %s failed", path)
        return None


def _second_phase_findings(findings: list, engine) -> list:
    """The findings a second phase computes (document-level rules, backends): what a
    first phase carries over from the previous result."""
    if engine is None or engine.phases in ((), (Phase.PARAGRAPH,)):
        return []
    out = []
    for f in findings:
        try:
            if engine.phase_of(f.rule) is not Phase.PARAGRAPH:
                out.append(f)
        except KeyError:  # a rule the engine does not run (a merged finding's): first phase
            pass
    return out


def _first_phases(typing: bool) -> frozenset:
    """The phases of a first publish: the paragraph checks, and while the document has
    just opened (nothing to carry over) the document-level ones too; backends never."""
    return frozenset({Phase.PARAGRAPH} if typing else {Phase.PARAGRAPH, Phase.DOCUMENT})


# ====================================================================== handlers
def create_server() -> SuntingServer:
    server = SuntingServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: SuntingServer, params: types.InitializeParams):
        ls.loop = asyncio.get_running_loop()
        caps = params.capabilities
        ls.encoding = normalize_encoding(ls.workspace.position_encoding)
        folders = []
        for f in params.workspace_folders or []:
            if f.uri.startswith("file:"):
                folders.append(Path(to_fs_path(f.uri)))
        if not folders and params.root_uri and params.root_uri.startswith("file:"):
            folders.append(Path(to_fs_path(params.root_uri)))
        elif not folders and params.root_path:
            folders.append(Path(params.root_path))
        ls.projects.folders = folders
        settings = Settings.parse(params.initialization_options)
        if settings is not None:
            ls.projects.settings = settings
        td = caps.text_document
        ls.pull_mode = td is not None and td.diagnostic is not None
        ws = caps.workspace
        ls.document_changes = bool(ws and ws.workspace_edit and ws.workspace_edit.document_changes)
        ls.refresh_support = bool(ws and ws.diagnostics and ws.diagnostics.refresh_support)
        if td is not None and td.hover is not None and td.hover.content_format:
            ls.hover_markdown = types.MarkupKind.Markdown in td.hover.content_format
        log.info(
            "initialize: folders=%s encoding=%s pull=%s", [str(f) for f in folders], ls.encoding, ls.pull_mode
        )
        ls.warm_up()

    @server.feature(types.INITIALIZED)
    async def initialized(ls: SuntingServer, params: types.InitializedParams):
        caps = ls.client_capabilities
        ws = caps.workspace
        if ws and ws.did_change_watched_files and ws.did_change_watched_files.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=g) for g in WATCH_GLOBS]
            try:
                await ls.client_register_capability_async(
                    types.RegistrationParams(
                        registrations=[
                            types.Registration(
                                id="sunting-watch-config",
                                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
                            )
                        ]
                    )
                )
            except (Exception, asyncio.CancelledError) as e:
                log.warning("cannot register file watchers: %r", e)
        if ws and ws.configuration:
            await _pull_settings(ls)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: SuntingServer, params):
        ls.shutting_down = True
        for doc in ls.docs.values():
            ls._resolve_waiters(doc, None)
        ls.checker.shutdown(wait=False, cancel_futures=True)
        ls.slow_checker.shutdown(wait=False, cancel_futures=True)

    # -------------------------------------------------------------- documents
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: SuntingServer, params: types.DidOpenTextDocumentParams):
        td = params.text_document
        old = ls.docs.pop(td.uri, None)
        if old is not None:
            old.closed = True
            ls._resolve_waiters(old, None)
        doc = OpenDocument(uri=td.uri, language_id=td.language_id, version=td.version, text=td.text)
        ls.docs[td.uri] = doc
        if ls.pull_mode and td.uri in ls._workspace_pushed:
            # the workspace check pushed diagnostics for it; pulled ones take over now
            ls._workspace_pushed.discard(td.uri)
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=td.uri, diagnostics=[]))
        ls.request_check(doc)

    def _start_pending_check(ls: SuntingServer, doc: OpenDocument) -> None:
        doc.pending_check = None
        ls.request_check(doc)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: SuntingServer, params: types.DidChangeTextDocumentParams):
        doc = ls.docs.get(params.text_document.uri)
        if doc is None:
            log.warning("change of a document that is not open: %s", params.text_document.uri)
            return
        for change in params.content_changes:
            doc.apply_change(change, ls.encoding)
        doc.version = params.text_document.version
        doc.edited_at = time.monotonic()
        # Changes that arrive together (a paste, a macro, a client replaying edits) cost one
        # check of the newest text: the check starts once no change has come for
        # BURST_WINDOW — a couple of milliseconds, far below anything a writer can feel.
        if doc.pending_check is not None:
            doc.pending_check.cancel()
        doc.pending_check = ls.loop.call_later(BURST_WINDOW, _start_pending_check, ls, doc)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: SuntingServer, params: types.DidCloseTextDocumentParams):
        doc = ls.docs.pop(params.text_document.uri, None)
        if doc is not None:
            doc.closed = True
            ls._resolve_waiters(doc, None)
        ls.clear(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: SuntingServer, params: types.DidSaveTextDocumentParams):
        # clients without file watching (Neovim ≤ 0.9) still reload rules saved in the editor
        uri = params.text_document.uri
        if uri.startswith("file:") and ls.projects.is_relevant(to_fs_path(uri)):
            await ls.reload()

    # -------------------------------------------------------------- diagnostics (pull)
    @server.feature(
        types.TEXT_DOCUMENT_DIAGNOSTIC,
        types.DiagnosticOptions(identifier="sunting", inter_file_dependencies=False, workspace_diagnostics=False),
    )
    async def pull_diagnostics(ls: SuntingServer, params: types.DocumentDiagnosticParams):
        doc = ls.docs.get(params.text_document.uri)
        result = await ls.latest(doc) if doc is not None else None
        if result is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[], result_id="none")
        rid = str(result.serial)
        if params.previous_result_id == rid:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=rid)
        return types.RelatedFullDocumentDiagnosticReport(items=result.diagnostics, result_id=rid)

    # -------------------------------------------------------------- code actions and hover
    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=code_actions.KINDS, resolve_provider=False),
    )
    async def code_action(ls: SuntingServer, params: types.CodeActionParams):
        doc = ls.docs.get(params.text_document.uri)
        if doc is None:
            return None
        result = await ls.latest(doc)
        if result is None or doc.closed:
            return None
        return code_actions.code_actions(doc, result, params, ls.encoding, ls.document_changes, ls.lang) or None

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: SuntingServer, params: types.HoverParams):
        doc = ls.docs.get(params.text_document.uri)
        if doc is None:
            return None
        result = await ls.latest(doc)
        if result is None:
            return None
        return make_hover(result, params.position, ls.encoding, ls.hover_markdown, ls.lang)

    # -------------------------------------------------------------- configuration
    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: SuntingServer, params: types.DidChangeConfigurationParams):
        settings = Settings.parse(params.settings)
        if settings is None:
            ws = ls.client_capabilities.workspace
            if ws and ws.configuration:
                await _pull_settings(ls)
            return
        await _use_settings(ls, settings)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def did_change_watched_files(ls: SuntingServer, params: types.DidChangeWatchedFilesParams):
        relevant = [
            c.uri
            for c in params.changes
            if c.uri.startswith("file:") and ls.projects.is_relevant(to_fs_path(c.uri))
        ]
        if relevant:
            log.info("reloading: %s changed", ", ".join(relevant))
            await ls.reload()

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    async def did_change_folders(ls: SuntingServer, params: types.DidChangeWorkspaceFoldersParams):
        folders = list(ls.projects.folders)
        for f in params.event.removed:
            if f.uri.startswith("file:"):
                p = Path(to_fs_path(f.uri))
                folders = [x for x in folders if x != p]
        for f in params.event.added:
            if f.uri.startswith("file:"):
                folders.append(Path(to_fs_path(f.uri)))
        ls.projects.folders = folders
        await ls.reload()

    # -------------------------------------------------------------- commands
    @server.command(code_actions.ADD_TO_VOCABULARY)
    async def add_to_vocabulary(ls: SuntingServer, *args):
        if not args or not isinstance(args[0], str) or not args[0].strip() or "\n" in args[0]:
            raise JsonRpcInvalidParams(message=t("lsp.add_word.arguments", lang=ls.lang))
        word = args[0]
        uri = args[1] if len(args) > 1 and isinstance(args[1], str) else None
        path = to_fs_path(uri) if uri and uri.startswith("file:") else None
        if path is None and uri in ls.docs:
            path = ls.docs[uri].path
        try:
            target = ls.projects.add_to_vocabulary(word, path)
        except Exception as e:
            text = t("lsp.add_word.failed", lang=ls.lang, word=word.strip(), error=e)
            ls.show(text)
            raise JsonRpcException(message=text, code=REQUEST_FAILED) from None
        log.info("added %r to %s", word, target)
        await ls.reload()
        return {"word": word.strip(), "file": str(target)}

    @server.command(code_actions.CHECK_WORKSPACE)
    async def check_workspace(ls: SuntingServer, *args):
        uris = [a for a in args if isinstance(a, str)]
        if len(args) == 1 and isinstance(args[0], list):
            uris = [a for a in args[0] if isinstance(a, str)]
        folders = [Path(to_fs_path(u)) for u in uris if u.startswith("file:")] or list(ls.projects.folders)
        files = findings = 0
        for folder in folders:
            if not folder.is_dir():
                continue
            paths = await ls.loop.run_in_executor(ls.checker, ls.workspace_files, folder)
            for path in paths:
                # one file per job: the writer's own checks get their turn in between
                got = await ls.loop.run_in_executor(ls.checker, ls.check_file, path)
                if got is None or got[0] in ls.docs:
                    continue
                uri, diagnostics = got
                ls.text_document_publish_diagnostics(
                    types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics)
                )
                ls._workspace_pushed.add(uri)
                files += 1
                findings += len(diagnostics)
        return {"files": files, "findings": findings}

    return server


async def _pull_settings(ls: SuntingServer) -> None:
    try:
        values = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section="sunting")])
        )
    except (Exception, asyncio.CancelledError) as e:
        log.info("workspace/configuration failed: %r", e)
        return
    value = values[0] if values else None
    settings = Settings.parse({"sunting": value}) if isinstance(value, dict) else None
    if settings is not None:
        await _use_settings(ls, settings)


async def _use_settings(ls: SuntingServer, settings: Settings) -> None:
    if settings == ls.projects.settings:
        return
    log.info("settings: %s", settings)
    previous = ls.projects.settings
    ls.projects.settings = settings
    if dataclasses.replace(settings, interface_language=previous.interface_language) == previous:
        return  # only the interface language: titles and labels are made per request, nothing to re-check
    await ls.reload()


# ====================================================================== entry point
def serve(args) -> int:
    level = logging.DEBUG if getattr(args, "verbose", False) else logging.INFO if args.log_file else logging.WARNING
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if getattr(args, "log_file", None):
        handlers.append(logging.FileHandler(args.log_file, encoding="utf-8"))
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for h in handlers:
        h.setFormatter(fmt)
        root.addHandler(h)
    root.setLevel(level)
    if not getattr(args, "verbose", False):
        logging.getLogger("pygls").setLevel(logging.WARNING)

    server = create_server()
    if getattr(args, "tcp", None):
        host, _, port = args.tcp.rpartition(":")
        server.start_tcp(host or "127.0.0.1", int(port))
        return 1  # not reached: the server ends the process (exit_now)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must never corrupt the protocol stream
    # LSP: exit status 0 after shutdown, 1 after exit without shutdown or a lost client
    server.start_io(stdin, stdout)
    return 1  # not reached: the server ends the process (exit_now)


class _StreamWriter:
    """pygls' writer interface over a byte sink; a broken pipe means the client is gone."""

    def __init__(self, write, flush, lost) -> None:
        self._write, self._flush, self._lost = write, flush, lost

    def write(self, data: bytes) -> None:
        try:
            self._write(data)
            self._flush()
        except (BrokenPipeError, ConnectionError, ValueError):  # ValueError: a closed file
            self._lost()

    def close(self) -> None:
        pass
