"""Unit tests of the language server's pure parts (no subprocess)."""

from __future__ import annotations

import pytest
import yaml
from lsprotocol import types

from sunting.findings import Finding, Severity
from sunting.lsp.documents import LeanDocument, OpenDocument, move_findings, still_standing
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


def test_findings_move_with_the_edits():
    # in "aaa lambat bbb lambat ccc"
    fs = [
        Finding("S.W", Severity.WARNING, "m", 4, 10, "lambat"),
        Finding("S.W", Severity.WARNING, "m", 15, 21, "lambat"),
    ]
    # "X" inserted at 12 (inside "bbb"): the first stays, the second moves by one
    moved = move_findings(fs, 12, 12, 1)
    assert [(f.start, f.end) for f in moved] == [(4, 10), (16, 22)]
    assert still_standing(moved, "aaa lambat bXbb lambat ccc") == moved
    # an edit inside a flagged word drops it; so does typing on at its end
    assert [(f.start, f.end) for f in move_findings(fs, 8, 8, 1)] == [(16, 22)]
    assert [(f.start, f.end) for f in move_findings(fs, 10, 10, 1)] == [(16, 22)]
    # a deletion before both moves both back
    assert [(f.start, f.end) for f in move_findings(fs, 0, 2, 0)] == [(2, 8), (13, 19)]
    # a finding whose text changed some other way is not standing any more
    assert still_standing(fs, "aaa lambat bbb lambXt ccc") == fs[:1]


def test_open_document_carries_findings_through_changes():
    doc = OpenDocument(uri="file:///x.md", language_id="markdown", version=1, text="😀 aaa lambat bbb\n")
    doc.carried = [Finding("S.W", Severity.WARNING, "m", 6, 12, "lambat")]
    doc.apply_change(types.TextDocumentContentChangePartial(range=types.Range(start=P(0, 3), end=P(0, 3)), text="xx "))
    assert [(f.start, f.end) for f in doc.carried] == [(9, 15)] and doc.text[9:15] == "lambat"
    doc.apply_change(types.TextDocumentContentChangeWholeDocument(text="baru"))
    assert doc.carried == []


def test_a_lean_document_gives_the_same_findings(tmp_path):
    """The editor checks large texts as LeanDocuments (blocks made afresh on every pass,
    so memory stays bounded): same findings, in every phase, as a plain Document."""
    from sunting.config import Config
    from sunting.engine import Engine
    from sunting.text.document import Document

    text = "".join(
        f"## Bagian {i}\n\nKomisi Pemberantasan Korupsi (KPK) merubah jadwal rapat ke-{i}; kata KPK, "
        f"rapat daring dan rapat online sama saja. \"Kami sekedar menunggu,\" ujarnya.\n\n"
        for i in range(40)
    ) + "```\nkode merubah\n```\n\n<!-- sunting-disable EYD.BakuForms -->\nIni merubah juga.\n"
    engine = Engine(Config())
    plain = engine.check(Document(text, None, "markdown"))
    lean = engine.check(LeanDocument(text, None, "markdown"))
    assert len(plain) > 40
    assert [(f.rule, f.start, f.end, f.message) for f in lean] == [(f.rule, f.start, f.end, f.message) for f in plain]


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


def test_engine_check_can_be_cancelled_between_blocks():
    """The scheduler gives up a long check when a newer text arrives: the engine asks
    ``cancelled`` between blocks, and the blocks it finished stay cached."""
    from sunting.config import Config
    from sunting.engine import Cancelled, Engine, Phase
    from sunting.text.document import Document

    engine = Engine(Config())
    text = "".join(f"Paragraf {i} merubah rencana.\n\n" for i in range(10))
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 4  # after four blocks

    with pytest.raises(Cancelled):
        engine.check(Document(text, None, "markdown"), phases=(Phase.PARAGRAPH,), cancelled=cancelled)
    assert len(asked) == 5
    full = engine.check(Document(text, None, "markdown"), phases=(Phase.PARAGRAPH,))
    assert [f.text for f in full if f.rule == "EYD.BakuForms"] == ["merubah"] * 10
