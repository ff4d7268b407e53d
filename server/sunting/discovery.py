"""Which files a folder holds for checking.

Folders are walked with the include/exclude globs of the configuration that governs each
file (relative to that configuration's folder). Inside a git work tree the walk asks git
(``git ls-files``, ``git check-ignore``), so ``.gitignore``, ``.git/info/exclude`` and the
user's global excludes apply exactly as git applies them; a tracked file is never
ignored, as in git. Outside a work tree a ``.gitignore`` means nothing (as for git and
ripgrep). sunting's own files are never prose: the project's vocabulary lists, its
rule-pack folders, the built-in packs and the installed package. Build output and
environments are in every configuration's excludes. What is left out, and why, is
recorded for ``--verbose``.
"""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sunting.config import Config
from sunting.i18n import os_reason, t

ConfigFor = Callable[[Path], Config]


@dataclass(frozen=True)
class Skipped:
    """A file or folder a walk left out, and why (in the interface language, for ``--verbose``)."""

    path: Path
    reason: str


@dataclass
class Discovery:
    """What :meth:`Projects.discover` found."""

    #: (file, named on the command line) in the order given, folders sorted inside
    files: list[tuple[Path, bool]] = field(default_factory=list)
    #: left out on purpose (git-ignored, sunting's own files, excluded folders)
    skipped: list[Skipped] = field(default_factory=list)
    #: folders that could not be read: the door says so, like an unreadable file
    unreadable: list[Skipped] = field(default_factory=list)
    #: paths named on the command line that do not exist (or are neither file nor folder)
    missing: list[str] = field(default_factory=list)



class Git:
    """git as discovery uses it, with the work-tree lookups of one run remembered."""

    def __init__(self) -> None:
        self._roots: dict[Path, Path | None] = {}
        self._lock = threading.Lock()

    def root(self, folder: Path) -> Path | None:
        """The work tree holding ``folder``, or None (not in one, or no git)."""
        with self._lock:
            if folder in self._roots:
                return self._roots[folder]
        root = None
        try:
            r = subprocess.run(["git", "-C", str(folder), "rev-parse", "--show-toplevel"],
                               capture_output=True, text=True, timeout=30)
            if r.returncode == 0 and r.stdout.strip():
                root = Path(r.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            root = None
        with self._lock:
            self._roots[folder] = root
        return root

    def files(self, walk_root: Path, out: Discovery, explain: bool) -> list[tuple[str, ...]] | None:
        """The files git would not ignore under ``walk_root`` (tracked, or untracked and
        not ignored), as path parts relative to it; None outside a git work tree.

        A folder named on the command line that git ignores as a whole is walked anyway:
        the writer asked for it.
        """
        if self.root(walk_root) is None:
            return None
        if self.ignored([walk_root]):
            return None
        try:
            r = subprocess.run(
                ["git", "-C", str(walk_root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                capture_output=True, timeout=300,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        if r.returncode != 0:
            return None
        root = self.root(walk_root) or walk_root
        for line in r.stderr.decode("utf-8", "replace").splitlines():
            m = re.search(r"could not open directory '(.+?)': (.+)$", line)
            if m:  # git names the folder relative to the top of the work tree
                out.unreadable.append(Skipped(root / m.group(1).rstrip("/"),
                                              t("skip.unreadable_folder", reason=os_reason(m.group(2)))))
        found: set[tuple[str, ...]] = set()
        for entry in r.stdout.decode("utf-8", "surrogateescape").split("\0"):
            if not entry:
                continue
            if entry.endswith("/"):  # a nested repository: its own files, its own rules
                nested = walk_root / entry
                sub = self.files(nested, out, explain)
                if sub is None:
                    sub = walk_files(nested, out, lambda parts: parts[-1].startswith("."))
                found.update((*Path(entry).parts, *parts) for parts in sub)
                continue
            found.add(Path(entry).parts)
        if explain:
            try:
                r = subprocess.run(
                    ["git", "-C", str(walk_root), "ls-files", "-z", "--others", "--ignored", "--exclude-standard",
                     "--directory"], capture_output=True, timeout=300)
                for entry in r.stdout.decode("utf-8", "surrogateescape").split("\0"):
                    if entry and not any(part.startswith(".") for part in Path(entry).parts):
                        out.skipped.append(Skipped(walk_root / entry.rstrip("/"), t("skip.gitignored")))
            except (OSError, subprocess.SubprocessError):
                pass
        return sorted(found)

    def ignored(self, paths: list[Path]) -> set[Path]:
        """Those of ``paths`` that git ignores (``git check-ignore``; tracked files never are)."""
        by_root: dict[Path, list[Path]] = {}
        for p in paths:
            folder = Path(os.path.abspath(p if p.is_dir() else p.parent))
            root = self.root(folder)
            if root is not None:
                by_root.setdefault(root, []).append(p)
        out: set[Path] = set()
        for root, group in by_root.items():
            names = [os.path.abspath(p) for p in group]
            try:
                r = subprocess.run(["git", "-C", str(root), "check-ignore", "-z", "--stdin"],
                                   input="\0".join(names).encode("utf-8", "surrogateescape"),
                                   capture_output=True, timeout=60)
            except (OSError, subprocess.SubprocessError):
                continue
            hits = {e for e in r.stdout.decode("utf-8", "surrogateescape").split("\0") if e}
            out.update(p for p, n in zip(group, names, strict=True) if n in hits)
        return out


def discover(paths: Iterable[str], config_for: ConfigFor, git: Git | None = None, *,
             force_exclude: bool = False, explain: bool = False) -> Discovery:
    """The files to check for ``paths`` (``-`` is left to the door).

    A file named explicitly is checked whatever the globs say, unless ``force_exclude``
    (pre-commit and CI pass every changed file): then it must pass the globs, must not
    be git-ignored and must not be one of sunting's own files. ``explain`` also lists
    what git ignores under a walked folder (for ``--verbose``; it costs one more git
    call per folder).
    """
    git = git or Git()
    out = Discovery()
    seen: set[Path] = set()
    named: list[Path] = []
    for p in paths:
        if p == "-":
            continue
        path = Path(p)
        if path.is_file():
            if force_exclude:
                reason = _left_out(path, config_for)
                if reason is not None:
                    out.skipped.append(Skipped(path, reason))
                    continue
                named.append(path)
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                out.files.append((path, True))
            continue
        if not path.exists():
            out.missing.append(t("cli.no_such_path", path=p))
            continue
        if not path.is_dir():
            out.missing.append(t("cli.not_file_or_folder", path=p))
            continue
        _walk(path, out, seen, explain, config_for, git)
    if force_exclude and named:
        ignored = git.ignored(named)
        if ignored:
            out.files = [(f, e) for f, e in out.files if f not in ignored]
            out.skipped += [Skipped(f, t("skip.gitignored")) for f in named if f in ignored]
    return out


def _left_out(path: Path, config_for: ConfigFor) -> str | None:
    """Why a named file is not checked under ``force_exclude`` (None: it is checked)."""
    cfg = config_for(path)
    absolute = Path(os.path.abspath(path))
    own = own_reason(absolute, cfg)
    if own is not None:
        return own
    rel = _rel_to(absolute, cfg.root, absolute.parent)
    if not _matches(rel, cfg.include):
        return t("skip.not_included")
    if _matches(rel, cfg.exclude):
        return t("skip.excluded")
    return None


def own_reason(absolute: Path, cfg: Config) -> str | None:
    """Is ``absolute`` one of sunting's own files (never prose)? Why, in Indonesian."""
    real = Path(os.path.realpath(absolute))
    for f in cfg.own_files:
        if real == Path(os.path.realpath(f)):
            return t("skip.vocabulary")
    for d in cfg.paths:
        if _inside(real, Path(os.path.realpath(d))):
            return t("skip.project_pack")
    for d in _sunting_dirs():
        if _inside(real, d):
            return t("skip.sunting_own")
    return None


def _walk(folder: Path, out: Discovery, seen: set[Path], explain: bool, config_for: ConfigFor, git: Git) -> None:
    walk_root = Path(os.path.abspath(folder))
    pruned: dict[Path, bool] = {}

    def prune(parts: tuple[str, ...]) -> bool:
        return _dir_pruned(walk_root, parts, out, pruned, config_for)

    listed = git.files(walk_root, out, explain)
    candidates = listed if listed is not None else walk_files(folder, out, prune)
    for rel_parts in candidates:
        if prune(rel_parts[:-1]):
            continue
        f = walk_root.joinpath(*rel_parts)
        cfg = config_for(f)
        rel = _rel_to(f, cfg.root, walk_root)
        if not _matches(rel, cfg.include) or _matches(rel, cfg.exclude):
            continue
        shown = folder.joinpath(*rel_parts)
        own = own_reason(f, cfg)
        if own is not None:
            out.skipped.append(Skipped(shown, own))
            continue
        try:
            if not shown.is_file():
                continue
            key = shown.resolve()
        except OSError:
            continue
        if key not in seen:
            seen.add(key)
            out.files.append((shown, False))


def _dir_pruned(walk_root: Path, parts: tuple[str, ...], out: Discovery, cache: dict[Path, bool],
                config_for: ConfigFor) -> bool:
    """Is a folder under the walk (or one above it, up to the walk's root) left out?
    Hidden folders; folders the exclude globs name (build output and environments
    are in every configuration's excludes); sunting's own rule and data folders."""
    for n in range(1, len(parts) + 1):
        d = walk_root.joinpath(*parts[:n])
        hit = cache.get(d)
        if hit is None:
            reason = None
            if parts[n - 1].startswith("."):
                hit = True
            else:
                cfg = config_for(d)
                if _matches(_rel_to(d, cfg.root, walk_root) + "/x", cfg.exclude):
                    reason = t("skip.excluded")
                else:
                    reason = own_reason(d, cfg)
                hit = reason is not None
            cache[d] = hit
            if reason is not None:
                out.skipped.append(Skipped(d, reason))
        if hit:
            return True
    return False


def walk_files(folder: Path, out: Discovery,
                prune: Callable[[tuple[str, ...]], bool]) -> list[tuple[str, ...]]:
    """Every file under ``folder`` (outside a git work tree), as path parts relative to
    it; pruned folders are not entered; an unreadable one is noted."""
    found: list[tuple[str, ...]] = []

    def unreadable(err: OSError) -> None:
        name = Path(err.filename) if err.filename else folder
        out.unreadable.append(Skipped(name, t("skip.unreadable_folder", reason=os_reason(err))))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        rel = Path(os.path.relpath(root, folder)).parts
        rel = () if rel == (".",) else rel
        dirs[:] = sorted(d for d in dirs if not prune((*rel, d)))
        found.extend((*rel, name) for name in sorted(files))
    return found


def _matches(rel: str, patterns: Iterable[str]) -> bool:
    for pat in patterns:
        if fnmatch.fnmatch(rel, pat):
            return True
        if pat.startswith("**/") and fnmatch.fnmatch(rel, pat[3:]):
            return True
    return False


def _rel_to(path: Path, root: Path, fallback: Path) -> str:
    """``path`` relative to ``root`` (the config's folder) with forward slashes, else to ``fallback``."""
    path = Path(os.path.normpath(path))
    for base in (Path(os.path.abspath(root)), fallback):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.name


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _sunting_dirs() -> tuple[Path, ...]:
    """The installed package (lexicon data, bundled packs) and the built-in packs folder."""
    from sunting.loader import builtin_packs_dir

    here = Path(os.path.realpath(Path(__file__).parent))
    return (here, Path(os.path.realpath(builtin_packs_dir())))


