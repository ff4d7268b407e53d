"""The HTTP door against LanguageTool's documented API v2 shapes, over a real socket.

Indonesian text gets sunting's findings exactly as ``sunting check`` gives them; offsets are
UTF-16 code units of the text sent (of the original, for AnnotatedText), as LanguageTool's
clients count them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "seed-article.txt"


def u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def cli_findings(path: Path, cwd: Path) -> list[dict]:
    proc = subprocess.run([sys.executable, "-m", "sunting", "check", "--format", "json", str(path)],
                          cwd=cwd, capture_output=True, text=True, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def offset_of(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(ln) + 1 for ln in lines[: line - 1]) + column - 1


# ------------------------------------------------------------------ sunting's findings, as the CLI gives them
def test_seed_article_matches_the_cli_exactly(live, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    answer = live.check(text=text, language="id-ID")
    assert answer.status == 200
    assert answer.headers["content-type"].startswith("application/json")
    matches = answer.json["matches"]
    (tmp_path / "seed-article.txt").write_text(text, encoding="utf-8")
    expected = []
    for d in cli_findings(tmp_path / "seed-article.txt", tmp_path):
        start = offset_of(text, d["line"], d["column"])
        end = offset_of(text, d["end_line"], d["end_column"])
        assert text[start:end] == d["text"]
        expected.append((u16(text[:start]), u16(text[start:end]), d["rule"], d["message"], d["suggestions"], d["link"]))
    got = [(m["offset"], m["length"], m["rule"]["id"], m["message"], [r["value"] for r in m["replacements"]],
            (m["rule"].get("urls") or [{"value": ""}])[0]["value"]) for m in matches]
    assert got == expected
    flagged = {text[m["offset"]:m["offset"] + m["length"]] for m in matches}
    assert {"Komimfo", "antata", "yangl", "merubah", "cuman", "publik trust"} <= flagged


def test_answer_has_languagetools_shape(live):
    text = "Kami akan merubah rencana itu."
    d = live.check(text=text, language="id-ID").json
    assert set(d) == {"software", "warnings", "language", "matches"}
    assert d["software"]["name"] == "sunting" and d["software"]["apiVersion"] == 1
    assert d["warnings"] == {"incompleteResults": False}
    assert d["language"]["code"] == "id-ID" and d["language"]["detectedLanguage"]["code"] == "id-ID"
    (m,) = [m for m in d["matches"] if m["rule"]["id"] == "EYD.BakuForms"]
    assert m["offset"] == text.index("merubah") and m["length"] == 7
    assert m["replacements"] == [{"value": "mengubah"}]
    assert m["message"] == "Bentuk baku: ‘mengubah’, bukan ‘merubah’."
    assert m["shortMessage"] == "Salah eja"
    assert m["rule"]["issueType"] == "misspelling"
    assert m["rule"]["category"] == {"id": "EYD", "name": "Ejaan (EYD V)"}
    assert isinstance(m["rule"]["description"], str) and m["rule"]["description"]
    assert m["sentence"] == text
    assert m["context"] == {"text": text, "offset": text.index("merubah"), "length": 7}
    assert m["type"] == {"typeName": "Other"}


def test_every_field_real_languagetool_sends_is_there(live, real_lt):
    """Key by key, a match of ours has every field the real LanguageTool's match has."""
    import urllib.parse
    import urllib.request

    body = urllib.parse.urlencode({"text": "It was a honest mistake.", "language": "en-US"}).encode()
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(real_lt.url + "/v2/check", body, 60) as r:
        theirs = json.loads(r.read())
    ours = live.check(text="Kami akan merubah rencana itu.", language="id-ID").json

    def keys(d, prefix=""):
        out = set()
        for k, v in d.items():
            out.add(prefix + k)
            if isinstance(v, dict):
                out |= keys(v, prefix + k + ".")
        return out

    optional = {"rule.urls", "rule.subId", "rule.sourceFile", "rule.isPremium", "rule.tags",
                "software.premiumHint", "language.detectedLanguage.source", "sentenceRanges", "extendedSentenceRanges"}
    assert keys(theirs) - keys(ours) - optional - {"matches"} <= set()
    assert keys(theirs["matches"][0]) - keys(ours["matches"][0]) - optional == set()
    for k in ("offset", "length"):
        assert isinstance(ours["matches"][0][k], int)


def test_utf16_offsets_after_emoji(live):
    prefix = "Kami 😀🇮🇩 sudah "
    text = prefix + "merubah rencana 👍🏽 itu dan yangl lain."
    d = live.check(text=text, language="id-ID").json
    by_rule = {m["rule"]["id"]: m for m in d["matches"]}
    m = by_rule["EYD.BakuForms"]
    assert (m["offset"], m["length"]) == (u16(prefix), 7)
    assert u16(prefix) == len(prefix) + 3  # 😀 and two regional indicators: one extra unit each
    s = by_rule["EYD.Spelling"]
    assert (s["offset"], s["length"]) == (u16(text[: text.index("yangl")]), 5)
    # the context's own offsets count UTF-16 too
    c = m["context"]
    assert c["text"].encode("utf-16-le")[2 * c["offset"]:2 * (c["offset"] + c["length"])].decode("utf-16-le") == "merubah"


def test_annotated_text_offsets_count_the_original(live):
    parts = [
        {"markup": "<p>"}, {"text": "Pemerintah akan "}, {"markup": "<b>"}, {"text": "merubah"},
        {"markup": "</b>"}, {"text": " aturan itu."}, {"markup": "</p>", "interpretAs": "\n\n"},
        {"markup": "<p>"}, {"text": "Kolaborasi antata lembaga 😀 diperkuat."}, {"markup": "</p>"},
    ]
    original = "".join(p.get("text", p.get("markup")) for p in parts)
    d = live.check(data=json.dumps({"annotation": parts}), language="id").json
    got = {(m["rule"]["id"], original[m["offset"]:m["offset"] + m["length"]]) for m in d["matches"]}
    assert ("EYD.BakuForms", "merubah") in got
    assert ("EYD.Spelling", "antata") in got
    (m,) = [m for m in d["matches"] if m["rule"]["id"] == "EYD.BakuForms"]
    assert m["offset"] == u16("<p>Pemerintah akan <b>")
    assert m["sentence"] == "Pemerintah akan merubah aturan itu."  # the plain text, markup read as itself


def test_annotated_range_over_markup_widens_to_the_whole_markup(live):
    parts = [{"text": "Dia bilang "}, {"markup": "<i>"}, {"text": "yang"}, {"markup": "</i>"},
             {"text": " yang lain sudah datang."}]
    original = "".join(p.get("text", p.get("markup")) for p in parts)
    d = live.check(data=json.dumps({"annotation": parts}), language="id-ID").json
    (m,) = [m for m in d["matches"] if m["rule"]["id"] == "Typography.RepeatedWord"]
    assert original[m["offset"]:m["offset"] + m["length"]] == "yang</i> yang"


def test_get_check_and_query_parameters(live):
    d = live.request("GET", "/v2/check", {"text": "Kami akan merubah rencana.", "language": "id-ID"}).json
    assert [m["rule"]["id"] for m in d["matches"]] == ["EYD.BakuForms"]


def test_languages(live):
    answer = live.request("GET", "/v2/languages")
    assert answer.status == 200
    langs = answer.json
    assert {"name": "Bahasa Indonesia", "code": "id", "longCode": "id-ID"} in langs
    assert all(set(d) == {"name", "code", "longCode"} for d in langs)


# ------------------------------------------------------------------ selection, as LanguageTool's fields say
TEXT = "Kami akan merubah rencana  itu dan yangl lain."


def rules_of(answer) -> list[str]:
    assert answer.status == 200, answer.body
    return [m["rule"]["id"] for m in answer.json["matches"]]


def test_all_findings_by_default(live):
    assert rules_of(live.check(text=TEXT, language="id")) == [
        "EYD.BakuForms", "Typography.DoubleSpace", "EYD.Spelling",
    ]


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"disabledRules": "EYD.BakuForms,Typography.DoubleSpace"}, ["EYD.Spelling"]),
        ({"disabledCategories": "Typography"}, ["EYD.BakuForms", "EYD.Spelling"]),
        ({"enabledRules": "EYD.Spelling", "enabledOnly": "true"}, ["EYD.Spelling"]),
        ({"enabledCategories": "Typography", "enabledOnly": "true"}, ["Typography.DoubleSpace"]),
        ({"enabledRules": "EYD.Spelling"}, ["EYD.BakuForms", "Typography.DoubleSpace", "EYD.Spelling"]),
        ({"disabledRules": "NO_SUCH_RULE", "motherTongue": "jv"}, ["EYD.BakuForms", "Typography.DoubleSpace", "EYD.Spelling"]),
    ],
)
def test_rule_and_category_selection(live, fields, expected):
    assert rules_of(live.check(text=TEXT, language="id-ID", **fields)) == expected


def test_picky_reports_what_the_configured_level_hides(project, serve):
    from sunting.http.service import CheckService

    svc = CheckService(root=project("min_level: warning\n"))
    server = serve(service=svc)
    text = "Kementerian Kominfo menggelar rapat dengan humas lembaga."
    normal = rules_of(server.check(text=text, language="id-ID"))
    picky = rules_of(server.check(text=text, language="id-ID", level="picky"))
    assert "Newsroom.OutdatedInstitutions" not in normal  # info: below min_level
    assert "Newsroom.OutdatedInstitutions" in picky


def test_hints_only_with_picky(live):
    text = "Badan Pusat Statistik (BPS) merilis data inflasi bulan ini."
    assert rules_of(live.check(text=text, language="id-ID")) == []
    assert rules_of(live.check(text=text, language="id-ID", level="picky")) == ["Newsroom.Acronyms"]


def test_auto_detects_indonesian(live):
    d = live.check(text=TEXT, language="auto").json
    assert d["language"]["code"] == "id-ID"
    assert [m["rule"]["id"] for m in d["matches"]] == ["EYD.BakuForms", "Typography.DoubleSpace", "EYD.Spelling"]


# ------------------------------------------------------------------ other languages without LanguageTool
@pytest.mark.parametrize("language", ["en-US", "de-DE", "auto"])
def test_other_languages_without_languagetool_are_left_out_with_a_warning(live, language):
    d = live.check(text="This is a apple and the minister said so.", language=language).json
    assert d["matches"] == []
    assert d["warnings"]["incompleteResults"] is True
    (w,) = d["warnings"]["messages"]
    assert w["code"] == "languagetool_not_configured" and "LanguageTool" in w["message"]


def test_english_paragraph_without_languagetool_is_said(live):
    text = "Kami akan merubah rencana itu.\n\nThe minister said that the plan was a error.\n"
    d = live.check(text=text, language="id-ID").json
    assert [m["rule"]["id"] for m in d["matches"] if m["rule"]["id"] == "EYD.BakuForms"] == ["EYD.BakuForms"]
    assert [w["code"] for w in d["warnings"]["messages"]] == ["english_not_checked"]
