"""The text model: prose masks, blocks, tokens, sentences, quotations, suppressions."""

from __future__ import annotations

import pytest

from sunting.text import MASK, Document
from sunting.text.tokens import tokenize


def prose(doc: Document) -> list[str]:
    """Each block's prose with the masked characters removed and whitespace folded."""
    return [" ".join(b.text.replace(MASK, " ").split()) for b in doc.blocks]


# ---------------------------------------------------------------- tokens
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rp1,5 triliun", [("Rp1,5", "number"), ("triliun", "word")]),
        ("naik 2,5 persen", [("naik", "word"), ("2,5", "number"), ("persen", "word")]),
        ("pukul 10.30 WIB", [("pukul", "word"), ("10.30", "number"), ("WIB", "word")]),
        ("Kamis (2/6/2022).", [("Kamis", "word"), ("(", "punct"), ("2/6/2022", "number"), (")", "punct"), (".", "punct")]),
        ("kata-kata sehari-hari", [("kata-kata", "word"), ("sehari-hari", "word")]),
        ("HUT ke-17 RI", [("HUT", "word"), ("ke-17", "word"), ("RI", "word")]),
        ("#PemiluDamai @kominfo", [("#PemiluDamai", "tag"), ("@kominfo", "tag")]),
        ("lihat https://example.com/a?b=1.", [("lihat", "word"), ("https://example.com/a?b=1", "url"), (".", "punct")]),
        ("surel humas@kominfo.go.id ya", [("surel", "word"), ("humas@kominfo.go.id", "email"), ("ya", "word")]),
        ("Jum’at", [("Jum’at", "word")]),
        ("“Kita", [("“", "punct"), ("Kita", "word")]),
    ],
)
def test_tokens(text, expected):
    assert [(t.text, t.kind) for t in tokenize(text)] == expected


def test_token_offsets_are_source_offsets():
    toks = tokenize("ab  cd", 10)
    assert [(t.start, t.end) for t in toks] == [(10, 12), (14, 16)]


def test_combining_marks_stay_inside_the_word():
    text = "cafe\u0301 baru"
    assert [t.text for t in tokenize(text)] == ["cafe\u0301", "baru"]


# ---------------------------------------------------------------- sentences
def sentences(text: str) -> list[str]:
    doc = Document(text)
    return [text[a:b] for blk in doc.blocks for a, b in blk.sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr. Budi hadir. Ia bicara.", ["Dr. Budi hadir.", "Ia bicara."]),
        ("Prof. Dr. H. Ahmad, S.H., M.H. datang. Lalu pergi.", ["Prof. Dr. H. Ahmad, S.H., M.H. datang.", "Lalu pergi."]),
        ("Surat No. 12 terbit. Isinya jelas.", ["Surat No. 12 terbit.", "Isinya jelas."]),
        ("Ada beras, gula, dll. Semua naik.", ["Ada beras, gula, dll.", "Semua naik."]),
        ("Ada beras, gula, dll. yang naik.", ["Ada beras, gula, dll. yang naik."]),
        ("Surat a.n. Menteri dikirim. Sudah.", ["Surat a.n. Menteri dikirim.", "Sudah."]),
        ("Inflasi 2,5 persen pada pukul 10.30 tadi. Naik.", ["Inflasi 2,5 persen pada pukul 10.30 tadi.", "Naik."]),
        ("“Kita siap,” katanya. “Ayo!” Lalu pergi.", ["“Kita siap,” katanya.", "“Ayo!”", "Lalu pergi."]),
        ("Benarkah? Ya. Tentu!", ["Benarkah?", "Ya.", "Tentu!"]),
    ],
)
def test_sentences(text, expected):
    assert sentences(text) == expected


# ---------------------------------------------------------------- formats
def test_plain_paragraphs_and_title():
    doc = Document("Judul Berita Hari Ini\n\nParagraf satu.\nBaris dua.\n\n\nParagraf dua.\n")
    assert [(b.kind, doc.source[b.start:b.end]) for b in doc.blocks] == [
        ("heading", "Judul Berita Hari Ini"),
        ("paragraph", "Paragraf satu.\nBaris dua."),
        ("paragraph", "Paragraf dua."),
    ]


def test_plain_masks_urls_and_domains():
    doc = Document("Sumber: Infopublik.id dan https://example.com/x.\n")
    assert prose(doc) == ["Sumber: dan ."]


def test_markdown_leaves_out_code_links_and_front_matter():
    src = (
        "---\ntitle: Rapat\n---\n"
        "# Judul *miring*\n\n"
        "Teks [tautan](https://a.id/x \"t\") dan `kode` **tebal** ![gbr](g.png) <span>x</span>.\n\n"
        "```python\nprint('merubah')\n```\n\n"
        "    kode terindentasi\n\n"
        "- butir satu\n- butir dua\n\n"
        "> kutipan blok\n\n"
        "| a | b |\n|---|---|\n| sel | dua |\n"
    )
    doc = Document(src, kind="markdown")
    assert [b.kind for b in doc.blocks] == [
        "heading", "paragraph", "list_item", "list_item", "blockquote", "table_cell", "table_cell",
    ]
    assert prose(doc) == [
        "Judul miring",
        "Teks tautan dan tebal x .",
        "butir satu",
        "butir dua",
        "kutipan blok",
        "a b",
        "sel dua",
    ]
    assert len(doc.mask) == len(src)
    assert "merubah" not in doc.mask and "title" not in doc.mask


def test_markdown_intraword_underscore_is_text():
    doc = Document("nama_file dan _miring_ ya.\n", kind="markdown")
    assert prose(doc) == ["nama_file dan miring ya."]


def test_html_leaves_out_tags_scripts_and_pre():
    src = (
        "<html><head><title>Judul</title><style>p{}</style><script>var merubah=1;</script></head>"
        "<body><h2>Sub judul</h2><p>Halo &amp; <b>dunia</b>.</p><pre>kode</pre>"
        "<!-- komentar --><ul><li>butir</li></ul></body></html>"
    )
    doc = Document(src, kind="html")
    assert [(b.kind, " ".join(b.text.replace(MASK, " ").split())) for b in doc.blocks] == [
        ("heading", "Judul"),
        ("heading", "Sub judul"),
        ("paragraph", "Halo dunia ."),
        ("list_item", "butir"),
    ]


def test_crlf_blocks():
    doc = Document("Satu dua.\r\n\r\nTiga empat.\r\n")
    assert [doc.source[b.start:b.end] for b in doc.blocks] == ["Satu dua.", "Tiga empat."]


# ---------------------------------------------------------------- quotations and scope
def test_quote_scope():
    text = "Ia bilang, “Kita nggak takut,” lalu pergi."
    doc = Document(text)
    blk = doc.blocks[0]
    assert blk.scope_at(text.index("nggak")) == "quote"
    assert blk.scope_at(text.index("lalu")) == "narrative"


def test_unclosed_quote_runs_to_paragraph_end():
    text = "“Kita lanjut ke tahap dua.\n\nItu kata dia."
    doc = Document(text)
    assert doc.blocks[0].scope_at(text.index("tahap")) == "quote"
    assert doc.blocks[1].scope_at(text.index("kata")) == "narrative"


def test_heading_scope():
    doc = Document("# Judul\n\nIsi teks.\n", kind="markdown")
    assert doc.blocks[0].scope_at(2) == "heading"


# ---------------------------------------------------------------- positions and suppressions
def test_positions_count_code_points():
    doc = Document("😀 a\nb é")
    assert doc.position(2) == (0, 2)
    assert doc.position(4) == (1, 0)
    assert doc.offset(1, 2) == 6


def test_suppressions():
    src = (
        "<!-- sunting-disable EYD.BakuForms -->\nsatu\n<!-- sunting-enable -->\ndua\n"
        "<!-- sunting-ignore-next-line -->\ntiga\nempat\n"
    )
    doc = Document(src, kind="markdown")
    at = src.index
    assert doc.is_suppressed("EYD.BakuForms", at("satu"))
    assert not doc.is_suppressed("Typography.DoubleSpace", at("satu"))
    assert not doc.is_suppressed("EYD.BakuForms", at("dua"))
    assert doc.is_suppressed("Typography.DoubleSpace", at("tiga"))
    assert not doc.is_suppressed("Typography.DoubleSpace", at("empat"))


def test_suppression_by_pack_name():
    src = "<!-- sunting-disable EYD -->\nsatu\n"
    doc = Document(src, kind="markdown")
    assert doc.is_suppressed("EYD.BakuForms", src.index("satu"))
