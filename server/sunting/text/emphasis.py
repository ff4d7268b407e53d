"""Does a document show emphasis anywhere (``*x*``, ``_x_``, ``**x**``, ``<i>``, ``<em>``)?

Some advice can only be acted on in a format that shows italics: "write the foreign term in
italics" (EYD V) means nothing in plain text, and in copy whose markup was lost on the way
(pasted from a CMS, scraped, converted) an editor cannot tell an unitalicised term from one
whose italics were dropped. A document that uses emphasis markup somewhere shows that its
format carries italics and that its writer uses them: there a foreign term left in roman is a
slip the desk acts on. Checks read :attr:`sunting.text.document.Document.shows_emphasis`.

The test is deliberately local: a pair of markers on one line around non-space text, not a
full parse (a bullet ``* item`` or a lone footnote star is no emphasis).
"""

from __future__ import annotations

import re

# *x*, _x_, **x**, __x__, ***x***: the same marker run on both sides, within one line, with
# non-space text inside; an underscore inside a word (snake_case) is no marker
_MARKER_RUN = re.compile(r"[*_]+")
_MARKDOWN = re.compile(r"(\*{1,3}|_{1,3})(?=[^\s*_])[^\n]{0,300}?(?<=[^\s*_\\])\1(?![*_\w])")
_HTML = re.compile(r"<(i|em|b|strong|cite|dfn)\b[^>]*>\s*\S", re.I)


def shows_emphasis(source: str, kind: str) -> bool:
    """Whether ``source`` (a document of ``kind``: plain, markdown or html) marks emphasis
    anywhere. Plain text never does; HTML may also carry Markdown-like stars as text, which
    do not count."""
    if kind == "html":
        return _HTML.search(source) is not None
    if kind == "markdown":
        if "*" not in source and "_" not in source:
            return False
        # only where a run of markers starts (a scan for the characters is fast; trying the
        # whole pattern at every position of a long document is not)
        for m in _MARKER_RUN.finditer(source):
            i = m.start()
            before = source[i - 1] if i else ""
            if before == "\\" or before.isalnum() or before == "_":
                continue
            if _MARKDOWN.match(source, i) is not None:
                return True
        return False
    return False
