"""Unit tests of the language server's pure parts (no subprocess)."""

from __future__ import annotations

import pytest
import yaml
from lsprotocol import types

from sunting.findings import Finding, Severity
from sunting.lsp.documents import OpenDocument, carry_over, changed_region
from sunting.lsp.positions import UTF8, UTF16, UTF32, LineIndex, units
from sunting.lsp.workspace import Settings, _reference_accept

TEXT = "a😀b\r\ne\u0301x\rlast\u2028same line\nend"


def P(line, ch):
    return types.Position(line=line, character=ch)


def test_lines_split_only_at_lsp_line_breaks():
    idx = LineIndex(TEXT)
    assert len(idx.starts) == 4  # \r\n, \r, \n — not U+2028
    assert idx.line_content_end(0) == 3
    assert TEXT[idx.starts[2]:idx.line_content_end(2)] == "last\u2028same line"


@pytest.mark.parametrize(
    "enc, b_col",
    [(UTF16, 3), (UTF8, 5), (UTF32, 2)],
)
def test_round_trip_after_emoji(enc, b_col):
    idx = LineIndex(TEXT)
    b = TEXT.index("b")
    assert idx.position(b, enc) == P(0, b_col)
    assert idx.offset(P(0, b_col), enc) == b
    x = TEXT.index("x")
    assert idx.position(x, enc) == P(1, {UTF16: 2, UTF8: 3, UTF32: 2}[enc])
    for off in range(len(TEXT) + 1):
        if TEXT[off - 1:off + 1] == "\r\n":
            continue  # between \r and \n is not a position an editor can name
        assert idx.offset(idx.position(off, enc), enc) == off


def test_clamping():
    idx = LineIndex(TEXT)
    assert idx.offset(P(0, 99)) == 3  # past the end of the line: its end (not the \r\n)
    assert idx.offset(P(99, 0)) == len(TEXT)
    assert idx.offset(P(0, 2)) == 2  # inside the surrogate pair: after the emoji
    assert idx.position(10_000) == idx.position(len(TEXT))


def test_units():
    assert units("😀é", UTF16) == 3
    assert units("😀é", UTF8) == 6
    assert units("😀é", UTF32) == 2


def test_incremental_changes_in_utf16():
    doc = OpenDocument(uri="file:///x.md", language_id="markdown", version=1, text="😀 merubah\r\nbaris dua\n")
    doc.apply_change(types.TextDocumentContentChangePartial(range=types.Range(start=P(0, 3), end=P(0, 10)), text="mengubah"))
    assert doc.text == "😀 mengubah\r\nbaris dua\n"
    doc.apply_change(types.TextDocumentContentChangePartial(range=types.Range(start=P(1, 5), end=P(2, 0)), text=""))
    assert doc.text == "😀 mengubah\r\nbaris"
    doc.apply_change(types.TextDocumentContentChangeWholeDocument(text="baru"))
    assert doc.text == "baru"


def test_changed_region_and_carry_over():
    old = "aaa lambat bbb lambat ccc"
    new = "aaa lambat bXbb lambat ccc"
    assert changed_region(old, new) == (12, 12, 13)
    fs = [
        Finding("S.W", Severity.WARNING, "m", 4, 10, "lambat"),
        Finding("S.W", Severity.WARNING, "m", 15, 21, "lambat"),
    ]
    moved = carry_over(fs, old, new)
    assert [(f.start, f.end) for f in moved] == [(4, 10), (16, 22)]
    # a finding the edit touches is dropped
    assert [(f.start, f.end) for f in carry_over(fs, old, "aaa lambXat bbb lambat ccc")] == [(16, 22)]
    assert changed_region("abc", "abc") == (3, 3, 3)


def test_settings_parse():
    s = Settings.parse({"settings": {"sunting": {"packs": ["EYD"], "minimumLevel": "warning", "languages": ["markdown"]}}})
    assert s.packs == ["EYD"] and s.min_level == Severity.WARNING and s.languages == ("markdown",)
    assert Settings.parse({"sunting": {"minLevel": "error"}}).min_level == Severity.ERROR
    assert Settings.parse(None) is None
    assert Settings.parse({"other": 1}) is None
    s = Settings.parse({"sunting": {"languagetool": {"enabled": True, "url": "http://localhost:8081"}}})
    assert s.languagetool == {"enabled": True, "server": "http://localhost:8081"}
    assert Settings.parse({"sunting": {"languagetool": {"enabled": False, "url": None}}}).languagetool is None


@pytest.mark.parametrize(
    "before, keeps",
    [
        ("", None),
        ("# c\npaths: [styles]\n", "# c\n"),
        ("paths: [styles]  # ours\nvocabularies:\n  reject:\n    - r.txt\n", "# ours"),
        ("vocabularies: {reject: [r.txt]}\n", None),
        ("paths: [styles]\r\nrules: {}\r\n", "\r\n"),
    ],
)
def test_reference_accept(tmp_path, before, keeps):
    cfg = tmp_path / "sunting.yaml"
    if before:
        cfg.write_bytes(before.encode())
    _reference_accept(cfg, "vocab/accept.txt")
    after = cfg.read_bytes().decode()
    data = yaml.safe_load(after)
    assert data["vocabularies"]["accept"] == ["vocab/accept.txt"]
    old = yaml.safe_load(before) or {}
    for k, v in old.items():
        if k != "vocabularies":
            assert data[k] == v
    if "reject" in (old.get("vocabularies") or {}):
        assert data["vocabularies"]["reject"] == old["vocabularies"]["reject"]
    if keeps:
        assert keeps in after
