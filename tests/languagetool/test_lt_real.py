"""The backend against the real LanguageTool (installed by scripts/test.sh from Maven Central,
started once per session through language-tool-python: see real_lt.py).

The stand-in server (lt_fake.py) tests the protocol's corners; these prove that what sunting
sends and maps back is what the real LanguageTool reads and answers.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from real_lt import ltp_env
from sunting.backends import ltserver, notices
from sunting.text.document import Document
from sunting.text.masking import MASK

INDONESIAN = "Pemerintah akan merubah aturan itu dan menurut dia tidak ada yang salah dengan rencana tersebut.\n"
ENGLISH = "The minister said it was a honest mistake and that she did not recieve the letter.\n"


def lt_only(findings):
    return [f for f in findings if f.rule.startswith("LanguageTool.")]


def spans(findings):
    return [(f.rule, f.start, f.text) for f in findings]


def drained():
    return [m for _, m in notices.drain()]


# ------------------------------------------------------------------ through a running server (URL)
def test_english_paragraph_in_an_indonesian_article(real_lt, make_engine):
    text = "# Kunjungan menteri\n\n" + INDONESIAN + "\n> " + ENGLISH + "\n" + INDONESIAN
    eng = make_engine(server=real_lt.url)  # language: auto
    found = lt_only(eng.check(Document(text, "berita.md", "markdown")))
    quote = text.index("> ") + 2
    assert spans(found) == [
        ("LanguageTool.EN_A_VS_AN", quote + ENGLISH.index("a honest"), "a"),
        ("LanguageTool.MORFOLOGIK_RULE_EN_US", quote + ENGLISH.index("recieve"), "recieve"),
    ]
    by_rule = {f.rule: f for f in found}
    assert by_rule["LanguageTool.EN_A_VS_AN"].suggestions == ("an",)
    assert by_rule["LanguageTool.MORFOLOGIK_RULE_EN_US"].suggestions[0] == "receive"
    assert drained() == []  # English was sent; nothing to say


MARKDOWN = """# Notes from teh briefing

She did not **recieve** the letter, and [the report](https://example.com/recieve) was late.

Run `recieve --now` to see it. 😀🇮🇩 It was a honest mistake.

```
recieve teh code
```
"""


def test_exact_ranges_in_markdown_with_code_links_and_emoji(real_lt, make_engine):
    eng = make_engine(server=real_lt.url, language="en-US")
    doc = Document(MARKDOWN, "notes.md", "markdown")
    found = lt_only(eng.check(doc))
    assert spans(found) == [
        ("LanguageTool.MORFOLOGIK_RULE_EN_US", MARKDOWN.index("teh"), "teh"),
        ("LanguageTool.MORFOLOGIK_RULE_EN_US", MARKDOWN.index("recieve"), "recieve"),  # in bold, not the URL's
        ("LanguageTool.EN_A_VS_AN", MARKDOWN.index("a honest"), "a"),  # after emoji and a code span
    ]
    for f in found:
        assert doc.source[f.start:f.end] == f.text
        assert MASK not in doc.mask[f.start:f.end]
    # unchanged text: answered from the cache, not sent again
    assert lt_only(eng.check(doc)) == found


def test_disabled_rules_and_categories(real_lt, make_engine):
    text = "It was a honest mistake. She did not recieve the letter. We need to discuss about it.\n"
    base = {f.rule for f in lt_only(make_engine(server=real_lt.url, language="en-US").check_text(text, "a.txt"))}
    assert base == {"LanguageTool.EN_A_VS_AN", "LanguageTool.MORFOLOGIK_RULE_EN_US", "LanguageTool.MENTION_ABOUT"}
    eng = make_engine(server=real_lt.url, language="en-US", disabled_rules=["EN_A_VS_AN"], disabled_categories=["TYPOS"])
    assert {f.rule for f in lt_only(eng.check_text(text, "a.txt"))} == {"LanguageTool.MENTION_ABOUT"}
    # `rules: {LanguageTool.X: off}` is sent as a disabled rule too
    eng = make_engine(server=real_lt.url, language="en-US", rules={"LanguageTool.EN_A_VS_AN": "off"})
    assert {f.rule for f in lt_only(eng.check_text(text, "a.txt"))} == {"LanguageTool.MORFOLOGIK_RULE_EN_US", "LanguageTool.MENTION_ABOUT"}


def test_accepted_words_are_not_flagged(real_lt, make_engine):
    text = "The spokesman Sutrisnowati said the plan is ready, but she did not recieve it.\n"
    plain = lt_only(make_engine(server=real_lt.url, language="en-US").check_text(text, "a.txt"))
    assert [f.text for f in plain] == ["Sutrisnowati", "recieve"]  # LanguageTool does not know the name
    accepted = lt_only(make_engine(server=real_lt.url, language="en-US", accept=["Sutrisnowati"]).check_text(text, "b.txt"))
    assert [f.text for f in accepted] == ["recieve"]


def test_picky_mode(real_lt, make_engine):
    text = 'He said: "It is ready." Then he left.\n'
    normal = lt_only(make_engine(server=real_lt.url, language="en-US").check_text(text, "a.txt"))
    picky = lt_only(make_engine(server=real_lt.url, language="en-US", picky=True).check_text(text, "a.txt"))
    assert normal == []
    assert spans(picky) == [
        ("LanguageTool.EN_QUOTES", text.index('"'), '"'),
        ("LanguageTool.EN_QUOTES", text.rindex('"'), '"'),
    ]
    assert [f.suggestions for f in picky] == [("“",), ("”",)]


def test_the_server_lists_english_not_indonesian(real_lt, make_engine):
    server = make_engine(server=real_lt.url).backends[0].server()
    assert server.supports("en-US", 30) and server.supports("en-GB", 30)
    assert not server.supports("id", 30)


def test_a_server_that_hangs_times_out_once(real_lt, make_engine):
    eng = make_engine(server=real_lt.url, language="en-US", timeout=0.5)
    eng.backends[0].server().languages(30)  # known before it hangs
    text = "It was a honest plan.\n\n" + INDONESIAN
    with real_lt.paused():
        found = eng.check_text(text, "a.md")
        assert any(f.rule == "EYD.BakuForms" for f in found) and not lt_only(found)
        (msg,) = drained()
        assert real_lt.url in msg and "tidak ada jawaban dalam 0.5 detik" in msg
        t0 = time.monotonic()
        found = eng.check_text(text.replace("plan", "idea"), "b.md")  # not waited for again
        assert time.monotonic() - t0 < 0.4 and any(f.rule == "EYD.BakuForms" for f in found)
        assert drained() == []


# ------------------------------------------------------------------ started locally, through language-tool-python
def test_language_tool_python_local_mode_checks_for_real(real_lt):
    """The session's server was started by language-tool-python itself, from the installed jars."""
    matches = real_lt.tool.check("It was a honest mistake.")
    assert [(m.rule_id, m.offset, m.error_length, m.replacements[:1]) for m in matches] == [("EN_A_VS_AN", 7, 1, ["an"])]


def test_local_start_dies_mid_run_and_comes_back(real_lt, make_engine):
    from language_tool_python.download_lt import LocalLanguageTool

    eng = make_engine(jar_dir=str(real_lt.home), timeout=60, startup_timeout=120, retry_after=0)
    text = "It was a honest mistake.\n\n" + INDONESIAN
    first = lt_only(eng.check_text(text, "a.md"))
    assert spans(first) == [("LanguageTool.EN_A_VS_AN", text.index("a honest"), "a")]
    (proc,) = ltserver._started
    # started with language-tool-python's own command for that folder (port aside)
    with ltp_env(real_lt.home):
        expected = [str(c) for c in LocalLanguageTool.from_path(real_lt.home).get_server_cmd(1)]
    assert proc.args[:-1] == expected[:-1]
    proc.kill()
    proc.wait()
    found = eng.check_text(text.replace("mistake", "error"), "b.md")
    assert any(f.rule == "EYD.BakuForms" for f in found) and not lt_only(found)
    (msg,) = drained()
    assert "berhenti (kode" in msg
    again = lt_only(eng.check_text(text.replace("mistake", "slip"), "c.md"))  # started again
    assert [f.rule for f in again] == ["LanguageTool.EN_A_VS_AN"]
    assert len(ltserver._started) == 1 and ltserver._started[0] is not proc


# ------------------------------------------------------------------ the CLI: one notice per run
def test_cli_run_with_real_languagetool_says_once_that_indonesian_is_not_sent(real_lt, tmp_path):
    (tmp_path / "sunting.yaml").write_text(f"languagetool:\n  server: {real_lt.url}\n", encoding="utf-8")
    for i in range(10):
        (tmp_path / f"berita{i}.md").write_text(INDONESIAN * 200, encoding="utf-8")  # parallel: 2 workers
    (tmp_path / "english.md").write_text(ENGLISH, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "sunting", "check", "--jobs", "2", "--format", "json", "."],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    notes = [ln for ln in proc.stderr.splitlines() if "LanguageTool" in ln]
    assert len(notes) == 1 and "LanguageTool tidak mendukung bahasa Indonesia" in notes[0], proc.stderr
    lt = [(d["path"], d["rule"], d["text"]) for d in json.loads(proc.stdout) if d["rule"].startswith("LanguageTool.")]
    assert lt == [
        ("english.md", "LanguageTool.EN_A_VS_AN", "a"),
        ("english.md", "LanguageTool.MORFOLOGIK_RULE_EN_US", "recieve"),
    ]
