"""``--format json``: the contract of DESIGN.md (fields, sorting, 1-based code-point columns)."""

from __future__ import annotations

import json

FIELDS = {"path", "rule", "severity", "message", "line", "column", "end_line", "end_column", "text",
          "suggestions", "fix", "link"}


def _json(r):
    assert r.returncode in (0, 1), r
    return json.loads(r.stdout)


def test_exact_fields_and_values(project, sunting):
    (project / "a.txt").write_text("Era digital telah merubah perilaku konsumsi media.\n", encoding="utf-8")
    rows = _json(sunting(["check", "--format", "json", "a.txt"], project))
    assert rows == [{
        "path": "a.txt",
        "rule": "Test.Baku",
        "severity": "warning",
        "message": "Bentuk baku: ‘mengubah’, bukan ‘merubah’.",
        "line": 1,
        "column": 19,
        "end_line": 1,
        "end_column": 26,
        "text": "merubah",
        "suggestions": ["mengubah"],
        "fix": "safe",
        "link": "https://kbbi.kemdikbud.go.id/",
    }]
    assert set(rows[0]) == FIELDS


def test_columns_count_code_points_after_emoji_and_combining_marks(project, sunting):
    # 😀 is one code point (two UTF-16 units, four UTF-8 bytes); é here is e + U+0301 (two code points)
    text = "Kabar 😀 baik. Cafe\u0301 itu merubah menu.\n"
    (project / "a.txt").write_text(text, encoding="utf-8")
    [row] = _json(sunting(["check", "--format", "json", "a.txt"], project))
    start = text.index("merubah")
    assert row["column"] == start + 1
    assert row["end_column"] == start + 1 + len("merubah")
    assert text[row["column"] - 1:row["end_column"] - 1] == row["text"] == "merubah"


def test_end_is_exclusive_and_lines_are_one_based(project, sunting):
    text = "Judul Berita\n\nParagraf pertama sudah baik.\n\nBaca juga: berita lain. Lalu merubah sesuatu.\n"
    (project / "a.txt").write_text(text, encoding="utf-8")
    rows = _json(sunting(["check", "--format", "json", "a.txt"], project))
    lines = text.split("\n")
    for row in rows:
        assert row["line"] == row["end_line"] == 5
        assert lines[row["line"] - 1][row["column"] - 1:row["end_column"] - 1] == row["text"]
    assert [r["text"] for r in rows] == ["Baca juga", "merubah"]
    assert [r["severity"] for r in rows] == ["error", "warning"]
    assert rows[0]["suggestions"] == []


def test_sorted_by_path_line_column_across_files(project, sunting):
    (project / "b.md").write_text("Lalu merubah. Kenapa dia merubah?\n\nBaca juga: x.\n", encoding="utf-8")
    (project / "a.txt").write_text("Kenapa dia merubah?\n", encoding="utf-8")
    (project / "sub").mkdir()
    (project / "sub" / "c.txt").write_text("Sekedar info.\n", encoding="utf-8")
    rows = _json(sunting(["check", "--format", "json", "sub", "b.md", "a.txt"], project))
    keys = [(r["path"], r["line"], r["column"]) for r in rows]
    assert keys == sorted(keys)
    assert {r["path"] for r in rows} == {"a.txt", "b.md", "sub/c.txt"}
    choice = next(r for r in rows if r["rule"] == "Test.Choice")
    assert choice["suggestions"] == ["Mengapa", "Kok"]  # case follows the match, order kept


def test_no_findings_is_an_empty_array(project, sunting):
    (project / "a.txt").write_text("Semua baik.\n", encoding="utf-8")
    r = sunting(["check", "--format", "json", "a.txt"], project)
    assert r.returncode == 0
    assert json.loads(r.stdout) == []


def test_crlf_and_bom_do_not_shift_columns(project, sunting):
    text = "\ufeffJudul\r\n\r\nDia merubah rencana.\r\n"
    (project / "a.txt").write_bytes(text.encode("utf-8"))
    [row] = _json(sunting(["check", "--format", "json", "a.txt"], project))
    assert (row["line"], row["column"], row["end_column"]) == (3, 5, 12)


def test_bom_is_not_a_column_of_line_one(project, sunting):
    (project / "a.txt").write_bytes("\ufeffDia merubah rencana.\n".encode("utf-8"))
    [row] = _json(sunting(["check", "--format", "json", "a.txt"], project))
    assert (row["line"], row["column"], row["end_column"], row["text"]) == (1, 5, 12, "merubah")
