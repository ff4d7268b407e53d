"""Checking (or fixing) many files: one file at a time, or in forked worker processes when
there are many.

A :class:`FileJob` says what happens to each file — read and check it, or hand it to the fix
stage (:func:`sunting.fixes.fix_file`, which reads, checks, fixes to a fixed point and
writes it safely) — and returns a :class:`FileOutcome`. Workers are forked after the
engines are built, so they inherit them (and a broken rule file is reported once, before
any worker starts).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sunting.config import Config
from sunting.engine import Engine
from sunting.errors import SuntingError
from sunting.findings import Finding
from sunting.i18n import number, os_reason, t
from sunting.project import Projects
from sunting.selection import Selection
from sunting.text.document import Document, DocumentError, decode_bytes, detect_kind

if TYPE_CHECKING:
    from sunting.fixes import FileFix

PARALLEL_MIN_FILES = 8
PARALLEL_MIN_BYTES = 256 * 1024  # below this much text in all, one process is faster
WARM_UP_TEXT = "# Judul\n\nDia merubah rencana yangl di Jakarta, kata Kominfo. Ia juga meeting dengan KPK.\n"


@dataclass(frozen=True)
class FixMode:
    """What the fix stage does: write the fixes (``--fix``) or only show them (``--diff``),
    and whether unsafe fixes are applied too (``--unsafe-fixes``)."""

    write: bool
    unsafe: bool = False


@dataclass
class FileOutcome:
    """What became of one file."""

    path: str
    text: str | None = None  # the text read (None: it could not be read)
    findings: list[Finding] = field(default_factory=list)  # after fixing, with a fix mode
    fixed: FileFix | None = None  # the fix stage's account, with a fix mode
    problem: str | None = None  # why it could not be checked (or fixed)
    fatal: bool = False  # a configuration or rule-file error: the run stops
    notices: list[tuple[str, str]] = field(default_factory=list)  # the backends' one-time notices


def max_bytes(config: Config) -> int:
    return int(config.max_file_size * 1024 * 1024)


def human_size(n: int) -> str:
    """``2,1 KB``, ``10 MB``, ``512 bita``: decimals as the interface language writes them."""
    for unit, size in (("MB", 1048576), ("KB", 1024)):
        if n >= size:
            return f"{number(n / size)} {unit}"
    return t("cli.size.bytes", n=n)


def read_text(path: str, limit: int) -> str:
    """The file's text, or DocumentError. Too large a file is refused before it is read."""
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise DocumentError(t("cli.too_large", path=path, size=human_size(size), limit=human_size(limit)))
        data = fh.read(limit + 1)
    return decode_bytes(data, path, limit)


@dataclass(frozen=True)
class FileJob:
    """Check — or fix — one file with the engine of its configuration and the selection.

    ``only_changed(path, text, findings)`` (``--changed-since`` with a fix mode) keeps the
    fix stage to the findings on changed lines, in every round.
    """

    projects: Projects
    selection: Selection
    fix: FixMode | None = None
    only_changed: Callable[[str, str, list[Finding]], list[Finding]] | None = None

    def engine_for(self, path: str | Path | None) -> Engine:
        return self.projects.engine_for(path, self.selection)

    def __call__(self, path: str) -> FileOutcome:
        from sunting.backends import notices

        out = self._run(path)
        out.notices = notices.drain()
        return out

    def _run(self, path: str) -> FileOutcome:
        try:
            config = self.projects.config_for(path)
            engine = self.engine_for(path)
            kind = detect_kind(path)
            limit = max_bytes(config)
            if self.fix is not None:
                return self._fix(path, engine, kind, limit)
            text = read_text(path, limit)
            return FileOutcome(path, text, engine.check(Document(text, path, kind)))
        except DocumentError as e:
            return FileOutcome(path, problem=str(e))
        except SuntingError as e:  # a broken config or rule file: stops the whole run
            return FileOutcome(path, problem=str(e), fatal=True)
        except IsADirectoryError:
            return FileOutcome(path, problem=t("cli.is_folder", path=path))
        except OSError as e:
            return FileOutcome(path, problem=t("cli.cannot_read", path=path, reason=os_reason(e)))

    def _fix(self, path: str, engine: Engine, kind: str, limit: int) -> FileOutcome:
        """The fix stage for one file (sunting.fixes owns reading, rounds and the safe write)."""
        from sunting.fixes import FixRefused, fix_file

        assert self.fix is not None
        only_changed = self.only_changed

        def check(text: str) -> list[Finding]:
            found = engine.check(Document(text, path, kind))
            return only_changed(path, text, found) if only_changed else found

        try:
            res = fix_file(path, check, lambda data: decode_bytes(data, path, limit), limit,
                           unsafe=self.fix.unsafe, write=self.fix.write)
        except FixRefused as e:
            return FileOutcome(path, problem=f"{path}: {e}")
        return FileOutcome(path, res.source, res.findings, fixed=res)


#: the job a forked worker process inherited (set once in the worker by the pool's initializer)
_worker_job: list[FileJob] = []


def _init_worker(job: FileJob) -> None:
    _worker_job[:] = [job]


def _in_worker(path: str) -> FileOutcome:
    return _worker_job[0](path)


def run_files(job: FileJob, paths: list[str], jobs: int, progress: Callable[[Iterable[Any], int], Iterator[Any]] | None
              = None) -> Iterator[FileOutcome]:
    """The outcome of every path, in order; in ``jobs`` forked processes when there are
    enough files and text to be worth it."""
    total_bytes = 0
    for path in paths:
        try:
            total_bytes += os.path.getsize(path)
        except OSError:
            pass
    parallel = len(paths) >= PARALLEL_MIN_FILES and jobs > 1 and total_bytes >= PARALLEL_MIN_BYTES
    if not parallel:
        it: Iterator[FileOutcome] = (job(p) for p in paths)
        yield from (progress(it, len(paths)) if progress else it)
        return
    from sunting.backends import prepare_backends

    for key in dict.fromkeys(job.projects.project_for(p).key for p in paths):
        path = next(p for p in paths if job.projects.project_for(p).key == key)
        try:
            engine = job.engine_for(path)
        except SuntingError as e:
            yield FileOutcome(path, problem=str(e), fatal=True)
            return
        # load what checks load lazily (the lexicon, suggestion indexes) once, before the fork
        engine.check(Document(WARM_UP_TEXT, "warm-up.md", "markdown"))
        prepare_backends(engine.config)  # one LanguageTool for all workers; a dead one noticed once
    import multiprocessing  # only here: with its pool it is a fiftieth of a cold check's start-up
    from concurrent.futures import ProcessPoolExecutor

    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:
        ctx = None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(job,)) as pool:
        results = pool.map(_in_worker, paths, chunksize=max(1, min(16, len(paths) // (jobs * 8))))
        yield from (progress(results, len(paths)) if progress else results)
