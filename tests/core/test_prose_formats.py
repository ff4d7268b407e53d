"""The prose maps of Markdown and HTML agree (issue 10.9): the same sentences written in
either format give the same blocks, the same words, the same sentence starts and the same
findings. Inline code, keyboard input, sample output and variables sit inside a sentence:
the word after them is not a sentence start (``Perintah <code>ls</code> dan …`` must not
become ``… Dan …`` under ``--fix``).
"""

from __future__ import annotations

import pytest

from sunting.config import Config
from sunting.engine import Engine
from sunting.text.document import Document

#: (Markdown, HTML) of the same prose
PAIRS = [
    ("Perintah `ls` dan `cd` dipakai setiap hari.", "<p>Perintah <code>ls</code> dan <code>cd</code> dipakai setiap hari.</p>"),
    ("Tekan <kbd>Ctrl</kbd> dan tombol lain.", "<p>Tekan <kbd>Ctrl</kbd> dan tombol lain.</p>"),
    ("Nilai <var>x</var> dan keluaran <samp>OK</samp> muncul lagi.",
     "<p>Nilai <var>x</var> dan keluaran <samp>OK</samp> muncul lagi.</p>"),
    ("Ia **merubah** rencana dan *sekedar* menunda.", "<p>Ia <strong>merubah</strong> rencana dan <em>sekedar</em> menunda.</p>"),
    ("Lihat [laman ini](https://contoh.id/a) dan lainnya.", "<p>Lihat <a href=\"https://contoh.id/a\">laman ini</a> dan lainnya.</p>"),
    ("# Judul berita merubah", "<h1>Judul berita merubah</h1>"),
    ("- satu butir dimana\n- dua butir", "<ul><li>satu butir dimana</li><li>dua butir</li></ul>"),
    ("Kalimat pertama. kalimat kedua tanpa kapital.", "<p>Kalimat pertama. kalimat kedua tanpa kapital.</p>"),
    ("Perintah `ls`. dia lalu pergi.", "<p>Perintah <code>ls</code>. dia lalu pergi.</p>"),
]


@pytest.fixture(scope="module")
def engine():
    return Engine(Config())


def _map(doc: Document):
    out = []
    for b in doc.blocks:
        words = [t.text for t in b.tokens if t.kind == "word"]
        starts = []
        for a, _ in b.sentences:
            first = next((t.text for t in b.tokens if t.start >= a and t.kind == "word"), None)
            starts.append(first)
        out.append((b.kind, words, starts))
    return out


@pytest.mark.parametrize("md,html", PAIRS)
def test_markdown_and_html_agree(engine, md, html):
    dm, dh = Document(md, "a.md", "markdown"), Document(html, "a.html", "html")
    assert _map(dm) == _map(dh)
    fm = [(f.rule, f.text, f.suggestions) for f in engine.check(dm)]
    fh = [(f.rule, f.text, f.suggestions) for f in engine.check(dh)]
    assert fm == fh


def test_inline_code_is_not_prose_and_ends_no_sentence():
    doc = Document("<p>Perintah <code>ls</code> dan cd dipakai.</p>", "a.html", "html")
    [block] = doc.blocks
    assert _map(doc) == [("paragraph", ["Perintah", "dan", "cd", "dipakai"], ["Perintah"])]
    assert "ls" not in block.text
