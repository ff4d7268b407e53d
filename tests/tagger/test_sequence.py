"""The ``sequence`` rule type: token patterns over a sentence, exact ranges and fixes."""

from __future__ import annotations

import pytest
import yaml

from sunting.engine import Engine
from sunting.errors import RuleError
from sunting.loader import parse_rule
from sunting.text.document import Document


def rule_from(body: dict, rule_id: str = "House.Test"):
    data = {"type": "sequence", "level": "warning", "message": "pesan {1}", **body}
    return parse_rule(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "House/Test.yml", rule_id)


def findings(body: dict, text: str, kind: str = "plain"):
    engine = Engine(rules=[rule_from(body)])
    return [(f.text, f.suggestions, f.message) for f in engine.check(Document(text, None, kind))]


def spans(body: dict, text: str):
    return [f[0] for f in findings(body, text)]


def test_lower_text_and_mark_with_replace_template():
    body = {"tokens": [{"lower": "katanya"}, {"case": "title"}], "mark": 1, "replace": "{1:root}"}
    assert findings(body, "“Siap,” katanya Budi.") == [("katanya", ("kata",), "pesan katanya")]
    assert findings(body, "Katanya Budi datang.") == [("Katanya", ("Kata",), "pesan Katanya")]
    assert findings(body, "“Siap,” katanya di sana.") == []
    assert spans({"tokens": [{"text": "Namun"}]}, "namun Namun NAMUN") == ["Namun"]


def test_regex_is_a_full_match_and_kind_and_case():
    body = {"tokens": [{"regex": r"\p{Lu}{2}\p{Ll}+", "kind": "word"}]}
    assert spans(body, "PEmerintah dan PEMERINTAH dan Pemerintah.") == ["PEmerintah"]
    assert spans({"tokens": [{"case": "mixed"}]}, "iPhone dan KemenPPPA, bukan Apel.") == ["iPhone", "KemenPPPA"]
    assert spans({"tokens": [{"kind": "number"}, {"lower": "an"}]}, "tahun 1990 an dan 1990-an") == ["1990 an"]


def test_pos_root_prefix_suffix_and_known():
    assert spans({"tokens": [{"pos": "VERB", "prefix": "meN"}]}, "Pemerintah meningkatkan anggaran.") == ["meningkatkan"]
    assert spans({"tokens": [{"root": "tingkat"}]}, "Tingkatkan, meningkatkan, peningkatan, tingkat.") == [
        "Tingkatkan", "meningkatkan", "peningkatan", "tingkat"]
    assert spans({"tokens": [{"suffix": "kan", "case": "lower"}]}, "Ia meningkatkan dan memberikan bantuan.") == [
        "meningkatkan", "memberikan"]
    assert spans({"tokens": [{"known": True, "case": "title"}]}, "Di Pasar ada Zrqwx.") == ["Di", "Pasar"]
    assert spans({"tokens": [{"root_regex": "t.*", "prefix": "di"}]}, "Jalan ditutup dan dibuka.") == ["ditutup"]


def test_negation_previous_next_and_lists_of_alternatives():
    body = {"tokens": [{"lower": "baik", "not": {"previous": {"lower": ["cukup", "sangat"]}}}]}
    assert spans(body, "Baik guru. Cukup baik. Sangat baik. Lebih baik.") == ["Baik", "baik"]
    body = {"tokens": [{"lower": "jadi", "not": [{"next": {"text": ","}}, {"next": {"lower": "tidaknya"}}]}]}
    assert spans(body, "Jadi, ya. Jadi tidaknya. Jadi kami pergi.") == ["Jadi"]


def test_skip_is_bounded_fewest_first_and_constrained():
    body = {"tokens": [{"lower": "sangat"}, {"skip": "1-2", "not": {"kind": "punct"}}, {"lower": "sekali"}],
            "replace": ["{1} {2}", "{2} {3}"]}
    assert findings(body, "Sangat indah sekali.") == [("Sangat indah sekali", ("Sangat indah", "Indah sekali"), "pesan Sangat")]
    assert spans(body, "Sangat indah dan murah sekali.") == []  # three words: longer than the gap
    assert spans(body, "Sangat indah, sekali.") == []  # the gap may not hold punctuation
    assert spans(body, "Sangat sekali.") == []  # at least one word


def test_optional_token_and_phrase():
    body = {"tokens": [{"lower": "ke"}, {"kind": "number"}, {"lower": "provinsi", "optional": True}], "mark": "1-2"}
    assert spans(body, "ke 3 provinsi dan ke 5") == ["ke 3", "ke 5"]
    body = {"tokens": [{"phrase": ["oleh karena itu", "karena itu"], "at": "sentence-start"}, {"not": {"text": ","}}],
            "mark": 1, "replace": "{1},"}
    assert findings(body, "Harga naik. Oleh karena itu warga mengeluh. Karena itu, warga diam.") == [
        ("Oleh karena itu", ("Oleh karena itu,",), "pesan Oleh karena itu")]
    assert spans(body, "Karena itulah warga mengeluh.") == []


def test_unless_antipatterns_cancel_the_matches_they_overlap():
    """LanguageTool's antipatterns: a match an antipattern covers (any of its tokens) is dropped."""
    body = {"tokens": [{"lower": "namun", "at": "sentence-start"}, {"kind": "word"}], "mark": 1, "replace": "{1},",
            "unless": [[{"pos": "ADP", "not": {"at": "sentence-start"}}, {"skip": "0-3", "not": {"text": ","}},
                        {"text": ","}]]}
    text = "Ia setuju. Namun di sisi lain, warga menolak. Namun warga di sisi lain, menolak. Namun warga menolak."
    found = findings(body, text)
    assert [(f[0], f[1]) for f in found] == [("Namun", ("Namun,",)), ("Namun", ("Namun,",))]
    starts = [f.start for f in Engine(rules=[rule_from(body)]).check(Document(text))]
    assert starts == [text.index("Namun warga di"), text.index("Namun warga menolak")]
    # an antipattern elsewhere in the sentence, touching no token of the match, cancels nothing
    body["unless"] = [[{"lower": "warga"}, {"lower": "menolak"}]]
    assert len(spans(body, "Namun kami setuju, warga menolak.")) == 1
    # several antipatterns: any one of them cancels
    body["unless"] = [[{"lower": "kami"}], [{"lower": "namun"}, {"lower": "dia"}]]
    assert spans(body, "Namun kami setuju. Namun dia setuju. Namun warga setuju.") == ["Namun"]


def test_anchors_and_quotes():
    start = {"tokens": [{"lower": "jadi", "at": "sentence-start"}]}
    assert spans(start, "“Jadi kami pergi.” Ia jadi pergi. (Jadi begitu.)") == ["Jadi", "Jadi"]
    assert spans({"tokens": [{"text": ",", "at": "paragraph-end"}], "within": "paragraph"},
                 "Satu, dua.\n\nTiga,") == [","]
    inside = {"tokens": [{"lower": "nggak", "quote": "inside"}]}
    assert spans(inside, "Ia nggak datang. “Saya nggak tahu,” katanya.") == ["nggak"]
    end = {"tokens": [{"kind": "word", "at": "sentence-end"}]}
    assert spans(end, "Ia datang. “Kami pergi,” katanya!") == ["datang", "katanya"]


def test_space_before_and_within_paragraph():
    body = {"tokens": [{"case": "lower"}, {"text": ".", "space_before": False}, {"case": "title", "space_before": False}],
            "replace": "{1}. {3}"}
    assert findings(body, "Harga stabil.Kedua, pasokan cukup.") == []  # a sentence ends at the full stop
    body["within"] = "paragraph"
    assert findings(body, "Harga stabil.Kedua, pasokan cukup.") == [("stabil.Kedua", ("stabil. Kedua",), "pesan stabil")]


def test_replace_transforms():
    def first(body, text):
        return findings(body, text)[0][1]

    assert first({"tokens": [{"lower": "para"}, {"regex": r"(\p{Ll}+)-\1"}], "replace": "{1} {2:single}"},
                 "Para menteri-menteri hadir.") == ("Para menteri",)
    assert first({"tokens": [{"phrase": "wali kota"}], "replace": "{1:title}"}, "Ia wali kota.") == ("Wali Kota",)
    assert first({"tokens": [{"lower": "tingkatkan"}], "replace": "{1:meN}"}, "Kami tingkatkan.") == ("meningkatkan",)
    assert first({"tokens": [{"lower": "mempesona"}], "replace": "{1:meN}"}, "Ia mempesona.") == ("memesona",)
    assert first({"tokens": [{"lower": "baik"}], "replace": "{1:upper}"}, "Ia baik.") == ("BAIK",)


def test_a_paragraph_without_the_rules_words_is_never_tagged():
    engine = Engine(rules=[rule_from({"tokens": [{"lower": "tetapi"}, {"pos": "VERB"}]})])
    doc = Document("Harga beras naik. Warga mengeluh.")
    assert engine.check(doc) == []
    assert all(t is None for t in doc.blocks[0].analysis._tags)


@pytest.mark.parametrize(
    "body, message",
    [
        ({"tokens": [{"lowr": "x"}]}, "'lowr'"),
        ({"tokens": [{"pos": "NOUNS"}]}, "NOUNS"),
        ({"tokens": [{"lower": "x"}, {"skip": "4-2"}]}, "skip"),
        ({"tokens": [{"lower": "x"}, {"skip": "0-100"}]}, "skip"),
        ({"tokens": [{"lower": "x"}], "mark": 3}, "mark"),
        ({"tokens": [{"lower": "x"}], "replace": "{2}"}, "{2}"),
        ({"tokens": [{"lower": "x"}], "unless": [[{"skip": "0-2"}]]}, "sekurang-kurangnya satu pola"),
        ({"tokens": [{"lower": "x"}], "unless": [[{"lowr": "x"}]]}, "'lowr'"),
        ({"tokens": [{"skip": "0-2"}]}, "sekurang-kurangnya satu pola"),
        ({"tokens": [{"regex": "(unclosed"}]}, "'(unclosed'"),
        ({"tokens": []}, "tokens"),
    ],
)
def test_invalid_rules_are_errors_with_a_location(body, message):
    with pytest.raises(RuleError) as e:
        rule_from(body)
    assert message in str(e.value)
    assert e.value.line is not None


def test_describe_shows_the_pattern():
    from sunting.checks.sequence import Sequence

    rule = rule_from({"tokens": [{"lower": ["jadi", "namun"], "at": "sentence-start"}, {"skip": "0-3"},
                                 {"not": {"text": ","}, "optional": True}]})
    assert Sequence.describe(rule) == "[1: lower=jadi|namun at=sentence-start] [2: 0-3 token] [3: bukan text=,?]"
    rule = rule_from({"tokens": [{"lower": "namun"}], "unless": [[{"lower": "namun"}, {"text": ","}]]})
    assert Sequence.describe(rule) == "[1: lower=namun] — kecuali [1: lower=namun] [2: text=,]"


def test_the_readme_example_works_as_written():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    start = readme.index("# styles/House/KataNama.yml")
    text = readme[start:readme.index("```", start)]
    rule = parse_rule(text, "styles/House/KataNama.yml", "House.KataNama")
    engine = Engine(rules=[rule])
    (flag,) = rule.flag_examples
    found = engine.check(Document(flag.text))
    assert [(f.text, f.suggestions) for f in found] == [("katanya", ("kata",))]
    assert engine.check(Document(rule.pass_examples[0].text)) == []


def test_explain_and_hover_show_the_pattern():
    from sunting.cli import explain
    from sunting.lsp.hover import explain as hover

    rule = rule_from({"tokens": [{"lower": "katanya"}, {"case": "title"}], "mark": 1})
    assert "Pola: [1: lower=katanya] [2: case=title]" in explain(rule)
    finding = Engine(rules=[rule]).check(Document("“Siap,” katanya Budi."))[0]
    assert "Pola: `[1: lower=katanya] [2: case=title]`" in hover(finding, rule)


def test_tags_are_asked_for_only_once_the_rest_of_a_match_holds():
    # no word of the rule is named, but nothing else of the pattern holds in the first two
    # sentences: only the third one (a bare -kan verb after a capitalised word) is tagged
    engine = Engine(rules=[rule_from({"tokens": [{"case": "title", "pos": ["NOUN", "PROPN"]},
                                                 {"suffix": "kan", "case": "lower"}], "mark": 2})])
    doc = Document("Harga beras naik. Warga mengeluh lagi. Kementerian tingkatkan anggaran.")
    assert [f.text for f in engine.check(doc)] == ["tingkatkan"]
    analysis = doc.blocks[0].analysis
    assert [t is not None for t in analysis._tags] == [False] * 8 + [True] * 4


def test_an_anchor_after_single_token_patterns_is_found():
    body = {"tokens": [{"case": "lower"}, {"text": "."}, {"case": "title", "space_before": False}],
            "within": "paragraph"}
    assert spans(body, "Ia pergi. Kami tinggal.Dia datang.") == ["tinggal.Dia"]
