"""``--format json``: one JSON array of findings sorted by path, line, column."""

from __future__ import annotations

import json

from sunting.output import Report, finding_dict


def render(report: Report) -> str:
    rows = []
    for r in report.results:
        for f, line, col, end_line, end_col in r.located():
            rows.append(finding_dict(r.path, f, line, col, end_line, end_col))
    rows.sort(key=lambda d: (d["path"], d["line"], d["column"], d["end_line"], d["end_column"], d["rule"]))
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
