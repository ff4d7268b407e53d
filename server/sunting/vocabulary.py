"""Project vocabularies: accepted words are never flagged by any rule; rejected words are
always flagged (``Vocab.Reject``). One entry per line: a word, a phrase, or a regular
expression (a line with regex syntax such as ``[`` ``(`` ``\\`` ``*`` ``?`` ``|`` ``^``).
Lines starting with ``#`` are comments. An entry written in lower case matches any
capitalisation (``viral`` accepts ``Viral``); an entry with capitals matches exactly
(``iPhone``); a pattern must match the whole text."""

from __future__ import annotations

import re
from pathlib import Path

import regex

from sunting.errors import ConfigError, clip
from sunting.i18n import os_reason, t

_REGEX_CHARS = re.compile(r"[\[\]()\\*+?|^$]")
#: the engine and flags of every check (Vocab.Reject runs a pattern as an existence rule):
#: a line is validated by what will run it, not by Python's ``re``
_FLAGS = regex.V1 | regex.UNICODE
#: seconds one accept pattern may spend on one flagged text
MATCH_TIME_LIMIT = 0.05


def reject_pattern(entry: str) -> str:
    """A reject entry as the pattern Vocab.Reject runs: the entry as a whole word."""
    return rf"(?<!\w)(?:{entry})(?!\w)"


def _error_column(e: regex.error, entry: str) -> int | None:
    """The 1-based column of a pattern's error (the ``regex`` module says where; its stubs do not)."""
    pos = getattr(e, "pos", None)
    return pos + 1 if isinstance(pos, int) and pos < len(entry) else None


class Vocabulary:
    def __init__(self) -> None:
        self.words: set[str] = set()
        self.lower_words: set[str] = set()  # the lower-case entries: match any capitalisation
        self.patterns: list = []  # compiled with the ``regex`` module, as the checks run them

    def add(self, entry: str, source: str = "<vocabulary>", line: int = 0) -> None:
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            return
        if _REGEX_CHARS.search(entry):
            try:
                compiled = regex.compile(entry, _FLAGS)
                regex.compile(reject_pattern(entry), _FLAGS)  # and as Vocab.Reject will run it
            except regex.error as e:
                raise ConfigError(t("vocab.bad_pattern", entry=clip(entry, 120), reason=e), source, line or None,
                                  _error_column(e, entry)) from None
            self.patterns.append(compiled)
        else:
            self.words.add(entry)
            if entry.islower():
                self.lower_words.add(entry)

    def load(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(t("vocab.not_found"), str(path)) from None
        except IsADirectoryError:
            raise ConfigError(t("vocab.is_folder"), str(path)) from None
        except UnicodeDecodeError as e:
            raise ConfigError(t("vocab.not_utf8", reason=e.reason), str(path)) from None
        except OSError as e:
            raise ConfigError(t("vocab.cannot_read", reason=os_reason(e)), str(path)) from None
        for n, line in enumerate(text.splitlines(), 1):
            self.add(line, str(path), n)

    def add_all(self, lines, source: str = "<vocabulary>") -> None:
        for n, line in enumerate(lines, 1):
            self.add(line, source, n)

    def __contains__(self, text: str) -> bool:
        if text in self.words or (self.lower_words and text.lower() in self.lower_words):
            return True
        for p in self.patterns:
            try:
                if p.fullmatch(text, timeout=MATCH_TIME_LIMIT):
                    return True
            except TimeoutError:
                continue  # a catastrophic accept pattern accepts nothing rather than hang
        return False

    def __bool__(self) -> bool:
        return bool(self.words or self.patterns)

    def entries(self) -> list[str]:
        return sorted(self.words) + [p.pattern for p in self.patterns]
