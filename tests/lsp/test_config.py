"""Configuration: sunting.yaml and rule files reloaded while running (a broken one is
reported and the last good rules keep working), client settings, the workspace check."""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types

from lsp_helpers import (
    BAKU,
    CONFIG,
    codes,
    diagnostics_for,
    open_doc,
    start,
    uri_of,
    wait_for,
)

pytestmark = pytest.mark.e2e

TEXT = "Kami merubah yang yang kantoor.\n"


def changed(client, *paths, kind=types.FileChangeType.Changed):
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=uri_of(p), type=kind) for p in paths])
    )


async def test_watchers_registered(client, workspace):
    await start(client, workspace)
    await wait_for(lambda: client.registrations, what="registerCapability")
    (reg,) = client.registrations
    assert reg.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    globs = [w["globPattern"] if isinstance(w, dict) else w.glob_pattern for w in _watchers(reg)]
    assert any("sunting.yaml" in g for g in globs)


def _watchers(reg):
    opts = reg.register_options
    return opts["watchers"] if isinstance(opts, dict) else opts.watchers


async def test_no_watchers_without_dynamic_registration(client, workspace):
    await start(client, workspace, watch=False)
    uri = open_doc(client, workspace / "a.md", TEXT)
    await diagnostics_for(client, uri, 1)
    assert client.registrations == []


async def test_config_reload(client, workspace):
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", TEXT)
    p = await diagnostics_for(client, uri, 1)
    assert codes(p) == ["House.Baku", "House.Repetition", "House.Spelling"]

    (workspace / "sunting.yaml").write_text(CONFIG + "rules:\n  House.Baku: off\n  House.Repetition: hint\n")
    n = len(client.published)
    changed(client, workspace / "sunting.yaml")
    p = await diagnostics_for(client, uri, 1, after=n)
    assert codes(p) == ["House.Repetition", "House.Spelling"]
    assert p.diagnostics[0].severity == types.DiagnosticSeverity.Hint

    # a new rule file in the project pack
    (workspace / "styles" / "House" / "Kantor.yml").write_text(
        "type: substitution\nlevel: error\nmessage: 'Tulis {suggestion}.'\nswap:\n  kantoor: kantor\n"
    )
    n = len(client.published)
    changed(client, workspace / "styles" / "House" / "Kantor.yml", kind=types.FileChangeType.Created)
    p = await diagnostics_for(client, uri, 1, after=n)
    assert "House.Kantor" in codes(p)

    # an unrelated file does not reload anything
    (workspace / "notes.txt").write_text("x")
    n = len(client.published)
    changed(client, workspace / "notes.txt")
    await asyncio.sleep(0.3)
    assert client.published[n:] == []


async def test_broken_rule_file_while_running(client, workspace):
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", TEXT)
    await diagnostics_for(client, uri, 1)

    rule = workspace / "styles" / "House" / "Baku.yml"
    rule.write_text(BAKU.replace("level: warning", "level: warning\nswap: [oops\n"))
    changed(client, rule)
    await wait_for(lambda: client.messages, what="window/showMessage")
    (msg,) = client.messages
    assert msg.type == types.MessageType.Error
    assert f"{rule}:" in msg.message
    assert ":5:" in msg.message or ":4:" in msg.message  # file:line:col of the YAML error
    assert msg.message.endswith(" (aturan terakhir yang berhasil dimuat tetap dipakai)")

    # the last good rules keep checking, edits included
    n = len(client.published)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text="Ini sekedar contoh.\n")],
        )
    )
    p = await diagnostics_for(client, uri, 2, after=n)
    assert codes(p) == ["House.Baku"]

    # the same error is not reported again on every change
    changed(client, rule)
    await asyncio.sleep(0.3)
    assert len(client.messages) == 1

    # fixed: the new content is used
    rule.write_text(BAKU.replace("sekedar: sekadar", "contoh: teladan"))
    n = len(client.published)
    changed(client, rule)
    p = await diagnostics_for(client, uri, 2, after=n)
    assert codes(p) == ["House.Baku"]
    assert p.diagnostics[0].range.start.character == 12  # "contoh" now, not "sekedar"


async def test_broken_config_at_start_reports_and_uses_builtin_rules(client, workspace):
    (workspace / "sunting.yaml").write_text("paths: [styles]\npacks: [House]\nbogus_key: 1\n")
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", TEXT)
    await wait_for(lambda: client.messages, what="window/showMessage")
    assert f"{workspace / 'sunting.yaml'}:3:1" in client.messages[0].message
    assert client.messages[0].message.endswith(" (sementara diperiksa dengan aturan bawaan sampai berkas itu diperbaiki)")
    p = await diagnostics_for(client, uri, 1)
    assert not [c for c in codes(p) if c.startswith("House.")]


async def test_rule_file_saved_in_editor_reloads_without_watchers(client, workspace):
    """Clients without file watching (Neovim 0.7) reload when a rule file is saved."""
    await start(client, workspace, watch=False)
    uri = open_doc(client, workspace / "a.md", TEXT)
    await diagnostics_for(client, uri, 1)
    cfg = workspace / "sunting.yaml"
    cfg.write_text(CONFIG + "rules:\n  House.Repetition: off\n")
    n = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri_of(cfg))))
    p = await diagnostics_for(client, uri, 1, after=n)
    assert codes(p) == ["House.Baku", "House.Spelling"]


async def test_settings_from_initialization_options(client, workspace):
    await start(client, workspace, settings={"minimumLevel": "warning", "packs": ["House"]})
    uri = open_doc(client, workspace / "a.md", TEXT)
    p = await diagnostics_for(client, uri, 1)
    assert codes(p) == ["House.Baku", "House.Repetition"]


async def test_did_change_configuration(client, workspace):
    await start(client, workspace)
    md = open_doc(client, workspace / "a.md", TEXT)
    txt = open_doc(client, workspace / "a.txt", TEXT, language="plaintext")
    await diagnostics_for(client, md, 1)
    await diagnostics_for(client, txt, 1)

    n = len(client.published)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"sunting": {"minLevel": "error", "languages": ["markdown"]}})
    )
    p = await diagnostics_for(client, md, 1, after=n)
    assert codes(p) == ["House.Repetition"]
    p = await diagnostics_for(client, txt, after=n)
    assert list(p.diagnostics) == []  # no longer a checked language: cleared

    # packs from the client replace sunting.yaml's list: no House → nothing from it
    n = len(client.published)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"sunting": {"packs": ["NoSuchPack"]}})
    )
    p = await diagnostics_for(client, md, 1, after=n)
    assert codes(p) == []
    p = await diagnostics_for(client, txt, 1, after=n)
    assert codes(p) == []


async def test_settings_pulled_with_workspace_configuration(client, workspace):
    client.set_configuration({"minimumLevel": "warning"}, section="sunting")
    await start(client, workspace, configuration=True)
    uri = open_doc(client, workspace / "a.md", TEXT)
    await wait_for(
        lambda: [x for x in client.published if x.uri == uri and codes(x) == ["House.Baku", "House.Repetition"]],
        what="settings applied",
    )
    # a notification without settings makes the server ask again
    client.set_configuration({"minimumLevel": "error"}, section="sunting")
    n = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    # (the first settings may also be re-published once more by the reload they caused)
    await wait_for(
        lambda: [x for x in client.published[n:] if x.uri == uri and codes(x) == ["House.Repetition"]],
        what="new settings applied",
    )


async def test_check_workspace_command(client, workspace):
    (workspace / "docs").mkdir()
    (workspace / "docs" / "one.md").write_text("Kami merubah rencana.\n")
    (workspace / "docs" / "two.txt").write_text("yang yang\n")
    (workspace / "docs" / "skip.py").write_text("merubah = 1\n")
    (workspace / "open.md").write_text("Kami merubah.\n")
    await start(client, workspace)
    open_uri = open_doc(client, workspace / "open.md", "Sudah benar.\n")
    await diagnostics_for(client, open_uri, 1)
    n = len(client.published)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="sunting.checkWorkspace", arguments=[uri_of(workspace)])
    )
    assert result == {"files": 2, "findings": 2}
    pushed = {p.uri: p for p in client.published[n:]}
    assert set(pushed) == {uri_of(workspace / "docs" / "one.md"), uri_of(workspace / "docs" / "two.txt")}
    assert codes(pushed[uri_of(workspace / "docs" / "one.md")]) == ["House.Baku"]
    assert codes(pushed[uri_of(workspace / "docs" / "two.txt")]) == ["House.Repetition"]
