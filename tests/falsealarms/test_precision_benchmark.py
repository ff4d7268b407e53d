"""benchmarks/precision.py computes its figures from the verdicts as documented: precision per
tier, false findings per 1,000 words, first suggestion right, findings without a verdict,
stale suggestion verdicts, judged-TRUE findings no longer reported — and absorbs a sheet."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _module():
    spec = importlib.util.spec_from_file_location("precision_bench", REPO / "benchmarks" / "precision.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


ARTICLE = ("# Judul\n\nPemerintah telah merubah aturan itu dan sekedar menunda pelaksanaannya kemarin.\n\n"
           "Warga menerima bantuan secara online dari pemerintah.\n")


def test_figures_from_verdicts(tmp_path, capsys):
    P = _module()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(ARTICLE, encoding="utf-8")
    sheet, out, verdicts = tmp_path / "sheet.tsv", tmp_path / "out.json", tmp_path / "verdicts-x.tsv"
    args = ["--corpus", str(corpus), "--split", "all", "--sheet", str(sheet), "--json", str(out), "--no-fallback"]
    assert P.main(args + ["--verdicts"]) == 0
    rows = P.read_tsv(sheet)
    found = {(r["rule"], r["text"]): r for r in rows}
    assert ("EYD.BakuForms", "merubah") in found and ("EYD.BakuForms", "sekedar") in found
    assert ("Newsroom.ForeignTerms", "online") in found

    # judge: merubah TRUE (right fix), sekedar FALSE, online TRUE with a stale first suggestion,
    # and one TRUE verdict for a finding the check no longer reports
    def verdict(r, v, s, suggestion=None):
        return {**{k: r[k] for k in ("file", "start", "end", "rule", "text")},
                "suggestion": r["suggestion"] if suggestion is None else suggestion,
                "verdict": v, "suggestion_right": s, "reason": "test"}

    lines = [verdict(found[("EYD.BakuForms", "merubah")], "TRUE", "yes"),
             verdict(found[("EYD.BakuForms", "sekedar")], "FALSE", "na"),
             verdict(found[("Newsroom.ForeignTerms", "online")], "TRUE", "yes", suggestion="luring"),
             {"file": "a.md", "start": "1", "end": "3", "rule": "EYD.Spelling", "text": "Ju", "suggestion": "",
              "verdict": "TRUE", "suggestion_right": "na", "reason": "gone"}]
    P.write_tsv(verdicts, P.VERDICT_FIELDS, lines)
    assert P.main(args + ["--verdicts", str(verdicts)]) == 0
    fig = json.loads(out.read_text(encoding="utf-8"))
    w, i = fig["tiers"]["warning"], fig["tiers"]["info"]
    assert (w["TRUE"], w["FALSE"], w["unjudged"]) == (1, 1, w["findings"] - 2)
    assert w["precision"] == 0.5
    assert abs(w["false_per_1k"] - 1000.0 / fig["words"]) < 1e-9
    assert (i["TRUE"], i["suggestion_stale"]) == (1, 1)  # online's first suggestion changed since judged
    assert fig["suggestion_right"] == 1.0  # merubah's; online's is stale, so not counted
    assert fig["lost_true"] == {"EYD.Spelling": 1}
    report = capsys.readouterr().out
    assert "judged TRUE, no longer reported: 1" in report

    # absorbing a filled-in sheet keeps every verdict, the sheet's winning on the same key
    sheet_rows = P.read_tsv(sheet)
    for r in sheet_rows:
        if r["text"] == "online":
            r["suggestion_right"] = "yes"
    P.write_tsv(sheet, P.SHEET_FIELDS, sheet_rows)
    assert P.main(["--absorb", str(sheet), "--into", str(verdicts)]) == 0
    kept = {(r["rule"], r["text"]): r for r in P.read_tsv(verdicts)}
    assert kept[("Newsroom.ForeignTerms", "online")]["suggestion"] == "daring"
    assert kept[("EYD.Spelling", "Ju")]["verdict"] == "TRUE"
