"""A cache on disk of data sunting derives from its own files, so that a fresh process (a cold
``sunting check``) reads the parsed result instead of parsing again.

Parsing the 160 rule files, the Hunspell dictionary's stem cores, the two-slip index and the
treebanks' word pairs is more than half of a cold check's first second, and its result only
changes when its sources do.  :func:`cached` keeps a pickle of what ``build`` returns under
``$XDG_CACHE_HOME/sunting`` (``~/.cache/sunting``), named by a digest of:

* sunting's code — its version, Python's and the size and modification time of every module
  of the package (an edited check or loader never reads a result of the old code);
* the caller's key — the size and modification time of the source files (:func:`file_stamp`)
  or their content digests, and every parameter the result depends on.

It never stands in the way: a missing, unwritable or read-only cache folder just means no
cache (``build`` is called each time), a cache file that cannot be read back (truncated,
corrupt, another Python's) is ignored and rewritten, and ``SUNTING_NO_CACHE=1`` switches it
off.  Reading a pickle runs code, so on POSIX a folder that is not the user's own, or that
others may write to (an ``XDG_CACHE_HOME`` on a shared disk), is neither read nor written: no
cache there.  Only values that pickle faithfully belong here: nothing that holds ``hash()`` of a
string (randomised per process) or an open resource.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

#: set to a non-empty value other than ``0`` to switch the cache off
OFF_ENV = "SUNTING_NO_CACHE"
#: the first bytes of every cache file (a file of another format is rebuilt)
MAGIC = b"sunting-cache-1\n"
#: at most this many cache files are kept (the least recently used go first; about ten are one
#: installation's, two or three more each project folder's rules)
MAX_FILES = 128


def cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/sunting`` (``~/.cache/sunting``), or None when switched off or no
    home is known."""
    if os.environ.get(OFF_ENV, "") not in ("", "0"):
        return None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home directory
            return None
    return Path(base) / "sunting"


@functools.cache
def code_stamp() -> str:
    """A digest of the running code: sunting's version, Python's, and the size and modification
    time of every module of the package."""
    from sunting import __version__

    package = Path(__file__).resolve().parent
    h = hashlib.sha256(f"{__version__}\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}".encode())
    for root, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                st = os.stat(os.path.join(root, name))
                h.update(f"{os.path.relpath(os.path.join(root, name), package)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def file_stamp(paths: Iterable[Path | str]) -> tuple[tuple[str, int, int], ...]:
    """(path, size, modification time) of each file, for a key (a missing file: -1, -1)."""
    out = []
    for p in paths:
        path = os.path.abspath(p)
        try:
            st = os.stat(path)
            out.append((path, st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((path, -1, -1))
    return tuple(out)


def place(path: Path | str) -> str:
    """A short digest of a folder or file's absolute path, for a ``kind``: the files of one
    kind replace each other, so each source folder gets kinds of its own."""
    return hashlib.sha256(os.path.abspath(path).encode()).hexdigest()[:12]


def cached(kind: str, key: Any, build: Callable[[], T]) -> T:
    """``build()``, or the value an earlier process stored for the same ``kind``, ``key`` and
    code.  ``key`` is anything with a stable ``repr`` (tuples of str, int, float…)."""
    folder = cache_dir()
    if folder is None:
        return build()
    if folder.exists() and not _own(folder):
        return build()  # someone else's folder, or one others may write to: its pickles may run anything
    digest = hashlib.sha256(f"{code_stamp()}\0{kind}\0{key!r}".encode()).hexdigest()[:40]
    path = folder / f"{kind}-{digest}.pickle"
    try:
        with open(path, "rb") as fh:
            if fh.read(len(MAGIC)) == MAGIC:
                value = _load(fh)
                _used(path)
                return value
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a truncated or corrupt file, another format: rebuild it
        pass
    value = build()
    _store(folder, kind, path, value)
    return value


def _load(fh: Any) -> Any:
    """``pickle.load`` with the cyclic garbage collector paused: a large value is hundreds of
    thousands of new tuples, sets and dicts, none of them garbage, and every few hundred of them
    would set off a collection that walks all the objects made so far (a cold check spent more
    time in those collections than in reading)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(fh)
    finally:
        if paused:
            gc.enable()


def _used(path: Path) -> None:
    """Mark ``path`` as just used (its modification time: :func:`_store` drops the files least
    recently used, not those written longest ago — the lexicon's, written once and read by every
    process, would otherwise go first when a test suite's temporary projects fill the folder)."""
    try:
        os.utime(path)
    except OSError:
        pass


def _own(folder: Path) -> bool:
    """Whether ``folder`` is a folder of the running user that nobody else may write to (on
    POSIX; elsewhere the folder's access list is the system's business). Writable by its group
    is the user's own only when that group is the user's (a umask of 002 with a group per user,
    as Debian and Ubuntu make them)."""
    try:
        st = os.stat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        return False
    if os.name != "posix":
        return True
    if st.st_uid != os.getuid() or st.st_mode & stat.S_IWOTH:
        return False
    return not (st.st_mode & stat.S_IWGRP and st.st_gid != os.getgid())


def _store(folder: Path, kind: str, path: Path, value: object) -> None:
    """Write ``value`` atomically (a reader never sees half a file) and drop the older files of
    ``kind`` (their sources or the code changed); any failure just leaves no cache."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _own(folder):
            return
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(MAGIC)
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        for old in folder.glob(f"{kind}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        files = list(folder.glob("*.pickle"))
        if len(files) > MAX_FILES:  # many project folders (a test suite's temporary ones): the oldest go
            files.sort(key=lambda f: f.stat().st_mtime_ns)
            for old in files[:len(files) - MAX_FILES]:
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - unwritable, full, a value that does not pickle, …: no cache
        pass
