"""Reading files into the prose map (issues 11.5, 11.6, 10.9), through the real CLI:
a BOM does not turn front matter into prose, text nested past the parser's limit is still
checked, and inline code in HTML ends no sentence."""

from __future__ import annotations

import json


def _found(r):
    assert r.returncode in (0, 1), r
    return [(x["line"], x["column"], x["text"]) for x in json.loads(r.stdout)]


def test_bom_does_not_turn_front_matter_into_prose(project, sunting):
    text = "\ufeff---\njudul: Dia merubah\ntags: [merubah, sekedar]\n---\n# Judul merubah\n\nDia merubah rencana.\n"
    f = project / "a.md"
    f.write_bytes(text.encode("utf-8"))
    assert _found(sunting(["check", "--format", "json", "a.md"], project)) == [(5, 9, "merubah"), (7, 5, "merubah")]
    sunting(["check", "--fix", "a.md"], project)
    assert f.read_bytes() == text.replace("Judul merubah", "Judul mengubah").replace(
        "Dia merubah rencana", "Dia mengubah rencana").encode("utf-8")


def test_bom_with_crlf_front_matter(project, sunting):
    text = "\ufeff---\r\ntags: [merubah]\r\n---\r\nDia merubah rencana.\r\n"
    (project / "a.md").write_bytes(text.encode("utf-8"))
    assert _found(sunting(["check", "--format", "json", "a.md"], project)) == [(4, 5, "merubah")]


def test_bom_first_heading_is_a_heading(project, sunting):
    # a heading-scoped check sees the first line as a heading, with or without a BOM
    (project / "styles" / "Test" / "Judul.yml").write_text(
        "type: existence\nlevel: warning\nscope: heading\nmessage: m\ntokens: [Judul]\n", encoding="utf-8")
    for bom in ("", "\ufeff"):
        (project / "a.md").write_bytes(f"{bom}# Judul berita\n\nJudul lagi.\n".encode("utf-8"))
        rows = json.loads(sunting(["check", "--format", "json", "a.md"], project).stdout)
        assert [(x["rule"], x["line"], x["column"]) for x in rows] == [("Test.Judul", 1, 3)], bom


def test_text_nested_past_the_parser_limit_is_checked(project, sunting):
    deep_quote = "> " * 25 + "Dia merubah rencana.\n\nLalu sekedar lewat.\n"
    (project / "q.md").write_text(deep_quote, encoding="utf-8")
    assert _found(sunting(["check", "--format", "json", "q.md"], project)) == [(1, 55, "merubah"), (3, 6, "sekedar")]
    deep_list = "".join("  " * i + f"- butir {i} merubah\n" for i in range(12)) + "\nLalu sekedar lewat.\n"
    (project / "l.md").write_text(deep_list, encoding="utf-8")
    rows = _found(sunting(["check", "--format", "json", "l.md"], project))
    assert [r[0] for r in rows] == list(range(1, 13)) + [14]
    assert [r[2] for r in rows] == ["merubah"] * 12 + ["sekedar"]


def test_text_nested_far_past_any_limit_is_checked_as_plain_prose(project, sunting):
    text = "> " * 300 + "Dia merubah rencana.\n\nLalu sekedar lewat.\n"
    (project / "q.md").write_text(text, encoding="utf-8")
    assert _found(sunting(["check", "--format", "json", "q.md"], project)) == [(1, 605, "merubah"), (3, 6, "sekedar")]


def test_html_inline_code_does_not_start_a_sentence(tmp_path, sunting):
    # built-in packs: EYD.SentenceStart would capitalise "dan" if <code> ended the block
    text = "<p>Perintah <code>ls</code> dan <kbd>cd</kbd> dipakai setiap hari oleh <var>pengguna</var> itu.</p>\n"
    f = tmp_path / "a.html"
    f.write_text(text, encoding="utf-8")
    r = sunting(["check", "--format", "json", "--select", "EYD.SentenceStart", "a.html"], tmp_path)
    assert json.loads(r.stdout) == []
    sunting(["check", "--fix", "a.html"], tmp_path)
    assert f.read_text(encoding="utf-8") == text
