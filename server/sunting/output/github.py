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
from sunting.i18n import t
from sunting.output import FileResult

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice", Severity.HINT: "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def workspace_path(path: str) -> str:
    if path.startswith("<"):
        return path
    base = Path(os.environ.get("GITHUB_WORKSPACE") or os.getcwd()).resolve()
    absolute = Path(os.path.normpath(Path.cwd() / path))
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return path.replace(os.sep, "/")


def render(results: list[FileResult]) -> str:
    rows = []
    for r in results:
        name = workspace_path(r.path)
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
        message = f.message
        if f.suggestions and not any(s in message for s in f.suggestions):
            message += " " + t("output.suggestions", suggestions=", ".join(f"‘{s}’" for s in f.suggestions[:5]))
        out.append(f"::{COMMANDS[f.severity]} {','.join(props)}::{escape_data(message)}")
    return "\n".join(out) + ("\n" if out else "")
