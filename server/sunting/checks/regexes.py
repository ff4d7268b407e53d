"""Regular expressions from rule files, run with the ``regex`` module and a time limit,
so a catastrophic pattern written by a rule author slows one check, never hangs it."""

from __future__ import annotations

import logging

import regex

log = logging.getLogger("sunting")

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
        raise ValueError(f"invalid regular expression {pattern!r}: {e}") from None


def safe_finditer(pattern, text: str, rule=None):
    """Matches of pattern in text; stops (with a warning) when the time limit is reached."""
    try:
        yield from pattern.finditer(text, timeout=TIME_LIMIT)
    except TimeoutError:
        where = f"{rule.id} ({rule.path})" if rule is not None else "a rule"
        log.warning("%s: pattern took longer than %.2fs on one paragraph and was stopped", where, TIME_LIMIT)
        timeouts.append(where)


#: rules whose pattern hit the time limit (the CLI reports them once)
timeouts: list[str] = []
