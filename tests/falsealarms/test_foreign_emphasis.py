"""Issue 13, the info tier: "write it in italics" is advice a desk can only act on where the
document shows italics. A foreign term with no Indonesian equivalent (EYD.ForeignTerm) is info
in a Markdown or HTML document that marks emphasis somewhere, and a hint (not in the default
output) in plain text or in copy whose markup was lost; a term with an established equivalent
(Newsroom.ForeignTerms) is info everywhere: replacing it is what the desk does."""

from __future__ import annotations

import pytest

from sunting.text.document import Document
from sunting.text.emphasis import shows_emphasis

SENTENCE = "Bank itu memperketat pengawasan untuk mencegah fraud di semua cabang."


def _on(findings, text, kind, rule="EYD.ForeignTerm"):
    return [(r, m, level) for r, m, _, level in findings(text, kind) if r == rule]


def test_plain_text_gets_a_hint(findings):
    assert _on(findings, SENTENCE, "plain") == [("EYD.ForeignTerm", "fraud", "hint")]


def test_markdown_without_emphasis_gets_a_hint(findings):
    text = f"# Bank memperketat pengawasan\n\n{SENTENCE}\n\nDireksi menyetujui langkah itu.\n"
    assert _on(findings, text, "markdown") == [("EYD.ForeignTerm", "fraud", "hint")]


@pytest.mark.parametrize("marked", [
    "Direksi menyetujui langkah itu, tulis *Harian Contoh*.",      # italics elsewhere
    "Direksi menyetujui langkah itu, tulis _Harian Contoh_.",
    "**Catatan redaksi**: direksi menyetujui langkah itu.",        # bold shows the format too
])
def test_markdown_with_emphasis_elsewhere_gets_info(findings, marked):
    text = f"{SENTENCE}\n\n{marked}\n"
    assert _on(findings, text, "markdown") == [("EYD.ForeignTerm", "fraud", "info")]


def test_html_with_emphasis_gets_info_and_without_a_hint(findings):
    bare = f"<p>{SENTENCE}</p><p>Direksi menyetujui langkah itu.</p>"
    marked = f"<p>{SENTENCE}</p><p>Direksi menyetujui langkah itu, tulis <em>Harian Contoh</em>.</p>"
    assert _on(findings, bare, "html") == [("EYD.ForeignTerm", "fraud", "hint")]
    assert _on(findings, marked, "html") == [("EYD.ForeignTerm", "fraud", "info")]


def test_an_italicised_term_is_still_not_reported(findings):
    assert _on(findings, "Bank itu mencegah *fraud* di semua cabang.", "markdown") == []


def test_a_term_with_an_equivalent_is_info_in_plain_text(findings):
    text = "Pendaftaran dilakukan secara online sejak pagi."
    assert [(r, m, s, level) for r, m, s, level in findings(text) if r == "Newsroom.ForeignTerms"] == [
        ("Newsroom.ForeignTerms", "online", "daring", "info")]


@pytest.mark.parametrize("text,kind,shown", [
    ("Ia *whistleblower*.", "markdown", True),
    ("__Tebal__ sekali.", "markdown", True),
    ("* butir satu\n* butir dua\n", "markdown", False),        # bullets are no emphasis
    ("Harga Rp 5 juta*\n\n*Syarat berlaku.\n", "markdown", False),  # lone stars on two lines
    ("Kolom nama_pengguna_baru diisi.", "markdown", False),    # underscores inside a word
    ("2*3*4", "markdown", False),
    ("<p>Ia <i>whistleblower</i>.</p>", "html", True),
    ("<p>Ia whistleblower.</p>", "html", False),
    ("Ia *whistleblower*.", "plain", False),                    # plain text shows no markup
])
def test_shows_emphasis(text, kind, shown):
    assert shows_emphasis(text, kind) is shown
    assert Document(text, None, kind).shows_emphasis is shown


def test_the_paragraph_cache_follows_the_document_trait(default_engine):
    """The same paragraph is re-read when emphasis appears elsewhere in the document (the
    language server re-checks only changed paragraphs: the cache must not keep the hint)."""
    bare = Document(f"{SENTENCE}\n\nDireksi menyetujui langkah itu.\n", None, "markdown")
    marked = Document(f"{SENTENCE}\n\nDireksi menyetujui langkah itu, tulis *Harian Contoh*.\n", None, "markdown")
    levels = []
    for doc in (bare, marked, bare):
        levels.append([f.severity.label for f in default_engine.check(doc) if f.rule == "EYD.ForeignTerm"])
    assert levels == [["hint"], ["info"], ["hint"]]
