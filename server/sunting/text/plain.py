"""Plain text: paragraphs are separated by blank lines; a first short line is a title."""

from __future__ import annotations

from sunting.text.blocks import HEADING, PARAGRAPH
from sunting.text.masking import blank_controls, blank_urls

TERMINAL = ".?!…:;\"”’)»"


def read_plain(source: str) -> tuple[list[str], list[tuple[str, int, int]]]:
    mask = list(source)
    blank_controls(source, mask)
    blank_urls(source, mask)
    from sunting.text.blocks import split_paragraphs

    masked = "".join(mask)
    blocks: list[tuple[str, int, int]] = []
    for i, (a, b) in enumerate(split_paragraphs(masked, 0, len(masked))):
        text = masked[a:b]
        kind = PARAGRAPH
        if i == 0 and "\n" not in text and not text.rstrip(" \0").endswith(tuple(TERMINAL)):
            kind = HEADING  # the headline of an article pasted as plain text
        blocks.append((kind, a, b))
    return mask, blocks
