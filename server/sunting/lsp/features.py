"""The language server's LSP features: one small top-level handler per method.

Each handler turns LSP params into calls on the session (:class:`SuntingServer`: its
documents, projects and scheduler) and builds the answer; none holds state of its own.
:func:`register` attaches them to a server (as pygls features and commands).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.uris import to_fs_path

from sunting.i18n import set_session_language, t
from sunting.lsp import actions as code_actions
from sunting.lsp.documents import OpenDocument
from sunting.lsp.hover import hover as make_hover
from sunting.lsp.positions import normalize_encoding
from sunting.lsp.protocol import REQUEST_FAILED
from sunting.lsp.workspace import Settings

if TYPE_CHECKING:
    from sunting.lsp.server import SuntingServer

log = logging.getLogger("sunting.lsp")

WATCH_GLOBS = [
    "**/{sunting.yaml,.sunting.yaml,sunting.yml,.sunting.yml,pyproject.toml}",
    "**/*.{yml,yaml}",
    "**/*.txt",
    "**/.sunting/lexicon.tsv",  # the house lexicon (sunting learn)
]


def _folder(uri: str) -> Path | None:
    path = to_fs_path(uri) if uri.startswith("file:") else None
    return Path(path) if path else None


def _relevant(ls: SuntingServer, uri: str) -> bool:
    """Does a changed file (by uri) affect any configuration?"""
    path = to_fs_path(uri) if uri.startswith("file:") else None
    return path is not None and ls.projects.is_relevant(path)


# ====================================================================== lifecycle
def initialize(ls: SuntingServer, params: types.InitializeParams) -> None:
    ls.loop = asyncio.get_running_loop()
    caps = params.capabilities
    ls.encoding = normalize_encoding(ls.workspace.position_encoding)
    folders = [p for f in params.workspace_folders or [] if (p := _folder(f.uri)) is not None]
    if not folders and params.root_uri and (p := _folder(params.root_uri)) is not None:
        folders.append(p)
    elif not folders and params.root_path:
        folders.append(Path(params.root_path))
    ls.projects.folders = folders
    settings = Settings.parse(params.initialization_options)
    if settings is not None:
        ls.projects.settings = settings
        set_session_language(settings.interface_language)  # config errors speak as the titles do (l10n)
    td = caps.text_document
    ls.pull_mode = td is not None and td.diagnostic is not None
    ws = caps.workspace
    ls.document_changes = bool(ws and ws.workspace_edit and ws.workspace_edit.document_changes)
    ls.refresh_support = bool(ws and ws.diagnostics and ws.diagnostics.refresh_support)
    if td is not None and td.hover is not None and td.hover.content_format:
        ls.hover_markdown = types.MarkupKind.Markdown in td.hover.content_format
    log.info("initialize: folders=%s encoding=%s pull=%s", [str(f) for f in folders], ls.encoding, ls.pull_mode)
    ls.scheduler.warm_up(str(ls.projects.default_root() / "_.md"))


async def initialized(ls: SuntingServer, params: types.InitializedParams) -> None:
    ws = ls.client_capabilities.workspace
    if ws and ws.did_change_watched_files and ws.did_change_watched_files.dynamic_registration:
        watchers = [types.FileSystemWatcher(glob_pattern=g) for g in WATCH_GLOBS]
        registration = types.Registration(
            id="sunting-watch-config",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )
        try:
            await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
        except (Exception, asyncio.CancelledError) as e:
            log.warning("cannot register file watchers: %r", e)
    if ws and ws.configuration:
        await _pull_settings(ls)


def shutdown(ls: SuntingServer, params: None) -> None:
    ls.scheduler.stop(list(ls.docs.values()))


# ====================================================================== documents
def did_open(ls: SuntingServer, params: types.DidOpenTextDocumentParams) -> None:
    td = params.text_document
    old = ls.docs.pop(td.uri, None)
    if old is not None:
        ls.scheduler.closed(old)
    doc = OpenDocument(uri=td.uri, language_id=td.language_id, version=td.version, text=td.text)
    ls.docs[td.uri] = doc
    if ls.pull_mode and td.uri in ls.workspace_pushed:
        # the workspace check pushed diagnostics for it; pulled ones take over now
        ls.workspace_pushed.discard(td.uri)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=td.uri, diagnostics=[]))
    ls.scheduler.opened(doc)


def did_change(ls: SuntingServer, params: types.DidChangeTextDocumentParams) -> None:
    doc = ls.docs.get(params.text_document.uri)
    if doc is None:
        log.warning("change of a document that is not open: %s", params.text_document.uri)
        return
    for change in params.content_changes:
        doc.apply_change(change, ls.encoding)
    doc.version = params.text_document.version
    ls.scheduler.changed(doc)


def did_close(ls: SuntingServer, params: types.DidCloseTextDocumentParams) -> None:
    doc = ls.docs.pop(params.text_document.uri, None)
    if doc is not None:
        ls.scheduler.closed(doc)
    ls.clear(params.text_document.uri)


async def did_save(ls: SuntingServer, params: types.DidSaveTextDocumentParams) -> None:
    # clients without file watching (Neovim ≤ 0.9) still reload rules saved in the editor
    if _relevant(ls, params.text_document.uri):
        await ls.reload()


# ====================================================================== answers
PULL_OPTIONS = types.DiagnosticOptions(identifier="sunting", inter_file_dependencies=False, workspace_diagnostics=False)


async def pull_diagnostics(ls: SuntingServer, params: types.DocumentDiagnosticParams):
    doc = ls.docs.get(params.text_document.uri)
    result = await ls.scheduler.latest(doc) if doc is not None else None
    if result is None:
        return types.RelatedFullDocumentDiagnosticReport(items=[], result_id="none")
    rid = str(result.serial)
    if params.previous_result_id == rid:
        return types.RelatedUnchangedDocumentDiagnosticReport(result_id=rid)
    return types.RelatedFullDocumentDiagnosticReport(items=result.diagnostics, result_id=rid)


CODE_ACTION_OPTIONS = types.CodeActionOptions(code_action_kinds=code_actions.KINDS, resolve_provider=False)


async def code_action(ls: SuntingServer, params: types.CodeActionParams):
    doc = ls.docs.get(params.text_document.uri)
    result = await ls.scheduler.latest(doc) if doc is not None else None
    if doc is None or result is None or doc.closed:
        return None
    return code_actions.code_actions(doc, result, params, ls.encoding, ls.document_changes, ls.lang) or None


async def hover(ls: SuntingServer, params: types.HoverParams):
    doc = ls.docs.get(params.text_document.uri)
    result = await ls.scheduler.latest(doc) if doc is not None else None
    if result is None:
        return None
    return make_hover(result, params.position, ls.encoding, ls.hover_markdown, ls.lang)


# ====================================================================== configuration
async def did_change_configuration(ls: SuntingServer, params: types.DidChangeConfigurationParams) -> None:
    settings = Settings.parse(params.settings)
    if settings is None:
        ws = ls.client_capabilities.workspace
        if ws and ws.configuration:
            await _pull_settings(ls)
        return
    await _use_settings(ls, settings)


async def did_change_watched_files(ls: SuntingServer, params: types.DidChangeWatchedFilesParams) -> None:
    relevant = [c.uri for c in params.changes if _relevant(ls, c.uri)]
    if relevant:
        log.info("reloading: %s changed", ", ".join(relevant))
        await ls.reload()


async def did_change_folders(ls: SuntingServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
    removed = {p for f in params.event.removed if (p := _folder(f.uri)) is not None}
    folders = [f for f in ls.projects.folders if f not in removed]
    folders += [p for f in params.event.added if (p := _folder(f.uri)) is not None]
    ls.projects.folders = folders
    await ls.reload()


async def _pull_settings(ls: SuntingServer) -> None:
    try:
        values = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section="sunting")])
        )
    except (Exception, asyncio.CancelledError) as e:
        log.info("workspace/configuration failed: %r", e)
        return
    value = values[0] if values else None
    settings = Settings.parse({"sunting": value}) if isinstance(value, dict) else None
    if settings is not None:
        await _use_settings(ls, settings)


async def _use_settings(ls: SuntingServer, settings: Settings) -> None:
    if settings == ls.projects.settings:
        return
    log.info("settings: %s", settings)
    previous = ls.projects.settings
    ls.projects.settings = settings
    set_session_language(settings.interface_language)
    if dataclasses.replace(settings, interface_language=previous.interface_language) == previous:
        return  # only the interface language: titles and labels are made per request, nothing to re-check
    await ls.reload()


# ====================================================================== commands
# (``ls`` is not annotated here: pygls resolves a command's type hints at run time to
# convert its arguments, and the server class is only imported for type checking)
async def add_to_vocabulary(ls, *args: Any) -> dict:
    """``sunting.addToVocabulary [word, documentUri]``: the project's accept list."""
    if not args or not isinstance(args[0], str) or not args[0].strip() or "\n" in args[0]:
        raise JsonRpcInvalidParams(message=t("lsp.add_word.arguments", lang=ls.lang))
    word = args[0]
    uri = args[1] if len(args) > 1 and isinstance(args[1], str) else None
    path = to_fs_path(uri) if uri and uri.startswith("file:") else None
    if path is None and uri in ls.docs:
        path = ls.docs[uri].path
    try:
        target = ls.projects.add_to_vocabulary(word, path)
    except Exception as e:
        text = t("lsp.add_word.failed", lang=ls.lang, word=word.strip(), error=e)
        ls.show(text)
        raise JsonRpcException(message=text, code=REQUEST_FAILED) from None
    log.info("added %r to %s", word, target)
    await ls.reload()
    return {"word": word.strip(), "file": str(target)}


async def check_workspace(ls, *args: Any) -> dict:
    """``sunting.checkWorkspace [folderUri…]``: push diagnostics for every file that is
    not open (the open ones are checked already), one file per job on the check thread so
    the writer's own checks get their turn in between."""
    uris = [a for a in args if isinstance(a, str)]
    if len(args) == 1 and isinstance(args[0], list):
        uris = [a for a in args[0] if isinstance(a, str)]
    folders = [p for u in uris if (p := _folder(u)) is not None] or list(ls.projects.folders)
    files = findings = 0
    for folder in folders:
        if not folder.is_dir():
            continue
        paths = await ls.scheduler.run(ls.workspace_files, folder)
        for path in paths:
            got = await ls.scheduler.run(ls.check_file, path)
            if got is None or got[0] in ls.docs:
                continue
            uri, diagnostics = got
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))
            ls.workspace_pushed.add(uri)
            files += 1
            findings += len(diagnostics)
    return {"files": files, "findings": findings}


# ====================================================================== registration
FEATURES: list[tuple[str, object, Callable]] = [
    (types.INITIALIZE, None, initialize),
    (types.INITIALIZED, None, initialized),
    (types.SHUTDOWN, None, shutdown),
    (types.TEXT_DOCUMENT_DID_OPEN, None, did_open),
    (types.TEXT_DOCUMENT_DID_CHANGE, None, did_change),
    (types.TEXT_DOCUMENT_DID_CLOSE, None, did_close),
    (types.TEXT_DOCUMENT_DID_SAVE, None, did_save),
    (types.TEXT_DOCUMENT_DIAGNOSTIC, PULL_OPTIONS, pull_diagnostics),
    (types.TEXT_DOCUMENT_CODE_ACTION, CODE_ACTION_OPTIONS, code_action),
    (types.TEXT_DOCUMENT_HOVER, None, hover),
    (types.WORKSPACE_DID_CHANGE_CONFIGURATION, None, did_change_configuration),
    (types.WORKSPACE_DID_CHANGE_WATCHED_FILES, None, did_change_watched_files),
    (types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS, None, did_change_folders),
]
COMMANDS: list[tuple[str, Callable]] = [
    (code_actions.ADD_TO_VOCABULARY, add_to_vocabulary),
    (code_actions.CHECK_WORKSPACE, check_workspace),
]


def register(server: SuntingServer) -> None:
    for method, options, handler in FEATURES:
        server.feature(method, options)(handler)
    for name, command in COMMANDS:
        server.command(name)(command)
