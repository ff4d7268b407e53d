"""Project vocabularies: accepted words are never flagged by any rule; rejected words are
always flagged (``Vocab.Reject``). One entry per line: a word, a phrase, or a regular
expression (a line with regex syntax such as ``[`` ``(`` ``\\`` ``*`` ``?`` ``|`` ``^``).
Lines starting with ``#`` are comments. An entry written in lower case matches any
capitalisation (``viral`` accepts ``Viral``); an entry with capitals matches exactly
(``iPhone``); a pattern must match the whole text."""

from __future__ import annotations

import re
from pathlib import Path

from sunting.errors import ConfigError

_REGEX_CHARS = re.compile(r"[\[\]()\\*+?|^$]")


class Vocabulary:
    def __init__(self) -> None:
        self.words: set[str] = set()
        self.lower_words: set[str] = set()  # the lower-case entries: match any capitalisation
        self.patterns: list[re.Pattern] = []

    def add(self, entry: str, source: str = "<vocabulary>", line: int = 0) -> None:
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            return
        if _REGEX_CHARS.search(entry):
            try:
                self.patterns.append(re.compile(entry))
            except re.error as e:
                raise ConfigError(f"invalid pattern {entry!r}: {e}", source, line, (e.pos or 0) + 1) from None
        else:
            self.words.add(entry)
            if entry.islower():
                self.lower_words.add(entry)

    def load(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError("vocabulary file not found", str(path)) from None
        except UnicodeDecodeError as e:
            raise ConfigError(f"vocabulary file is not UTF-8 ({e.reason})", str(path)) from None
        for n, line in enumerate(text.splitlines(), 1):
            self.add(line, str(path), n)

    def add_all(self, lines, source: str = "<vocabulary>") -> None:
        for n, line in enumerate(lines, 1):
            self.add(line, source, n)

    def __contains__(self, text: str) -> bool:
        if text in self.words or (self.lower_words and text.lower() in self.lower_words):
            return True
        return any(p.fullmatch(text) for p in self.patterns)

    def __bool__(self) -> bool:
        return bool(self.words or self.patterns)

    def entries(self) -> list[str]:
        return sorted(self.words) + [p.pattern for p in self.patterns]
