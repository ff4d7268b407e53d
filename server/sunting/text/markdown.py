"""Markdown (CommonMark + tables via markdown-it-py): block structure from the parser,
inline syntax blanked by scanning each block's lines."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from sunting.text.blocks import HEADING, LIST_ITEM, PARAGRAPH, QUOTE_BLOCK, TABLE_CELL
from sunting.text.html import read_html
from sunting.text.masking import BOM, MASK, blank, blank_controls, blank_urls

#: how deep blocks may nest (``>`` inside ``>``, lists in lists) before the parser stops
#: building structure. markdown-it's CommonMark preset stops at 20 and silently skips the
#: rest; 100 (its default preset's figure) is far below the recursion limit. Text nested
#: deeper still is checked as plain prose (:func:`_too_deep`), never dropped.
MAX_NESTING = 100

_md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table").enable("strikethrough")
# Only the block structure is used (inline syntax is masked by INLINE_RE below), so the
# parser's inline pass is skipped: it was a third of the parsing time.
_md.disable("inline")
_block_tokenize = _md.block.tokenize


def _tokenize_recording_skips(state, start_line: int, end_line: int) -> None:
    """markdown-it's block tokenizer, noting the line ranges it skips past the nesting
    limit (it skips a whole nested range at once) in ``env["too_deep"]``."""
    if state.level >= MAX_NESTING and start_line < end_line:
        state.env.setdefault("too_deep", []).append((start_line, end_line))
    _block_tokenize(state, start_line, end_line)


_md.block.tokenize = _tokenize_recording_skips  # type: ignore[method-assign]

FRONT_MATTER_RE = re.compile(r"(?:---|\+\+\+)[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.S)
LINE_PREFIX_RE = re.compile(
    r"^[ \t]{0,3}(?:>[ \t]?)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?:[ \t]+|$))?(?:>[ \t]?)*(?:#{1,6}(?:[ \t]+|$))?"
)
ATX_CLOSE_RE = re.compile(r"[ \t]+#+[ \t]*$")
SETEXT_RE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
INLINE_RE = re.compile(
    r"""(?sx)
    (?=[`<!\]\[\\&*_~|])   # every branch starts with one of these: other positions fail at once
    (?:
      (?P<code>(?P<ticks>`+).+?(?P=ticks))
    | (?P<auto><(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>)
    | (?P<comment><!--.*?-->)
    | (?P<rawinline><(?P<rawname>(?i:code|kbd|samp|var))\b[^<>]*>.*?</(?i:(?P=rawname))\s*>)
    | (?P<tag></?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>)
    | (?P<image>!\[[^\]\n]*\]\([^)\n]*\))
    | (?P<linkend>\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)|\]\[[^\]\n]*\])
    | (?P<linkstart>\[(?=[^\]\n]*\](?:\(|\[)))
    | (?P<escape>\\(?=[!-/:-@\[-`{-~]))
    | (?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)
    | (?P<emph>(?<![\w\\])[*_~]{1,3}(?=\S)|(?<=\S)[*_~]{1,3}(?!\w)|\*{1,3})
    | (?P<pipe>\|)
    )
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
    if source.startswith(BOM):
        # The parser and the line scanners see a space where the byte-order mark is (same
        # length, so every offset holds): a BOM must not turn front matter or the first
        # heading into a paragraph. The mask keeps it blanked.
        source = " " + source[1:]
        fm = FRONT_MATTER_RE.match(source, 1) if source.startswith((" ---", " +++")) else None
        fm_end = fm.end() if fm else 0
    else:
        fm = FRONT_MATTER_RE.match(source)
        fm_end = fm.end() if fm else 0
    parse_source = source
    if fm_end:
        blank(mask, 0, fm_end)
        # keep the line count so the parser's line maps stay aligned
        parse_source = re.sub(r"[^\n]", " ", source[:fm_end]) + source[fm_end:]
    starts = _line_starts(source)
    n_lines = len(starts)

    def line_span(l0: int, l1: int) -> tuple[int, int]:
        a = starts[l0] if l0 < n_lines else len(source)
        b = starts[l1] if l1 < n_lines else len(source)
        return a, b

    blocks: list[tuple[str, int, int]] = []
    covered: list[tuple[int, int]] = []  # source spans that belong to a block
    container: list[str] = []
    env: dict = {}
    tokens = _md.parse(parse_source.replace("\0", " "), env)
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
    for l0, l1 in env.get("too_deep", ()):
        a, b = line_span(l0, l1)
        if any(x < b and a < y for x, y in covered):
            continue
        _mask_inline_block(source, mask, a, b, PARAGRAPH)
        for x, y in _deep_items(source, a, b):
            kind = _deep_kind(source[x:y])
            blocks.extend((kind, p, q) for _, p, q in _trimmed(mask, x, y, kind))
        covered.append((a, b))
    if env.get("too_deep"):
        blocks.sort(key=lambda t: t[1])
    # everything that is not inside a block is not prose
    pos = 0
    for a, b in sorted(covered):
        if a > pos:
            blank(mask, pos, a)
        pos = max(pos, b)
    blank(mask, pos, len(source))
    return mask, blocks


_ITEM_START_RE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")


def _deep_items(source: str, a: int, b: int) -> list[tuple[int, int]]:
    """source[a:b] cut before every line that starts a list item: each item is its own block."""
    cuts = [a] + [m.start() for m in _ITEM_START_RE.finditer(source, a, b)] + [b]
    cuts = sorted(set(c for c in cuts if a <= c <= b))
    return [(x, y) for x, y in zip(cuts, cuts[1:]) if y > x]


def _deep_kind(text: str) -> str:
    """The kind of a run of lines nested past :data:`MAX_NESTING`, from its first marker."""
    first = text.lstrip(" \t")
    if first.startswith(">"):
        return QUOTE_BLOCK
    if re.match(r"(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)", first):
        return LIST_ITEM
    return PARAGRAPH


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
