"""Diagnostics over stdio: open/change/close, versions under a burst of edits, position
encodings, pull diagnostics, robustness, shutdown and exit."""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcMethodNotFound

from lsp_helpers import (
    change_doc,
    codes,
    diagnostics_for,
    open_doc,
    start,
    uri_of,
)

pytestmark = pytest.mark.e2e

TEXT = "Kami merubah yang yang kantoor.\n"


def rng(l0, c0, l1, c1):
    return types.Range(start=types.Position(line=l0, character=c0), end=types.Position(line=l1, character=c1))


def span(d):
    r = d.range
    return (r.start.line, r.start.character, r.end.line, r.end.character)


async def test_open_change_close(client, workspace):
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", TEXT)
    p = await diagnostics_for(client, uri, 1)
    assert codes(p) == ["House.Baku", "House.Repetition", "House.Spelling"]
    baku, rep, spell = p.diagnostics
    assert span(baku) == (0, 5, 0, 12)
    assert baku.source == "sunting"
    assert baku.severity == types.DiagnosticSeverity.Warning
    assert baku.code_description.href == "https://kbbi.kemdikbud.go.id/"
    assert baku.data == {"rule": "House.Baku", "suggestions": ["mengubah"], "fixable": True}
    assert rep.severity == types.DiagnosticSeverity.Error
    assert spell.severity == types.DiagnosticSeverity.Information

    # an incremental change: merubah → mengubah
    change_doc(client, uri, 2, "mengubah", rng(0, 5, 0, 12))
    p = await diagnostics_for(client, uri, 2)
    assert codes(p) == ["House.Repetition", "House.Spelling"]
    assert span(p.diagnostics[0]) == (0, 14, 0, 23)

    # a whole-document change
    change_doc(client, uri, 3, "Semua baik.\n")
    p = await diagnostics_for(client, uri, 3)
    assert p.diagnostics == [] or list(p.diagnostics) == []

    n = len(client.published)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    p = await diagnostics_for(client, uri, after=n)
    assert list(p.diagnostics) == []


async def test_other_languages_not_checked(client, workspace):
    await start(client, workspace)
    py = open_doc(client, workspace / "a.py", "# merubah\n", language="python")
    md = open_doc(client, workspace / "b.md", TEXT)
    await diagnostics_for(client, md, 1)
    await asyncio.sleep(0.2)
    assert not [p for p in client.published if p.uri == py]


async def test_plaintext_and_html(client, workspace):
    await start(client, workspace)
    txt = open_doc(client, workspace / "a.txt", "Kami merubah rencana.\n", language="plaintext")
    html = open_doc(client, workspace / "a.html", "<p>Kami <b>merubah</b> rencana.</p>\n", language="html")
    p = await diagnostics_for(client, txt, 1)
    assert codes(p) == ["House.Baku"] and span(p.diagnostics[0]) == (0, 5, 0, 12)
    p = await diagnostics_for(client, html, 1)
    assert codes(p) == ["House.Baku"] and span(p.diagnostics[0]) == (0, 11, 0, 18)


async def test_burst_of_100_edits(client, workspace):
    """Type a sentence one character per didChange, without waiting: the last
    diagnostics are for the last version and match its text; versions never go back."""
    await start(client, workspace)
    # a long document so that checks take a while and edits pile up behind them
    filler = "".join(f"Paragraf {i} berisi kalimat yang cukup panjang untuk diperiksa.\n\n" for i in range(400))
    uri = open_doc(client, workspace / "burst.md", filler)
    await diagnostics_for(client, uri, 1)
    line = filler.count("\n")
    typed = ("Kami merubah yang yang kantoor. " * 4)[:100]
    start_index = len(client.published)
    for i, ch in enumerate(typed):
        pos = types.Position(line=line, character=i)
        change_doc(client, uri, 2 + i, ch, types.Range(start=pos, end=pos))
    final = await diagnostics_for(client, uri, 101, after=start_index)
    ours = [p for p in client.published[start_index:] if p.uri == uri]
    versions = [p.version for p in ours]
    assert versions == sorted(versions), versions
    assert versions[-1] == 101
    # one check of the latest text, not one per keystroke (a few at most in practice)
    assert len(ours) < 20, versions
    got = [(d.code, span(d)) for d in final.diagnostics]
    expected = []
    for k in range(4):
        base = k * 32
        for code, a, b in (("House.Baku", 5, 12), ("House.Repetition", 13, 22), ("House.Spelling", 23, 30)):
            if base + b <= 100:
                expected.append((code, (line, base + a, line, base + b)))
    assert got == expected
    await asyncio.sleep(0.3)
    assert [p.version for p in client.published[start_index:] if p.uri == uri][-1] == 101


EMOJI_TEXT = "Kami 😀👍🏽 sudah merubah jadwal.\nDia e\u0301 merubah lagi.\r\nLalu 😀 yang yang.\n"


@pytest.mark.parametrize(
    "offered, chosen, expected",
    [
        (None, "utf-16", [(0, 18, 0, 25), (1, 7, 1, 14), (2, 8, 2, 17)]),
        (["utf-16"], "utf-16", [(0, 18, 0, 25), (1, 7, 1, 14), (2, 8, 2, 17)]),
        (["utf-8", "utf-16"], "utf-8", [(0, 24, 0, 31), (1, 8, 1, 15), (2, 10, 2, 19)]),
        (["utf-32", "utf-16"], "utf-32", [(0, 15, 0, 22), (1, 7, 1, 14), (2, 7, 2, 16)]),
    ],
)
async def test_position_encodings(client, workspace, offered, chosen, expected):
    """Ranges are exact after emoji (astral, with a skin-tone modifier), a combining mark
    and CRLF line endings, in the negotiated encoding."""
    result = await start(client, workspace, encodings=offered)
    assert result.capabilities.position_encoding == chosen
    uri = open_doc(client, workspace / "emoji.md", EMOJI_TEXT)
    p = await diagnostics_for(client, uri, 1)
    assert [span(d) for d in p.diagnostics] == expected

    # an incremental edit addressed in the same encoding lands on the right characters
    l0, c0, l1, c1 = expected[0]
    change_doc(client, uri, 2, "mengubah", rng(l0, c0, l1, c1))
    p = await diagnostics_for(client, uri, 2)
    assert codes(p) == ["House.Baku", "House.Repetition"]
    assert [span(d) for d in p.diagnostics] == expected[1:]


async def test_pull_diagnostics(client, workspace):
    result = await start(client, workspace, pull=True)
    assert result.capabilities.diagnostic_provider is not None
    uri = open_doc(client, workspace / "a.md", TEXT)
    report = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert report.kind == "full"
    assert [d.code for d in report.items] == ["House.Baku", "House.Repetition", "House.Spelling"]
    # unchanged document, same result id → unchanged
    again = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=report.result_id
        )
    )
    assert again.kind == "unchanged"
    # a burst of edits, then one pull: the answer is for the newest text
    for v in range(2, 30):
        change_doc(client, uri, v, "Kami mengubah hal lain. " * (v % 3 + 1) + "\n")
    change_doc(client, uri, 30, "Sekedar contoh.\n")
    report = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert [(d.code, span(d)) for d in report.items] == [("House.Baku", (0, 0, 0, 7))]
    await asyncio.sleep(0.2)
    assert client.published == []  # a pull client gets nothing pushed


async def test_push_client_is_not_offered_pull(client, workspace):
    result = await start(client, workspace, pull=False)
    assert result.capabilities.diagnostic_provider is None


async def test_survives_bad_messages(client, workspace):
    await start(client, workspace)
    server = client._server
    # not JSON at all, a JSON body that is not a message, a notification with bad params,
    # a change for a document that is not open, and an unknown request
    server.stdin.write(b"Content-Length: 9\r\n\r\n{nonsense")
    server.stdin.write(b'Content-Length: 2\r\n\r\n[]')
    bad = b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":42}}'
    server.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(bad), bad))
    change_doc(client, uri_of(workspace / "nope.md"), 5, "x")
    with pytest.raises(JsonRpcMethodNotFound):
        await client.protocol.send_request_async("sunting/noSuchMethod", {})
    bad = b'{"jsonrpc":"2.0","id":"raw-1","method":"textDocument/hover","params":{"textDocument":{"uri":3},"position":"x"}}'
    server.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(bad), bad))
    # still alive and checking
    uri = open_doc(client, workspace / "a.md", TEXT)
    p = await diagnostics_for(client, uri, 1)
    assert codes(p) == ["House.Baku", "House.Repetition", "House.Spelling"]
    assert server.returncode is None


async def test_shutdown_then_exit(client, workspace):
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", TEXT)
    await diagnostics_for(client, uri, 1)
    await client.shutdown_async(None)
    client.exit(None)
    code = await asyncio.wait_for(client._server.wait(), 10)
    assert code == 0
    client.shut = True


async def test_exit_without_shutdown(client, workspace):
    await start(client, workspace)
    client.exit(None)
    code = await asyncio.wait_for(client._server.wait(), 10)
    assert code == 1  # LSP: exit without shutdown → 1
    client.shut = True


async def test_stdin_closed_ends_server(client, workspace):
    await start(client, workspace)
    client._server.stdin.close()
    code = await asyncio.wait_for(client._server.wait(), 10)
    assert code is not None
    client.shut = True
