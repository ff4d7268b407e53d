"""Property test: arbitrary Unicode through every format never breaks a check, and every
finding's range lies inside the text with ``text == source[start:end]``.

The text mixes arbitrary code points with what makes trouble: emoji (astral, ZWJ
sequences, skin tones), combining marks, lone surrogates *escaped as text* (a Python str
from a decoded file can never hold a real one), CR, CRLF, NUL, very long lines, markup
fragments of Markdown and HTML, and Indonesian words the shipped rules flag. The engine
is used directly (the built-in packs plus a project pack), and the findings also go
through every output format.
"""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sunting.text.document import Document

PIECES = [
    "merubah", "Merubah", "sekedar", "dimana", "yang yang", "Baca juga:", "kenapa", "nggak", "publik trust",
    "di rumah", "dirumah", "Rp1,5 triliun", "2/6/2022", "pukul 10.30", "kata-kata", "dr.", "S.H.", "#tagar",
    "@akun", "https://contoh.id/a?b=c", "nama@contoh.id", "“kutipan”", "\"kutipan\"", "(kurung", "kurung)",
    " , ", "  ", ".", "?", "!", "…",
    "😀", "👩‍👩‍👧", "👍🏽", "🇮🇩", "e\u0301", "\u0301", "\u200d", "\ufe0f", "\u00a0", "\u2028", "\ufeff", "\u202e",
    "\\ud800", "\\udfff", "\\uDC00x",
    "\r", "\n", "\r\n", "\n\n", "\0", "\t",
    "# ", "## Judul\n", "- ", "1. ", "> ", "```\nkode merubah\n```\n", "`merubah`", "**tebal**", "_miring_",
    "[tautan](http://x.id)", "![gbr](a.png)", "---\njudul: x\n---\n", "| a | b |\n|---|---|\n| merubah | c |\n",
    "<p>", "</p>", "<b>", "</b>", "<br>", "<script>merubah()</script>", "<style>p{}</style>", "<pre>merubah</pre>",
    "<!-- komentar -->", "<!-- sunting-disable -->", "<!-- sunting-enable -->", "<!-- sunting-ignore-next-line -->",
    "<!-- sunting-disable EYD -->", "&amp;", "&nbsp;", "&#x1F600;", "<a href='x'>", "<", ">", "&",
]

piece = st.one_of(
    st.sampled_from(PIECES),
    st.text(min_size=1, max_size=12),  # any code point hypothesis draws (no surrogates in text())
    st.text(alphabet="abcdeghikmnrstuy ", min_size=1, max_size=20),
)


@st.composite
def documents(draw):
    parts = draw(st.lists(piece, max_size=60))
    if draw(st.booleans()) and parts:  # a very long line somewhere
        i = draw(st.integers(0, len(parts)))
        parts.insert(i, "kata merubah " * draw(st.integers(100, 800)))
    return "".join(parts)


class _Errors(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(scope="module")
def engines(tmp_path_factory):
    """The built-in packs, and the built-in packs plus the test project's pack."""
    from cli_helpers import RULES

    from sunting.config import Config
    from sunting.engine import Engine

    styles = tmp_path_factory.mktemp("styles")
    (styles / "Test").mkdir()
    for name, text in RULES.items():
        (styles / "Test" / name).write_text(text, encoding="utf-8")
    return [Engine(Config()), Engine(Config(paths=[styles]))]


def _check_all_formats(results):
    from sunting.output import Report
    from sunting.output.formats import FORMATS

    for fmt in FORMATS.values():
        for color in (False, True):
            assert isinstance(fmt.render(Report(results, color=color)), str)
            if fmt.summary:
                assert isinstance(fmt.summary(Report(results), color), str)


@pytest.mark.parametrize("kind", ["plain", "markdown", "html"])
@settings(max_examples=70, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                   HealthCheck.function_scoped_fixture])
@given(source=documents())
def test_any_text_any_format(engines, kind, source):
    from sunting.output import FileResult

    handler = _Errors()
    logger = logging.getLogger("sunting")
    logger.addHandler(handler)
    try:
        for engine in engines:
            doc = Document(source, f"x.{ {'plain': 'txt', 'markdown': 'md', 'html': 'html'}[kind]}", kind)
            findings = engine.check(doc)
            for f in findings:
                assert 0 <= f.start <= f.end <= len(source), f
                assert f.text == source[f.start:f.end], f
                assert f.rule and f.message
                for s in f.suggestions:
                    assert isinstance(s, str)
            starts = [(f.start, f.end) for f in findings]
            assert starts == sorted(starts)
            _check_all_formats([FileResult(doc.path, doc, findings)])
    finally:
        logger.removeHandler(handler)
    assert not handler.records, [r.getMessage() + "\n" + str(r.exc_info) for r in handler.records]
