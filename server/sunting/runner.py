"""``sunting check`` as a pipeline over typed options.

:func:`run_check` takes a frozen :class:`CheckOptions` (``cli.py`` builds it from argv) and
runs the stages in order, each a function of what the one before produced:

1. **collect** — the files to check (:meth:`sunting.project.Projects.discover`), standard
   input, and the paths that name nothing;
2. **check** — every file through a :class:`sunting.batch.FileJob` (in parallel processes
   when there are many); with ``--fix``/``--diff`` the job is the fix stage itself
   (:func:`sunting.fixes.fix_file`: read, check, fix to a fixed point, write safely);
3. **changed lines** — with ``--changed-since``, only findings on changed lines;
4. **fixes** — ``--diff`` prints the diffs, ``--fix`` reports what was written;
5. **render** — the chosen format from :data:`sunting.output.formats.FORMATS`;
6. **exit status** — 0, 1 (findings at or above the failing level) or 2 (a usage,
   configuration or rule-file error, or a file that could not be checked).

Files that cannot be checked (binary, UTF-16, not UTF-8, larger than ``max_file_size``,
unreadable) get a one-line message on standard error. A file named on the command line
that cannot be checked, or a path that names nothing, makes the exit status 2 — the other
files are still checked and printed (JSON stays one array); one found while walking a
folder is skipped with a note, as is a folder that cannot be read.

Nothing here is global: the run's state is the options, the :class:`~sunting.project.Projects`
and what each stage returns. Configurations are never edited; ``--min-level`` is an
overlay that derives a new one.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sunting.batch import FileJob, FixMode, human_size, max_bytes, read_text, run_files
from sunting.config import Config, listed
from sunting.errors import SuntingError
from sunting.findings import Finding, Severity
from sunting.fixes import unified_diff
from sunting.i18n import t
from sunting.output import FileResult, Report
from sunting.project import Projects
from sunting.selection import Selection, resolve_names
from sunting.text.document import Document, DocumentError, decode_bytes, detect_kind

__all__ = ["CheckOptions", "Streams", "run_check", "read_text", "human_size", "unified_diff"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PROGRESS_MIN_FILES = 20


# ====================================================================== the options
@dataclass(frozen=True)
class CheckOptions:
    """Everything ``sunting check`` was asked to do (the command line, typed)."""

    paths: tuple[str, ...] = (".",)
    format: str = "text"
    fail_level: Severity | None = None  # None: fail_level of the config, else error
    min_level: Severity | None = None  # None: min_level of the config
    select: tuple[str, ...] = ()  # rule ids or pack names as typed (resolved against the packs)
    ignore: tuple[str, ...] = ()
    fix: bool = False
    diff: bool = False
    unsafe_fixes: bool = False
    stdin_filename: str | None = None
    config: Path | None = None
    changed_since: str | None = None
    force_exclude: bool = False
    jobs: int = 0  # 0: one per CPU when there are many files
    context: bool = True  # text: show the source line under each finding
    color: str = "auto"  # auto | always | never
    quiet: bool = False
    verbose: bool = False

    @property
    def fix_mode(self) -> FixMode | None:
        if not (self.fix or self.diff):
            return None
        return FixMode(write=not self.diff, unsafe=self.unsafe_fixes)

    @property
    def writes_fixes(self) -> bool:
        return self.fix and not self.diff


@dataclass
class Streams:
    """Where a run reads and writes (the process's own streams, or a test's)."""

    stdin: IO[bytes]
    stdout: IO[str]
    stderr: IO[str]

    @classmethod
    def std(cls) -> Streams:
        return cls(sys.stdin.buffer, sys.stdout, sys.stderr)

    def note(self, text: str) -> None:
        print(text, file=self.stderr)


# ====================================================================== stage results
@dataclass
class Collected:
    """Stage 1: what to check."""

    paths: list[str]
    explicit: set[str]  # named on the command line (a problem with one is an error)
    stdin: bool
    errors: list[str]  # paths that name nothing


@dataclass
class Checked:
    """Stage 2: the files that were checked (or fixed), and what could not be."""

    results: list[FileResult] = field(default_factory=list)
    fixed: list[tuple[str, Any, bool]] = field(default_factory=list)  # (shown path, FileFix, is stdin)
    stdin_result: FileResult | None = None
    stdin_fixed: bool = False  # the fixed text of standard input went to standard output
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notices: dict[str, str] = field(default_factory=dict)


# ====================================================================== the pipeline
def run_check(opts: CheckOptions, streams: Streams | None = None) -> int:
    """``sunting check``: collect → check → changed lines → fixes → render → exit status."""
    io = streams or Streams.std()
    projects = Projects(config_file=opts.config, overlay=_overlay(opts))
    if opts.config:
        projects.config_for(None)  # fail early on a broken --config
    collected = collect(opts, projects, io)
    job = FileJob(projects, selection(opts, projects, collected.paths), opts.fix_mode,
                  _fix_only_changed(opts.changed_since) if opts.fix_mode and opts.changed_since else None)
    checked = check(opts, job, collected, io)
    if opts.changed_since and not opts.fix_mode:
        checked.results = only_changed_lines(checked, opts)
    report_problems(checked, collected, io)
    results, fix_failed = report_fixes(checked, opts, io) if opts.fix_mode else (checked.results, False)
    # --diff prints only the diffs; --fix the findings left (not after a fixed standard input,
    # whose text went to standard output)
    if opts.fix_mode is None or (opts.writes_fixes and not checked.stdin_fixed):
        render(results, opts, job, io, had_errors=bool(collected.errors or checked.errors))
    return exit_status(results, projects, opts, failed=bool(collected.errors or checked.errors) or fix_failed)


def _overlay(opts: CheckOptions):
    """``--min-level`` replaces the config's; without it, what the configuration says, else
    hints left out (:func:`sunting.config.listed`)."""
    if opts.min_level is not None:
        level = opts.min_level
        return lambda cfg: dataclasses.replace(cfg, min_level=level)
    return listed


# ------------------------------------------------------------------ 1. collect
def collect(opts: CheckOptions, projects: Projects, io: Streams) -> Collected:
    found = projects.discover(opts.paths, opts.force_exclude, explain=opts.verbose)
    for note in found.unreadable + (found.skipped if opts.verbose else []):
        shown = display(str(note.path)) + ("/" if note.path.is_dir() else "")
        io.note(t("cli.skipped", message=f"{shown}: {note.reason}"))
    paths, explicit = [], set()
    for path, named in found.files:
        projects.config_for(path)  # fail early, once, on a broken config
        paths.append(str(path))
        if named:
            explicit.add(str(path))
    return Collected(paths, explicit, "-" in opts.paths, list(found.missing))


def selection(opts: CheckOptions, projects: Projects, paths: list[str]) -> Selection:
    """``--select`` / ``--ignore`` as canonical ids; a name no configuration of the run knows
    is a usage error (exit 2) naming the closest id."""
    select, ignore = _split(opts.select), _split(opts.ignore)
    if not select and not ignore:
        return Selection()
    from sunting.backends import OPEN_PACKS
    from sunting.loader import known_ids, pack_catalogue

    configs = {c.key: c for c in [projects.config_for(p) for p in paths] or [projects.config_for(None)]}
    known: set[str] = set(OPEN_PACKS)
    for cfg in configs.values():
        known |= known_ids(pack_catalogue(cfg))
    return Selection(resolve_names(sorted(select), known, "--select", OPEN_PACKS),
                     resolve_names(sorted(ignore), known, "--ignore", OPEN_PACKS))


# ------------------------------------------------------------------ 2. check
def check(opts: CheckOptions, job: FileJob, collected: Collected, io: Streams) -> Checked:
    out = Checked()
    jobs = opts.jobs or (os.cpu_count() or 1)
    progress = _progress if io.stderr.isatty() and len(collected.paths) > PROGRESS_MIN_FILES and not opts.quiet \
        else None
    for outcome in run_files(job, collected.paths, jobs, progress):
        for key, note in outcome.notices:
            out.notices.setdefault(key, note)
        if outcome.fatal:
            raise SuntingError(outcome.problem or "")
        if outcome.problem is not None:
            message = outcome.problem + (" " + t("cli.left_unchanged") if opts.writes_fixes else "")
            (out.errors if outcome.path in collected.explicit else out.skipped).append(message)
            continue
        shown = display(outcome.path)
        if outcome.fixed is not None:
            out.fixed.append((shown, outcome.fixed, False))
        else:
            assert outcome.text is not None
            out.results.append(FileResult(shown, Document(outcome.text, outcome.path, detect_kind(outcome.path)),
                                          outcome.findings))
    if collected.stdin:
        _check_stdin(opts, job, io, out)
    from sunting.backends import notices

    for key, note in notices.drain():  # the main process's own (stdin, prepare_backends)
        out.notices.setdefault(key, note)
    return out


def _check_stdin(opts: CheckOptions, job: FileJob, io: Streams, out: Checked) -> None:
    name = opts.stdin_filename or "<stdin>"
    governs = opts.stdin_filename or None  # its config: the name's, else the current folder's
    limit = max_bytes(job.projects.config_for(governs))
    data = io.stdin.read(limit + 1)  # one byte more than allowed is enough to refuse
    try:
        if len(data) > limit:
            raise DocumentError(t("cli.stdin_too_large", path=name, limit=human_size(limit)))
        text = decode_bytes(data, name, limit)
    except DocumentError as e:
        out.errors.append(str(e))
        return
    kind = detect_kind(opts.stdin_filename)
    engine = job.engine_for(governs)
    if job.fix is not None:
        from sunting.fixes import fix_text

        res = fix_text(text, lambda text_: engine.check(Document(text_, name, kind)), unsafe=job.fix.unsafe)
        out.fixed.append((name, res, True))
        out.stdin_fixed = True
        return
    doc = Document(text, name, kind)
    out.stdin_result = FileResult(name, doc, engine.check(doc))
    out.results.append(out.stdin_result)


# ------------------------------------------------------------------ 3. changed lines
def only_changed_lines(checked: Checked, opts: CheckOptions) -> list[FileResult]:
    """The findings on lines changed since ``--changed-since`` (a file git does not track:
    every line is new; standard input without a name: likewise)."""
    from sunting.gitdiff import changed_lines_many, changed_lines_of_text

    rev = opts.changed_since
    assert rev is not None
    on_disk = [r for r in checked.results if r is not checked.stdin_result]
    lines = changed_lines_many(rev, [str(r.doc.path) for r in on_disk]) if on_disk else {}
    out = []
    for r in checked.results:
        if r is checked.stdin_result:
            if not opts.stdin_filename:
                out.append(r)  # nothing to compare with: every line is new
                continue
            changed = changed_lines_of_text(rev, opts.stdin_filename, r.doc.source)
        else:
            changed = lines[str(r.doc.path)]
        out.append(FileResult(r.path, r.doc, on_lines(r.doc, r.findings, changed)))
    return out


def on_lines(doc: Document, findings: list[Finding], lines: set[int] | None) -> list[Finding]:
    """The findings touching one of ``lines`` (1-based; None: all of them)."""
    if lines is None:
        return findings
    kept = []
    for f in findings:
        first = doc.position(f.start)[0] + 1
        last = doc.position(max(f.start, f.end - 1))[0] + 1
        if any(n in lines for n in range(first, last + 1)):
            kept.append(f)
    return kept


def _fix_only_changed(rev: str):
    """For the fix stage: keep each round's findings to the lines changed since ``rev``."""

    def only_changed(path: str, text: str, found: list[Finding]) -> list[Finding]:
        from sunting.gitdiff import changed_lines_of_text

        return on_lines(Document(text, path, detect_kind(path)), found, changed_lines_of_text(rev, path, text))

    return only_changed


# ------------------------------------------------------------------ 4. fixes
def report_problems(checked: Checked, collected: Collected, io: Streams) -> None:
    """Notices, then errors (paths that name nothing, named files that could not be checked),
    then files skipped in a walk: one line each on standard error."""
    for note in checked.notices.values():
        io.note(t("cli.note", message=note))
    for msg in collected.errors + checked.errors:
        io.note(t("cli.error", message=msg))
    for msg in checked.skipped:
        io.note(t("cli.skipped", message=msg))


def report_fixes(checked: Checked, opts: CheckOptions, io: Streams) -> tuple[list[FileResult], bool]:
    """Show (``--diff``) or report (``--fix``) what the fix stage did to each file. Returns
    the findings to print — those left in the fixed text (all of them for ``--diff``) — and
    whether a file was left alone with an error."""
    remaining: list[FileResult] = []
    n_fixes = n_files = 0
    failed = False
    for shown, res, is_stdin in checked.fixed:
        name = opts.stdin_filename if is_stdin else shown
        kind = detect_kind(name)
        if opts.diff:
            if res.changed:
                io.stdout.write(unified_diff(res.source, res.text, shown))
            remaining.append(FileResult(shown, Document(res.source, name, kind), res.original))
            continue
        if is_stdin:
            io.stdout.write(res.text)  # fixed text of standard input goes to standard output
        if getattr(res, "error", None):
            io.note(t("cli.error", message=f"{shown}: {res.error}"))
            failed = True
        elif not res.settled:
            io.note(t("cli.note", message=t("cli.fix_not_settled", path=shown, rounds=res.rounds)))
        if res.applied:
            n_fixes += res.applied
            n_files += 1
        remaining.append(FileResult(shown, Document(res.text, name, kind), res.findings))
    if opts.writes_fixes and not opts.quiet:
        io.note(t("cli.fixed", n=n_fixes, files=n_files))
    return remaining, failed


# ------------------------------------------------------------------ 5. render
def render(results: list[FileResult], opts: CheckOptions, job: FileJob, io: Streams, had_errors: bool) -> None:
    from sunting.output.formats import FORMATS

    fmt = FORMATS[opts.format]
    report = Report(results, rules=rules_that_ran(job) if fmt.lists_rules else {},
                    color=use_color(opts.color, io.stdout), context=opts.context)
    io.stdout.write(fmt.render(report))
    io.stdout.flush()
    if fmt.summary is not None and not opts.quiet and (results or not had_errors):
        io.stderr.write(fmt.summary(report, use_color(opts.color, io.stderr)))


def rules_that_ran(job: FileJob) -> dict:
    """Every rule the run's engines ran (SARIF lists them all, found or not)."""
    engines = [e for e in job.projects.engines() if e.selection == job.selection] or [job.engine_for(None)]
    rules: dict = {}
    for engine in engines:
        for rid, rule in engine.rules_by_id.items():
            rules.setdefault(rid, rule)
    return rules


def use_color(choice: str, stream: IO[str]) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty() and os.environ.get("TERM") != "dumb"


# ------------------------------------------------------------------ 6. exit status
def exit_status(results: list[FileResult], projects: Projects, opts: CheckOptions, failed: bool) -> int:
    if failed:
        return EXIT_ERROR
    level = opts.fail_level or _config_fail_level(projects.configs())
    worst = max((f.severity for r in results for f in r.findings), default=None)
    return EXIT_FINDINGS if worst is not None and worst >= level else EXIT_OK


def _config_fail_level(configs: Iterable[Config]) -> Severity:
    for cfg in configs:
        if cfg.fail_level is not None:
            return cfg.fail_level
    return Severity.ERROR


# ====================================================================== helpers
def _split(values: Iterable[str]) -> set[str]:
    return {v.strip() for item in values for v in item.split(",") if v.strip()}


def display(path: str) -> str:
    """A path as the user sees it: relative to the current folder when inside it."""
    try:
        rel = os.path.relpath(path)
        return path if rel.startswith("..") else rel
    except ValueError:
        return path


def _progress(it: Iterable[Any], total: int) -> Iterator[Any]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(t("cli.progress")), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True, console=Console(stderr=True)) as progress:
        task = progress.add_task("checking", total=total)
        for item in it:
            progress.advance(task)
            yield item
