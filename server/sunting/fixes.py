"""Applying fixes: only single, safe suggestions; bytes outside fixed ranges untouched.

Written atomically (a temporary file in the same folder, then ``os.replace``), keeping
the BOM and line endings (the text is never re-encoded line by line), and idempotent
(a second run finds nothing left to fix).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sunting.findings import Finding


def plan_fixes(findings: list[Finding]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, replacement) edits, in order."""
    edits: list[tuple[int, int, str]] = []
    last_end = -1
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        fix = f.safe_fix
        if fix is None or f.start < last_end or fix == f.text:
            continue
        edits.append((f.start, f.end, fix))
        last_end = f.end
    return edits


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    parts = []
    pos = 0
    for start, end, new in edits:
        parts.append(text[pos:start])
        parts.append(new)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def write_atomic(path: Path, text: str) -> None:
    data = text.encode("utf-8")
    path = Path(os.path.realpath(path))  # through a symlink: replace the target, keep the link
    folder = path.parent
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".sunting-tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
