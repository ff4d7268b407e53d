"""Markdown (CommonMark + tables via markdown-it-py): block structure from the parser,
inline syntax blanked by scanning each block's lines."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from sunting.text.blocks import HEADING, LIST_ITEM, PARAGRAPH, QUOTE_BLOCK, TABLE_CELL
from sunting.text.html import read_html
from sunting.text.masking import MASK, blank, blank_controls, blank_urls

_md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
# Only the block structure is used (inline syntax is masked by INLINE_RE below), so the
# parser's inline pass is skipped: it was a third of the parsing time.
_md.disable("inline")

FRONT_MATTER_RE = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.S)
LINE_PREFIX_RE = re.compile(
    r"^[ \t]{0,3}(?:>[ \t]?)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?:[ \t]+|$))?(?:>[ \t]?)*(?:#{1,6}(?:[ \t]+|$))?"
)
ATX_CLOSE_RE = re.compile(r"[ \t]+#+[ \t]*$")
SETEXT_RE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
INLINE_RE = re.compile(
    r"""(?sx)
      (?P<code>(?P<ticks>`+).+?(?P=ticks))
    | (?P<auto><(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>)
    | (?P<comment><!--.*?-->)
    | (?P<tag></?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>)
    | (?P<image>!\[[^\]\n]*\]\([^)\n]*\))
    | (?P<linkend>\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)|\]\[[^\]\n]*\])
    | (?P<linkstart>\[(?=[^\]\n]*\](?:\(|\[)))
    | (?P<escape>\\(?=[!-/:-@\[-`{-~]))
    | (?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)
    | (?P<emph>(?<![\w\\])[*_~]{1,3}(?=\S)|(?<=\S)[*_~]{1,3}(?!\w)|\*{1,3})
    | (?P<pipe>\|)
    """
)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def read_markdown(source: str):
    mask = list(source)
    blank_controls(source, mask)
    parse_source = source
    fm = FRONT_MATTER_RE.match(source)
    if fm:
        blank(mask, 0, fm.end())
        # keep the line count so the parser's line maps stay aligned
        parse_source = re.sub(r"[^\n]", " ", source[: fm.end()]) + source[fm.end():]
    starts = _line_starts(source)
    n_lines = len(starts)

    def line_span(l0: int, l1: int) -> tuple[int, int]:
        a = starts[l0] if l0 < n_lines else len(source)
        b = starts[l1] if l1 < n_lines else len(source)
        return a, b

    blocks: list[tuple[str, int, int]] = []
    covered: list[tuple[int, int]] = []  # source spans that belong to a block
    container: list[str] = []
    tokens = _md.parse(parse_source.replace("\0", " "))
    pending_kind = None
    for i, tok in enumerate(tokens):
        t = tok.type
        if t.endswith("_open") and t in ("list_item_open", "blockquote_open", "td_open", "th_open"):
            container.append(t)
        elif t in ("list_item_close", "blockquote_close", "td_close", "th_close"):
            if container:
                container.pop()
        if t == "heading_open":
            pending_kind = HEADING
        elif t == "paragraph_open":
            if "list_item_open" in container:
                pending_kind = LIST_ITEM
            elif "blockquote_open" in container:
                pending_kind = QUOTE_BLOCK
            else:
                pending_kind = PARAGRAPH
        elif t in ("td_open", "th_open"):
            pending_kind = TABLE_CELL
        elif t == "html_block" and tok.map:
            a, b = line_span(*tok.map)
            _, html_blocks = read_html(source, a, b, mask)
            for kind, x, y in html_blocks:
                blocks.append((kind, x, y))
                covered.append((x, y))
        elif t == "inline" and tok.map and pending_kind:
            a, b = line_span(*tok.map)
            kind = pending_kind
            if kind == TABLE_CELL and covered and covered[-1][1] > a:
                continue  # a table row: one block per row, the pipes blanked below
            _mask_inline_block(source, mask, a, b, kind)
            blocks.extend(_trimmed(mask, a, b, kind))
            covered.append((a, b))
            if kind != TABLE_CELL:
                pending_kind = None
    # everything that is not inside a block is not prose
    pos = 0
    for a, b in sorted(covered):
        if a > pos:
            blank(mask, pos, a)
        pos = max(pos, b)
    blank(mask, pos, len(source))
    return mask, blocks


def _trimmed(mask: list[str], a: int, b: int, kind: str):
    from sunting.text.blocks import split_paragraphs

    # only this block's part of the mask: joining mask[:b] for every block was quadratic
    return [(kind, a + x, a + y) for x, y in split_paragraphs("".join(mask[a:b]), 0, b - a)]


def _mask_inline_block(source: str, mask: list[str], a: int, b: int, kind: str) -> None:
    pos = a
    region_lines = source[a:b].split("\n")
    for idx, line in enumerate(region_lines):
        line_start = pos
        m = LINE_PREFIX_RE.match(line)
        if m and m.end():
            blank(mask, line_start, line_start + m.end())
        if kind == HEADING:
            c = ATX_CLOSE_RE.search(line)
            if c:
                blank(mask, line_start + c.start(), line_start + c.end())
            if idx > 0 and SETEXT_RE.match(line):
                blank(mask, line_start, line_start + len(line))
        pos += len(line) + 1
    text = source[a:b]
    for m in INLINE_RE.finditer(text):
        g = m.lastgroup
        x, y = a + m.start(), a + m.end()
        if g == "pipe" and kind != TABLE_CELL:
            continue
        if g == "emph" and m.group() in ("_", "__", "___") and x > 0 and source[x - 1].isalnum() and y < len(source) and source[y:y+1].isalnum():
            continue
        blank(mask, x, y)
    if kind == TABLE_CELL:
        for line_m in re.finditer(r"(?m)^[ \t|:-]+$", text):
            if "-" in line_m.group():
                blank(mask, a + line_m.start(), a + line_m.end())
    blank_urls(text, mask, a)
