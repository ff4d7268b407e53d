"""When the open documents are checked, and what is published.

The engine checks by phase (:class:`sunting.engine.Phase`): the paragraph phase is cached
per block, so after an edit it costs about one paragraph; the other phases (whatever the
engine has besides: document-wide checks, slow backends) see the whole text. The
scheduler turns that into what a writer sees:

* **One check of the newest text.** Changes that arrive together (a paste, a macro, a
  client replaying edits) start one check once no change has come for ``BURST_WINDOW``.
  A change cancels the check that is running for an older text (the engine gives up
  between blocks; the blocks it finished stay cached), so a long check never delays the
  newest text.
* **Newest text, whatever its version.** Texts are ordered by arrival (``OpenDocument.seq``),
  not by the client's version number: a version that goes backwards (v10, then v5) is
  published like any other, and no result for an older text is ever published after one
  for a newer text.
* **The paragraph phase first, then the rest.** Every text is published when its
  paragraph phase is done, with the other phases' findings of the last complete result
  carried along (moved with every edit since, dropped where an edit touched them), so they
  do not flicker off and on while the writer types; then, once the text has been still for
  about as long as the other phases recently took (at most ``REST_MAX_WAIT``), the other
  phases run and the same version is published again, complete. An engine with only a
  paragraph phase publishes once.
* **Waiters.** Hover, code actions and pull diagnostics wait for the newest text's first
  result (:meth:`latest`).
* **The collector out of the way.** What is alive after a publish is frozen, and once
  every check is done and the writer has paused for ``IDLE_COLLECT_AFTER`` the scheduler
  collects (:mod:`sunting.lsp.collector`), so that a full collection of everything the
  session keeps never lands in the middle of a keystroke's check.

The scheduler knows nothing about which checks belong to which phase, and nothing of
LSP messages: it asks its :class:`Session` for engines and hands it diagnostics to publish.
Checks run on two worker threads (paragraph phase; the rest), so the writer's next
paragraph check never waits for a slow phase.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Protocol

from lsprotocol import types

from sunting.engine import Cancelled, CheckEngine, Phase
from sunting.findings import Finding, merge_findings
from sunting.i18n import number, t
from sunting.lsp.collector import IdleCollector
from sunting.lsp.diagnostics import to_diagnostics
from sunting.lsp.documents import CheckResult, OpenDocument, make_document, still_standing
from sunting.lsp.positions import LineIndex

log = logging.getLogger("sunting.lsp")

#: seconds without a further change before a burst of changes is checked; a change that
#: follows a still moment of at least ``BURST_GAP`` is checked at once (typing)
BURST_WINDOW = 0.003
BURST_GAP = 0.03
#: the longest wait for the text to be still before the phases after the first run
REST_MAX_WAIT = 0.25
#: seconds of stillness (every check done) before the idle collection
IDLE_COLLECT_AFTER = 0.25
#: what the warm-up checks: a little of everything, and a word with two slips, so that the
#: corrector builds what it builds on first need (its two-slip index: ~100 ms) before the
#: writer's first typo rather than inside its check
WARM_UP_TEXT = (
    "# Hangat\n\nKomisi Pemberantasan Korupsi (KPK) memeriksa saksi di Jakarta pada Senin, "
    "emnhatakan juru bicara KPK kepada wartawan.\n"
)


class Session(Protocol):
    """What the scheduler needs from the language server."""

    loop: asyncio.AbstractEventLoop | None
    encoding: str

    @property
    def lang(self) -> str | None:
        """The interface language of messages (:mod:`sunting.i18n`)."""
        ...

    @property
    def generation(self) -> int:
        """Bumped whenever the configuration is reloaded: results of older ones are stale."""
        ...

    def engine_for(self, path: str | None) -> CheckEngine: ...

    def checks(self, doc: OpenDocument) -> bool:
        """Is this document's language checked at all?"""
        ...

    def publish(self, uri: str, diagnostics: list[types.Diagnostic], version: int | None) -> None: ...

    def refresh(self) -> None:
        """New results exist that were not pushed (pull diagnostics): tell the client."""
        ...

    def report_from_thread(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None: ...

    def log_from_thread(self, message: str) -> None: ...


@dataclass(frozen=True)
class _Snapshot:
    """What a check needs of a document, taken on the event loop."""

    uri: str
    path: str | None
    kind: str
    text: str
    version: int | None
    seq: int
    carried: list[Finding]
    carried_engine: CheckEngine | None


class Scheduler:
    def __init__(self, session: Session):
        self.session = session
        self.checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sunting-check")
        self.rest_checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sunting-rest")
        self.stopped = False
        self._serial = itertools.count(1)
        self._rest_time = 0.05  # seconds the phases after the first recently took (moving average)
        self._gap = 0.0  # seconds between the writer's changes (moving average of the short ones)
        self._too_large: set[str] = set()
        self._idle_handle: asyncio.TimerHandle | None = None
        self.collector = IdleCollector()

    @property
    def _loop(self) -> asyncio.AbstractEventLoop:
        loop = self.session.loop
        assert loop is not None, "the scheduler runs once the server's loop does"
        return loop

    # ------------------------------------------------------------------ documents
    def opened(self, doc: OpenDocument) -> None:
        doc.edited_at = time.monotonic()
        self.request(doc)

    def changed(self, doc: OpenDocument) -> None:
        """The document's text changed (already applied): check the newest text soon — at
        once after a still moment (a keystroke), else when the burst of changes ends."""
        now = time.monotonic()
        gap = now - doc.edited_at
        if gap < REST_MAX_WAIT:
            self._gap = 0.8 * self._gap + 0.2 * gap
        doc.seq += 1
        doc.edited_at = now
        self._not_idle()
        self._cancel_running(doc)
        if doc.pending_check is not None:
            doc.pending_check.cancel()
        if gap >= BURST_GAP and not doc.checking:
            doc.pending_check = self._loop.call_soon(self._after_burst, doc)
        else:
            doc.pending_check = self._loop.call_later(BURST_WINDOW, self._after_burst, doc)

    def closed(self, doc: OpenDocument) -> None:
        doc.closed = True
        self._cancel_running(doc)
        if doc.pending_check is not None:
            doc.pending_check.cancel()
            doc.pending_check = None
        self._resolve_waiters(doc, None)

    def _after_burst(self, doc: OpenDocument) -> None:
        doc.pending_check = None
        self.request(doc)

    @staticmethod
    def _cancel_running(doc: OpenDocument) -> None:
        doc.cancel.set()

    def fresh(self, doc: OpenDocument) -> bool:
        r = doc.result
        return r is not None and r.seq == doc.seq and r.generation == self.session.generation

    # ------------------------------------------------------------------ the first phase
    def request(self, doc: OpenDocument) -> None:
        """Check the newest text of ``doc``: now, or when the running check ends."""
        if doc.closed or self.stopped or doc.checking or doc.pending_check is not None:
            return  # the running check's end (or the burst timer) starts the next one
        if not self.session.checks(doc):
            self._resolve_waiters(doc, None)
            return
        if self.fresh(doc):
            self._resolve_waiters(doc, doc.result)
            return
        doc.checking = True
        doc.cancel = cancel = threading.Event()
        snap = _Snapshot(doc.uri, doc.path, doc.kind, doc.text, doc.version, doc.seq, doc.carried, doc.carried_engine)
        try:
            fut = self._loop.run_in_executor(self.checker, self._first_phase, snap, cancel)
        except RuntimeError:  # the executor is shut down
            doc.checking = False
            return
        fut.add_done_callback(functools.partial(self._first_done, doc))

    def _first_phase(self, snap: _Snapshot, cancel: threading.Event) -> CheckResult | None:
        """On the check thread: the paragraph phase, with the carried findings. None when
        cancelled. Never raises."""
        generation = self.session.generation
        engine: CheckEngine | None = None
        try:
            engine = self.session.engine_for(snap.path)
            if self._too_large_to_check(snap, engine):
                return self._result(snap.seq, snap.version, snap.text, [], engine, generation)
            document = make_document(snap.text, snap.path, snap.kind)
            _ = document.blocks  # the prose map: the one part of a check that cannot be cancelled
            if cancel.is_set():
                return None
            rest = tuple(p for p in engine.phases if p is not Phase.PARAGRAPH)
            paragraph: list[Finding] = []
            if Phase.PARAGRAPH in engine.phases:
                paragraph = engine.check(document, phases=(Phase.PARAGRAPH,), cancelled=cancel.is_set)
        except Cancelled:
            return None
        except Exception as e:
            log.exception("check of %s failed", snap.uri)
            self.session.log_from_thread(
                t("lsp.check_failed", lang=self.session.lang, uri=snap.uri, error=f"{type(e).__name__}: {e}")
            )
            self._drain_notices()
            return self._result(snap.seq, snap.version, snap.text, [], engine, generation)
        self._drain_notices()
        carried = still_standing(snap.carried, snap.text) if rest and snap.carried_engine is engine else []
        findings = merge_findings(paragraph + carried) if carried else paragraph
        return self._result(snap.seq, snap.version, snap.text, findings, engine, generation, document, paragraph,
                            pending=rest)

    def _too_large_to_check(self, snap: _Snapshot, engine: CheckEngine) -> bool:
        limit = getattr(getattr(engine, "config", None), "max_file_size", 10) * 1024 * 1024
        if len(snap.text) <= limit or len(snap.text.encode("utf-8")) <= limit:
            self._too_large.discard(snap.uri)
            return False
        if snap.uri not in self._too_large:
            self._too_large.add(snap.uri)
            lang = self.session.lang
            self.session.report_from_thread(
                t("lsp.file_too_large", lang=lang, uri=snap.uri, limit=number(limit / 1048576, 3, lang)),
                types.MessageType.Warning,
            )
        return True

    def _first_done(self, doc: OpenDocument, fut: asyncio.Future) -> None:
        doc.checking = False
        if doc.closed or self.stopped:
            return
        try:
            result = fut.result()
        except Exception:
            log.exception("check of %s failed", doc.uri)
            result = None
        if result is not None and result.seq == doc.seq and result.generation == self.session.generation:
            doc.result = result
            self._resolve_waiters(doc, result)
            self._publish(doc, result)
            if result.pending:
                self.request_rest(doc)
            else:
                self._completed(doc, result)
            return
        # a newer text (or configuration) arrived meanwhile: check that one
        self.request(doc)

    # ------------------------------------------------------------------ the other phases
    def request_rest(self, doc: OpenDocument) -> None:
        """Run the phases after the first on the newest first result, once the text has
        been still for about as long as they recently took, and longer than the writer's
        usual pause between keystrokes: while the writer types on, their result would be
        stale before it is ready, and it would slow the next keystroke's paragraph check
        down (one interpreter, one lock). Never later than ``REST_MAX_WAIT``."""
        if doc.closed or self.stopped or doc.rest_running or doc.rest_scheduled:
            return
        first = doc.result
        if first is None or first.complete or not self.fresh(doc) or first.engine is None or first.document is None:
            return
        still = max(self._rest_time, 1.5 * self._gap)
        wait = min(still, REST_MAX_WAIT) - (time.monotonic() - doc.edited_at)
        if wait > 0.002:
            doc.rest_scheduled = True

            def later(doc: OpenDocument = doc) -> None:
                doc.rest_scheduled = False
                self.request_rest(doc)

            self._loop.call_later(wait, later)
            return
        doc.rest_running = True
        cancel = doc.cancel  # the same text's: a change cancels both phases
        started = time.monotonic()
        try:
            fut = self._loop.run_in_executor(self.rest_checker, self._rest_phases, first, cancel)
        except RuntimeError:
            doc.rest_running = False
            return
        fut.add_done_callback(functools.partial(self._rest_done, doc, first, started))

    def _rest_phases(self, first: CheckResult, cancel: threading.Event) -> CheckResult | None:
        """On the second thread: the phases after the first, merged with the paragraph
        findings (replacing what was carried). None when cancelled."""
        assert first.engine is not None and first.document is not None
        rest: list[Finding] = []
        try:
            rest = first.engine.check(first.document, phases=first.pending, cancelled=cancel.is_set)
        except Cancelled:
            return None
        except Exception as e:
            log.exception("the phases after the first failed on %s", first.document.path)
            self.session.log_from_thread(
                t("lsp.second_phase_failed", lang=self.session.lang, error=f"{type(e).__name__}: {e}")
            )
        self._drain_notices()
        return self._result(first.seq, first.version, first.text, merge_findings(first.paragraph + rest),
                            first.engine, first.generation, first.document, first.paragraph, rest=rest)

    def _rest_done(self, doc: OpenDocument, first: CheckResult, started: float, fut: asyncio.Future) -> None:
        doc.rest_running = False
        if doc.closed or self.stopped:
            return
        try:
            result = fut.result()
        except Exception:
            log.exception("the phases after the first failed on %s", doc.uri)
            return
        if result is not None:
            took = time.monotonic() - started
            self._rest_time = 0.7 * self._rest_time + 0.3 * took
        if result is not None and doc.result is first and self.fresh(doc):
            doc.result = result
            self._publish(doc, result)
            self._completed(doc, result)
            self.session.refresh()
        else:
            self.request_rest(doc)  # the text moved on: the newest first result next

    def _completed(self, doc: OpenDocument, result: CheckResult) -> None:
        """A complete result: its other phases' findings are what the next edits carry."""
        doc.carried = list(result.rest or ())
        doc.carried_engine = result.engine
        self._when_idle()

    # ------------------------------------------------------------------ the idle collection
    def _when_idle(self) -> None:
        """(Re)start the countdown to the idle collection."""
        self._not_idle()
        if not self.stopped:
            self._idle_handle = self._loop.call_later(IDLE_COLLECT_AFTER, self._idle)

    def _not_idle(self) -> None:
        if self._idle_handle is not None:
            self._idle_handle.cancel()
            self._idle_handle = None

    def _idle(self) -> None:
        self._idle_handle = None
        if self.stopped:
            return
        try:
            self.run(self.idle_collect)
        except RuntimeError:  # the executor is shut down
            pass

    def idle_collect(self) -> None:
        """On the check thread, between checks: the idle collection
        (:class:`sunting.lsp.collector.IdleCollector`)."""
        self.collector.collect()

    # ------------------------------------------------------------------ results
    def _result(self, seq: int, version: int | None, text: str, findings: list[Finding],
                engine: CheckEngine | None, generation: int, document=None, paragraph: list[Finding] | None = None,
                rest: list[Finding] | None = None, pending: tuple[Phase, ...] = ()) -> CheckResult:
        """A result; ``paragraph`` defaults to all the findings, ``rest`` to none when
        nothing is pending."""
        index = LineIndex(text)
        try:
            diagnostics = to_diagnostics(findings, index, self.session.encoding)
        except Exception:
            log.exception("diagnostics failed")
            findings, diagnostics = [], []
        return CheckResult(
            seq=seq,
            version=version,
            text=text,
            findings=findings,
            diagnostics=diagnostics,
            engine=engine,
            generation=generation,
            index=index,
            document=document,
            serial=next(self._serial),
            paragraph=list(findings) if paragraph is None else paragraph,
            rest=[] if rest is None and not pending else rest,
            pending=pending,
        )

    def _publish(self, doc: OpenDocument, result: CheckResult) -> None:
        if result.seq < doc.published_seq:
            return  # never an older text after a newer one
        doc.published_seq = result.seq
        self.session.publish(doc.uri, result.diagnostics, result.version)
        self.collector.settle()  # what the check made stays until the next one: out of the collector's way

    def _drain_notices(self) -> None:
        """Messages the backends left for the user (LanguageTool not running, …)."""
        try:
            from sunting.backends import notices
        except ImportError:
            return
        for _, message in notices.drain():
            self.session.report_from_thread(f"sunting: {message}", types.MessageType.Warning)

    # ------------------------------------------------------------------ waiting
    def _resolve_waiters(self, doc: OpenDocument, result: CheckResult | None) -> None:
        waiters, doc.waiters = doc.waiters, []
        for w in waiters:
            if not w.done():
                w.set_result(result)

    async def latest(self, doc: OpenDocument) -> CheckResult | None:
        """The result for the document's newest text (its first phase at least), waiting
        for it if needed; None when the document is not checked or closes meanwhile."""
        if not self.session.checks(doc) or doc.closed:
            return None
        if self.fresh(doc):
            return doc.result
        fut = self._loop.create_future()
        doc.waiters.append(fut)
        self.request(doc)
        return await fut

    # ------------------------------------------------------------------ everything
    def recheck(self, docs: list[OpenDocument], clear: Callable[[OpenDocument], None]) -> None:
        """After a configuration change: check every document again (the carried findings
        of an older engine are dropped by the first phase); ``clear`` the ones no longer
        checked."""
        for doc in docs:
            if self.session.checks(doc):
                self.request(doc)
            elif doc.result is not None:
                doc.result = None
                doc.carried = []
                clear(doc)

    def run(self, fn: Callable, *args) -> asyncio.Future:
        """Run ``fn`` on the check thread (between the writer's checks, never beside them)."""
        return self._loop.run_in_executor(self.checker, fn, *args)

    def warm_up(self, path: str) -> None:
        """Build the engine for ``path``'s folder and load what checks load on first use
        (the lexicon) before the first document opens."""

        def work() -> None:
            try:
                from sunting.text.document import Document

                self.session.engine_for(path).check(Document(WARM_UP_TEXT, None, "markdown"))
            except Exception:
                log.exception("warm-up failed")
            # What is loaded now stays for the session (rules, lexicon, tagger): out of the
            # cyclic collector's way. A full collection walked all of it, 50-80 ms in the
            # middle of a keystroke's check of a 20,000-word text (issue 12).
            self.collector.collect()

        self.run(work)

    def stop(self, docs: list[OpenDocument]) -> None:
        """``shutdown``: cancel everything, answer every waiter, run nothing more."""
        self.stopped = True
        self._not_idle()
        for doc in docs:
            self._cancel_running(doc)
            self._resolve_waiters(doc, None)
        self.checker.shutdown(wait=False, cancel_futures=True)
        self.rest_checker.shutdown(wait=False, cancel_futures=True)
