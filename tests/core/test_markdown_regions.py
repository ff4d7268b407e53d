"""The Markdown prose map masks each leaf block on its own and remembers the result by the
block's text, and reuses a recent parse when an edit stays inside one paragraph's line
without changing its structure (issue 12: an editor re-reads a long article after every
keystroke and must pay for the paragraph it changed, not for every paragraph). The caches
must never change what is read: a warm read equals a cold one, after any edit."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sunting.text import markdown
from sunting.text.document import Document


def article(n: int = 30) -> str:
    """Distinct paragraphs with the inline syntax the reader masks, a list, a table, an HTML
    block, front matter."""
    parts = ["---\njudul: Uji\n---\n", "# Berita _utama_ hari ini\n"]
    for i in range(n):
        parts.append(f"Paragraf {i} dengan **tebal**, `kode`, [tautan](https://contoh.id/{i}) dan "
                     f"alamat www.contoh{i}.com di akhir kata_kata.\n")
        if i == 10:
            parts.append("- butir satu\n- butir *dua*\n")
        if i == 20:
            parts.append("| a | b |\n|---|---|\n| sel | sel *dua* |\n")
        if i == 25:
            parts.append("<div>\n<p>Blok HTML <b>tebal</b>.</p>\n</div>\n")
    return "\n".join(parts)


def read(text: str, cold: bool = False):
    if cold:
        markdown._masked_region.cache_clear()
        markdown._parses.clear()
    doc = Document(text, None, "markdown")
    return doc.mask, [(b.kind, b.start, b.end) for b in doc.blocks]


def test_an_edit_masks_only_the_paragraph_it_changed():
    text = article()
    first = read(text, cold=True)
    misses = markdown._masked_region.cache_info().misses
    assert misses > 30  # every leaf block was masked
    i = text.index("Paragraf 17 ")
    edited = text[:i] + "Kemarin, " + text[i:]
    warm = read(edited)
    assert markdown._masked_region.cache_info().misses == misses + 1
    assert warm == read(edited, cold=True)
    # what the reader makes of the edit: the same blocks, those after it moved by the insert
    shift = len("Kemarin, ")
    assert [(k, a if a <= i else a + shift, b if b < i else b + shift) for k, a, b in first[1]] == warm[1]


def test_the_same_paragraph_in_another_place_is_read_from_the_cache():
    p = "Ia datang, **lalu** pergi ke [pasar](https://contoh.id).\n"
    read("# Judul\n\n" + p + "\nAkhir.\n", cold=True)
    misses = markdown._masked_region.cache_info().misses
    text = "Pembuka.\n\n" + p + "\n" + p + "\nPenutup.\n"
    mask, blocks = read(text)
    assert markdown._masked_region.cache_info().misses == misses + 2  # only "Pembuka." and "Penutup."
    assert (mask, blocks) == read(text, cold=True)
    assert mask.count("Ia datang, \0\0lalu\0\0 pergi ke \0pasar") == 2


ATOMS = ["**", "_", "__", "`", "```", "> ", "- ", "1. ", "# ", "\n\n", "\n", "\r\n", "<div>", "</div>", "<!-- x -->",
         "| a | b |", "|---|---|", "[x](https://a.id)", "![i](p.png)", "\ufeff", "\x00", "---", "    ", "===",
         "www.detik.com", "a@b.co", "&amp;", "\\*", "<b>", "kata_kata", "~~", "Kata", "rumah", " ", ".", "<code>x</code>"]
texts = st.lists(st.sampled_from(ATOMS), min_size=1, max_size=40).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, at=st.integers(0, 10_000), insert=texts, cut=st.integers(0, 8))
def test_a_warm_read_equals_a_cold_one_after_any_edit(text, at, insert, cut):
    read(text)  # the cache holds the text before the edit
    at = at % (len(text) + 1)
    edited = text[:at] + insert + text[at + cut:]
    assert read(edited) == read(edited, cold=True)


TRICKY = """---
judul: x
---

# Judul

Paragraf pertama
dengan baris kedua.

Setext
===

- butir satu

Lanjutan

> kutipan
malas

| a | b |
|---|---|
| c | d |

Sebelum tabel
| x | y |

```
kode
```

<!-- komentar

masih -->

[ref]: http://contoh.id

Akhir tanpa baris baru"""

LINE_ATOMS = ["kata", " ", "#", "# ", "- ", "1. ", "> ", "|", " | ", "```", "~~~", "<!--", "-->", "<div>", "<pre>",
              "    ", "  ", "\t", "===", "---", "*", "_", "[x]: /u", "\\", "+ ", "2) ", "\r"]


def kinds(text: str):
    return [(b.kind, text[b.start:b.end]) for b in Document(text, None, "markdown").blocks]


def test_typing_inside_a_paragraph_reuses_the_parse():
    text = article()
    tokens, _ = markdown.parse_blocks(text)
    i = text.index("Paragraf 17 ") + 3
    edited = text[:i] + "x" + text[i:]
    assert markdown.parse_blocks(edited)[0] is tokens
    assert read(edited) == read(edited, cold=True)


def test_an_edit_that_changes_the_structure_is_parsed_again():
    text = "Pembuka.\n\n- butir satu\n\nLanjutan kalimat.\n\nJudul nanti\n"
    markdown.parse_blocks(text)
    # a paragraph line that now starts a heading
    i = text.index("Judul")
    heading = text[:i] + "# " + text[i:]
    assert kinds(heading)[-1] == ("heading", "# Judul nanti")
    # an indent that makes the paragraph part of the list item above
    markdown.parse_blocks(text)
    i = text.index("Lanjutan")
    indented = text[:i] + "  " + text[i:]
    assert ("list_item", "  Lanjutan kalimat.") in kinds(indented)
    # a header with as many cells as the delimiter row below it: a table, and back
    plain = "Kolom a\n--- | ---\n"
    assert [k for k, _ in kinds(plain)] == ["paragraph"]
    i = plain.index("\n")
    table = plain[:i] + " | kolom b" + plain[i:]
    assert kinds(table) == [("table_cell", "Kolom a | kolom b")]
    assert [k for k, _ in kinds(plain)] == ["paragraph"]


@settings(max_examples=400, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(which=st.booleans(), line=st.integers(0, 10_000), col=st.integers(0, 200),
       insert=st.lists(st.sampled_from(LINE_ATOMS), max_size=3).map("".join), cut=st.integers(0, 4))
def test_a_reused_parse_equals_a_fresh_one_after_any_edit_in_a_line(which, line, col, insert, cut):
    text = TRICKY if which else article(12)
    read(text)  # the caches hold the text before the edit
    lines = text.split("\n")
    k = line % len(lines)
    col = min(col, len(lines[k]))
    cut = min(cut, len(lines[k]) - col)
    at = sum(len(x) + 1 for x in lines[:k]) + col
    edited = text[:at] + insert + text[at + cut:]
    assert read(edited) == read(edited, cold=True)
