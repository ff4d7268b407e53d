"""The language server speaks Indonesian: quick-fix titles, hover labels and descriptions,
notifications — over stdio, as an editor sees them. English only when the client's
``interfaceLanguage`` setting (or ``SUNTING_LANG``) asks; the client's ``locale`` ("en" in
most newsrooms' VS Code) does not decide."""

from __future__ import annotations

import time

import pytest

from l10n_helpers import make_project
from lsp_stdio import Session

pytestmark = pytest.mark.e2e

TEXT = "Dia datang ke kantoor pagi ini.\n"


@pytest.fixture
def project(tmp_path):
    root = make_project(tmp_path / "ws")
    (root / "styles" / "House" / "Spelling.yml").write_text(
        'type: existence\nlevel: info\nmessage: "Ejaan tidak dikenal: ‘{match}’."\n'
        "description: Kata yang tidak dikenal kamus redaksi.\ntokens: [zzyzx]\n", encoding="utf-8")
    return root


def _session(request, env=None):
    s = Session(env)
    request.addfinalizer(s.close)
    return s


def _actions(s: Session, path, diagnostics, line=0, start=15, end=22):
    result = s.request("textDocument/codeAction", {
        "textDocument": {"uri": path.as_uri()},
        "range": {"start": {"line": line, "character": start}, "end": {"line": line, "character": end}},
        "context": {"diagnostics": diagnostics},
    })
    return [a["title"] for a in result or []]


def _hover(s: Session, path, line=0, character=17) -> str:
    return s.request("textDocument/hover", {"textDocument": {"uri": path.as_uri()},
                                            "position": {"line": line, "character": character}})["contents"]["value"]


def test_code_actions_and_hover_in_indonesian_by_default(project, request):
    s = _session(request)
    s.initialize(project)
    doc = project / "a.md"
    diagnostics = s.open(doc, TEXT + "Lalu zzyzx.\n")
    assert _actions(s, doc, diagnostics[:1]) == [
        "Ganti dengan ‘kantor’",
        "Nonaktifkan House.Kantor untuk baris ini",
        "Nonaktifkan House.Kantor untuk dokumen ini",
        "Perbaiki semua: terapkan 1 perbaikan sunting yang sarannya tunggal",
    ]
    assert "Tambahkan ‘zzyzx’ ke kosakata proyek" in _actions(s, doc, diagnostics[1:], 1, 5, 10)
    assert _hover(s, doc) == (
        "**House.Kantor** (warning) — Pakai ‘kantor’, bukan ‘kantoor’.\n\n"
        "Saran: `kantor`\n\n"
        "Nama kantor ditulis seperti di papan namanya, mis. Kantor Redaksi. Kalimat kedua\n"
        "tidak tampil di daftar aturan.\n\n"
        "Contoh yang ditandai:\n- ✗ `Dia datang ke kantoor pagi ini.` → `kantor`\n\n"
        "Contoh yang lolos:\n- ✓ `Dia datang ke kantor pagi ini.`\n\n"
        "[https://kbbi.kemdikbud.go.id/](https://kbbi.kemdikbud.go.id/)"
    )


def test_english_when_the_client_asks(project, request):
    s = _session(request)
    s.initialize(project, {"interfaceLanguage": "en"})
    doc = project / "a.md"
    diagnostics = s.open(doc, TEXT)
    assert _actions(s, doc, diagnostics) == [
        "Replace with ‘kantor’",
        "Disable House.Kantor for this line",
        "Disable House.Kantor for this document",
        "Fix all: apply 1 sunting fix with a single suggestion",
    ]
    hover = _hover(s, doc)
    assert "\n\nSuggestions: `kantor`\n\nWrite the office's name as on its sign" in hover
    assert "\n\nFlagged:\n" in hover and "\n\nPasses:\n" in hover
    # switched back while running, without a restart and without re-checking anything
    published = sum(1 for n in s.notifications if n["method"] == "textDocument/publishDiagnostics")
    s.notify("workspace/didChangeConfiguration", {"settings": {"sunting": {"interfaceLanguage": "id"}}})
    s.request("textDocument/hover", {"textDocument": {"uri": doc.as_uri()}, "position": {"line": 0, "character": 0}})
    assert _actions(s, doc, diagnostics)[0] == "Ganti dengan ‘kantor’"
    time.sleep(1)
    s.request("textDocument/hover", {"textDocument": {"uri": doc.as_uri()}, "position": {"line": 0, "character": 0}})
    assert sum(1 for n in s.notifications if n["method"] == "textDocument/publishDiagnostics") == published


def test_environment_and_setting(project, request):
    s = _session(request, {"SUNTING_LANG": "en"})
    s.initialize(project)
    doc = project / "a.md"
    diagnostics = s.open(doc, TEXT)
    assert _actions(s, doc, diagnostics)[0] == "Replace with ‘kantor’"
    s2 = _session(request, {"SUNTING_LANG": "en"})
    s2.initialize(project, {"interfaceLanguage": "id"})
    assert _actions(s2, doc, s2.open(doc, TEXT))[0] == "Ganti dengan ‘kantor’"


def test_notification_in_indonesian(project, request):
    (project / "sunting.yaml").write_text("packs: [House]\npaths: [styles]\nmax_file_size: 0.001\n", encoding="utf-8")
    s = _session(request)
    s.initialize(project)
    doc = project / "besar.md"
    s.send_open(doc, TEXT * 100)
    shown = s.wait_notification("window/showMessage")
    assert shown["message"] == f"sunting: {doc.as_uri()} melebihi max_file_size (0,001 MB); tidak diperiksa"


def test_a_broken_config_is_said_in_indonesian_in_the_editor(project, request):
    cfg = project / "sunting.yaml"
    cfg.write_text("packs: [House]\npaths: [styles]\nmin_level: warnig\n", encoding="utf-8")
    s = _session(request)
    s.initialize(project)
    doc = project / "a.md"
    s.send_open(doc, TEXT)
    shown = s.wait_notification("window/showMessage")
    assert shown["message"] == (
        f"sunting: {cfg}:3:12: min_level: 'warnig' bukan salah satu dari: error, warning, info, hint; maksud Anda "
        "'warning'? (sementara diperiksa dengan aturan bawaan sampai berkas itu diperbaiki)")


def test_a_broken_config_follows_the_clients_english(project, request):
    cfg = project / "sunting.yaml"
    cfg.write_text("packs: [House]\npaths: [styles]\nmin_level: warnig\n", encoding="utf-8")
    s = _session(request)
    s.initialize(project, {"interfaceLanguage": "en"})
    doc = project / "a.md"
    s.send_open(doc, TEXT)
    shown = s.wait_notification("window/showMessage")
    assert shown["message"] == (
        f"sunting: {cfg}:3:12: min_level: 'warnig' is not one of: error, warning, info, hint; did you mean "
        "'warning'? (checking with the built-in rules until it is fixed)")
