"""``sunting check``: find files, check them (in parallel processes when there are many),
print findings in the chosen format, apply or show fixes, and choose the exit status."""

from __future__ import annotations

import difflib
import fnmatch
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sunting.config import Config, find_config, load_config
from sunting.errors import ConfigError, SuntingError
from sunting.findings import Finding, Severity
from sunting.output import FileResult
from sunting.text.document import Document, DocumentError, decode_bytes, detect_kind

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PARALLEL_MIN_FILES = 8


# ------------------------------------------------------------------ file discovery
def _matches(rel: str, patterns: list[str]) -> bool:
    for pat in patterns:
        if fnmatch.fnmatch(rel, pat):
            return True
        if pat.startswith("**/") and fnmatch.fnmatch(rel, pat[3:]):
            return True
    return False


def collect_files(paths: list[str], explicit_config: Config | None) -> list[tuple[Path, bool]]:
    """(file, given explicitly) for every path; folders are walked with include/exclude globs."""
    out: list[tuple[Path, bool]] = []
    seen: set[Path] = set()
    for p in paths:
        if p == "-":
            continue
        path = Path(p)
        if path.is_file():
            if path.resolve() not in seen:
                seen.add(path.resolve())
                out.append((path, True))
            continue
        if not path.exists():
            raise SuntingError(f"{p}: no such file or folder")
        cfg = explicit_config or _config_for(path)
        for root, dirs, files in os.walk(path):
            dirs.sort()
            rel_root = os.path.relpath(root, path)
            dirs[:] = [d for d in dirs if not d.startswith(".") and not _matches(_rel(rel_root, d) + "/x", cfg.exclude)]
            for name in sorted(files):
                rel = _rel(rel_root, name)
                if _matches(rel, cfg.include) and not _matches(rel, cfg.exclude):
                    f = Path(root) / name
                    if f.resolve() not in seen:
                        seen.add(f.resolve())
                        out.append((f, False))
    return out


def _rel(root: str, name: str) -> str:
    return name if root == "." else f"{root}/{name}".replace(os.sep, "/")


_config_cache: dict[str, Config] = {}


def _config_for(path: Path) -> Config:
    cfg_path = find_config(path)
    key = str(cfg_path) if cfg_path else f"<none:{(path if path.is_dir() else path.parent).resolve()}>"
    if key not in _config_cache:
        _config_cache[key] = load_config(cfg_path, root=path if path.is_dir() else path.parent)
    return _config_cache[key]


# ------------------------------------------------------------------ engines (per process)
_engines: dict[str, object] = {}


def engine_for(config: Config):
    from sunting.engine import Engine

    eng = _engines.get(config.key)
    if eng is None:
        eng = Engine(config)
        _engines[config.key] = eng
    return eng


def _check_one(job):
    """Worker: (path, config_path or None, select, ignore, min_level) → (path, text | error, findings)."""
    path, cfg_path, explicit, select, ignore, min_level = job
    try:
        config = load_config(Path(cfg_path)) if cfg_path else load_config(None, root=Path(path).parent)
        if min_level is not None:
            config.min_level = min_level
        data = Path(path).read_bytes()
        text = decode_bytes(data, path, int(config.max_file_size * 1024 * 1024))
        eng = engine_for(config)
        doc = Document(text, path, detect_kind(path))
        return path, text, eng.check(doc, select, ignore), None
    except DocumentError as e:
        return path, None, [], str(e)
    except SuntingError as e:
        return path, None, [], e
    except OSError as e:
        return path, None, [], f"{path}: cannot read: {e.strerror}"


# ------------------------------------------------------------------ the command
def run_check(args) -> int:
    select = _split(args.select)
    ignore = _split(args.ignore)
    min_level = Severity.parse(args.min_level) if args.min_level else None
    explicit_cfg = load_config(Path(args.config)) if args.config else None
    results: list[FileResult] = []
    problems: list[str] = []
    fatal = False

    stdin_used = "-" in args.paths
    files = collect_files(args.paths, explicit_cfg)
    jobs = []
    for path, explicit in files:
        cfg_path = args.config or (str(p) if (p := find_config(path)) else None)
        if cfg_path and cfg_path not in _config_cache:
            _config_cache[cfg_path] = load_config(Path(cfg_path))  # fail early, once, on a broken config
        jobs.append((str(path), cfg_path, explicit, select, ignore, min_level))

    n_jobs = args.jobs or (os.cpu_count() or 1)
    show_progress = sys.stderr.isatty() and len(jobs) > 20 and args.format == "text"
    outcomes = []
    if len(jobs) >= PARALLEL_MIN_FILES and n_jobs > 1:
        with ProcessPoolExecutor(max_workers=n_jobs) as pool:
            it = pool.map(_check_one, jobs, chunksize=max(1, len(jobs) // (n_jobs * 8)))
            outcomes = list(_progress(it, len(jobs)) if show_progress else it)
    else:
        outcomes = [_check_one(j) for j in jobs]

    for path, text, findings, err in outcomes:
        if err is not None:
            if isinstance(err, SuntingError):
                raise err
            problems.append(err)
            continue
        doc = Document(text, path, detect_kind(path))
        results.append(FileResult(_display(path), doc, findings))

    if stdin_used:
        name = args.stdin_filename or "<stdin>"
        data = sys.stdin.buffer.read()
        config = explicit_cfg or (_config_for(Path(args.stdin_filename)) if args.stdin_filename else load_config(find_config(Path.cwd())))
        if min_level is not None:
            config.min_level = min_level
        try:
            text = decode_bytes(data, name, int(config.max_file_size * 1024 * 1024))
            doc = Document(text, name, detect_kind(args.stdin_filename))
            results.append(FileResult(name, doc, engine_for(config).check(doc, select, ignore)))
        except DocumentError as e:
            problems.append(str(e))

    if args.changed_since:
        from sunting.gitdiff import changed_lines

        results = [_only_changed(r, changed_lines(args.changed_since, r.path)) for r in results]

    for msg in problems:
        print(f"sunting: {msg}", file=sys.stderr)
    fatal = bool(problems)

    if args.fix or args.diff:
        return _fix(results, args, fatal)

    _print(results, args)
    fail_level = _fail_level(args, results)
    worst = max((f.severity for r in results for f in r.findings), default=None)
    if fatal:
        return EXIT_ERROR
    return EXIT_FINDINGS if worst is not None and worst >= fail_level else EXIT_OK


def _fail_level(args, results) -> Severity:
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
    from rich.progress import Progress

    with Progress(transient=True, console=_stderr_console()) as progress:
        task = progress.add_task("checking", total=total)
        for item in it:
            progress.advance(task)
            yield item


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _only_changed(r: FileResult, lines: set[int] | None) -> FileResult:
    if lines is None:  # not tracked by git: every line is new
        return r
    kept = [f for f in r.findings if r.doc.position(f.start)[0] + 1 in lines]
    return FileResult(r.path, r.doc, kept)


def _print(results: list[FileResult], args) -> None:
    fmt = args.format
    if fmt == "json":
        from sunting.output.json import render

        sys.stdout.write(render(results))
    elif fmt == "sarif":
        from sunting.output.sarif import render

        sys.stdout.write(render(results))
    elif fmt == "github":
        from sunting.output.github import render

        sys.stdout.write(render(results))
    else:
        from sunting.output.text import render, summary

        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
        sys.stdout.write(render(results, color=color, context=not args.no_context))
        if not args.quiet:
            sys.stderr.write(summary(results))


def _fix(results: list[FileResult], args, fatal: bool) -> int:
    from sunting.fixes import apply_edits, plan_fixes, write_atomic

    remaining = []
    changed = 0
    for r in results:
        edits = plan_fixes(r.findings)
        if not edits:
            remaining.append(r)
            continue
        new_text = apply_edits(r.doc.source, edits)
        if args.diff:
            diff = difflib.unified_diff(
                r.doc.source.splitlines(keepends=True), new_text.splitlines(keepends=True),
                fromfile=f"a/{r.path}", tofile=f"b/{r.path}",
            )
            sys.stdout.writelines(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in diff)
        elif r.path == (args.stdin_filename or "<stdin>") and "-" in args.paths:
            sys.stdout.write(new_text)
        else:
            write_atomic(Path(r.path), new_text)
            changed += 1
        fixed_ranges = {(s, e) for s, e, _ in edits}
        left = [f for f in r.findings if (f.start, f.end) not in fixed_ranges]
        remaining.append(FileResult(r.path, r.doc, left))
    if args.fix and not args.diff:
        print(f"sunting: fixed {sum(len(plan_fixes(r.findings)) for r in results)} finding(s) in {changed} file(s)", file=sys.stderr)
    if args.diff:
        return EXIT_ERROR if fatal else EXIT_OK
    fail = _fail_level(args, remaining)
    worst = max((f.severity for r in remaining for f in r.findings), default=None)
    if fatal:
        return EXIT_ERROR
    return EXIT_FINDINGS if worst is not None and worst >= fail else EXIT_OK
