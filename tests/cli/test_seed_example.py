"""The bundled example (the seed article) through the real command with the shipped packs:
the four problems the issue names, each with its exact range."""

from __future__ import annotations

import json
import shutil

from cli_helpers import REPO

EXAMPLE = REPO / "examples" / "seed-article.txt"


def test_bundled_example_is_the_seed_article(shared):
    assert EXAMPLE.read_bytes() == (shared / "corpus" / "seed" / "seed-article.txt").read_bytes()


def test_seed_article_findings(tmp_path, sunting):
    article = tmp_path / "seed-article.txt"  # outside the repository: no config, built-in packs
    shutil.copyfile(EXAMPLE, article)
    text = article.read_text(encoding="utf-8")
    lines = text.split("\n")
    r = sunting(["check", "--format", "json", article.name], tmp_path)
    assert r.returncode in (0, 1), r
    rows = json.loads(r.stdout)
    for row in rows:  # every finding: exact range and text
        assert row["line"] == row["end_line"]
        assert lines[row["line"] - 1][row["column"] - 1:row["end_column"] - 1] == row["text"]

    def find(text, suggestion=None):
        hits = [x for x in rows if x["text"] == text and (suggestion is None or x["suggestions"][:1] == [suggestion])]
        assert hits, f"no finding on {text!r}" + (f" → {suggestion!r}" if suggestion else "")
        return hits[0]

    merubah = find("merubah", "mengubah")
    line = next(i for i, ln in enumerate(lines) if "telah merubah" in ln)
    assert (merubah["line"], merubah["column"]) == (line + 1, lines[line].index("merubah") + 1)
    find("cuman", "cuma")
    trust = find("publik trust")
    assert trust["severity"] in ("warning", "error")
    # the paragraph that ends ‘kepada masyarakat’ without a full stop
    para = next(i for i, ln in enumerate(lines) if ln.rstrip().endswith("kepada masyarakat"))
    end = [x for x in rows if x["line"] == para + 1 and x["end_column"] - 1 == len(lines[para].rstrip())]
    assert end and end[0]["text"] == "masyarakat" and end[0]["suggestions"][:1] == ["masyarakat."]


def test_seed_article_text_output(tmp_path, sunting):
    shutil.copyfile(EXAMPLE, tmp_path / "seed-article.txt")
    r = sunting(["check", "seed-article.txt"], tmp_path)
    assert r.returncode in (0, 1), r
    assert "seed-article.txt:" in r.stdout and "merubah" in r.stdout
    assert r.stderr.strip().endswith("berkas.")
