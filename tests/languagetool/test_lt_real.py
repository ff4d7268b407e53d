"""The backend against a real LanguageTool, when the environment names one:

* ``SUNTING_LT_SERVER=http://localhost:8010`` (a running server, e.g.
  ``docker run -d -p 8010:8010 erikvl87/languagetool``), or
* ``LTP_JAR_DIR_PATH=/path/to/LanguageTool-6.x`` (the folder holding languagetool-server.jar;
  Java 17+ on PATH): the backend starts it.

Skipped otherwise. Read at import time: the autouse fixture clears both for the other tests.
"""

from __future__ import annotations

import os

import pytest

from sunting.backends import notices
from sunting.text.document import Document
from sunting.text.masking import MASK

REAL_SERVER = os.environ.get("SUNTING_LT_SERVER")
REAL_JAR_DIR = os.environ.get("LTP_JAR_DIR_PATH")

pytestmark = pytest.mark.skipif(
    not (REAL_SERVER or REAL_JAR_DIR),
    reason="no real LanguageTool configured: set SUNTING_LT_SERVER to a running server's URL, "
    "or LTP_JAR_DIR_PATH to a LanguageTool folder (with Java 17+ on PATH)",
)

TEXT = """# Notes from the briefing

She did not **recieve** the letter, and [the report](https://example.com/recieve) was late.

Run `recieve --now` to see it. It was a honest mistake.
"""


def _engine(make_engine):
    if REAL_SERVER:
        return make_engine(server=REAL_SERVER, language="en-US", timeout=60)
    return make_engine(jar_dir=REAL_JAR_DIR, language="en-US", timeout=60, startup_timeout=180)


def test_real_languagetool_through_markdown(make_engine):
    eng = _engine(make_engine)
    doc = Document(TEXT, "notes.md", "markdown")
    found = [f for f in eng.check(doc) if f.rule.startswith("LanguageTool.")]
    problems = notices.drain()
    assert found, f"LanguageTool found nothing; notices: {problems}"
    misspelled = [f for f in found if f.text == "recieve"]
    assert len(misspelled) == 1, found  # the one in prose; not the URL's, not the code span's
    (f,) = misspelled
    assert f.start == TEXT.index("recieve") and "receive" in f.suggestions
    for f in found:
        assert doc.source[f.start:f.end] == f.text
        assert any(ch != MASK for ch in doc.mask[f.start:f.end])
    # a second check of the unchanged document is answered from the cache
    assert [x for x in eng.check(doc) if x.rule.startswith("LanguageTool.")] == found


def test_real_languagetool_lists_english(make_engine):
    eng = _engine(make_engine)
    backend = eng.backends[0]
    server = backend.server()
    assert server.supports("en-US", 60)
    assert not server.supports("id", 60)
