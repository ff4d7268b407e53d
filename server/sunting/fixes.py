"""Applying fixes without losing anything.

Three parts, each usable on its own by the doors:

* **Which fixes** (:func:`plan_fixes`): a finding's fix is applied only when it has one
  replacement and :attr:`Finding.fix_applicability` says so — by default only ``safe``
  fixes (the rule declares its fix safe, warning or error level, not inside a direct
  quotation unless purely orthographic); ``--unsafe-fixes`` adds the ``unsafe`` ones.
  Two fixes *contradict* when one writes exactly what another calls wrong (the acronym
  check writes ``Kominfo`` while the outdated-names rule rewrites ``Kominfo`` to
  ``Komdigi``): they are never applied together. A safe fix goes first and the unsafe one
  is judged again on the text it wrote; two of the same kind are both left to the writer
  (:func:`mark_conflicts`). Edits never overlap.
* **To a fixed point** (:func:`fix_text`): one fix can make another finding appear
  (``banyakRp 400.000`` → ``banyak Rp 400.000`` → ``banyak Rp400.000``), so fixing runs in
  rounds, re-checking the fixed text, until nothing is left to fix (a bounded number of
  rounds; a cycle is undone). A fix whose result is a new problem no fix can solve (a
  warning or error on the text it wrote) is not applied. A second ``--fix`` then changes
  nothing.
* **Writing** (:func:`fix_file`): the file is locked (``fcntl.flock``, advisory: two
  ``sunting --fix`` runs on one file take turns and neither loses its fixes), read, checked,
  fixed, and — only if it is still byte for byte the file that was read (same inode, size,
  mtime and SHA-256, so a save by an editor meanwhile is never overwritten) — written
  atomically (temporary file in the same folder, ``fsync``, rename), keeping mode, owner and
  group. A file with several hard links, or whose owner the rename could not keep, is
  rewritten in place instead (with a backup copy until the write is durable), so every name
  sees the change. A read-only file is refused. BOM and line endings are kept because the
  text is never re-encoded line by line.
"""

from __future__ import annotations

import difflib
import errno
import hashlib
import os
import stat
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from sunting.findings import SAFE, UNSAFE, Finding, Severity
from sunting.i18n import os_reason, t

try:  # advisory locks where the platform has them (not on Windows)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

#: rounds of check → fix before giving up on a fixed point
MAX_ROUNDS = 8
#: seconds to wait for another process's lock on a file before giving up on it
LOCK_TIMEOUT = 30.0

Edit = tuple[int, int, str]
CheckFn = Callable[[str], list[Finding]]


# ------------------------------------------------------------------ which fixes
def _norm(s: str) -> str:
    """Whitespace-normalised text (NBSP and runs of spaces are one space) for comparing
    what one fix writes with what another flags."""
    return " ".join(s.split())


def mark_in_quotes(findings: list[Finding], doc) -> list[Finding]:
    """Set ``in_quote`` on the findings with a fix that lie inside a direct quotation."""
    out = []
    for f in findings:
        if f.replacement is not None and not f.in_quote:
            block = doc.block_at(f.start)
            if block is not None and block.scope_at(f.start) == "quote":
                f = replace(f, in_quote=True)
        out.append(f)
    return out


def _contradicting(cands: list[Finding]) -> tuple[set[int], set[int]]:
    """Fixes (indexes into ``cands``) that contradict another one: one fix writes exactly
    the text another removes. Returns (deferred, dropped): an unsafe fix that contradicts a
    safe one waits for a later round (it is judged again on the text the safe fix wrote);
    two fixes of the same kind that contradict each other are both left to the writer."""
    produced: dict[str, list[int]] = defaultdict(list)
    removed: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(cands):
        produced[_norm(f.replacement or "")].append(i)
        removed[_norm(f.text)].append(i)
    deferred: set[int] = set()
    dropped: set[int] = set()
    for key in produced.keys() & removed.keys():
        for p in produced[key]:
            for r in removed[key]:
                if p == r:
                    continue
                safe_p = cands[p].fix_applicability == SAFE
                safe_r = cands[r].fix_applicability == SAFE
                if safe_p and not safe_r:
                    deferred.add(r)
                elif safe_r and not safe_p:
                    deferred.add(p)
                else:
                    dropped.update((p, r))
    return deferred - dropped, dropped


def mark_conflicts(findings: list[Finding]) -> list[Finding]:
    """Set ``fix_conflict`` on fixes that contradict another fix of the same kind in the
    same text, so that ``fix_applicability`` (the JSON ``fix`` field, the editor's "fix
    all") says what ``--fix`` will really do."""
    idx = [i for i, f in enumerate(findings) if f.fix_applicability is not None]
    _, dropped = _contradicting([findings[i] for i in idx])
    if not dropped:
        return findings
    out = list(findings)
    for j in dropped:
        i = idx[j]
        out[i] = replace(out[i], fix_conflict=True)
    return out


def prepare(findings: list[Finding], doc) -> list[Finding]:
    """What the engine does to its findings before handing them out: quotation and
    conflict marks, so every door sees the same ``fix_applicability``."""
    return mark_conflicts(mark_in_quotes(findings, doc))


def plan_fixes(findings: Iterable[Finding], unsafe: bool = False) -> list[Edit]:
    """Non-overlapping ``(start, end, replacement)`` edits in order: the safe fixes (and the
    unsafe ones too when ``unsafe``), without contradicting pairs. Where two fixes
    overlap the first one is planned; the other is looked at again in the next round."""
    allowed = (SAFE, UNSAFE) if unsafe else (SAFE,)
    cands = [f for f in findings if f.fix_applicability in allowed]
    deferred, dropped = _contradicting(cands)
    cands = [f for i, f in enumerate(cands) if i not in deferred and i not in dropped]
    edits: list[Edit] = []
    last_end = -1
    for f in sorted(cands, key=lambda f: (f.start, f.end, f.rule)):
        if f.start < last_end or (f.start == f.end and f.start == last_end):
            continue
        edits.append((f.start, f.end, f.replacement or ""))
        last_end = f.end
    return edits


def apply_edits(text: str, edits: list[Edit]) -> str:
    parts = []
    pos = 0
    for start, end, new in edits:
        parts.append(text[pos:start])
        parts.append(new)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _new_spans(edits: list[Edit]) -> list[tuple[int, int]]:
    """Where each edit's replacement lies in the edited text."""
    spans = []
    delta = 0
    for start, end, new in edits:
        a = start + delta
        spans.append((a, a + len(new)))
        delta += len(new) - (end - start)
    return spans


def _shift(offset: int, edits: list[Edit]) -> int | None:
    """A source offset outside every edit, in the edited text (None: inside an edit)."""
    delta = 0
    for start, end, new in edits:
        if end <= offset:
            delta += len(new) - (end - start)
        elif start < offset:
            return None
        else:
            break
    return offset + delta


def _culprits(edits: list[Edit], before: list[Finding], after: list[Finding]) -> set[int]:
    """Indexes of edits whose replacement carries a *new* problem that has no fix: a
    warning or error on the written text that was not there before the edit (a new
    problem with a fix of its own is a cascade, fixed in the next round)."""
    spans = _new_spans(edits)
    old = set()
    for f in before:
        a, b = _shift(f.start, edits), _shift(f.end, edits)
        if a is not None and b is not None:
            old.add((f.rule, a, b))
    bad: set[int] = set()
    for f in after:
        if f.severity < Severity.WARNING or f.replacement is not None or (f.rule, f.start, f.end) in old:
            continue
        for i, (a, b) in enumerate(spans):
            if f.start < b and a < f.end or (a == b and f.start <= a <= f.end):
                bad.add(i)
    return bad


@dataclass
class TextFix:
    """The outcome of fixing a text: the fixed text and the findings left in it."""

    source: str
    text: str
    findings: list[Finding]
    #: the findings of ``source`` (before any fix)
    original: list[Finding] = field(default_factory=list)
    applied: int = 0
    rounds: int = 0
    #: False when the rounds ran out (or a cycle was undone) before nothing was left to fix
    settled: bool = True

    @property
    def changed(self) -> bool:
        return self.text != self.source


def fix_text(
    text: str,
    check: CheckFn,
    unsafe: bool = False,
    findings: list[Finding] | None = None,
    max_rounds: int = MAX_ROUNDS,
) -> TextFix:
    """Fix ``text`` to a fixed point. ``check`` turns a text into its findings (the same
    rules, selection and config as the run); ``findings`` are those of ``text`` when the
    caller already has them."""
    found = original = check(text) if findings is None else findings
    current = text
    seen = {text: (0, found)}  # text → (fixes applied to reach it, its findings)
    applied = 0
    blocked: set[tuple[str, str, str]] = set()  # (rule, text, replacement) that made new problems

    def done(final: str, final_findings: list[Finding], rounds: int, settled: bool) -> TextFix:
        return TextFix(text, final, _mark_blocked(final_findings, blocked), original, applied, rounds, settled)

    for rnd in range(1, max_rounds + 1):
        edits = plan_fixes(_without(found, blocked), unsafe)
        if not edits:
            return done(current, found, rnd - 1, True)
        by_edit = {(f.start, f.end, f.replacement or ""): f for f in found if f.replacement is not None}
        for _attempt in range(3):
            new_text = apply_edits(current, edits)
            new_found = check(new_text)
            bad = _culprits(edits, found, new_found)
            if not bad:
                break
            for i in bad:
                f = by_edit.get(edits[i])
                if f is not None:
                    blocked.add((f.rule, f.text, f.replacement or ""))
            edits = [e for i, e in enumerate(edits) if i not in bad]
            if not edits:
                return done(current, found, rnd, True)
        else:  # still making new problems: stop with what is already fixed
            return done(current, found, rnd, False)
        if new_text in seen:  # a cycle (one fix undoing another): back to where it began
            applied, found = seen[new_text]
            return done(new_text, found, rnd, False)
        applied += len(edits)
        current, found = new_text, new_found
        seen[current] = (applied, found)
    return done(current, found, max_rounds, not plan_fixes(_without(found, blocked), unsafe))


def _mark_blocked(findings: list[Finding], blocked: set[tuple[str, str, str]]) -> list[Finding]:
    """The findings whose fix was held back because it made a new problem: no longer
    fixable automatically in this text (``fix_applicability`` None)."""
    if not blocked:
        return findings
    return [replace(f, fix_conflict=True) if (f.rule, f.text, f.replacement or "") in blocked else f for f in findings]


def _without(findings: list[Finding], blocked: set[tuple[str, str, str]]) -> list[Finding]:
    if not blocked:
        return findings
    return [f for f in findings if (f.rule, f.text, f.replacement or "") not in blocked]


# ------------------------------------------------------------------ writing
class FixRefused(Exception):
    """A file ``--fix`` leaves alone, with the reason (shown to the writer; exit status 2)."""


@dataclass
class Snapshot:
    """A file as it was read under the lock: what must still be there when writing."""

    path: Path  # the real path (through symlinks)
    fd: int  # open read-only, holding the lock
    data: bytes
    st: os.stat_result
    digest: str = field(init=False)

    def __post_init__(self) -> None:
        self.digest = hashlib.sha256(self.data).hexdigest()

    def same_file(self, st: os.stat_result) -> bool:
        a, b = self.st, st
        return (a.st_dev, a.st_ino, a.st_size, a.st_mtime_ns) == (b.st_dev, b.st_ino, b.st_size, b.st_mtime_ns)


def _lock(fd: int, path: Path, timeout: float) -> None:
    if fcntl is None:
        return
    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                return  # a file system without flock (some network mounts): go on without it
        if time.monotonic() >= deadline:
            raise FixRefused(t("fix.locked", seconds=f"{timeout:.0f}"))
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


def _read_all(fd: int, limit: int) -> bytes:
    chunks = []
    total = 0
    os.lseek(fd, 0, os.SEEK_SET)
    while total <= limit:
        chunk = os.read(fd, min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def open_locked(path: str | os.PathLike, max_bytes: int, timeout: float = LOCK_TIMEOUT) -> Snapshot:
    """Open and lock the file, then read it (at most ``max_bytes + 1`` bytes). The caller
    must :func:`release` it. When another process replaced the file while this one waited
    for the lock, the new file is locked and read instead."""
    real = Path(os.path.realpath(path))
    for _ in range(10):
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise FixRefused(t("fix.not_regular"))
            _lock(fd, real, timeout)
            st = os.fstat(fd)
            try:
                now = os.stat(real)
            except FileNotFoundError:
                now = None
            if now is not None and (now.st_dev, now.st_ino) == (st.st_dev, st.st_ino):
                return Snapshot(real, fd, _read_all(fd, max_bytes), st)
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # replaced while we waited: lock the file now at that name
    raise FixRefused(t("fix.replaced"))


def release(snap: Snapshot) -> None:
    try:
        os.close(snap.fd)  # closing the descriptor releases the lock
    except OSError:
        pass


def _still_as_read(snap: Snapshot) -> None:
    """Raise FixRefused unless the file at the path is still exactly the one that was read."""
    try:
        now = os.stat(snap.path)
    except FileNotFoundError:
        raise FixRefused(t("fix.deleted")) from None
    if not snap.same_file(now) or hashlib.sha256(_read_all(snap.fd, snap.st.st_size + 1)).hexdigest() != snap.digest:
        raise FixRefused(t("fix.changed"))


def _read_only(st: os.stat_result, path: Path) -> bool:
    return not (st.st_mode & 0o222) or not os.access(path, os.W_OK)


def write_fixed(snap: Snapshot, text: str) -> None:
    """Write ``text`` over the file of ``snap`` if it is still the file that was read."""
    if _read_only(snap.st, snap.path):
        raise FixRefused(t("fix.read_only"))
    _still_as_read(snap)
    data = text.encode("utf-8")
    if snap.st.st_nlink > 1:
        _write_in_place(snap, data)  # a rename would leave the other names with the old text
        return
    if not _write_by_rename(snap, data):
        _write_in_place(snap, data)


def _write_by_rename(snap: Snapshot, data: bytes) -> bool:
    """Temporary file + rename. False (nothing changed) when the temporary file could not
    be given the original's owner and group: the caller writes in place instead."""
    path, st = snap.path, snap.st
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".sunting-tmp", dir=path.parent)
    except OSError as e:
        if e.errno in (errno.EACCES, errno.EPERM):
            return False  # a folder we may not create files in: the file itself is writable
        raise
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        t = os.stat(tmp)
        if (t.st_uid, t.st_gid) != (st.st_uid, st.st_gid):
            try:
                os.chown(tmp, st.st_uid, st.st_gid)
            except OSError:
                os.unlink(tmp)
                return False
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        _still_as_read(snap)  # once more, as close to the rename as possible
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _sync_folder(path.parent)
    return True


def _write_in_place(snap: Snapshot, data: bytes) -> None:
    """Overwrite the file's own bytes (same inode: hard links, owner, ACLs all kept). A
    backup copy beside it lasts until the new bytes are on disk; a failed write puts the
    old bytes back (and if even that fails, the backup stays and the error names it)."""
    path = snap.path
    backup: str | None = None
    try:
        bfd, backup = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".sunting-bak", dir=path.parent)
        with os.fdopen(bfd, "wb") as fh:
            fh.write(snap.data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as e:
        if backup is not None:
            _unlink(backup)
        if e.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise
        backup = None  # a folder we may not write in: the old bytes stay in memory only
    keep_backup = False
    try:
        _still_as_read(snap)
        wfd = os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            try:
                _pwrite_all(wfd, data)
                os.ftruncate(wfd, len(data))
                os.fsync(wfd)
            except BaseException:
                try:
                    _pwrite_all(wfd, snap.data)
                    os.ftruncate(wfd, len(snap.data))
                    os.fsync(wfd)
                except OSError as e2:
                    keep_backup = backup is not None
                    raise OSError(e2.errno, t("fix.cannot_restore", reason=os_reason(e2),
                                               backup=backup or "-")) from e2
                raise
        finally:
            os.close(wfd)
    finally:
        if backup is not None and not keep_backup:
            _unlink(backup)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _pwrite_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    pos = 0
    while pos < len(data):
        pos += os.pwrite(fd, view[pos:], pos)


def _sync_folder(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


@dataclass
class FileFix(TextFix):
    """:class:`TextFix` for a file, plus why it was left alone (``error``: exit status 2)."""

    error: str | None = None
    written: bool = False


def fix_file(
    path: str,
    check: CheckFn,
    decode: Callable[[bytes], str],
    max_bytes: int,
    unsafe: bool = False,
    write: bool = True,
) -> FileFix:
    """The whole ``--fix`` of one file under its lock: read, check, fix to a fixed point,
    write back if still unchanged. ``decode`` turns the bytes into text (raising the
    door's own error for a binary, non-UTF-8 or too large file, which propagates);
    ``write=False`` computes the fixes without writing (``--diff``)."""
    if not write:
        with open(path, "rb") as fh:
            source = decode(fh.read(max_bytes + 1))
        return FileFix(**vars(fix_text(source, check, unsafe)))
    snap = open_locked(path, max_bytes)
    try:
        source = decode(snap.data)
        result = FileFix(**vars(fix_text(source, check, unsafe)))
        if not result.changed:
            return result
        try:
            write_fixed(snap, result.text)
            result.written = True
        except FixRefused as e:
            error = str(e)
        except OSError as e:
            error = t("fix.cannot_write", reason=os_reason(e))
        else:
            return result
        return FileFix(source, source, result.original, result.original, 0, result.rounds, result.settled,
                       error=error)
    finally:
        release(snap)


# ------------------------------------------------------------------ showing (--diff)
def _lines(text: str) -> list[str]:
    """Lines split at LF only (CR, U+2028 and the like stay inside a line, as git sees it)."""
    parts = text.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def _range(start: int, length: int) -> str:
    """A hunk range as difflib writes it (1-based; one line: no count; none: the line before)."""
    if length == 1:
        return str(start + 1)
    if length == 0:
        return f"{start},0"
    return f"{start + 1},{length}"


def unified_diff(old: str, new: str, path: str, context: int = 3) -> str:
    """``diff -u`` of a fixed file, as ``--diff`` prints it (``a/`` and ``b/`` prefixes, the
    "No newline at end of file" marker). Fixes almost never add or remove a line, so when
    both texts have the same number of lines the hunks come straight from the lines that
    differ — linear, where difflib's matcher takes minutes on a 10 MB file with many fixes;
    otherwise difflib decides."""
    a, b = _lines(old), _lines(new)
    if len(a) != len(b):
        out = list(difflib.unified_diff(a, b, fromfile=f"a/{path}", tofile=f"b/{path}"))
    else:
        changed = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        out = [f"--- a/{path}\n", f"+++ b/{path}\n"] if changed else []
        n = len(a)
        i = 0
        while i < len(changed):
            j = i  # extend the hunk while the next change is within two contexts
            while j + 1 < len(changed) and changed[j + 1] - changed[j] <= 2 * context + 1:
                j += 1
            start, end = max(0, changed[i] - context), min(n, changed[j] + context + 1)
            out.append(f"@@ -{_range(start, end - start)} +{_range(start, end - start)} @@\n")
            k = start
            while k < end:
                if a[k] == b[k]:
                    out.append(" " + a[k])
                    k += 1
                    continue
                run_end = k
                while run_end < end and a[run_end] != b[run_end]:
                    run_end += 1
                out.extend("-" + line for line in a[k:run_end])
                out.extend("+" + line for line in b[k:run_end])
                k = run_end
            i = j + 1
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in out)
