"""Markdown (CommonMark + tables via markdown-it-py): block structure from the parser,
inline syntax blanked by scanning each block's lines."""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict

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


# (markdown-it's stub types the method as bound to its parser; ours takes the same state)
_md.block.tokenize = _tokenize_recording_skips  # type: ignore[assignment]

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


#: recent parses kept for the next text (an editor's next text is the last one plus an
#: edit): how many, and the longest text kept (a huge document is parsed afresh: its tokens
#: would cost more memory than the parse costs time)
PARSE_CACHE_SIZE = 4
PARSE_CACHE_CHARS = 1 << 20
_parses: OrderedDict[str, tuple[list, dict]] = OrderedDict()
_parses_lock = threading.Lock()
_REUSABLE = ("paragraph_open", "heading_open")


def parse_blocks(text: str) -> tuple[list, dict]:
    """markdown-it's block tokens of ``text`` and its ``env`` — only their types, levels
    and line maps are read (:func:`read_markdown`).

    A parse of a recent text is reused when ``text`` differs from it only inside one line of
    a top-level paragraph or heading that blank lines (or the ends of the text) set apart,
    the edit keeps the line breaks and the line's indent, and that block, parsed on its own,
    is still the one block it was: then every token, line map included, is what a full
    parse would give. Otherwise (a new line, a line that now starts a list or a fence,
    a table, a block inside a list or a quotation …) the text is parsed whole. A keystroke
    in a long article so costs the parse of its paragraph, not of the article (issue 12).
    """
    if len(text) > PARSE_CACHE_CHARS:
        env: dict = {}
        return _md.parse(text, env), env
    with _parses_lock:
        hit = _parses.get(text)
        if hit is not None:
            _parses.move_to_end(text)
            return hit
        recent = list(_parses.items())
    result = None
    for old, parsed in reversed(recent):
        if _same_blocks(old, text, parsed[0]):
            result = parsed
            break
    if result is None:
        env = {}
        result = (_md.parse(text, env), env)
    with _parses_lock:
        _parses[text] = result
        while len(_parses) > PARSE_CACHE_SIZE:
            _parses.popitem(last=False)
    return result


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix (string comparisons in halves: a few
    microseconds for an article)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    """The length of the longest common suffix, at most ``limit``."""
    lo, hi = 0, limit
    la, lb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid:la - lo] == b[lb - mid:lb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _blank_line(text: str, start: int) -> bool:
    """Is the line that starts at ``start`` empty or spaces and tabs only?"""
    end = text.find("\n", start)
    return not text[start:end if end >= 0 else len(text)].strip(" \t")


def _same_blocks(old: str, new: str, tokens: list) -> bool:
    """Do ``tokens`` (the parse of ``old``) stand for ``new`` as well? (See :func:`parse_blocks`.)"""
    p = _common_prefix(old, new)
    s = _common_suffix(old, new, min(len(old), len(new)) - p)
    if any(c in part for part in (old[p:len(old) - s], new[p:len(new) - s]) for c in "\n\r"):
        return False
    start = new.rfind("\n", 0, p) + 1
    end = new.find("\n", p)
    end = len(new) if end < 0 else end
    line = new[start:end]
    old_line = old[start:end + len(old) - len(new)]
    if "\r" in line or not line.strip() or not old_line.strip():
        return False
    if len(line) - len(line.lstrip(" \t")) != len(old_line) - len(old_line.lstrip(" \t")):
        return False  # the indent changed: the line may now belong to a list item, or be code
    number = new.count("\n", 0, start)
    at = next((i for i, t in enumerate(tokens)
               if t.type in _REUSABLE and t.level == 0 and t.map and t.map[0] <= number < t.map[1]), None)
    if at is None:
        return False
    l0, l1 = tokens[at].map
    a = start
    for _ in range(number - l0):
        a = new.rfind("\n", 0, a - 1) + 1
    b = end
    for _ in range(l1 - 1 - number):
        b = new.find("\n", b + 1)
        if b < 0:
            return False
    if a > 0 and not _blank_line(new, new.rfind("\n", 0, a - 1) + 1):
        return False
    if b < len(new) and not _blank_line(new, b + 1):
        return False
    alone = _md.parse(new[a:b] + "\n", {})
    have = tokens[at:at + 3]
    # still one block: open, inline, close (a reference definition makes none, a new
    # heading or list more)
    return len(alone) == 3 and len(have) == 3 and all(
        x.type == y.type and x.level == y.level
        and (x.map is None if y.map is None else x.map is not None and x.map == [y.map[0] + l0, y.map[1] + l0])
        for x, y in zip(have, alone, strict=True)
    )


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def read_markdown(source: str):
    """(mask, blocks) of a Markdown text: the mask is the text with everything that is not
    prose blanked (a string here; the other readers give a list), blocks are (kind, start,
    end) of the prose blocks.

    The parser gives the leaf blocks (paragraphs, headings, table rows, HTML blocks); each
    is masked on its own, and that result is cached by the block's text (with the
    characters on either side, which the emphasis rule reads). An editor that re-checks
    a long article after every keystroke so pays for the parse and the paragraph it
    changed, not for masking every paragraph again (issue 12).
    """
    bom = source.startswith(BOM)
    if bom:
        # The parser and the line scanners see a space where the byte-order mark is (same
        # length, so every offset holds): a BOM must not turn front matter or the first
        # heading into a paragraph. The mask keeps it blanked.
        source = " " + source[1:]
        fm = FRONT_MATTER_RE.match(source, 1) if source.startswith((" ---", " +++")) else None
    else:
        fm = FRONT_MATTER_RE.match(source)
    fm_end = fm.end() if fm else 0
    parse_source = source
    if fm_end:
        # keep the line count so the parser's line maps stay aligned
        parse_source = re.sub(r"[^\n]", " ", source[:fm_end]) + source[fm_end:]
    starts = _line_starts(source)
    n_lines = len(starts)

    def line_span(l0: int, l1: int) -> tuple[int, int]:
        a = starts[l0] if l0 < n_lines else len(source)
        b = starts[l1] if l1 < n_lines else len(source)
        return a, b

    def region(kind: str, a: int, b: int) -> tuple[str, tuple[tuple[str, int, int], ...]]:
        before = source[a - 1] if a > 0 else ""
        after = source[b] if b < len(source) else ""
        return _masked_region(kind, source[a:b], before, after, bom and a == 0)

    blocks: list[tuple[str, int, int]] = []
    covered: list[tuple[int, int]] = []  # source spans that belong to a block
    pieces: list[tuple[int, int, str]] = []  # (start, end, masked text) of each leaf block
    container: list[str] = []
    tokens, env = parse_blocks(parse_source.replace("\0", " "))
    pending_kind = None
    for tok in tokens:
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
            fragment, found = region(_HTML, a, b)
            pieces.append((a, b, fragment))
            for kind, x, y in found:
                blocks.append((kind, a + x, a + y))
                covered.append((a + x, a + y))
        elif t == "inline" and tok.map and pending_kind:
            a, b = line_span(*tok.map)
            kind = pending_kind
            if kind == TABLE_CELL and covered and covered[-1][1] > a:
                continue  # a table row: one block per row, the pipes blanked below
            fragment, found = region(kind, a, b)
            pieces.append((a, b, fragment))
            blocks.extend((k, a + x, a + y) for k, x, y in found)
            covered.append((a, b))
            if kind != TABLE_CELL:
                pending_kind = None
    if not env.get("too_deep") and all(p[1] <= q[0] for p, q in zip(pieces, pieces[1:], strict=False)):
        return _assemble(source, pieces, covered), blocks
    # text nested past the parser's limit (or leaf blocks that overlap, which CommonMark
    # does not make): the whole mask as a list, as the other readers do
    mask = list(source)
    blank_controls(source, mask)
    if bom:
        blank(mask, 0, 1)
    for a, b, fragment in pieces:
        mask[a:b] = fragment
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


#: the kind passed for an HTML block (its own blocks get their kinds from the tags)
_HTML = "html"
_NOT_LINE_BREAK_RE = re.compile(r"[^\n\r]+")
#: leaf blocks whose masking is remembered (about a few thousand paragraphs of text)
REGION_CACHE_SIZE = 4096


def _blanked(text: str) -> str:
    """``text`` blanked (line breaks kept), as :func:`blank` leaves it."""
    return _NOT_LINE_BREAK_RE.sub(lambda m: MASK * len(m.group()), text)


def _assemble(source: str, pieces: list[tuple[int, int, str]], covered: list[tuple[int, int]]) -> str:
    """The mask: each leaf block's masked text, everything outside ``covered`` blanked
    (the pieces are in order and do not overlap)."""
    out: list[str] = []
    pos = 0
    spans = sorted(covered)
    k = 0
    for a, b, fragment in pieces:
        if a > pos:
            out.append(_blanked(source[pos:a]))
        # within the piece, what no block covers (an HTML block's tags between its blocks)
        at = a
        while k < len(spans) and spans[k][0] < b:
            x, y = spans[k]
            if x > at:
                out.append(_blanked(fragment[at - a : x - a]))
            y = min(y, b)
            if y > at:
                out.append(fragment[max(x, at) - a : y - a])
                at = y
            k += 1
        if b > at:
            out.append(_blanked(fragment[at - a :]))
        pos = b
    if pos < len(source):
        out.append(_blanked(source[pos:]))
    return "".join(out)


@functools.lru_cache(maxsize=REGION_CACHE_SIZE)
def _masked_region(kind: str, text: str, before: str, after: str, bom: bool
                   ) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """One leaf block masked on its own: (its masked text, its blocks relative to its
    start). ``before``/``after`` are the characters around it ("" at the ends of the
    text); ``bom``: it starts the text, whose byte-order mark was read as a space."""
    mask = list(text)
    blank_controls(text, mask)
    if text.startswith(BOM):
        mask[0] = BOM  # a byte-order mark is blanked only at the start of the whole text
    if bom:
        mask[0] = MASK
    if kind == _HTML:
        _, found = read_html(text, 0, len(text), mask)
        return "".join(mask), tuple(found)
    _mask_region(text, mask, kind, before, after)
    return "".join(mask), tuple(_trimmed(mask, 0, len(text), kind))


_ITEM_START_RE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")


def _deep_items(source: str, a: int, b: int) -> list[tuple[int, int]]:
    """source[a:b] cut before every line that starts a list item: each item is its own block."""
    cuts = [a] + [m.start() for m in _ITEM_START_RE.finditer(source, a, b)] + [b]
    cuts = sorted(set(c for c in cuts if a <= c <= b))
    return [(x, y) for x, y in zip(cuts, cuts[1:], strict=False) if y > x]


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
    """Mask the inline syntax of source[a:b] in ``mask`` (the whole text's)."""
    region = mask[a:b]
    _mask_region(source[a:b], region, kind, source[a - 1] if a > 0 else "", source[b] if b < len(source) else "")
    mask[a:b] = region


def _mask_region(text: str, mask: list[str], kind: str, before: str, after: str) -> None:
    """Mask the inline syntax of one block ``text`` in its own ``mask``; ``before`` and
    ``after`` are the characters around it (an underscore between letters is no emphasis)."""
    pos = 0
    for idx, line in enumerate(text.split("\n")):
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
    n = len(text)
    for m in INLINE_RE.finditer(text):
        g = m.lastgroup
        x, y = m.start(), m.end()
        if g == "pipe" and kind != TABLE_CELL:
            continue
        if g == "emph" and m.group() in ("_", "__", "___"):
            prev = text[x - 1] if x > 0 else before
            nxt = text[y] if y < n else after
            if prev.isalnum() and nxt.isalnum():
                continue
        blank(mask, x, y)
    if kind == TABLE_CELL:
        for line_m in re.finditer(r"(?m)^[ \t|:-]+$", text):
            if "-" in line_m.group():
                blank(mask, line_m.start(), line_m.end())
    blank_urls(text, mask, 0)
