"""Lengths of text in the code units other programs count in.

sunting's offsets are code points (Python ``str`` indices); LSP clients, SARIF consumers,
GitHub and LanguageTool clients count UTF-16 code units (a character outside the Basic
Multilingual Plane, such as most emoji, is two), and some LSP clients UTF-8 bytes.
"""

from __future__ import annotations


def utf16_len(s: str) -> int:
    """Length of ``s`` in UTF-16 code units (characters outside the BMP count 2)."""
    if s.isascii():
        return len(s)
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


def utf8_len(s: str) -> int:
    """Length of ``s`` in UTF-8 bytes."""
    if s.isascii():
        return len(s)
    return len(s.encode("utf-8", "surrogatepass"))
