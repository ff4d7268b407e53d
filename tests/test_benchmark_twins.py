"""The held-out measures leave out held-out articles a dev article repeats byte for byte."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from twins import seen_heldout  # noqa: E402


def test_a_held_out_article_with_a_dev_twin_is_seen(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Berita yang sama.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Berita yang sama.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("Berita lain.\n", encoding="utf-8")
    (tmp_path / "d.md").write_text("Berita lain. \n", encoding="utf-8")  # one byte apart: not a twin
    assert seen_heldout(tmp_path, frozenset({"a.md", "c.md"})) == {"a.md"}


def test_twins_both_held_out_stay(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Berita yang sama.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Berita yang sama.\n", encoding="utf-8")
    assert seen_heldout(tmp_path, frozenset({"a.md", "b.md"})) == frozenset()


def test_the_shipped_split_names_its_nine() -> None:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "id-news"
    if not corpus.is_dir():
        pytest.skip("the shared corpus is not beside the repository")
    assert len(seen_heldout(corpus)) == 9
