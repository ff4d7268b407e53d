"""``sunting serve``: the language server (pygls 2, LSP 3.17).

A thin door over the project layer and the engine. The parts:

* :mod:`sunting.lsp.transport` and :mod:`sunting.lsp.protocol` — reading frames and
  judging messages (JSON-RPC errors, the LSP lifecycle), whatever a client sends;
* this module — the session (:class:`SuntingServer`): the connection, the open documents,
  the client's capabilities and settings, the projects, messages to the user, reloads;
* :mod:`sunting.lsp.scheduler` — when documents are checked, by phase, and what is
  published (the paragraph phase first, then the rest; the newest text always wins);
* :mod:`sunting.lsp.features` — one small handler per LSP method and command;
* :mod:`sunting.lsp.main` — ``sunting serve``: logging, a session with its features, stdio or TCP;
* :mod:`sunting.lsp.documents`, ``diagnostics``, ``actions``, ``hover``, ``positions`` —
  open documents and the conversions from findings to LSP.

It never exits on a bad message or a failing check: it logs (stderr, ``--log-file``,
``window/logMessage``) and carries on; ``exit`` ends it at once.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import cast

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path

from sunting import __version__
from sunting.engine import CheckEngine
from sunting.i18n import language
from sunting.lsp.diagnostics import to_diagnostics
from sunting.lsp.documents import OpenDocument
from sunting.lsp.positions import UTF16, LineIndex
from sunting.lsp.protocol import SuntingProtocol
from sunting.lsp.scheduler import Scheduler
from sunting.lsp.transport import CHUNK, FrameReader
from sunting.lsp.workspace import Projects

log = logging.getLogger("sunting.lsp")

#: how the server gets the engine for a file: ``factory(projects, path)``. The default
#: asks the project layer; tests hand in fakes here (no monkeypatching).
EngineFactory = Callable[[Projects, "str | None"], CheckEngine]


def project_engine(projects: Projects, path: str | None) -> CheckEngine:
    return projects.engine_for(path)


class SuntingServer(LanguageServer):
    """One editor session: what the client can do and wants, the open documents, the
    projects their engines come from, and the scheduler that checks them."""

    def __init__(self, engine_factory: EngineFactory | None = None) -> None:
        super().__init__(
            "sunting",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=SuntingProtocol,
        )
        self.loop: asyncio.AbstractEventLoop | None = None
        self.docs: dict[str, OpenDocument] = {}
        self.projects = Projects(report=self.report_from_thread)
        self._engine_factory = engine_factory or project_engine
        self.scheduler = Scheduler(self)
        self.encoding = UTF16
        self.pull_mode = False
        self.document_changes = False
        self.hover_markdown = True
        self.refresh_support = False
        self.workspace_pushed: set[str] = set()  # uris the workspace check pushed diagnostics for
        self._reloading = False
        self._reload_again = False

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
        protocol = cast(SuntingProtocol, self.protocol)
        protocol.set_writer(writer)
        reader = FrameReader(read_chunk)

        async def main() -> None:
            loop = asyncio.get_running_loop()
            self.loop = loop
            ended = loop.create_future()

            def pump() -> None:
                try:
                    while (frame := reader.read()) is not None:
                        loop.call_soon_threadsafe(protocol.handle_frame, frame)
                except Exception:
                    log.exception("reading from the client failed")
                finally:
                    if reader.skipped:
                        log.warning("skipped %d bytes of unreadable input", reader.skipped)
                    loop.call_soon_threadsafe(end)

            def end() -> None:
                if not ended.done():
                    ended.set_result(None)

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
        self.scheduler.stopped = True
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

    # ------------------------------------------------------------------ for the scheduler
    @property
    def generation(self) -> int:
        return self.projects.generation

    def engine_for(self, path: str | None) -> CheckEngine:
        return self._engine_factory(self.projects, path)

    def checks(self, doc: OpenDocument) -> bool:
        return doc.language_id in self.projects.settings.languages

    def publish(self, uri: str, diagnostics: list[types.Diagnostic], version: int | None) -> None:
        if not self.pull_mode:
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
            )

    def refresh(self) -> None:
        if self.pull_mode and self.refresh_support:
            try:
                self.workspace_diagnostic_refresh(None)
            except Exception:
                log.debug("diagnostic refresh failed", exc_info=True)

    def clear(self, uri: str) -> None:
        if not self.pull_mode:
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

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

    def report_from_thread(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        log.warning("%s", message)
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.show, message, kind)

    def log_from_thread(self, message: str) -> None:
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(
                self.window_log_message, types.LogMessageParams(type=types.MessageType.Error, message=message)
            )

    def report_server_error(self, error: Exception, source) -> None:
        """A bad message or a failing handler: log it and carry on (no pop-up per error)."""
        log.error("%s: %s", getattr(source, "__name__", source), error)
        try:
            self.window_log_message(types.LogMessageParams(type=types.MessageType.Error, message=f"sunting: {error}"))
        except Exception:
            pass

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
                await self.scheduler.run(self.projects.reload_all)
                if not self._reload_again:
                    break
        except Exception:
            log.exception("reload failed")
        finally:
            self._reloading = False
        self.scheduler.recheck(list(self.docs.values()), lambda doc: self.clear(doc.uri))
        self.refresh()

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
            engine = self.engine_for(str(path))
            limit = int(getattr(getattr(engine, "config", None), "max_file_size", 10) * 1024 * 1024)
            text = decode_bytes(path.read_bytes(), str(path), limit)
            findings = engine.check(Document(text, str(path), detect_kind(str(path))))
            return uri, to_diagnostics(findings, LineIndex(text), self.encoding)
        except (DocumentError, OSError) as e:
            log.info("not checked: %s", e)
        except Exception:
            log.exception("workspace check of %s failed", path)
        return None


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
