"""``--format text``: ``path:line:col: level message [Rule.Id]``, then the source line with
the range underlined, like a good compiler. Colour only on a terminal."""

from __future__ import annotations

import unicodedata

from sunting.output import FileResult

COLORS = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "info": "\x1b[1;36m", "hint": "\x1b[2m"}
RESET = "\x1b[0m"
BOLD = "\x1b[1m"
DIM = "\x1b[2m"


def _width(s: str) -> int:
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _printable(s: str) -> str:
    return "".join(ch if ch == "\t" or ch >= " " else "\ufffd" for ch in s).replace("\t", " ")


def render(results: list[FileResult], color: bool = False, context: bool = True) -> str:
    out: list[str] = []
    for r in results:
        for f, line, col, end_line, end_col in r.located():
            level = f.severity.label
            lv = f"{COLORS[level]}{level}{RESET}" if color else level
            head = f"{r.path}:{line}:{col}: {lv} {f.message} [{f.rule}]"
            out.append(f"{BOLD}{head}{RESET}" if color and False else head)
            if context:
                src = _printable(r.doc.line_text(line - 1))
                if len(src) > 200:
                    # keep long lines readable: a window around the finding
                    lo = max(col - 80, 0)
                    src_view = ("…" if lo else "") + src[lo:lo + 200]
                    pad = _width(src_view[: col - 1 - lo + (1 if lo else 0)])
                else:
                    src_view = src
                    pad = _width(src[: col - 1])
                span_end = end_col if end_line == line else len(src) + 1
                mark = "^" * max(1, _width(src[col - 1: span_end - 1]))
                gutter = f"{line:>5} | "
                out.append(f"{gutter}{src_view}")
                underline = " " * pad + mark
                if f.suggestions:
                    underline += f" {', '.join(f.suggestions[:3])}"
                out.append(" " * (len(gutter) - 2) + "| " + (f"{COLORS[level]}{underline}{RESET}" if color else underline))
    return "\n".join(out) + ("\n" if out else "")


def summary(results: list[FileResult], color: bool = False) -> str:
    counts = {"error": 0, "warning": 0, "info": 0, "hint": 0}
    for r in results:
        for f in r.findings:
            counts[f.severity.label] += 1
    total = sum(counts.values())
    files = sum(1 for r in results if r.findings)
    parts = [f"{n} {k}{'s' if n != 1 and k != 'info' else ''}" for k, n in counts.items() if n]
    if not total:
        return f"No findings in {len(results)} file{'s' if len(results) != 1 else ''}.\n"
    return f"{total} finding{'s' if total != 1 else ''} ({', '.join(parts)}) in {files} of {len(results)} file{'s' if len(results) != 1 else ''}.\n"
