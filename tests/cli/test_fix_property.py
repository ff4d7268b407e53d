"""Property test (issue 11.3): ``--fix`` run twice equals ``--fix`` run once, over random
Indonesian texts with CRLF, a BOM, front matter and emoji, in every format, with the
built-in packs — and fixing never touches a BOM, a line break or the front matter.

The fix pipeline (:func:`sunting.fixes.fix_text`, what ``--fix`` runs per file) is driven
in-process with the real engine, so hypothesis can try many texts; the CLI tests check
that ``--fix`` is that pipeline.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sunting.text.document import Document

WORDS = [
    "Dia", "merubah", "rencana", "sekedar", "dimana", "kemana", "di rumah", "dirumah", "yang", "yangl", "antata",
    "kebakarn", "banyakRp 400.000", "Rp. 5.000", "Rp 7.500", "10 %", "pukul 10:30", "Kementerian Kominfo",
    "Kementerian Komunikasi dan Informatika (Komimfo)", "Kominfo", "publik trust", "agenda setting", "nonton",
    "ketemu", "cuman", "para menteri-menteri", "tahun 1990an", "ke-2", "ke dua", "Juni 2, 2022", "sumber",
    "kata kata", "yang yang", "adalah merupakan", "naik ke atas", "di laksanakan", "apa kah", "sama sekali",
    "jakarta", "senin", "Pt", "dll", "dsb.", "email", "meeting", "pertama-tama", "kolaborasi", "humas",
    "😀", "👩‍👩‍👧", "🇮🇩", "e\u0301", "\u00a0", "“", "”", "\"", "(", ")", ",", ".", "?", "!", ":", ";", " - ", "–",
    "katanya", "ujar dia", "Baca juga:", "Tinggalkan Balasan",
]
SEPARATORS = [" ", " ", " ", "  ", ", ", ". ", "\n", "\r\n", "\n\n", "\r\n\r\n"]


@st.composite
def articles(draw, kind):
    n = draw(st.integers(1, 40))
    parts = []
    for _ in range(n):
        parts.append(draw(st.sampled_from(WORDS)))
        parts.append(draw(st.sampled_from(SEPARATORS)))
    body = "".join(parts)
    crlf = draw(st.booleans())
    if crlf:
        body = re.sub(r"\r?\n", "\r\n", body)
    head = ""
    if kind == "markdown" and draw(st.booleans()):
        nl = "\r\n" if crlf else "\n"
        head = f"---{nl}judul: merubah dimana{nl}tags: [merubah, sekedar]{nl}---{nl}"
        if draw(st.booleans()):
            body = f"# Judul merubah{nl}{nl}" + body
    elif kind == "html":
        body = "<p>" + body.replace("\n\n", "</p>\n\n<p>") + "</p>"
    bom = "\ufeff" if draw(st.booleans()) else ""
    return bom + head + body, bom + head


def _breaks(s: str) -> list[str]:
    return re.findall(r"\r\n|\r|\n", s)


@pytest.fixture(scope="module")
def engine():
    from sunting.config import Config
    from sunting.engine import Engine

    return Engine(Config())


@pytest.mark.parametrize("kind,ext", [("plain", "txt"), ("markdown", "md"), ("html", "html")])
@pytest.mark.parametrize("unsafe", [False, True])
def test_fix_twice_equals_fix_once(engine, kind, ext, unsafe):
    from sunting.fixes import fix_text

    def check(t):
        return engine.check(Document(t, f"a.{ext}", kind))

    @settings(max_examples=80, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(articles(kind))
    def prop(case):
        source, protected = case
        once = fix_text(source, check, unsafe=unsafe)
        assert once.settled, (source, once.text)
        twice = fix_text(once.text, check, unsafe=unsafe)
        assert twice.text == once.text, (source, once.text, twice.text)
        assert twice.applied == 0
        # what is left is placed in the fixed text
        for f in once.findings:
            assert once.text[f.start:f.end] == f.text
        assert once.text.startswith(protected)  # BOM and front matter untouched
        assert _breaks(once.text) == _breaks(source)

    prop()


@pytest.mark.parametrize("kind,ext", [("plain", "txt"), ("markdown", "md"), ("html", "html")])
def test_cli_fix_twice_equals_fix_once(tmp_path, kind, ext):
    """The same property through the real command (a few examples: each is two processes)."""
    from cli_helpers import run

    @settings(max_examples=4, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.function_scoped_fixture])
    @given(articles(kind))
    def prop(case):
        source, protected = case
        f = tmp_path / f"a.{ext}"
        f.write_bytes(source.encode("utf-8"))
        r = run(["check", "--fix", "-q", f.name], tmp_path)
        assert r.returncode in (0, 1), r
        once = f.read_bytes()
        r = run(["check", "--fix", "-q", f.name], tmp_path)
        assert f.read_bytes() == once, (source, once)
        assert once.decode("utf-8").startswith(protected)

    prop()
