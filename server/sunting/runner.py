"""``sunting check``: find files, check them (in parallel processes when there are many),
print findings in the chosen format, apply or show fixes, and choose the exit status.

Files that cannot be checked (binary, not UTF-8, larger than ``max_file_size``, unreadable)
get a one-line message on stderr. A file named on the command line that cannot be checked
makes the exit status 2; one found while walking a folder is skipped with a note.
"""

from __future__ import annotations

import difflib
import fnmatch
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sunting.config import Config, find_config, load_config
from sunting.errors import SuntingError
from sunting.findings import Finding, Severity
from sunting.i18n import number, t
from sunting.output import FileResult
from sunting.text.document import Document, DocumentError, decode_bytes, detect_kind

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PARALLEL_MIN_FILES = 8
PARALLEL_MIN_BYTES = 256 * 1024  # below this much text in all, one process is faster
PROGRESS_MIN_FILES = 20
DEFAULTS_KEY = "<defaults>"
WARM_UP_TEXT = "# Judul\n\nDia merubah rencana yangl di Jakarta, kata Kominfo. Ia juga meeting dengan KPK.\n"


# ------------------------------------------------------------------ file discovery
def _matches(rel: str, patterns: list[str]) -> bool:
    for pat in patterns:
        if fnmatch.fnmatch(rel, pat):
            return True
        if pat.startswith("**/") and fnmatch.fnmatch(rel, pat[3:]):
            return True
    return False


def collect_files(paths: list[str], explicit_config: Config | None, force_exclude: bool = False) -> list[tuple[Path, bool]]:
    """(file, given explicitly) for every path; folders are walked with include/exclude globs.

    Globs match the path relative to the folder of the config file that governs it (or the
    folder being walked, for a file outside it). Files named on the command line are always
    checked, unless ``force_exclude``: then they must pass the globs too.
    """
    out: list[tuple[Path, bool]] = []
    seen: set[Path] = set()
    for p in paths:
        if p == "-":
            continue
        path = Path(p)
        if path.is_file():
            if force_exclude:
                cfg = explicit_config or _config_for(path)
                rel = _rel_to(path.resolve(), cfg.root, path.resolve().parent)
                if not _matches(rel, cfg.include) or _matches(rel, cfg.exclude):
                    continue
            if path.resolve() not in seen:
                seen.add(path.resolve())
                out.append((path, True))
            continue
        if not path.exists():
            raise SuntingError(t("cli.no_such_path", path=p))
        if not path.is_dir():
            raise SuntingError(t("cli.not_file_or_folder", path=p))
        cfg = explicit_config or _config_for(path)
        walk_root = path.resolve()
        for root, dirs, files in os.walk(path):
            dirs.sort()
            abs_root = walk_root / os.path.relpath(root, path)
            dirs[:] = [
                d for d in dirs
                if not d.startswith(".") and not _matches(_rel_to(abs_root / d, cfg.root, walk_root) + "/x", cfg.exclude)
            ]
            for name in sorted(files):
                rel = _rel_to(abs_root / name, cfg.root, walk_root)
                if _matches(rel, cfg.include) and not _matches(rel, cfg.exclude):
                    f = Path(root) / name
                    if f.is_file() and f.resolve() not in seen:
                        seen.add(f.resolve())
                        out.append((f, False))
    return out


def _rel_to(path: Path, root: Path, fallback: Path) -> str:
    """``path`` relative to ``root`` (the config's folder) with forward slashes, else to ``fallback``."""
    path = Path(os.path.normpath(path))
    for base in (Path(root).resolve(), fallback):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.name


# ------------------------------------------------------------------ configs and engines
#: config file path (or DEFAULTS_KEY) → Config; filled in the parent before workers fork
_config_cache: dict[str, Config] = {}
_config_path_by_dir: dict[Path, str] = {}
_engines: dict[tuple, object] = {}


def _config_key_for(path: Path) -> str:
    """The key of the config that governs ``path`` (a file or a folder); walks up once per folder."""
    folder = path if path.is_dir() else path.parent
    folder = folder.resolve()
    key = _config_path_by_dir.get(folder)
    if key is None:
        found = find_config(folder)
        key = str(found) if found else DEFAULTS_KEY
        _config_path_by_dir[folder] = key
    return key


def _config(key: str) -> Config:
    cfg = _config_cache.get(key)
    if cfg is None:
        cfg = load_config(None, root=Path.cwd()) if key == DEFAULTS_KEY else load_config(Path(key))
        _config_cache[key] = cfg
    return cfg


def _config_for(path: Path) -> Config:
    return _config(_config_key_for(path))


#: --select / --ignore of this run: rules they leave out are not even run
_selection: tuple[frozenset, frozenset] = (frozenset(), frozenset())


def engine_for(config: Config):
    from sunting.engine import Engine, _rule_selected, load_rules

    key = (config.key, _selection)
    eng = _engines.get(key)
    if eng is None:
        select, ignore = _selection
        if select or ignore:
            rules = [
                r for r in load_rules(config).rules
                if (not select or _rule_selected(r.id, select)) and not (ignore and _rule_selected(r.id, ignore))
            ]
            eng = Engine(config, rules=rules)
        else:
            eng = Engine(config)
        _engines[key] = eng
    return eng


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


def _check_one(job):
    """Worker: (path, config key, select, ignore, min_level, fix mode) → (path, text, findings,
    error kind, message). With a fix mode ("fix", "diff", "unsafe-fix", "unsafe-diff") the
    text is a :class:`sunting.fixes.FileFix` and the findings are those left after fixing."""
    path, cfg_key, select, ignore, min_level, fix_mode, changed_since = job
    try:
        config = _config(cfg_key)
        if min_level is not None:
            config.min_level = min_level
        eng = engine_for(config)
        kind = detect_kind(path)
        if fix_mode:
            from sunting.fixes import FixRefused, fix_file

            max_b = _max_bytes(config)

            def check(text_: str) -> list[Finding]:
                found = eng.check(Document(text_, path, kind), select, ignore)
                if changed_since:  # fix only what is on changed lines, in every round
                    from sunting.gitdiff import changed_lines_of_text

                    found = _only_changed(FileResult(path, Document(text_, path, kind), found),
                                          changed_lines_of_text(changed_since, path, text_)).findings
                return found

            try:
                res = fix_file(path, check,
                               lambda data: decode_bytes(data, path, max_b), max_b,
                               unsafe=fix_mode.startswith("unsafe"), write=fix_mode.endswith("fix"))
            except FixRefused as e:
                return path, None, [], "file", f"{path}: {e}"
            return path, res, res.findings, None, None
        text = read_text(path, _max_bytes(config))
        doc = Document(text, path, kind)
        return path, text, eng.check(doc, select, ignore), None, None
    except DocumentError as e:
        return path, None, [], "file", str(e)
    except SuntingError as e:  # a broken config or rule file: stops the whole run
        return path, None, [], "fatal", str(e)
    except IsADirectoryError:
        return path, None, [], "file", t("cli.is_folder", path=path)
    except OSError as e:
        return path, None, [], "file", t("cli.cannot_read", path=path, reason=e.strerror or e)


def _check_job(job):
    """_check_one plus the one-time notices (LanguageTool missing, …) raised while checking."""
    from sunting.backends import notices

    return (*_check_one(job), notices.drain())


def _run_jobs(jobs: list[tuple], n_jobs: int, progress: bool):
    total_bytes = 0
    for job in jobs:
        try:
            total_bytes += os.path.getsize(job[0])
        except OSError:
            pass
    parallel = len(jobs) >= PARALLEL_MIN_FILES and n_jobs > 1 and total_bytes >= PARALLEL_MIN_BYTES
    if not parallel:
        it = (_check_job(j) for j in jobs)
        yield from (_progress(it, len(jobs)) if progress else it)
        return
    # Build the engines here, once: forked workers inherit them (and a broken rule file
    # is reported once, before any worker starts).
    from sunting.backends import prepare_backends

    for key in dict.fromkeys(j[1] for j in jobs):
        eng = engine_for(_config(key))
        # load what checks load lazily (the lexicon, suggestion indexes) once, before the fork
        eng.check(Document(WARM_UP_TEXT, "warm-up.md", "markdown"))
        prepare_backends(_config(key))  # one LanguageTool for all workers; a dead one noticed once
    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:
        ctx = None
    with ProcessPoolExecutor(max_workers=n_jobs, mp_context=ctx) as pool:
        it = pool.map(_check_job, jobs, chunksize=max(1, min(16, len(jobs) // (n_jobs * 8))))
        yield from (_progress(it, len(jobs)) if progress else it)


# ------------------------------------------------------------------ the command
def run_check(args) -> int:
    global _selection
    select = _split(args.select)
    ignore = _split(args.ignore)
    _selection = (frozenset(select), frozenset(ignore))
    min_level = Severity.parse(args.min_level) if args.min_level else None
    if args.config:
        _config_cache[str(Path(args.config))] = load_config(Path(args.config))
    explicit_key = str(Path(args.config)) if args.config else None
    explicit_cfg = _config(explicit_key) if explicit_key else None
    results: list[FileResult] = []
    fixed_files: list = []  # (display path, FileFix) with --fix / --diff
    errors: list[str] = []  # files named on the command line that could not be checked
    skipped: list[str] = []  # files found in folders that could not be checked

    fix_mode = None
    if args.fix or args.diff:
        fix_mode = ("unsafe-" if getattr(args, "unsafe_fixes", False) else "") + ("diff" if args.diff else "fix")
    stdin_used = "-" in args.paths
    files = collect_files(args.paths, explicit_cfg, getattr(args, "force_exclude", False))
    jobs = []
    explicit_paths = set()
    for path, explicit in files:
        key = explicit_key or _config_key_for(path)
        cfg = _config(key)  # fail early, once, on a broken config
        if min_level is not None:
            cfg.min_level = min_level
        jobs.append((str(path), key, select, ignore, min_level, fix_mode, args.changed_since if fix_mode else None))
        if explicit:
            explicit_paths.add(str(path))

    n_jobs = args.jobs or (os.cpu_count() or 1)
    show_progress = sys.stderr.isatty() and len(jobs) > PROGRESS_MIN_FILES and not args.quiet
    shown: dict[str, str] = {}  # one-time notices from the backends, deduplicated across workers
    for path, text, findings, kind, message, drained in _run_jobs(jobs, n_jobs, show_progress):
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
        config = explicit_cfg or (_config_for(Path(args.stdin_filename)) if args.stdin_filename else _config_for(Path.cwd()))
        if min_level is not None:
            config.min_level = min_level
        data = sys.stdin.buffer.read(_max_bytes(config) + 1)  # one byte more than allowed is enough to refuse
        try:
            if len(data) > _max_bytes(config):
                raise DocumentError(t("cli.stdin_too_large", path=name, limit=human_size(_max_bytes(config))))
            text = decode_bytes(data, name, _max_bytes(config))
            kind = detect_kind(args.stdin_filename)
            if fix_mode:
                from sunting.fixes import fix_text

                eng = engine_for(config)
                stdin_fix = fix_text(text, lambda text_: eng.check(Document(text_, name, kind), select, ignore),
                                     unsafe=fix_mode.startswith("unsafe"))
            else:
                doc = Document(text, name, kind)
                stdin_result = FileResult(name, doc, engine_for(config).check(doc, select, ignore))
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
            _print(results, args, select, ignore)  # (fixed stdin went to stdout: nothing else there)
    else:
        _print(results, args, select, ignore)

    if fatal:
        return EXIT_ERROR
    fail_level = _fail_level(args)
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


def _fail_level(args) -> Severity:
    if args.fail_level:
        return Severity.parse(args.fail_level)
    for cfg in _config_cache.values():
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


def _sarif_rules(select, ignore) -> dict:
    from sunting.engine import _rule_selected

    rules = {}
    for cfg in list(_config_cache.values()):
        try:
            eng = engine_for(cfg)
        except SuntingError:
            continue
        for rid, rule in eng.rules_by_id.items():
            if select and not _rule_selected(rid, select):
                continue
            if ignore and _rule_selected(rid, ignore):
                continue
            rules.setdefault(rid, rule)
    return rules


def _print(results: list[FileResult], args, select=(), ignore=()) -> None:
    fmt = args.format
    if fmt == "json":
        from sunting.output.json import render

        sys.stdout.write(render(results))
    elif fmt == "sarif":
        from sunting.output.sarif import render

        if not _config_cache:
            _config(DEFAULTS_KEY)
        sys.stdout.write(render(results, _sarif_rules(select, ignore)))
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
