"""Other languages through the HTTP door: forwarded to the configured LanguageTool server (here
the stand-in of tests/languagetool/lt_fake.py, which records what it is sent), its answer
returned, its failures said."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def forwarding(serve, project, fake_lt):
    """A door whose sunting.yaml names the stand-in LanguageTool server."""
    from sunting.http.service import CheckService

    root = project(f"languagetool:\n  server: {fake_lt.url}\n")
    return serve(service=CheckService(root=root))


def test_english_is_forwarded_with_every_field(forwarding, fake_lt):
    answer = forwarding.check(text="I want a apple and teh pear.", language="en-US", motherTongue="id",
                              disabledRules="ENGLISH_WORD_REPEAT_RULE", enabledOnly="false", level="picky",
                              preferredVariants="en-GB", apiKey="rahasia", username="redaksi")
    assert answer.status == 200
    d = answer.json
    assert d["software"]["version"] == "6.6-fake"  # LanguageTool's own answer, unchanged
    assert [(m["rule"]["id"], m["offset"], m["length"]) for m in d["matches"]] == [
        ("MORFOLOGIK_RULE_EN_US", 19, 3), ("EN_A_VS_AN", 7, 1)]
    (sent,) = fake_lt.checks
    assert sent == {"text": "I want a apple and teh pear.", "language": "en-US", "motherTongue": "id",
                    "disabledRules": "ENGLISH_WORD_REPEAT_RULE", "enabledOnly": "false", "level": "picky",
                    "preferredVariants": "en-GB"}  # the credentials stay here


def test_annotated_text_is_forwarded_as_sent(forwarding, fake_lt):
    data = json.dumps({"annotation": [{"text": "It is "}, {"markup": "<b>"}, {"text": "teh"}, {"markup": "</b>"},
                                      {"text": " end."}]})
    d = forwarding.check(data=data, language="en-US").json
    assert [(m["rule"]["id"], m["offset"], m["length"]) for m in d["matches"]] == [("MORFOLOGIK_RULE_EN_US", 9, 3)]
    assert fake_lt.checks[0]["data"] == data


def test_auto_sends_english_as_the_configured_variant(forwarding, fake_lt):
    d = forwarding.check(text="The minister said that teh plan was final.", language="auto").json
    assert [m["rule"]["id"] for m in d["matches"]] == ["MORFOLOGIK_RULE_EN_US"]
    assert fake_lt.checks[0]["language"] == "en-US"


def test_indonesian_with_an_english_paragraph_merges_both(forwarding, fake_lt):
    text = "Kami akan merubah rencana itu.\n\nThe minister said that teh plan was final.\n"
    d = forwarding.check(text=text, language="id-ID").json
    got = [(m["rule"]["id"], text[m["offset"]:m["offset"] + m["length"]]) for m in d["matches"]]
    assert got == [("EYD.BakuForms", "merubah"), ("MORFOLOGIK_RULE_EN_US", "teh")]
    lt = d["matches"][1]
    assert lt["rule"]["category"] == {"id": "TYPOS", "name": "Possible Typo"}  # as LanguageTool described it
    assert lt["rule"]["issueType"] == "misspelling"
    assert "Kami" not in fake_lt.checks[0]["data"]  # the Indonesian paragraph stayed here
    assert d["warnings"] == {"incompleteResults": False}
    # LanguageTool's ids and categories select as they would on LanguageTool
    assert [m["rule"]["id"] for m in forwarding.check(text=text, language="id", disabledRules="MORFOLOGIK_RULE_EN_US").json["matches"]] == ["EYD.BakuForms"]
    assert [m["rule"]["id"] for m in forwarding.check(text=text, language="id", disabledCategories="TYPOS").json["matches"]] == ["EYD.BakuForms"]
    assert [m["rule"]["id"] for m in forwarding.check(text=text, language="id", enabledOnly="true",
                                                       enabledCategories="TYPOS").json["matches"]] == ["MORFOLOGIK_RULE_EN_US"]


def test_languages_lists_both(forwarding):
    langs = forwarding.request("GET", "/v2/languages").json
    codes = [d["longCode"] for d in langs]
    assert codes[:2] == ["id", "id-ID"] and "en-US" in codes and "de-DE" in codes


def test_a_language_the_server_does_not_list(forwarding, fake_lt):
    answer = forwarding.check(text="Le plan est prêt.", language="fr")
    assert answer.status == 400 and answer.json["error"]["code"] == "unknown_language"
    assert fake_lt.checks == []


def test_languagetool_refusing_the_request(forwarding, fake_lt):
    fake_lt.refuse = (400, "Error: Your text exceeds the limit of 20000 characters")
    answer = forwarding.check(text="A teh plan.", language="en-US")
    assert answer.status == 400
    err = answer.json["error"]
    assert err["code"] == "languagetool_rejected" and "exceeds the limit of 20000" in err["message"]


def test_languagetool_down(forwarding, fake_lt):
    fake_lt.stop()
    answer = forwarding.check(text="A teh plan.", language="en-US")
    assert answer.status == 503 and answer.json["error"]["code"] == "languagetool_unavailable"
    # Indonesian text is still checked, the English paragraph said to be left out
    text = "Kami akan merubah rencana itu.\n\nThe minister said that teh plan was final.\n"
    d = forwarding.check(text=text, language="id-ID").json
    assert [m["rule"]["id"] for m in d["matches"]] == ["EYD.BakuForms"]
    assert d["warnings"]["incompleteResults"] is True
    assert [w["code"] for w in d["warnings"]["messages"]] == ["languagetool_unavailable"]
