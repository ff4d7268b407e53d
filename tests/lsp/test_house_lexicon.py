"""The house lexicon (``.sunting/lexicon.tsv``, written by ``sunting learn``) in the editor
(issue 15): used by the spelling rules, watched like ``sunting.yaml`` and reloaded when it
changes; a file that cannot be read is reported once and the last good lexicon stays in
use, while the configuration itself still reloads. The real server over stdio."""

from __future__ import annotations

import asyncio

import pytest
from lsp_helpers import (
    CONFIG,
    codes,
    diagnostics_for,
    open_doc,
    start,
    uri_of,
    wait_for,
)
from lsprotocol import types

pytestmark = pytest.mark.e2e

EJAAN = """\
type: spelling
level: warning
message: "Salah ketik? ‘{match}’; mungkin ‘{suggestion}’."
"""
#: a name the archive uses often; "Trunoyuda" is one slip from it
LEXICON = "# sunting house lexicon 1\nmeta\twords\t20000\nterm\tTrunoyudo\t13\t5\n"
OTHER_LEXICON = "# sunting house lexicon 1\nmeta\twords\t20000\nterm\tSastrowardoyo\t9\t4\n"
TEXT = "Kata Trunoyuda, banjir surut.\n"
SLIP = ("House.Ejaan", 0, 5, 14)
KEPT = " (leksikon rumah terakhir yang berhasil dimuat tetap dipakai)"


@pytest.fixture
def project(workspace):
    (workspace / "styles" / "House" / "Ejaan.yml").write_text(EJAAN, encoding="utf-8")
    (workspace / ".sunting").mkdir()
    return workspace


def changed(client, path, kind=types.FileChangeType.Changed):
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=uri_of(path), type=kind)])
    )


def slips(p) -> list[tuple]:
    return [(d.code, d.range.start.line, d.range.start.character, d.range.end.character)
            for d in p.diagnostics if d.code == "House.Ejaan"]


def not_utf8(lexicon: str) -> bytes:
    """``lexicon`` with a fourth line saved in Latin-1 (ü as one byte)."""
    return lexicon.encode("utf-8") + "term\tTrünoyudo\t3\t1\n".encode("latin-1")


async def test_the_house_lexicon_is_watched_and_reloaded(client, project):
    await start(client, project)
    await wait_for(lambda: client.registrations, what="registerCapability")
    globs = [w["globPattern"] for w in client.registrations[0].register_options["watchers"]]
    assert "**/.sunting/lexicon.tsv" in globs

    uri = open_doc(client, project / "a.md", TEXT)
    p = await diagnostics_for(client, uri, 1)
    assert slips(p) == []  # an unknown name is no error by itself

    # sunting learn writes the lexicon: the name's slip is flagged, with the name as fix
    lexicon = project / ".sunting" / "lexicon.tsv"
    lexicon.write_text(LEXICON, encoding="utf-8")
    n = len(client.published)
    changed(client, lexicon, types.FileChangeType.Created)
    p = await diagnostics_for(client, uri, 1, after=n)
    assert slips(p) == [SLIP]
    assert p.diagnostics[0].data["suggestions"][:1] == ["Trunoyudo"]

    # an edited lexicon replaces the old one
    lexicon.write_text(OTHER_LEXICON, encoding="utf-8")
    n = len(client.published)
    changed(client, lexicon)
    p = await diagnostics_for(client, uri, 1, after=n)
    assert slips(p) == []

    # deleted: no house lexicon
    lexicon.write_text(LEXICON, encoding="utf-8")
    n = len(client.published)
    changed(client, lexicon)
    assert slips(await diagnostics_for(client, uri, 1, after=n)) == [SLIP]
    lexicon.unlink()
    n = len(client.published)
    changed(client, lexicon, types.FileChangeType.Deleted)
    assert slips(await diagnostics_for(client, uri, 1, after=n)) == []
    assert client.messages == []


async def test_a_broken_lexicon_keeps_the_last_good_one(client, project):
    lexicon = project / ".sunting" / "lexicon.tsv"
    lexicon.write_text(LEXICON, encoding="utf-8")
    await start(client, project)
    uri = open_doc(client, project / "a.md", TEXT)
    assert slips(await diagnostics_for(client, uri, 1)) == [SLIP]

    # saved in the wrong encoding: reported once, with file and line
    lexicon.write_bytes(not_utf8(OTHER_LEXICON))
    changed(client, lexicon)
    await wait_for(lambda: client.messages, what="window/showMessage")
    (msg,) = client.messages
    assert msg.type == types.MessageType.Error
    assert msg.message == (f"sunting: {lexicon}:4: leksikon rumah bukan UTF-8; simpan sebagai UTF-8 atau buat ulang "
                           f"dengan ‘sunting learn’{KEPT}")

    # the last good lexicon keeps checking, edits included
    n = len(client.published)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="Kami merubah. " + TEXT)]))
    p = await diagnostics_for(client, uri, 2, after=n)
    assert slips(p) == [("House.Ejaan", 0, 19, 28)]
    assert codes(p) == ["House.Baku", "House.Ejaan"]

    # the configuration still reloads (with the last good lexicon), and the same broken
    # file is not reported again
    (project / "sunting.yaml").write_text(CONFIG + "rules:\n  House.Baku: off\n", encoding="utf-8")
    n = len(client.published)
    changed(client, project / "sunting.yaml")
    p = await diagnostics_for(client, uri, 2, after=n)
    assert codes(p) == ["House.Ejaan"]
    assert len(client.messages) == 1

    # repaired: its new content is used
    lexicon.write_text(OTHER_LEXICON, encoding="utf-8")
    n = len(client.published)
    changed(client, lexicon)
    p = await diagnostics_for(client, uri, 2, after=n)
    assert codes(p) == []
    await asyncio.sleep(0.2)
    assert len(client.messages) == 1


async def test_a_broken_lexicon_at_start_keeps_the_project_rules(client, project):
    """Before a lexicon ever loaded: the project's own rules check, without a lexicon (not
    the built-in rules, as for a broken sunting.yaml)."""
    lexicon = project / ".sunting" / "lexicon.tsv"
    lexicon.write_bytes(not_utf8(LEXICON))
    await start(client, project)
    uri = open_doc(client, project / "a.md", "Kami merubah. " + TEXT)
    await wait_for(lambda: client.messages, what="window/showMessage")
    assert client.messages[0].message == (
        f"sunting: {lexicon}:4: leksikon rumah bukan UTF-8; simpan sebagai UTF-8 atau buat ulang dengan "
        "‘sunting learn’ (sementara diperiksa tanpa leksikon rumah sampai berkas itu diperbaiki)")
    p = await diagnostics_for(client, uri, 1)
    assert codes(p) == ["House.Baku"]

    lexicon.write_text(LEXICON, encoding="utf-8")
    n = len(client.published)
    changed(client, lexicon)
    p = await diagnostics_for(client, uri, 1, after=n)
    assert codes(p) == ["House.Baku", "House.Ejaan"]
