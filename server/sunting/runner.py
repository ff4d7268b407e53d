"""``sunting check``: find files, check them (in parallel processes when there are many),
print findings in the chosen format, apply or show fixes, and choose the exit status.

Files that cannot be checked (binary, not UTF-8, larger than ``max_file_size``, unreadable)
get a one-line message on stderr. A file named on the command line that cannot be checked
makes the exit status 2; one found while walking a folder is skipped with a note.
"""

from __future__ import annotations

import dataclasses
import difflib
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sunting.config import Config
from sunting.engine import Engine
from sunting.errors import SuntingError
from sunting.findings import Finding, Severity
from sunting.i18n import number, t
from sunting.loader import known_ids, pack_catalogue
from sunting.output import FileResult
from sunting.project import Projects
from sunting.selection import Selection, resolve_names
from sunting.text.document import Document, DocumentError, decode_bytes, detect_kind

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PARALLEL_MIN_FILES = 8
PARALLEL_MIN_BYTES = 256 * 1024  # below this much text in all, one process is faster
PROGRESS_MIN_FILES = 20
WARM_UP_TEXT = "# Judul\n\nDia merubah rencana yangl di Jakarta, kata Kominfo. Ia juga meeting dengan KPK.\n"


# ------------------------------------------------------------------ one run
class _Run:
    """What one ``sunting check`` run shares between its stages: the projects (configs and
    engines, see :mod:`sunting.project`), the selection, and the fix mode ("fix", "diff",
    "unsafe-fix", "unsafe-diff" or None) with --changed-since for fixing. Built by
    :func:`run_check`; worker processes inherit it when they are forked."""

    def __init__(self, projects: Projects, selection: Selection, fix_mode: str | None = None,
                 changed_since: str | None = None):
        self.projects = projects
        self.selection = selection
        self.fix_mode = fix_mode
        self.changed_since = changed_since

    def engine_for(self, path: str | Path | None) -> Engine:
        return self.projects.engine_for(path, self.selection)


#: the run a forked worker process inherited (set once in the worker by the pool's initializer)
_worker_run: list[_Run] = []


def _init_worker(run: _Run) -> None:
    _worker_run[:] = [run]


def _max_bytes(config: Config) -> int:
    return int(config.max_file_size * 1024 * 1024)


def human_size(n: int) -> str:
    """``2,1 KB``, ``10 MB``, ``512 bita``: decimals as the interface language writes them."""
    for unit, size in (("MB", 1048576), ("KB", 1024)):
        if n >= size:
            return f"{number(n / size)} {unit}"
    return t("cli.size.bytes", n=n)


def read_text(path: str, max_bytes: int) -> str:
    """The file's text, or DocumentError. Too large a file is refused before it is read."""
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise DocumentError(t("cli.too_large", path=path, size=human_size(size), limit=human_size(max_bytes)))
        data = fh.read(max_bytes + 1)
    return decode_bytes(data, path, max_bytes)


def _check_one(run: _Run, path: str):
    """(path, text, findings, error kind, message) of one file. With a fix mode the text is a
    :class:`sunting.fixes.FileFix` and the findings are those left after fixing."""
    try:
        config = run.projects.config_for(path)
        eng = run.engine_for(path)
        kind = detect_kind(path)
        if run.fix_mode:
            from sunting.fixes import FixRefused, fix_file

            max_b = _max_bytes(config)
            changed_since = run.changed_since

            def check(text_: str) -> list[Finding]:
                found = eng.check(Document(text_, path, kind))
                if changed_since:  # fix only what is on changed lines, in every round
                    from sunting.gitdiff import changed_lines_of_text

                    found = _only_changed(FileResult(path, Document(text_, path, kind), found),
                                          changed_lines_of_text(changed_since, path, text_)).findings
                return found

            try:
                res = fix_file(path, check, lambda data: decode_bytes(data, path, max_b), max_b,
                               unsafe=run.fix_mode.startswith("unsafe"), write=run.fix_mode.endswith("fix"))
            except FixRefused as e:
                return path, None, [], "file", f"{path}: {e}"
            return path, res, res.findings, None, None
        text = read_text(path, _max_bytes(config))
        doc = Document(text, path, kind)
        return path, text, eng.check(doc), None, None
    except DocumentError as e:
        return path, None, [], "file", str(e)
    except SuntingError as e:  # a broken config or rule file: stops the whole run
        return path, None, [], "fatal", str(e)
    except IsADirectoryError:
        return path, None, [], "file", t("cli.is_folder", path=path)
    except OSError as e:
        return path, None, [], "file", t("cli.cannot_read", path=path, reason=e.strerror or e)


def _check_job(path: str, run: _Run | None = None):
    """_check_one plus the one-time notices (LanguageTool missing, …) raised while checking;
    in a worker process, with the run it inherited."""
    from sunting.backends import notices

    return (*_check_one(run or _worker_run[0], path), notices.drain())


def _run_jobs(run: _Run, paths: list[str], n_jobs: int, progress: bool):
    total_bytes = 0
    for path in paths:
        try:
            total_bytes += os.path.getsize(path)
        except OSError:
            pass
    parallel = len(paths) >= PARALLEL_MIN_FILES and n_jobs > 1 and total_bytes >= PARALLEL_MIN_BYTES
    if not parallel:
        it = (_check_job(p, run) for p in paths)
        yield from (_progress(it, len(paths)) if progress else it)
        return
    # Build the engines here, once: forked workers inherit them (and a broken rule file
    # is reported once, before any worker starts).
    from sunting.backends import prepare_backends

    for key in dict.fromkeys(run.projects.project_for(p).key for p in paths):
        path = next(p for p in paths if run.projects.project_for(p).key == key)
        eng = run.engine_for(path)
        # load what checks load lazily (the lexicon, suggestion indexes) once, before the fork
        eng.check(Document(WARM_UP_TEXT, "warm-up.md", "markdown"))
        prepare_backends(eng.config)  # one LanguageTool for all workers; a dead one noticed once
    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:
        ctx = None
    with ProcessPoolExecutor(max_workers=n_jobs, mp_context=ctx, initializer=_init_worker, initargs=(run,)) as pool:
        it = pool.map(_check_job, paths, chunksize=max(1, min(16, len(paths) // (n_jobs * 8))))
        yield from (_progress(it, len(paths)) if progress else it)


# ------------------------------------------------------------------ the command
def run_check(args) -> int:
    min_level = Severity.parse(args.min_level) if args.min_level else None

    def overlay(cfg: Config) -> Config:  # --min-level replaces the config's
        return dataclasses.replace(cfg, min_level=min_level) if min_level is not None else cfg

    projects = Projects(config_file=Path(args.config) if args.config else None, overlay=overlay)
    if args.config:
        projects.config_for(None)  # fail early on a broken --config
    results: list[FileResult] = []
    fixed_files: list = []  # (display path, FileFix) with --fix / --diff
    errors: list[str] = []  # files named on the command line that could not be checked
    skipped: list[str] = []  # files found in folders that could not be checked

    stdin_used = "-" in args.paths
    verbose = getattr(args, "verbose", False)
    found = projects.discover(args.paths, getattr(args, "force_exclude", False), explain=verbose)
    if found.missing:
        raise SuntingError(found.missing[0])
    for note in found.unreadable + (found.skipped if verbose else []):
        shown = _display(str(note.path)) + ("/" if note.path.is_dir() else "")
        print(t("cli.skipped", message=f"{shown}: {note.reason}"), file=sys.stderr)
    paths = []
    explicit_paths = set()
    for path, explicit in found.files:
        projects.config_for(path)  # fail early, once, on a broken config
        paths.append(str(path))
        if explicit:
            explicit_paths.add(str(path))
    fix_mode = None
    if args.fix or args.diff:
        fix_mode = ("unsafe-" if getattr(args, "unsafe_fixes", False) else "") + ("diff" if args.diff else "fix")
    run = _Run(projects, _selection(projects, args, [Path(p) for p in paths]), fix_mode,
               args.changed_since if fix_mode else None)

    n_jobs = args.jobs or (os.cpu_count() or 1)
    show_progress = sys.stderr.isatty() and len(paths) > PROGRESS_MIN_FILES and not args.quiet
    shown: dict[str, str] = {}  # one-time notices from the backends, deduplicated across workers
    for path, text, findings, kind, message, drained in _run_jobs(run, paths, n_jobs, show_progress):
        for key, note in drained:
            shown.setdefault(key, note)
        if kind == "fatal":
            raise SuntingError(message)
        if kind is not None:
            if args.fix and not args.diff:
                message += " " + t("cli.left_unchanged")
            (errors if path in explicit_paths else skipped).append(message)
            continue
        if fix_mode:
            fixed_files.append((_display(path), text))
            continue
        doc = Document(text, path, detect_kind(path))
        results.append(FileResult(_display(path), doc, findings))

    stdin_result = None
    stdin_fix = None
    if stdin_used:
        name = args.stdin_filename or "<stdin>"
        governs = args.stdin_filename or None  # its config: the name's, else the current folder's
        config = projects.config_for(governs)
        data = sys.stdin.buffer.read(_max_bytes(config) + 1)  # one byte more than allowed is enough to refuse
        try:
            if len(data) > _max_bytes(config):
                raise DocumentError(t("cli.stdin_too_large", path=name, limit=human_size(_max_bytes(config))))
            text = decode_bytes(data, name, _max_bytes(config))
            kind = detect_kind(args.stdin_filename)
            eng = run.engine_for(governs)
            if fix_mode:
                from sunting.fixes import fix_text

                stdin_fix = fix_text(text, lambda text_: eng.check(Document(text_, name, kind)),
                                     unsafe=fix_mode.startswith("unsafe"))
            else:
                doc = Document(text, name, kind)
                stdin_result = FileResult(name, doc, eng.check(doc))
                results.append(stdin_result)
        except DocumentError as e:
            errors.append(str(e))

    if args.changed_since:
        results = _filter_changed(results, args.changed_since, stdin_result, args.stdin_filename)

    from sunting.backends import notices

    for key, note in notices.drain():  # the main process's own (stdin, prepare_backends)
        shown.setdefault(key, note)
    for note in shown.values():
        print(t("cli.note", message=note), file=sys.stderr)
    for msg in errors:
        print(t("cli.error", message=msg), file=sys.stderr)
    for msg in skipped:
        print(t("cli.skipped", message=msg), file=sys.stderr)
    fatal = bool(errors)
    args._had_errors = fatal

    if fix_mode:
        results, fix_failed = _report_fixes(fixed_files, stdin_fix, args)
        fatal = fatal or fix_failed
        if args.fix and not args.diff and stdin_fix is None:
            _print(results, args, run)  # (fixed stdin went to stdout: nothing else there)
    else:
        _print(results, args, run)

    if fatal:
        return EXIT_ERROR
    fail_level = _fail_level(args, projects)
    worst = max((f.severity for r in results for f in r.findings), default=None)
    return EXIT_FINDINGS if worst is not None and worst >= fail_level else EXIT_OK


def _filter_changed(results, rev, stdin_result, stdin_filename):
    from sunting.gitdiff import changed_lines_many, changed_lines_of_text

    on_disk = [r for r in results if r is not stdin_result]
    lines = changed_lines_many(rev, [r.doc.path for r in on_disk]) if on_disk else {}
    out = []
    for r in results:
        if r is stdin_result:
            if not stdin_filename:
                out.append(r)  # nothing to compare with: every line is new
                continue
            changed = changed_lines_of_text(rev, stdin_filename, r.doc.source)
        else:
            changed = lines[r.doc.path]
        out.append(_only_changed(r, changed))
    return out


def _selection(projects: Projects, args, files: list[Path]) -> Selection:
    """--select / --ignore as canonical ids; a name no configuration knows is a usage error."""
    select, ignore = _split(args.select), _split(args.ignore)
    if not select and not ignore:
        return Selection()
    from sunting.backends import OPEN_PACKS

    known: set[str] = set()
    for cfg in {c.key: c for c in [projects.config_for(f) for f in files] or [projects.config_for(None)]}.values():
        known |= known_ids(pack_catalogue(cfg))
    known |= OPEN_PACKS
    return Selection(resolve_names(sorted(select), known, "--select", OPEN_PACKS),
                     resolve_names(sorted(ignore), known, "--ignore", OPEN_PACKS))


def _fail_level(args, projects: Projects) -> Severity:
    if args.fail_level:
        return Severity.parse(args.fail_level)
    for cfg in projects.configs():
        if cfg.fail_level is not None:
            return cfg.fail_level
    return Severity.ERROR


def _split(values: list[str]) -> set[str]:
    return {v.strip() for item in values for v in item.split(",") if v.strip()}


def _display(path: str) -> str:
    try:
        rel = os.path.relpath(path)
        return path if rel.startswith("..") else rel
    except ValueError:
        return path


def _progress(it, total):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(t("cli.progress")), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True, console=Console(stderr=True)) as progress:
        task = progress.add_task("checking", total=total)
        for item in it:
            progress.advance(task)
            yield item


def _only_changed(r: FileResult, lines: set[int] | None) -> FileResult:
    if lines is None:  # not tracked by git: every line is new
        return r
    kept = [f for f in r.findings if _finding_lines(r.doc, f) & lines]
    return FileResult(r.path, r.doc, kept)


def _finding_lines(doc: Document, f: Finding) -> set[int]:
    first = doc.position(f.start)[0] + 1
    last = doc.position(max(f.start, f.end - 1))[0] + 1
    return set(range(first, last + 1))


def _use_color(args, stream) -> bool:
    if args.color == "always":
        return True
    if args.color == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty() and os.environ.get("TERM") != "dumb"


def _sarif_rules(run: _Run) -> dict:
    """Every rule the run's engines ran (SARIF lists them all, found or not)."""
    engines = [e for e in run.projects.engines() if e.selection == run.selection] or [run.engine_for(None)]
    rules: dict = {}
    for eng in engines:
        for rid, rule in eng.rules_by_id.items():
            rules.setdefault(rid, rule)
    return rules


def _print(results: list[FileResult], args, run: _Run) -> None:
    fmt = args.format
    if fmt == "json":
        from sunting.output.json import render

        sys.stdout.write(render(results))
    elif fmt == "sarif":
        from sunting.output.sarif import render

        sys.stdout.write(render(results, _sarif_rules(run)))
    elif fmt == "github":
        from sunting.output.github import render

        sys.stdout.write(render(results))
    else:
        from sunting.output.text import render, summary

        sys.stdout.write(render(results, color=_use_color(args, sys.stdout), context=not args.no_context))
        sys.stdout.flush()
        if not args.quiet and (results or not getattr(args, "_had_errors", False)):
            sys.stderr.write(summary(results, color=_use_color(args, sys.stderr)))


def _report_fixes(fixed_files, stdin_fix, args) -> tuple[list[FileResult], bool]:
    """Show (``--diff``) or report (``--fix``) what :mod:`sunting.fixes` did to each file.
    Returns the findings to print — those left in the fixed text (all of them for
    ``--diff``) — and whether a file was left alone with an error."""
    remaining: list[FileResult] = []
    n_fixes = n_files = 0
    failed = False
    items = list(fixed_files) + ([("<stdin>" if not args.stdin_filename else args.stdin_filename, stdin_fix)]
                                 if stdin_fix is not None else [])
    for display, res in items:
        path = display
        is_stdin = res is stdin_fix
        kind = detect_kind(args.stdin_filename if is_stdin else path)
        if args.diff:
            if res.changed:
                sys.stdout.write(unified_diff(res.source, res.text, display))
            remaining.append(FileResult(display, Document(res.source, path, kind), res.original))
            continue
        if is_stdin:
            sys.stdout.write(res.text)  # fixed text of standard input goes to standard output
        if getattr(res, "error", None):
            print(t("cli.error", message=f"{display}: {res.error}"), file=sys.stderr)
            failed = True
        elif not res.settled:
            print(t("cli.note", message=t("cli.fix_not_settled", path=display, rounds=res.rounds)), file=sys.stderr)
        if res.applied:
            n_fixes += res.applied
            n_files += 1
        remaining.append(FileResult(display, Document(res.text, path, kind), res.findings))
    if args.fix and not args.diff and not args.quiet:
        print(t("cli.fixed", n=n_fixes, files=n_files), file=sys.stderr)
    return remaining, failed


def _lines(text: str) -> list[str]:
    """Lines split at LF only (CR, U+2028 and the like stay inside a line, as git sees it)."""
    parts = text.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def unified_diff(old: str, new: str, path: str) -> str:
    lines = difflib.unified_diff(_lines(old), _lines(new), fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
