"""The document: source text, its format, its prose mask and blocks, and line index."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sunting.i18n import number, t
from sunting.text.blocks import Block

if TYPE_CHECKING:
    from sunting.languages import Language

MARKDOWN_EXT = {".md", ".markdown", ".mdown", ".mkd", ".mdx"}
HTML_EXT = {".html", ".htm", ".xhtml"}
KINDS = ("plain", "markdown", "html")

SUPPRESS_RE = re.compile(
    r"<!--\s*sunting-(?P<verb>disable|enable|ignore-next-line)\b(?P<rules>[^>]*?)\s*-->"
)


class DocumentError(Exception):
    """A file that cannot be read as text (binary, not UTF-8, too large)."""


def detect_kind(path: str | None, language_id: str | None = None) -> str:
    if language_id:
        lid = language_id.lower()
        if lid in ("markdown", "md", "mdx"):
            return "markdown"
        if lid in ("html", "xhtml"):
            return "html"
        if lid in ("plaintext", "plain", "text", "txt"):
            return "plain"
    if path:
        ext = Path(path).suffix.lower()
        if ext in MARKDOWN_EXT:
            return "markdown"
        if ext in HTML_EXT:
            return "html"
    return "plain"


@dataclass
class Suppression:
    verb: str  # disable | enable | ignore-next-line
    rules: frozenset[str]  # empty = all rules
    start: int
    end: int


@dataclass(eq=False)
class Document:
    source: str
    path: str | None = None
    kind: str = "plain"
    #: the language of the text (None: the default, Indonesian); the engine sets its
    #: configuration's language on a document that does not say
    language: "Language | None" = None

    @cached_property
    def _read(self):
        if self.kind == "markdown":
            from sunting.text.markdown import read_markdown

            return read_markdown(self.source)
        if self.kind == "html":
            from sunting.text.html import read_html

            return read_html(self.source)
        from sunting.text.plain import read_plain

        return read_plain(self.source)

    @cached_property
    def mask(self) -> str:
        mask = self._read[0]
        return mask if isinstance(mask, str) else "".join(mask)  # (the Markdown reader gives a string)

    @cached_property
    def shows_emphasis(self) -> bool:
        """Whether the document marks emphasis anywhere (its format shows italics and its
        writer uses them): advice to italicise is only actionable there (:mod:`sunting.text.emphasis`).
        A paragraph check may read it; the engine's paragraph cache keys on it."""
        from sunting.text.emphasis import shows_emphasis

        return shows_emphasis(self.source, self.kind)

    @cached_property
    def blocks(self) -> list[Block]:
        mask = self.mask
        blocks = [Block(kind, a, b, mask, self.language) for kind, a, b in self._read[1]]
        return [b for b in blocks if b.is_prose]

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        src = self.source
        i = 0
        while True:
            j = src.find("\n", i)
            if j == -1:
                break
            starts.append(j + 1)
            i = j + 1
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, column in code points) of a source offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line, offset - self.line_starts[line]

    def offset(self, line: int, column: int) -> int:
        return self.line_starts[line] + column

    def line_text(self, line: int) -> str:
        start = self.line_starts[line]
        end = self.line_starts[line + 1] if line + 1 < len(self.line_starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < max(self.blocks[i].end, self.blocks[i].start + 1):
            return self.blocks[i]
        return None

    @cached_property
    def suppressions(self) -> list[Suppression]:
        if self.kind == "plain" and "sunting-" not in self.source:
            return []
        out = []
        for m in SUPPRESS_RE.finditer(self.source):
            rules = frozenset(r for r in re.split(r"[\s,]+", m.group("rules")) if r)
            out.append(Suppression(m.group("verb"), rules, m.start(), m.end()))
        return out

    def is_suppressed(self, rule: str, offset: int) -> bool:
        if not self.suppressions:
            return False
        line, _ = self.position(offset)
        disabled: dict[str, bool] = {}
        all_disabled = False
        for s in self.suppressions:
            if s.start > offset:
                break
            if s.verb == "ignore-next-line":
                s_line, _ = self.position(s.end)
                if line == s_line + 1 and (not s.rules or _matches(rule, s.rules)):
                    return True
            elif s.verb == "disable":
                if not s.rules:
                    all_disabled = True
                elif _matches(rule, s.rules):
                    disabled[rule] = True
            elif s.verb == "enable":
                if not s.rules:
                    all_disabled = False
                    disabled.clear()
                elif _matches(rule, s.rules):
                    disabled[rule] = False
        return all_disabled or disabled.get(rule, False)


def _matches(rule: str, names: frozenset[str]) -> bool:
    pack = rule.split(".", 1)[0]
    return rule in names or pack in names


MAX_BYTES = 10 * 1024 * 1024


def decode_bytes(data: bytes, path: str = "<stdin>", max_bytes: int = MAX_BYTES) -> str:
    """Decode a file's bytes as UTF-8 text, or raise DocumentError saying why not.

    A UTF-8 BOM is kept in the returned text (as U+FEFF) so that writing back keeps it.
    """
    if len(data) > max_bytes:
        raise DocumentError(t("cli.too_large", path=path, size=f"{number(len(data) / 1048576)} MB",
                                limit=f"{number(max_bytes / 1048576)} MB"))
    if b"\0" in data[:8192]:
        wide = wide_encoding(data)
        if wide is not None:
            raise DocumentError(t("doc.wide_encoding", path=path, encoding=wide))
        nul = data.index(b"\0")
        raise DocumentError(t("doc.binary", path=path, offset=nul))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise DocumentError(t("doc.not_utf8", where=f"{path}:{line}:{col}", byte=f"{data[e.start]:02x}")) from None


def wide_encoding(data: bytes) -> str | None:
    """``UTF-16``/``UTF-32`` (with a byte-order mark) or ``UTF-16LE``/``UTF-16BE`` (without
    one: the zero bytes every other byte that mostly-Latin UTF-16 has) when ``data`` is text
    in that encoding, else None. Such a file is text, not binary: the writer needs to
    hear how to convert it (Windows editors save "Unicode" as UTF-16)."""
    # with a byte-order mark the name without the byte order, as iconv wants it (it reads the mark)
    for bom, name in ((b"\xff\xfe\0\0", "UTF-32"), (b"\0\0\xfe\xff", "UTF-32"),
                      (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
        if data.startswith(bom):
            return name
    sample = data[:4096]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "UTF-16LE"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "UTF-16BE"
    return None


def load_document(path: str | Path, kind: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    p = Path(path)
    data = p.read_bytes()
    text = decode_bytes(data, str(path), max_bytes)
    return Document(text, str(path), kind or detect_kind(str(path)))
