"""Helpers for the language-server tests: the real ``sunting serve`` as a subprocess over
stdio (pytest-lsp), driven by a test client that records every publishDiagnostics.

Each test gets a fresh server and a temporary workspace with its own small rule pack, so
expectations do not move when the built-in packs grow:

* ``House.Baku`` (substitution): merubah → mengubah, sekedar → sekadar (warning)
* ``House.Repetition`` (repetition): ``yang yang`` → ``yang`` (error)
* ``House.Spelling`` (existence, id ends with Spelling): kantoor, zzyzx (info)
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Union

from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from pygls.protocol import default_converter


SERVER_CMD = [sys.executable, "-m", "sunting", "serve"]
#: ``sunting serve`` with a fake engine (``boom``, ``slow``): see fakes/serve_fake.py
FAKE_SERVER = str(Path(__file__).parent / "fakes" / "serve_fake.py")

BAKU = """\
type: substitution
level: warning
message: "Bentuk baku: ‘{suggestion}’, bukan ‘{match}’."
description: Bentuk baku menurut KBBI.
link: https://kbbi.kemdikbud.go.id/
swap:
  merubah: mengubah
  sekedar: sekadar
examples:
  flag:
    - text: "Era digital telah merubah perilaku."
      suggestion: mengubah
  pass:
    - "Era digital telah mengubah perilaku."
"""
REPETITION = """\
type: repetition
level: error
message: "Kata berulang: ‘{match}’."
"""
SPELLING = """\
type: existence
level: info
message: "Ejaan tidak dikenal: ‘{match}’."
tokens: [kantoor, zzyzx]
"""
CONFIG = "paths: [styles]\npacks: [House]\n"


def make_workspace(root: Path, config: str = CONFIG) -> Path:
    pack = root / "styles" / "House"
    pack.mkdir(parents=True)
    (pack / "Baku.yml").write_text(BAKU, encoding="utf-8")
    (pack / "Repetition.yml").write_text(REPETITION, encoding="utf-8")
    (pack / "Spelling.yml").write_text(SPELLING, encoding="utf-8")
    (root / "sunting.yaml").write_text(config, encoding="utf-8")
    return root


def capabilities(
    encodings: list[str] | None = None,
    pull: bool = False,
    watch: bool = True,
    configuration: bool = False,
    document_changes: bool = True,
) -> types.ClientCapabilities:
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        text_document=types.TextDocumentClientCapabilities(
            synchronization=types.TextDocumentSyncClientCapabilities(did_save=True),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
            diagnostic=types.DiagnosticClientCapabilities(related_document_support=False) if pull else None,
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown, types.MarkupKind.PlainText]),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]
                    )
                ),
                is_preferred_support=True,
            ),
        ),
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)
            if watch
            else None,
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=document_changes),
            configuration=configuration,
            diagnostics=types.DiagnosticWorkspaceClientCapabilities(refresh_support=True) if pull else None,
            execute_command=types.ExecuteCommandClientCapabilities(),
        ),
        window=types.WindowClientCapabilities(work_done_progress=False),
    )


# ---------------------------------------------------------------------- the client
def _publish(client: LanguageClient, params: types.PublishDiagnosticsParams):
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(params)


def _register(client: LanguageClient, params: types.RegistrationParams):
    client.registrations.extend(params.registrations)
    return None


def _fixed_converter():
    """lsprotocol 2025.0.0 structures any code action that has a ``command`` as a Command
    (its hook checks ``"command" in obj``, not whether that is a string), losing a
    CodeAction that carries a command. Tell them apart properly on the test client."""
    converter = default_converter()

    def code_action_or_command(obj, _):
        if isinstance(obj.get("command"), str):
            return converter.structure(obj, types.Command)
        return converter.structure(obj, types.CodeAction)

    converter.register_structure_hook(Union[types.Command, types.CodeAction], code_action_or_command)
    return converter


def make_client() -> LanguageClient:
    client = LanguageClient(converter_factory=_fixed_converter)
    client.published = []  # every publishDiagnostics, in order
    client.registrations = []
    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = _publish
    features[types.CLIENT_REGISTER_CAPABILITY] = _register
    register_lsp_features(client, features)
    return client


async def start(
    client: LanguageClient,
    root: Path,
    settings: dict | None = None,
    **caps,
) -> types.InitializeResult:
    params = types.InitializeParams(
        capabilities=capabilities(**caps),
        root_uri=from_fs_path(str(root)),
        workspace_folders=[types.WorkspaceFolder(uri=from_fs_path(str(root)), name=root.name)],
        initialization_options={"settings": {"sunting": settings}} if settings else None,
    )
    return await client.initialize_session(params)


def uri_of(path: Path) -> str:
    return from_fs_path(str(path))


def open_doc(client: LanguageClient, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
    uri = uri_of(path)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)
        )
    )
    return uri


def change_doc(client: LanguageClient, uri: str, version: int, text: str, rng: types.Range | None = None) -> None:
    change = (
        types.TextDocumentContentChangePartial(range=rng, text=text)
        if rng is not None
        else types.TextDocumentContentChangeWholeDocument(text=text)
    )
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[change],
        )
    )


async def wait_for(predicate, timeout: float = 15.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.01)


async def diagnostics_for(client: LanguageClient, uri: str, version: int | None = None, after: int = 0, timeout: float = 15.0):
    """The first publishDiagnostics for ``uri`` (of ``version``, if given) at index ≥ ``after``."""

    def find():
        for p in client.published[after:]:
            if p.uri == uri and (version is None or p.version == version):
                return p
        return None

    return await wait_for(find, timeout, f"diagnostics for {uri} version {version}")


def codes(params_or_diags) -> list[str]:
    diags = getattr(params_or_diags, "diagnostics", params_or_diags)
    return [d.code for d in diags]


def apply_text_edits(text: str, edits: list[types.TextEdit], encoding: str = "utf-16") -> str:
    """Apply LSP text edits (non-overlapping) to ``text`` the way an editor does."""
    from sunting.lsp.positions import LineIndex

    index = LineIndex(text)
    spans = sorted(
        ((index.offset(e.range.start, encoding), index.offset(e.range.end, encoding), e.new_text) for e in edits),
        reverse=True,
    )
    for a, b, new in spans:
        text = text[:a] + new + text[b:]
    return text


def edits_of(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    edit = action.edit
    assert edit is not None, action.title
    if edit.document_changes:
        out = []
        for dc in edit.document_changes:
            assert dc.text_document.uri == uri
            out.extend(dc.edits)
        return out
    return list(edit.changes[uri])
