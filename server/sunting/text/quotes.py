"""Direct quotations: spans inside double quotes (curly or straight).

News copy quotes speech as spoken; rules can be scoped to narrative or quotation.
A quotation opened and not closed in its paragraph runs to the end of the paragraph
(the newspaper convention for a quotation that continues in the next paragraph).
Single quotes are left alone: Indonesian copy uses them for terms (‘pemadam kebakaran’).
"""

from __future__ import annotations

import re

_DQ = re.compile(r"[\"“”„«»]")


def find_quotes(text: str, offset: int = 0) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _DQ.finditer(text):
        ch = m.group()
        i = m.start()
        if open_at is None:
            if ch in "”»" and ch != "»":
                continue  # a stray closing quote opens nothing
            open_at = i
        else:
            if ch in "“„«" and ch != "«":
                # a new opening quote while one is open: treat the first as unclosed
                spans.append((offset + open_at, offset + i))
                open_at = i
                continue
            spans.append((offset + open_at, offset + i + 1))
            open_at = None
    if open_at is not None:
        spans.append((offset + open_at, offset + len(text)))
    return spans
