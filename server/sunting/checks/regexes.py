"""Regular expressions from rule files, run with the ``regex`` module and a time limit,
so a catastrophic pattern written by a rule author slows one check, never hangs it."""

from __future__ import annotations

import weakref

import regex

from sunting.errors import clip
from sunting.i18n import t

#: seconds one pattern may spend on one block
TIME_LIMIT = 0.25


class PatternTimeout(Exception):
    pass


def compile_pattern(pattern: str, ignorecase: bool = False):
    flags = regex.V1 | regex.UNICODE
    if ignorecase:
        flags |= regex.IGNORECASE
    try:
        return regex.compile(pattern, flags)
    except regex.error as e:
        raise ValueError(t("rule.pattern.invalid", pattern=clip(pattern, 120), reason=e)) from None


#: after this many timeouts in one run (one process), a pattern is switched off for the run
MAX_TIMEOUTS = 3

#: compiled pattern → how often it hit the time limit (dies with the engine that owns it)
_strikes: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def safe_finditer(pattern, text: str, rule=None):
    """Matches of pattern in text, each block limited to :data:`TIME_LIMIT` seconds.

    A catastrophic pattern costs its limit on every paragraph, so after
    :data:`MAX_TIMEOUTS` timeouts it is switched off for the rest of the run, with one
    notice naming the rule (shown once by the door: the CLI's standard error, the editor's
    message), instead of a warning per paragraph.
    """
    strikes = _strikes.get(pattern, 0)
    if strikes >= MAX_TIMEOUTS:
        return
    try:
        yield from pattern.finditer(text, timeout=TIME_LIMIT)
    except TimeoutError:
        strikes += 1
        _strikes[pattern] = strikes
        if strikes >= MAX_TIMEOUTS:
            from sunting.backends import notices

            rid = rule.id if rule is not None else "?"
            where = f" ({rule.path})" if rule is not None and rule.path else ""
            notices.notice(f"pattern-timeout:{rid}:{pattern.pattern}", t(
                "rule.pattern.disabled", rule=rid, where=where, n=strikes, seconds=f"{TIME_LIMIT:g}"))
