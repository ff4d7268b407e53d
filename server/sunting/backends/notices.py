"""One-time notices from the backends, for the doors to show once.

A backend that cannot do its work for a reason the user should hear about (LanguageTool
missing, its server dead, a language it does not know) calls :func:`notice` with a key.
Each key is kept once per process; :func:`drain` hands the pending ones to the door,
which prints them (CLI: ``sunting: <message>`` on standard error, once per run even when
files were checked in worker processes: dedupe the drained pairs by key) or shows them
(language server: ``window/showMessage``). Notices never go through ``logging``.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_seen: set[str] = set()
_pending: dict[str, str] = {}


def notice(key: str, message: str) -> bool:
    """Queue ``message`` under ``key`` unless that key was already queued in this process."""
    with _lock:
        if key in _seen:
            return False
        _seen.add(key)
        _pending[key] = message
        return True


def drain() -> list[tuple[str, str]]:
    """The (key, message) pairs queued since the last drain, oldest first."""
    with _lock:
        out = list(_pending.items())
        _pending.clear()
        return out


def forget(prefix: str = "") -> None:
    """Allow keys starting with ``prefix`` to be noticed again (after a recovery; in tests)."""
    with _lock:
        for key in [k for k in _seen if k.startswith(prefix)]:
            _seen.discard(key)
            _pending.pop(key, None)
