"""``--format github``: GitHub Actions workflow commands, one annotation per finding::

    ::error file=docs/a.md,line=3,col=5,endLine=3,endColumn=12,title=EYD.Baku::message

``error`` findings are ``::error``, ``warning`` ``::warning``, ``info`` and ``hint``
``::notice``. The message is escaped (``%``, CR, LF); property values additionally
escape ``,`` and ``:``. Paths are relative to ``$GITHUB_WORKSPACE`` (else the current
folder) with forward slashes. Columns are 1-based code points, and are given only when
the finding is on one line (GitHub ignores them otherwise).
"""

from __future__ import annotations

import os
from pathlib import Path

from sunting.findings import Severity
from sunting.output import Report, message_with_suggestions

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice", Severity.HINT: "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def workspace_path(path: str, base: Path | None = None) -> str:
    if path.startswith("<"):
        return path
    base = Path(os.environ.get("GITHUB_WORKSPACE") or base or os.getcwd()).resolve()
    absolute = Path(os.path.normpath(Path.cwd() / path))
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return path.replace(os.sep, "/")


def render(report: Report) -> str:
    rows = []
    for r in report.results:
        name = workspace_path(r.path, report.base)
        for f, line, col, end_line, end_col in r.located():
            rows.append((name, line, col, end_line, end_col, f))
    rows.sort(key=lambda t: t[:5] + (t[5].rule,))
    out = []
    for name, line, col, end_line, end_col, f in rows:
        props = [f"file={escape_property(name)}", f"line={line}"]
        if end_line == line:
            props += [f"col={col}", f"endLine={end_line}", f"endColumn={end_col}"]
        else:
            props += [f"endLine={end_line}"]
        props.append(f"title={escape_property(f.rule)}")
        out.append(f"::{COMMANDS[f.severity]} {','.join(props)}::{escape_data(message_with_suggestions(f))}")
    return "\n".join(out) + ("\n" if out else "")
