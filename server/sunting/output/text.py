"""``--format text``: ``path:line:col: level message [Rule.Id]``, then the source line with
the range underlined and the suggestions beside it, like a good compiler::

    berita.md:17:104: warning Bentuk baku: ‘mengubah’, bukan ‘merubah’. [EYD.Baku]
       17 | …telah merubah perilaku konsumsi media, terlebih munculnya ekosistem…
          |       ^^^^^^^ mengubah

Colour only on a terminal (or ``--color always``). Underlines line up under wide
characters (CJK, emoji) and ignore combining marks; control characters are shown as
``�`` so that a file cannot drive the terminal; very long lines are shown as a window
around the finding.
"""

from __future__ import annotations

import unicodedata

from sunting.i18n import level_name, t
from sunting.output import FileResult, Report

COLORS = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "info": "\x1b[1;36m", "hint": "\x1b[2m"}
RESET = "\x1b[0m"
BOLD = "\x1b[1m"
DIM = "\x1b[2m"
BLUE = "\x1b[34m"
GREEN = "\x1b[32m"
WINDOW = 100  # columns of source shown around a finding on a long line
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def char_width(ch: str) -> int:
    if ch < " " or ch == "\x7f":
        return 1  # shown as U+FFFD
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf") and ch not in BIDI:
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _width(s: str) -> int:
    return sum(char_width(ch) for ch in s)


def _printable(s: str) -> str:
    out = []
    for ch in s:
        if ch == "\t":
            out.append(" ")
        elif ch < " " or ch == "\x7f" or ch in BIDI or "\x80" <= ch < "\xa0" or "\ud800" <= ch <= "\udfff":
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def _paint(s: str, code: str, color: bool) -> str:
    return f"{code}{s}{RESET}" if color and s else s


def render(report: Report) -> str:
    color, context = report.color, report.context
    out: list[str] = []
    for r in report.results:
        for f, line, col, end_line, end_col in r.located():
            level = f.severity.label
            where = _paint(f"{r.path}:{line}:{col}:", BOLD, color)
            head = f"{where} {_paint(level, COLORS[level], color)} {_printable(f.message)} {_paint(f'[{f.rule}]', DIM, color)}"
            out.append(head)
            if context:
                out.extend(_context(r, f, line, col, end_line, end_col, color))
    return "\n".join(out) + ("\n" if out else "")


def _context(r: FileResult, f, line: int, col: int, end_line: int, end_col: int, color: bool) -> list[str]:
    raw = r.line_text(line)  # columns of line 1 do not count a BOM
    a = col - 1  # code-point offsets in the line
    b = end_col - 1 if end_line == line else len(raw)
    b = max(min(b, len(raw)), a)
    lo, hi = 0, len(raw)
    if hi > WINDOW * 2:  # a long line: only a window around the finding (cost stays small)
        lo = max(0, a - WINDOW // 2)
        hi = min(len(raw), max(b, a + 1) + WINDOW // 2, a + WINDOW * 2)
        b = min(b, hi)
    src = _printable(raw[lo:hi])
    prefix = "…" if lo else ""
    suffix = "…" if hi < len(raw) else ""
    pad = _width(prefix) + _width(src[:a - lo])
    mark = "^" * max(1, _width(src[a - lo:b - lo]))
    if end_line > line or b < (end_col - 1 if end_line == line else b):
        mark += "…"
    gutter = f"{line:>5} | "
    blank = " " * (len(gutter) - 2) + "| "
    lines = [_paint(gutter, BLUE, color) + prefix + src + suffix]
    underline = " " * pad + _paint(mark, COLORS[f.severity.label], color)
    if f.suggestions:
        shown = ", ".join(_printable(s[:200]) for s in f.suggestions[:3])
        if len(f.suggestions) > 3:
            shown += f", … (+{len(f.suggestions) - 3})"
        underline += " " + _paint(shown, GREEN, color)
    lines.append(_paint(blank, BLUE, color) + underline)
    return lines


def summary(report: Report, color: bool = False) -> str:
    """The closing line on stderr, in the interface language: ``3 temuan (1 galat,
    2 peringatan) di 1 dari 2 berkas.``"""
    results = report.results
    counts = {"error": 0, "warning": 0, "info": 0, "hint": 0}
    for r in results:
        for f in r.findings:
            counts[f.severity.label] += 1
    total = sum(counts.values())
    files = sum(1 for r in results if r.findings)
    n = len(results)
    if not total:
        return _paint(t("summary.none", files=n), GREEN, color) + "\n"
    parts = [
        _paint(t("summary.count", n=c, level=level_name(k, c)), COLORS[k], color)
        for k, c in counts.items() if c
    ]
    return t("summary.findings", n=total, counts=", ".join(parts), with_findings=files, files=n) + "\n"
