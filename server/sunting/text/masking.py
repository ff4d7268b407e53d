"""Helpers shared by the format readers: blanking spans of a mutable mask."""

from __future__ import annotations

import re

MASK = "\0"

# Bare URLs, www. hosts, e-mail addresses and domain-like names (RuangNews.id).
URL_RE = re.compile(
    r"""(?xi)
    (?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'“”‘’()\[\]{}]+[^\s<>"'“”‘’()\[\]{}.,;:!?]
    | \b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b
    """
)
# Domain-like names (RuangNews.id, detik.com): matched possessively, then the last label
# is checked, so a long dotted run cannot make the pattern backtrack.
DOMAIN_RE = re.compile(r"\b[\w-]++(?:\.[\w-]++)++(?:/[^\s<>\"'“”]*+)?")
TLDS = frozenset("com net org id io tv info news co go ac or sch web my gov edu".split())


def blank(mask: list[str], start: int, end: int) -> None:
    """Replace mask[start:end] by MASK, keeping line breaks so lines stay lines."""
    start = max(start, 0)
    end = min(end, len(mask))
    if start >= end:
        return
    chunk = mask[start:end]
    if "\n" not in chunk and "\r" not in chunk:
        mask[start:end] = [MASK] * (end - start)
        return
    mask[start:end] = [c if c in "\n\r" else MASK for c in chunk]


def blank_urls(text: str, mask: list[str], offset: int = 0) -> None:
    if "." not in text and "@" not in text:
        return  # no URL, address or domain without one of these (most paragraphs have a full stop)
    if "@" in text or "://" in text or "www." in text.lower():
        for m in URL_RE.finditer(text):
            blank(mask, offset + m.start(), offset + m.end())
    if "." not in text:
        return
    for m in DOMAIN_RE.finditer(text):
        host = m.group().split("/", 1)[0]
        last = host.rsplit(".", 1)[-1]
        if last.lower() in TLDS and last[:1].islower() and not host.replace(".", "").replace("-", "").isdigit():
            end = m.end()
            while end > m.start() + len(host) and text[end - 1] in ".,;:!?)]}'\"”’":
                end -= 1  # sentence punctuation after a path is not part of it
            blank(mask, offset + m.start(), offset + end)


_CONTROLS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")


BOM = "\ufeff"


def blank_controls(source: str, mask: list[str]) -> None:
    """NUL and other C0 controls (except tab and line breaks) are never prose, nor is a
    byte-order mark at the start of the text."""
    if source.startswith(BOM):
        blank(mask, 0, 1)
    for m in _CONTROLS_RE.finditer(source):
        blank(mask, m.start(), m.end())
