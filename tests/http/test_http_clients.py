"""Real LanguageTool clients against a real ``sunting serve --http`` process.

language-tool-python (``remote_server=``) is a LanguageTool client as its users run it: it
lists the server's languages, validates the language against them, posts ``/v2/check`` and
turns LanguageTool's UTF-16 offsets back into Python string indices. If it finds sunting's
findings at the right places, so does any client that counts as LanguageTool does.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "seed-article.txt"

pytestmark = pytest.mark.e2e


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServeProcess:
    def __init__(self, cwd: Path, *extra: str):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sunting", "serve", "--http", str(self.port), "--access-log", "off", *extra],
            cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + 120
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"sunting serve --http exited: {self.proc.stderr.read()}")
            try:
                with opener.open(self.url + "/healthz", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("sunting serve --http did not start") from None
                time.sleep(0.2)

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def sunting_http(tmp_path_factory):
    server = ServeProcess(tmp_path_factory.mktemp("newsroom"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def sunting_http_with_lt(tmp_path_factory, real_lt):
    server = ServeProcess(tmp_path_factory.mktemp("newsroom-lt"), "--languagetool", real_lt.url)
    yield server
    server.stop()


def ltp(url: str, language: str = "id-ID"):
    import language_tool_python

    return language_tool_python.LanguageTool(language, remote_server=url)


def cli_json(text: str, tmp_path: Path) -> list[dict]:
    f = tmp_path / "seed-article.txt"
    f.write_text(text, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "sunting", "check", "--format", "json", f.name],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_language_tool_python_finds_the_seed_articles_errors(sunting_http, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    tool = ltp(sunting_http.url)
    matches = tool.check(text)
    got = [(text[m.offset:m.offset + m.error_length], m.rule_id, m.replacements) for m in matches]
    expected = [(d["text"], d["rule"], d["suggestions"]) for d in cli_json(text, tmp_path)]
    assert got == expected  # the CLI's findings, at the places the CLI names
    flagged = {t: (rule, reps) for t, rule, reps in got}
    assert flagged["Komimfo"][1][:1] == ["Kominfo"]
    assert flagged["antata"][1][:1] == ["antara"]
    assert flagged["yangl"][1][:1] == ["yang"]
    assert flagged["merubah"] == ("EYD.BakuForms", ["mengubah"])
    for m in matches:  # its own view of the match agrees too
        assert m.matched_text == text[m.offset:m.offset + m.error_length]


def test_language_tool_python_offsets_after_emoji(sunting_http):
    text = "Tim 🇮🇩 dan suporter 😀😀 sudah merubah rencana, kata yangl lain."
    matches = ltp(sunting_http.url).check(text)
    spots = {m.rule_id: (m.offset, m.error_length) for m in matches}
    assert spots["EYD.BakuForms"] == (text.index("merubah"), 7)
    assert spots["EYD.Spelling"] == (text.index("yangl"), 5)


def test_language_tool_python_settings_reach_sunting(sunting_http):
    text = "Kami akan merubah rencana  itu dan yangl lain."
    tool = ltp(sunting_http.url)
    assert sorted(m.rule_id for m in tool.check(text)) == ["EYD.BakuForms", "EYD.Spelling", "Typography.DoubleSpace"]
    tool.disabled_rules = {"EYD.BakuForms"}
    tool.disabled_categories = {"Typography"}
    assert [m.rule_id for m in tool.check(text)] == ["EYD.Spelling"]
    tool.disabled_rules, tool.disabled_categories = set(), set()
    tool.enabled_rules = {"Typography.DoubleSpace"}
    tool.enabled_rules_only = True
    assert [m.rule_id for m in tool.check(text)] == ["Typography.DoubleSpace"]


def test_language_tool_python_sees_indonesian_listed(sunting_http):
    import language_tool_python

    tool = ltp(sunting_http.url, "id")
    assert {"id", "id-ID"} <= tool._get_languages()
    with pytest.raises(ValueError):
        language_tool_python.LanguageTool("xx-YY", remote_server=sunting_http.url)


def test_english_forwarded_to_languagetool_and_merged(sunting_http_with_lt):
    english = ltp(sunting_http_with_lt.url, "en-US")
    assert [(m.rule_id, m.offset, m.replacements[:1]) for m in english.check("It was a honest mistake.")] == [
        ("EN_A_VS_AN", 7, ["an"])
    ]
    # an Indonesian article quoting English: sunting's findings and LanguageTool's, one answer
    text = "Kami akan merubah rencana itu.\n\nThe minister said it was a honest mistake.\n"
    mixed = ltp(sunting_http_with_lt.url, "id-ID").check(text)
    got = [(m.rule_id, text[m.offset:m.offset + m.error_length]) for m in mixed]
    assert ("EYD.BakuForms", "merubah") in got
    assert ("EN_A_VS_AN", "a") in got
    (lt,) = [m for m in mixed if m.rule_id == "EN_A_VS_AN"]
    assert lt.offset == text.index("a honest") and lt.category == "MISC"


# ------------------------------------------------------------------ LibreOffice Writer's own client
LO_PYTHON = "/usr/bin/python3"  # the Python that Debian's python3-uno belongs to


def _libreoffice_missing() -> str | None:
    import shutil

    if not shutil.which("soffice"):
        return "LibreOffice is not installed (scripts/test.sh installs libreoffice-writer-nogui and python3-uno as root)"
    probe = subprocess.run([LO_PYTHON, "-c", "import uno"], capture_output=True)
    if probe.returncode != 0:
        return "python3-uno is not installed"
    return None


LO_MISSING = _libreoffice_missing()


@pytest.mark.skipif(LO_MISSING is not None, reason=str(LO_MISSING))
def test_libreoffice_writer_languagetool_remote(sunting_http, tmp_path):
    """LibreOffice's LanguageTool Remote (Tools ▸ Options ▸ Language Settings ▸ LanguageTool
    Server, Base URL …/v2), headless: it lists the server's languages, knows Indonesian from
    them, posts the paragraph and reads sunting's findings at the right UTF-16 offsets."""
    text = "Tim 😀 sudah merubah rencana itu, kata yangl lain."
    (tmp_path / "paragraph.txt").write_text(text, encoding="utf-8")
    proc = subprocess.run([LO_PYTHON, str(Path(__file__).with_name("lo_client.py")), sunting_http.url + "/v2",
                           str(tmp_path / "paragraph.txt"), "id-ID"],
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["hasLocale"] is True
    units = text.encode("utf-16-le")

    def flagged(e):
        return units[2 * e["start"]:2 * (e["start"] + e["length"])].decode("utf-16-le")

    got = [(flagged(e), e["suggestions"]) for e in seen["errors"]]
    assert got == [("merubah", ["mengubah"]), ("yangl", ["yang"])]
    assert seen["errors"][0]["start"] == text.index("merubah") + 1  # the emoji is two UTF-16 units
    # LibreOffice shows LanguageTool's "message" as its short comment
    assert seen["errors"][0]["short"] == "Bentuk baku: ‘mengubah’, bukan ‘merubah’."
