"""``--changed-since REV``: which lines of a file were added or changed since a git revision.

For the files of one repository, one ``git diff --unified=0 REV -- files…`` gives the
added lines (the ``+c,d`` side of every hunk). A file git does not track (untracked,
or ignored) counts as all new: ``None`` means *every line*. A tracked file that did not
change since REV has an empty set. Text that is not on disk (standard input) is compared
with the file's content at REV line by line.

Line numbers are 1-based and count ``\\n`` line breaks, as the doors do.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
from functools import lru_cache
from pathlib import Path

from sunting.errors import SuntingError
from sunting.i18n import t

HUNK_RE = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
ARG_CHUNK = 200  # paths per git invocation (keeps command lines short)


class GitError(SuntingError):
    """git is missing, the folder is not a repository, or the revision is unknown."""


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        proc = subprocess.run(
            ["git", "-c", "core.quotePath=false", *args],
            cwd=str(cwd), stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False,
        )
    except FileNotFoundError:
        raise GitError(t("git.missing")) from None
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = msg[-1] if msg else t("git.exit_status", status=proc.returncode)
        raise GitError(t("git.failed", command=args[0], folder=cwd, reason=reason))
    return proc.stdout


@lru_cache(maxsize=None)
def repo_root(folder: str) -> Path:
    try:
        out = _git(["rev-parse", "--show-toplevel"], Path(folder))
    except GitError:
        raise GitError(t("git.not_a_repository", folder=folder)) from None
    return Path(out.decode("utf-8").strip()).resolve()


@lru_cache(maxsize=None)
def _verify_rev(root: Path, rev: str) -> None:
    try:
        _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], root)
    except GitError:
        raise GitError(t("git.unknown_revision", rev=rev, root=root)) from None


def _unquote(path: bytes) -> bytes:
    """Undo git's C-style quoting of a path (``"a\\tb"``)."""
    if not (path.startswith(b'"') and path.endswith(b'"')):
        return path
    body = path[1:-1]
    out = bytearray()
    i = 0
    simple = {ord("n"): b"\n", ord("t"): b"\t", ord('"'): b'"', ord("\\"): b"\\", ord("a"): b"\a",
              ord("b"): b"\b", ord("f"): b"\f", ord("r"): b"\r", ord("v"): b"\v"}
    while i < len(body):
        c = body[i]
        if c == 0x5C and i + 1 < len(body):  # backslash
            nxt = body[i + 1]
            if nxt in simple:
                out += simple[nxt]
                i += 2
                continue
            if 0x30 <= nxt <= 0x37:
                out.append(int(body[i + 1:i + 4], 8))
                i += 4
                continue
        out.append(c)
        i += 1
    return bytes(out)


def parse_diff(output: bytes) -> dict[str, set[int]]:
    """Repository-relative path → added line numbers, from ``git diff --unified=0`` output."""
    result: dict[str, set[int]] = {}
    current: set[int] | None = None
    for raw in output.split(b"\n"):
        if raw.startswith(b"+++ "):
            # git ends a name that holds a space with a TAB (for patch), and may quote it
            target = raw[4:].rstrip(b"\r")
            if target.endswith(b"\t"):
                target = target[:-1]
            if target == b"/dev/null":
                current = None  # deleted: nothing to report
                continue
            target = _unquote(target)
            if target.startswith(b"b/"):
                target = target[2:]
            current = result.setdefault(os.fsdecode(target), set())
        elif raw.startswith(b"@@") and current is not None:
            m = HUNK_RE.match(raw)
            if m:
                start = int(m.group(1))
                count = int(m.group(2)) if m.group(2) is not None else 1
                current.update(range(start, start + count))
    return result


def changed_lines_many(rev: str, paths: list[str]) -> dict[str, set[int] | None]:
    """For every path: the 1-based line numbers added or changed since ``rev``, or None for all."""
    by_repo: dict[Path, list[tuple[str, str]]] = {}
    for p in paths:
        abspath = Path(p).resolve()
        root = repo_root(str(abspath.parent))
        _verify_rev(root, rev)
        rel = abspath.relative_to(root).as_posix()
        by_repo.setdefault(root, []).append((p, rel))
    out: dict[str, set[int] | None] = {}
    for root, items in by_repo.items():
        rels = [rel for _, rel in items]
        tracked: set[str] = set()
        added: dict[str, set[int]] = {}
        for i in range(0, len(rels), ARG_CHUNK):
            chunk = rels[i:i + ARG_CHUNK]
            listed = _git(["ls-files", "-z", "--", *[f":(literal){r}" for r in chunk]], root)
            tracked.update(os.fsdecode(x) for x in listed.split(b"\0") if x)
            diff = _git(
                ["diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames", "--text",
                 "--src-prefix=a/", "--dst-prefix=b/", rev, "--", *[f":(literal){r}" for r in chunk]],
                root,
            )
            added.update(parse_diff(diff))
        for original, rel in items:
            out[original] = added.get(rel, set()) if rel in tracked else None
    return out


def changed_lines(rev: str, path: str) -> set[int] | None:
    return changed_lines_many(rev, [path])[path]


def changed_lines_of_text(rev: str, path: str, text: str) -> set[int] | None:
    """Lines of ``text`` (the new content of ``path``, e.g. from stdin) added since ``rev``."""
    abspath = Path(path).resolve()
    root = repo_root(str(abspath.parent))
    _verify_rev(root, rev)
    rel = abspath.relative_to(root).as_posix()
    try:
        old_bytes = _git(["show", f"{rev}:{rel}"], root)
    except GitError:
        return None  # not in REV: all new
    old = old_bytes.decode("utf-8", "replace").split("\n")
    new = text.split("\n")
    lines: set[int] = set()
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, _i1, _i2, j1, j2 in sm.get_opcodes():
        if tag in ("replace", "insert"):
            lines.update(range(j1 + 1, j2 + 1))
    return lines
