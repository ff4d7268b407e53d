"""The LanguageTool backend against a stand-in LanguageTool server on 127.0.0.1."""

from __future__ import annotations

import os
import re
import socket
import stat
import sys
import time
from pathlib import Path

import pytest

from sunting.backends import ltserver, notices
from sunting.engine import Phase
from sunting.errors import ConfigError
from sunting.findings import Severity
from sunting.fixes import apply_edits, plan_fixes
from sunting.selection import Selection
from sunting.text.document import Document

HERE = Path(__file__).resolve().parent

MD = """# Report on teh budget

This is **teh** best [teh link](http://example.com/teh) and `teh code` 😀 then teh end.

```
code teh here
```

- It is a apple in the list.
"""

INDONESIAN = "Pemerintah akan merubah aturan itu dan menurut dia tidak ada yang salah dengan rencana tersebut.\n"


def lt_findings(findings):
    return [f for f in findings if f.rule.startswith("LanguageTool.")]


def texts(findings):
    return [f.text for f in findings]


def drained_messages():
    return [m for _, m in notices.drain()]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------ mapping
def test_ranges_map_back_through_markdown(fake_lt, make_engine):
    eng = make_engine(server=fake_lt.url, language="en-US")
    doc = Document(MD, "story.md", "markdown")
    found = lt_findings(eng.check(doc))

    url = MD.index("http://example.com/teh")
    code_span = MD.index("`teh code`")
    fence = MD.index("code teh here")
    expected = [
        m.start() for m in re.finditer("teh", MD)
        if not (url <= m.start() < url + 22 or code_span <= m.start() < code_span + 10 or fence <= m.start() < fence + 13)
    ]
    assert len(expected) == 4  # heading, bold, link text, after the emoji
    spelled = [f for f in found if f.rule == "LanguageTool.MORFOLOGIK_RULE_EN_US"]
    assert [f.start for f in spelled] == expected
    for f in found:
        assert doc.source[f.start:f.end] == f.text
        assert "`" not in f.text and "*" not in f.text and "Dummy" not in f.text
    a_an = [f for f in found if f.rule == "LanguageTool.EN_A_VS_AN"]
    assert [(f.start, f.text) for f in a_an] == [(MD.index("a apple"), "a")]

    # only prose went over the wire: no Markdown syntax, code or URL
    (params,) = fake_lt.checks
    sent = params["data"]
    for secret in ("example.com", "teh code", "code teh", "**", "`", "# ", "- It"):
        assert secret not in sent
    assert params["language"] == "en-US"


def test_emoji_before_a_match_in_the_same_paragraph(fake_lt, make_engine):
    text = "Fans 😀😀 cheered 🇮🇩 and teh crowd sang.\n"
    eng = make_engine(server=fake_lt.url, language="en-US")
    (f,) = lt_findings(eng.check_text(text, "a.txt"))
    assert (f.start, f.end) == (text.index("teh"), text.index("teh") + 3)


def test_plain_and_html_documents(fake_lt, make_engine):
    eng = make_engine(server=fake_lt.url, language="en-US")
    html = "<p>The <b>teh</b> test is <a href='https://x.org/teh'>here</a> and it is a apple.</p>\n"
    found = lt_findings(eng.check_text(html, "a.html"))
    assert sorted(texts(found)) == ["a", "teh"]
    assert all(html[f.start:f.end] == f.text for f in found)
    assert "x.org" not in fake_lt.checks[0]["data"]


# ------------------------------------------------------------------ findings
def test_replacements_become_suggestions_and_fixes(fake_lt, make_engine):
    text = "I want a apple and teh pear.\n"
    eng = make_engine(server=fake_lt.url, language="en-US")
    found = lt_findings(eng.check_text(text, "a.txt"))
    by_rule = {f.rule: f for f in found}
    a_an = by_rule["LanguageTool.EN_A_VS_AN"]
    assert a_an.suggestions == ("an",)
    assert a_an.severity == Severity.WARNING
    assert a_an.message.startswith("Use ‘an’ instead")
    assert a_an.link.startswith("https://")
    assert by_rule["LanguageTool.MORFOLOGIK_RULE_EN_US"].suggestions == ("the", "ten", "tea")
    fixed = apply_edits(text, plan_fixes(found))
    assert fixed == "I want an apple and teh pear.\n"  # only the single, safe suggestion
    assert "LanguageTool.EN_A_VS_AN" not in {f.rule for f in eng.check_text(fixed, "a.txt")}


def test_match_over_markup_keeps_no_suggestion(fake_lt, make_engine):
    text = "It was the **the** plan.\n"
    eng = make_engine(server=fake_lt.url, language="en-US")
    (f,) = lt_findings(eng.check_text(text, "a.md"))
    assert f.rule == "LanguageTool.ENGLISH_WORD_REPEAT_RULE"
    assert f.text == "the **the"
    assert f.suggestions == ()  # applying "the" would also delete the markup


def test_level_and_per_rule_levels(fake_lt, make_engine):
    eng = make_engine(server=fake_lt.url, language="en-US", level="info", rules={"LanguageTool.EN_A_VS_AN": "error"})
    found = {f.rule: f for f in lt_findings(eng.check_text("I want a apple and teh pear.\n", "a.txt"))}
    assert found["LanguageTool.EN_A_VS_AN"].severity == Severity.ERROR
    assert found["LanguageTool.MORFOLOGIK_RULE_EN_US"].severity == Severity.INFO


def test_disabled_rules_and_categories_are_forwarded(fake_lt, make_engine):
    options = dict(server=fake_lt.url, language="en-US", disabled_rules=["EN_A_VS_AN"], disabled_categories=["TYPOS"],
                   rules={"LanguageTool.UPPERCASE_SENTENCE_START": "off"})
    eng = make_engine(**options)
    doc = Document("I want a apple and teh the the pear.\n", "a.txt")
    found = lt_findings(make_engine(**options, selection=Selection(ignore=frozenset({"Typography"}))).check(doc))
    assert {f.rule for f in found} == {"LanguageTool.ENGLISH_WORD_REPEAT_RULE"}
    # with sunting's own rule on the same range, one finding: sunting's message wins the tie
    (merged,) = [f for f in eng.check(doc) if f.text == "the the"]
    assert merged.rule == "Typography.RepeatedWord" and merged.suggestions == ("the",)
    (params,) = fake_lt.checks
    assert params["disabledRules"].split(",") == ["EN_A_VS_AN", "UPPERCASE_SENTENCE_START"]
    assert params["disabledCategories"] == "TYPOS"


def test_accepted_vocabulary_is_not_flagged(fake_lt, make_engine):
    eng = make_engine(server=fake_lt.url, language="en-US", accept=["Kominfo"])
    found = lt_findings(eng.check_text("The ministry Kominfo said teh plan is ready.\n", "a.txt"))
    assert texts(found) == ["teh"]


def test_suppression_comments_and_ignore(fake_lt, make_engine):
    text = "The teh plan.\n\n<!-- sunting-disable LanguageTool -->\n\nAnother teh plan.\n"
    eng = make_engine(server=fake_lt.url, language="en-US")
    found = lt_findings(eng.check_text(text, "a.md"))
    assert [f.start for f in found] == [text.index("teh")]
    doc = Document("The teh plan.\n", "b.txt")
    before = len(fake_lt.checks)
    def selected(**names):
        return make_engine(server=fake_lt.url, language="en-US",
                           selection=Selection(**{k: frozenset(v) for k, v in names.items()}))

    assert lt_findings(selected(ignore={"LanguageTool"}).check(doc)) == []
    assert lt_findings(selected(select={"EYD"}).check(doc)) == []
    assert len(fake_lt.checks) == before  # not even sent
    assert lt_findings(selected(select={"LanguageTool.MORFOLOGIK_RULE_EN_US"}).check(doc))


# ------------------------------------------------------------------ the language server's API
def test_fast_publish_then_backend_publish(fake_lt, make_engine):
    eng = make_engine(server=fake_lt.url)
    doc = Document("Pemerintah akan merubah aturan itu.\n\nThe minister said teh plan is fine.\n", "a.md", "markdown")
    assert eng.phases == (Phase.PARAGRAPH, Phase.DOCUMENT, Phase.BACKENDS)
    fast = eng.check(doc, phases={Phase.PARAGRAPH, Phase.DOCUMENT})
    assert fast and not lt_findings(fast)
    assert fake_lt.requests == []
    slow = eng.check(doc, phases={Phase.BACKENDS})
    assert eng.phase_of("LanguageTool.MORFOLOGIK_RULE_EN_US") is Phase.BACKENDS
    assert slow and slow == lt_findings(slow)
    assert texts(slow) == ["teh"]


def test_unchanged_text_is_not_sent_again(fake_lt, make_engine):
    paragraphs = [f"Paragraph {i} says the plan is teh best one." for i in range(6)]
    text = "\n\n".join(paragraphs) + "\n"
    eng = make_engine(server=fake_lt.url, language="en-US", max_chars=100)
    first = lt_findings(eng.check_text(text, "a.md"))
    sent = len(fake_lt.checks)
    assert sent >= 3 and len(first) == 6
    assert lt_findings(eng.check_text(text, "a.md")) == first
    assert len(fake_lt.checks) == sent  # nothing re-sent
    edited = text.replace("Paragraph 5 says", "Paragraph 5 said")
    again = lt_findings(eng.check_text(edited, "a.md"))
    assert len(again) == 6
    assert len(fake_lt.checks) == sent + 1  # only the changed part
    # a second engine (the language server reloading its config) reuses the same answers
    assert lt_findings(make_engine(server=fake_lt.url, language="en-US", max_chars=100).check_text(text, "a.md")) == first
    assert len(fake_lt.checks) == sent + 1


# ------------------------------------------------------------------ languages
def test_indonesian_is_not_sent_and_said_once(fake_lt, make_engine):
    eng = make_engine(server=fake_lt.url)  # language: auto
    for name in ("a.md", "b.md", "c.txt"):
        found = eng.check_text(INDONESIAN, name)
        assert any(f.rule.startswith("EYD.") for f in found)
        assert not lt_findings(found)
    assert fake_lt.requests == []  # not even /v2/languages
    (msg,) = drained_messages()
    assert msg.startswith("LanguageTool tidak mendukung bahasa Indonesia")


def test_explicit_indonesian_is_not_sent(fake_lt, make_engine):
    eng = make_engine(server=fake_lt.url, language="id")
    eng.check_text("The teh plan.\n", "a.txt")
    eng.check_text("The teh plan.\n", "b.txt")
    assert fake_lt.requests == []
    (msg,) = drained_messages()
    assert "bahasa Indonesia" in msg


def test_language_the_server_does_not_list(fake_lt, make_engine):
    eng = make_engine(server=fake_lt.url, language="fr")
    eng.check_text("Le teh plan.\n", "a.txt")
    eng.check_text("Le teh plan.\n", "b.txt")
    assert fake_lt.checks == []
    (msg,) = drained_messages()
    assert "'fr'" in msg and "/v2/languages" in msg


def test_english_quote_inside_an_indonesian_article(fake_lt, make_engine):
    text = INDONESIAN + "\n> The minister said that teh decision was final and it is a error.\n\n" + INDONESIAN
    eng = make_engine(server=fake_lt.url)
    found = lt_findings(eng.check_text(text, "a.md"))
    assert texts(found) == ["teh", "a"]
    (params,) = fake_lt.checks
    assert "Pemerintah" not in params["data"]
    assert params["language"] == "en-US"


def test_language_guess():
    from sunting.backends.langguess import guess_language

    assert guess_language(INDONESIAN) == "id"
    assert guess_language("The minister said that the plan was final.") == "en"
    assert guess_language("Jakarta Post") is None


# ------------------------------------------------------------------ failures
def test_server_that_times_out(fake_lt, make_engine):
    fake_lt.delay = 2.0
    eng = make_engine(server=fake_lt.url, language="en-US", timeout=0.3)
    text = "The teh plan.\n\nPemerintah akan merubah aturan itu.\n"
    found = eng.check_text(text, "a.md")
    assert any(f.rule.startswith("EYD.") for f in found) and not lt_findings(found)
    (msg,) = drained_messages()
    assert fake_lt.url in msg and "tidak ada jawaban dalam 0.3 detik" in msg
    t0 = time.monotonic()
    found = eng.check_text(text, "b.md")  # not waited for again in this run
    assert time.monotonic() - t0 < 0.25
    assert any(f.rule.startswith("EYD.") for f in found)
    assert drained_messages() == []


def test_server_that_dies_mid_run(fake_lt, make_engine):
    eng = make_engine(server=fake_lt.url, language="en-US")
    text = "The teh plan.\n\nPemerintah akan merubah aturan itu.\n"
    assert lt_findings(eng.check_text(text, "a.md"))
    fake_lt.stop()
    for name in ("b.md", "c.md"):
        found = eng.check_text(text.replace("plan", "budget"), name)
        assert any(f.rule.startswith("EYD.") for f in found) and not lt_findings(found)
    (msg,) = drained_messages()
    assert "berhenti menjawab" in msg and "docker run" in msg


def test_server_that_is_not_running(make_engine):
    url = f"http://127.0.0.1:{closed_port()}"
    eng = make_engine(server=url, language="en-US")
    found = eng.check_text("The teh plan.\n\nPemerintah akan merubah aturan itu.\n", "a.md")
    assert any(f.rule.startswith("EYD.") for f in found)
    (msg,) = drained_messages()
    assert "tidak dapat dihubungi" in msg and url in msg and "sambungan ditolak" in msg


def test_server_from_the_environment(fake_lt, make_engine, monkeypatch):
    monkeypatch.setenv("SUNTING_LT_SERVER", fake_lt.url + "/v2/")
    eng = make_engine(language="en-US")
    assert texts(lt_findings(eng.check_text("The teh plan.\n", "a.txt"))) == ["teh"]


def test_nothing_installed_says_what_to_do_and_downloads_nothing(make_engine):
    eng = make_engine(language="en-US")
    found = eng.check_text("The teh plan.\n\nPemerintah akan merubah aturan itu.\n", "a.md")
    assert any(f.rule.startswith("EYD.") for f in found)
    (msg,) = drained_messages()
    for hint in ("docker run", "languagetool.server", "LTP_JAR_DIR_PATH", "allow_download"):
        assert hint in msg
    assert not ltserver._started


def test_jar_dir_without_languagetool(make_engine, tmp_path, monkeypatch):
    empty = tmp_path / "lt"
    empty.mkdir()
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(empty))
    make_engine(language="en-US").check_text("The teh plan.\n", "a.txt")
    (msg,) = drained_messages()
    assert str(empty) in msg and "languagetool-server.jar" in msg


def test_no_java(make_engine, tmp_path, monkeypatch):
    jar_dir = tmp_path / "lt"
    jar_dir.mkdir()
    (jar_dir / "languagetool-server.jar").write_bytes(b"")
    monkeypatch.setattr(ltserver.shutil, "which", lambda name: None)
    make_engine(language="en-US", jar_dir=str(jar_dir)).check_text("The teh plan.\n", "a.txt")
    (msg,) = drained_messages()
    assert "Java" in msg and "apt install" in msg


# ------------------------------------------------------------------ a local server, started once
def _fake_java(tmp_path: Path, extra: str = "") -> tuple[Path, Path]:
    """A `java` that runs the stand-in server, and a folder holding languagetool-server.jar."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{HERE / "lt_fake.py"}" "$@" {extra}\n')
    java.chmod(java.stat().st_mode | stat.S_IEXEC)
    jar_dir = tmp_path / "LanguageTool-6.6"
    jar_dir.mkdir()
    (jar_dir / "languagetool-server.jar").write_bytes(b"")
    return bin_dir, jar_dir


def test_local_server_started_once_and_restarted_after_death(make_engine, tmp_path, monkeypatch):
    bin_dir, jar_dir = _fake_java(tmp_path)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(jar_dir))
    eng = make_engine(language="en-US", startup_timeout=30, retry_after=0)
    assert texts(lt_findings(eng.check_text("The teh plan.\n", "a.txt"))) == ["teh"]
    assert texts(lt_findings(make_engine(language="en-US").check_text("A teh budget.\n", "b.txt"))) == ["teh"]
    assert len(ltserver._started) == 1  # one Java server per process, shared by engines
    proc = ltserver._started[0]
    proc.kill()
    proc.wait()
    found = eng.check_text("The teh report.\n\nPemerintah akan merubah aturan itu.\n", "c.md")
    assert any(f.rule.startswith("EYD.") for f in found) and not lt_findings(found)
    (msg,) = drained_messages()
    assert "berhenti (kode" in msg
    # the next check (here at once: retry_after 0) starts it again
    assert texts(lt_findings(eng.check_text("The teh summary.\n", "d.txt"))) == ["teh"]
    assert len(ltserver._started) == 1 and ltserver._started[0] is not proc
    ltserver.reset()
    assert not ltserver._started


def test_local_server_that_fails_to_start(make_engine, tmp_path, monkeypatch):
    bin_dir, jar_dir = _fake_java(tmp_path, extra="--fail-start")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    eng = make_engine(language="en-US", jar_dir=str(jar_dir), startup_timeout=30)
    found = eng.check_text("The teh plan.\n\nPemerintah akan merubah aturan itu.\n", "a.md")
    assert any(f.rule.startswith("EYD.") for f in found)
    (msg,) = drained_messages()
    assert "berhenti saat dijalankan" in msg and "Java yang lebih baru (17 atau sesudahnya)" in msg


def test_prepare_hands_the_local_server_to_workers(make_engine, tmp_path, monkeypatch):
    from sunting.backends import prepare_backends

    bin_dir, jar_dir = _fake_java(tmp_path)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(jar_dir))
    eng = make_engine(language="en-US")
    prepare_backends(eng.config)
    url = os.environ["SUNTING_LT_SERVER"]
    assert url.startswith("http://127.0.0.1:")
    monkeypatch.setenv("SUNTING_LT_SERVER", url)  # undone after the test
    assert texts(lt_findings(make_engine(language="en-US").check_text("The teh plan.\n", "a.txt"))) == ["teh"]
    assert len(ltserver._started) == 1


# ------------------------------------------------------------------ configuration
def test_off_by_default_and_switches(fake_lt, make_engine, tmp_path):
    from sunting.config import Config
    from sunting.engine import Engine

    assert Engine(Config(root=tmp_path)).backends == []
    assert make_engine(server=fake_lt.url, enabled=False).backends == []
    assert make_engine(server=fake_lt.url, rules={"LanguageTool": "off"}).backends == []
    assert len(make_engine(server=fake_lt.url).backends) == 1


@pytest.mark.parametrize(
    "options, words",
    [
        ({"sever": "http://x"}, "kunci 'sever' tidak dikenal"),
        ({"timeout": "soon"}, "languagetool.timeout: seharusnya angka, bukan 'soon'"),
        ({"disabled_rules": "EN_A_VS_AN"}, "languagetool.disabled_rules: seharusnya daftar"),
        ({"level": "loud"}, "languagetool.level"),
        ({"language": "English"}, "'English' bukan kode bahasa seperti en-US (atau auto)"),
    ],
)
def test_config_errors(make_engine, options, words):
    with pytest.raises(ConfigError) as e:
        make_engine(**options)
    assert words in str(e.value)


def test_config_file_round_trip(fake_lt, tmp_path):
    from sunting.config import load_config
    from sunting.engine import Engine

    cfg = tmp_path / "sunting.yaml"
    cfg.write_text(
        f"languagetool:\n  server: {fake_lt.url}\n  language: en-GB\n  disabled_rules: [EN_A_VS_AN]\n"
        "rules:\n  LanguageTool.MORFOLOGIK_RULE_EN_GB: error\n",
        encoding="utf-8",
    )
    eng = Engine(load_config(cfg))
    eng.check_text("A teh plan.\n", "a.txt")
    (params,) = fake_lt.checks
    assert params["language"] == "en-GB" and params["disabledRules"] == "EN_A_VS_AN"


def test_prepare_probes_a_dead_server_once(make_engine, fake_lt):
    from sunting.backends import prepare_backends

    fake_lt.stop()
    eng = make_engine(server=fake_lt.url, language="en-US", timeout=0.5)
    prepare_backends(eng.config)
    (msg,) = drained_messages()
    assert "tidak dapat dihubungi" in msg
    # Warm the engine's own checks first (lexicon, tagger: seconds on a busy machine), so the
    # time measured below is the backend's: a dead server must cost nothing more (timeout 0.5 s).
    eng.check_text("Pemerintah akan merubah aturan itu.\n", "warm.md")
    drained_messages()
    t0 = time.monotonic()
    found = eng.check_text("The teh plan.\n\nPemerintah akan merubah aturan itu.\n", "a.md")
    assert time.monotonic() - t0 < 0.4 and any(f.rule.startswith("EYD.") for f in found)
    assert drained_messages() == []


def test_cli_says_once_that_indonesian_is_not_sent(fake_lt, tmp_path):
    """Many Indonesian files, two worker processes: the notice reaches the terminal once."""
    import subprocess
    import sys

    (tmp_path / "sunting.yaml").write_text(f"languagetool:\n  server: {fake_lt.url}\n", encoding="utf-8")
    for i in range(12):
        (tmp_path / f"berita{i}.md").write_text(
            "Pemerintah daerah menyiapkan anggaran untuk perbaikan jalan desa tahun depan.\n" * 300,  # 24 KB: parallel
            encoding="utf-8",
        )
    proc = subprocess.run(
        [sys.executable, "-m", "sunting", "check", "--jobs", "2", "--format", "json", "."],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if "LanguageTool" in ln]
    assert len(lines) == 1, proc.stderr
    assert fake_lt.checks == []  # no text sent (the parallel run only probes /v2/languages)
