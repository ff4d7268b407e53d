"""HTML: text between block-level tags is prose; tags, comments, entities, scripts,
styles, ``<pre>``, and inline ``<code>``, ``<kbd>``, ``<samp>``, ``<var>`` are not. A tolerant regex scanner: broken HTML still
yields blocks, and offsets stay exact."""

from __future__ import annotations

import re

from sunting.text.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_CELL
from sunting.text.masking import blank, blank_controls, blank_urls

_RAW = "script|style|pre|code|textarea|svg|math|kbd|samp|var"
TAG_RE = re.compile(
    rf"(?is)<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    rf"|<(?P<raw>{_RAW})\b[^>]*+>.*?(?:</(?P=raw)\s*>|\Z)|<!?[a-z][^>]*+>?|</[a-z][^>]*+>?|&#?\w{{1,32}};"
)
RAW_OPEN_RE = re.compile(rf"(?is)<({_RAW})\b")
#: elements whose content is not prose but which sit inside a sentence (``Perintah
#: <code>ls</code> dan …``): masked like inline code in Markdown, without ending the block,
#: so the next word is not a sentence start.
INLINE_RAW = frozenset("code kbd samp var svg math".split())
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li td th tr br blockquote section article header footer "
    "ul ol table title figcaption figure dd dt dl hr body html head main nav aside caption "
    "address details summary form fieldset legend option".split()
)
KIND_OF_TAG = {
    **{f"h{i}": HEADING for i in range(1, 7)},
    "title": HEADING,
    "li": LIST_ITEM,
    "dt": LIST_ITEM,
    "dd": LIST_ITEM,
    "td": TABLE_CELL,
    "th": TABLE_CELL,
    "caption": TABLE_CELL,
}
NAME_RE = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")


def read_html(source: str, offset: int = 0, end: int | None = None, mask: list[str] | None = None):
    """Mask the HTML in source[offset:end]; return (mask, blocks)."""
    if end is None:
        end = len(source)
    if mask is None:
        mask = list(source)
        blank_controls(source, mask)
    region = source[offset:end]
    blocks: list[tuple[str, int, int]] = []
    kind = PARAGRAPH
    seg_start = offset

    def close_segment(at: int) -> None:
        text = "".join(mask[seg_start:at])
        stripped = text.strip(" \t\r\n\0")
        if stripped:
            lead = len(text) - len(text.lstrip(" \t\r\n\0"))
            trail = len(text) - len(text.rstrip(" \t\r\n\0"))
            blocks.append((kind, seg_start + lead, at - trail))

    for m in TAG_RE.finditer(region):
        a, b = offset + m.start(), offset + m.end()
        blank(mask, a, b)
        tag = m.group()
        if tag.startswith("&") or tag.startswith("<!"):
            continue
        nm = NAME_RE.match(tag)
        name = nm.group(1).lower() if nm else ""
        raw = (m.group("raw") or "").lower()
        if (raw and raw not in INLINE_RAW) or name in BLOCK_TAGS:
            close_segment(a)
            seg_start = b
            if name in BLOCK_TAGS:
                kind = KIND_OF_TAG.get(name, PARAGRAPH) if not tag.startswith("</") else PARAGRAPH
    close_segment(end)
    for _kind, a, b in blocks:
        blank_urls(source[a:b], mask, a)
    return mask, blocks
