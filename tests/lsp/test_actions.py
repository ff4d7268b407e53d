"""Code actions (each kind applied and re-checked) and hover."""

from __future__ import annotations

import pytest
import yaml
from lsprotocol import types

from lsp_helpers import (
    apply_text_edits,
    change_doc,
    codes,
    diagnostics_for,
    edits_of,
    open_doc,
    start,
)

pytestmark = pytest.mark.e2e

TEXT = "Kami merubah yang yang kantoor.\n"


def pos(line, ch):
    return types.Position(line=line, character=ch)


def rng(l0, c0, l1, c1):
    return types.Range(start=pos(l0, c0), end=pos(l1, c1))


async def actions_at(client, uri, r, diagnostics=(), only=None):
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=r,
            context=types.CodeActionContext(diagnostics=list(diagnostics), only=only),
        )
    )
    return result or []


async def apply(client, uri, text, version, action, encoding="utf-16"):
    """Apply a code action's edit as the editor would, send it, wait for its diagnostics."""
    new_text = apply_text_edits(text, edits_of(action, uri), encoding)
    n = len(client.published)
    change_doc(client, uri, version, new_text)
    return new_text, await diagnostics_for(client, uri, version, after=n)


async def test_quickfix_per_suggestion(client, workspace):
    (workspace / "styles" / "House" / "Baku.yml").write_text(
        (workspace / "styles" / "House" / "Baku.yml").read_text().replace("merubah: mengubah", "merubah: [mengubah, mengganti]"),
        encoding="utf-8",
    )
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", TEXT)
    p = await diagnostics_for(client, uri, 1)
    baku = p.diagnostics[0]
    acts = await actions_at(client, uri, rng(0, 7, 0, 7), [baku])
    fixes = [a for a in acts if a.title.startswith("Ganti ")]
    assert [a.title for a in fixes] == ["Ganti dengan ‘mengubah’", "Ganti dengan ‘mengganti’"]
    assert fixes[0].is_preferred is True and not fixes[1].is_preferred
    assert all(a.kind == types.CodeActionKind.QuickFix for a in fixes)
    # the edit covers exactly the flagged range
    (edit,) = edits_of(fixes[1], uri)
    assert edit.range == baku.range and edit.new_text == "mengganti"
    # only actions for what is under the cursor
    assert not [a for a in acts if "‘yang’" in a.title]
    text, p = await apply(client, uri, TEXT, 2, fixes[0])
    assert text == "Kami mengubah yang yang kantoor.\n"
    assert codes(p) == ["House.Repetition", "House.Spelling"]

    rep = p.diagnostics[0]
    acts = await actions_at(client, uri, rep.range, [rep])
    text, p = await apply(client, uri, text, 3, acts[0])
    assert text == "Kami mengubah yang kantoor.\n"
    assert codes(p) == ["House.Spelling"]


async def test_fix_all(client, workspace):
    await start(client, workspace)
    text = "Kami merubah yang yang kantoor.\n\nIni sekedar contoh 😀 merubah.\n"
    uri = open_doc(client, workspace / "a.md", text)
    await diagnostics_for(client, uri, 1)
    acts = await actions_at(client, uri, rng(0, 0, 0, 0), only=["source.fixAll.sunting"])
    assert [a.kind for a in acts] == ["source.fixAll.sunting"]
    # asking for the parent kind source.fixAll also finds it; quickfix-only does not
    assert [a.kind for a in await actions_at(client, uri, rng(0, 0, 0, 0), only=[types.CodeActionKind.SourceFixAll])] == [
        "source.fixAll.sunting"
    ]
    assert not [a for a in await actions_at(client, uri, rng(0, 0, 0, 0), only=[types.CodeActionKind.QuickFix]) if a.kind != "quickfix"]
    text, p = await apply(client, uri, text, 2, acts[0])
    assert text == "Kami mengubah yang kantoor.\n\nIni sekadar contoh 😀 mengubah.\n"
    assert codes(p) == ["House.Spelling"]  # no suggestion, nothing to fix
    assert await actions_at(client, uri, rng(0, 0, 0, 0), only=["source.fixAll.sunting"]) == []


UNSAFE = """\
type: substitution
level: warning
fix: unsafe
message: "Periksa: ‘{suggestion}’, bukan ‘{match}’?"
swap:
  dimana: di mana
"""
LOW = """\
type: substitution
level: info
message: "Lebih baik ‘{suggestion}’."
swap:
  online: daring
"""


async def test_fix_all_applies_only_the_safe_fixes(client, workspace):
    """The editor's “fix all” follows --fix: a rule whose fix is unsafe, an info-level
    finding and a word choice inside a quotation keep their quick fix but are left out."""
    (workspace / "styles" / "House" / "Unsafe.yml").write_text(UNSAFE, encoding="utf-8")
    (workspace / "styles" / "House" / "Low.yml").write_text(LOW, encoding="utf-8")
    baku = (workspace / "styles" / "House" / "Baku.yml").read_text(encoding="utf-8")
    (workspace / "styles" / "House" / "Baku.yml").write_text(baku.replace("type: substitution\n", "type: substitution\nlexical: true\n"), encoding="utf-8")
    await start(client, workspace)
    text = "Kami merubah rapat online dimana saja. “Kami merubah,” katanya.\n"
    uri = open_doc(client, workspace / "a.md", text)
    p = await diagnostics_for(client, uri, 1)
    assert codes(p) == ["House.Baku", "House.Low", "House.Unsafe", "House.Baku"]
    for d in p.diagnostics:  # every one still has its quick fix
        quick = await actions_at(client, uri, d.range, [d], only=[types.CodeActionKind.QuickFix])
        assert any(a.edit is not None and a.title.startswith("Ganti dengan") for a in quick), d.code
    acts = await actions_at(client, uri, rng(0, 0, 0, 0), only=["source.fixAll.sunting"])
    assert [a.title for a in acts] == ["Perbaiki semua: terapkan 1 perbaikan sunting yang sarannya tunggal"]
    text, _ = await apply(client, uri, text, 2, acts[0])
    assert text == "Kami mengubah rapat online dimana saja. “Kami merubah,” katanya.\n"


async def test_disable_for_line_and_document(client, workspace):
    await start(client, workspace)
    text = "# Judul\n\nBaris pertama merubah.\nBaris kedua merubah juga.\n\nLain kali merubah lagi.\n"
    uri = open_doc(client, workspace / "a.md", text)
    p = await diagnostics_for(client, uri, 1)
    assert [d.range.start.line for d in p.diagnostics] == [2, 3, 5]

    # a paragraph's second line: the comment ends the line above (the paragraph stays whole)
    d = p.diagnostics[1]
    acts = await actions_at(client, uri, d.range, [d])
    line_act = next(a for a in acts if a.title == "Nonaktifkan House.Baku untuk baris ini")
    text, p = await apply(client, uri, text, 2, line_act)
    assert text.splitlines()[2] == "Baris pertama merubah. <!-- sunting-ignore-next-line House.Baku -->"
    assert [d.range.start.line for d in p.diagnostics] == [2, 5]

    # a paragraph's first line: the comment goes on a line of its own above
    d = p.diagnostics[0]
    acts = await actions_at(client, uri, d.range, [d])
    line_act = next(a for a in acts if a.title == "Nonaktifkan House.Baku untuk baris ini")
    text, p = await apply(client, uri, text, 3, line_act)
    assert text.splitlines()[2] == "<!-- sunting-ignore-next-line House.Baku -->"
    assert [d.range.start.line for d in p.diagnostics] == [6]

    d = p.diagnostics[0]
    acts = await actions_at(client, uri, d.range, [d])
    doc_act = next(a for a in acts if a.title == "Nonaktifkan House.Baku untuk dokumen ini")
    text, p = await apply(client, uri, text, 4, doc_act)
    assert text.startswith("<!-- sunting-disable House.Baku -->\n# Judul\n")
    assert list(p.diagnostics) == []


async def test_disable_document_after_front_matter_crlf(client, workspace):
    await start(client, workspace)
    text = "---\r\ntitle: x\r\n---\r\nKami merubah.\r\n"
    uri = open_doc(client, workspace / "a.md", text)
    p = await diagnostics_for(client, uri, 1)
    d = p.diagnostics[0]
    acts = await actions_at(client, uri, d.range, [d])
    doc_act = next(a for a in acts if a.title.endswith(" untuk dokumen ini"))
    text, p = await apply(client, uri, text, 2, doc_act)
    assert text == "---\r\ntitle: x\r\n---\r\n<!-- sunting-disable House.Baku -->\r\nKami merubah.\r\n"
    assert list(p.diagnostics) == []


async def test_no_disable_actions_in_plain_text(client, workspace):
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.txt", TEXT, language="plaintext")
    p = await diagnostics_for(client, uri, 1)
    acts = await actions_at(client, uri, rng(0, 0, 0, 40), list(p.diagnostics))
    assert acts and not [a for a in acts if a.title.startswith("Nonaktifkan ")]


async def test_add_to_vocabulary_creates_accept_list(client, workspace):
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", TEXT)
    p = await diagnostics_for(client, uri, 1)
    spell = p.diagnostics[2]
    acts = await actions_at(client, uri, spell.range, [spell])
    add = next(a for a in acts if a.title == "Tambahkan ‘kantoor’ ke kosakata proyek")
    assert add.command.command == "sunting.addToVocabulary"
    assert list(add.command.arguments) == ["kantoor", uri]
    # no vocabulary action for a rule that is not about spelling
    baku_acts = await actions_at(client, uri, p.diagnostics[0].range, [p.diagnostics[0]])
    assert not [a for a in baku_acts if a.title.startswith("Tambahkan ")]

    n = len(client.published)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=add.command.command, arguments=add.command.arguments)
    )
    assert result["file"] == str(workspace / "vocab" / "accept.txt")
    p = await diagnostics_for(client, uri, 1, after=n)
    assert codes(p) == ["House.Baku", "House.Repetition"]
    assert (workspace / "vocab" / "accept.txt").read_text() == "kantoor\n"
    cfg = yaml.safe_load((workspace / "sunting.yaml").read_text())
    assert cfg["vocabularies"] == {"accept": ["vocab/accept.txt"]}
    assert cfg["paths"] == ["styles"]  # the rest of the file is kept


async def test_add_to_vocabulary_uses_existing_accept_file(client, workspace):
    (workspace / "words.txt").write_text("# accepted\nfoo", encoding="utf-8")
    (workspace / "sunting.yaml").write_text(
        "# project config\npaths: [styles]\npacks: [House]\nvocabularies:\n  accept: [words.txt]\n", encoding="utf-8"
    )
    await start(client, workspace)
    text = "Kata zzyzx dan kantoor.\n"
    uri = open_doc(client, workspace / "a.md", text)
    p = await diagnostics_for(client, uri, 1)
    assert codes(p) == ["House.Spelling", "House.Spelling"]
    n = len(client.published)
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="sunting.addToVocabulary", arguments=["zzyzx", uri])
    )
    p = await diagnostics_for(client, uri, 1, after=n)
    assert [d.range.start.character for d in p.diagnostics] == [15]
    assert (workspace / "words.txt").read_text() == "# accepted\nfoo\nzzyzx\n"
    assert (workspace / "sunting.yaml").read_text().startswith("# project config\n")
    assert not (workspace / "vocab").exists()


async def test_add_to_vocabulary_references_accept_keeping_comments(client, workspace):
    (workspace / "reject.txt").write_text("dilarang\n", encoding="utf-8")
    (workspace / "sunting.yaml").write_text(
        "# project config\npaths: [styles]  # our pack\npacks: [House]\nvocabularies:\n  reject:\n    - reject.txt\n",
        encoding="utf-8",
    )
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", TEXT)
    await diagnostics_for(client, uri, 1)
    n = len(client.published)
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="sunting.addToVocabulary", arguments=["kantoor", uri])
    )
    p = await diagnostics_for(client, uri, 1, after=n)
    assert codes(p) == ["House.Baku", "House.Repetition"]
    cfg_text = (workspace / "sunting.yaml").read_text()
    assert "# our pack" in cfg_text
    assert yaml.safe_load(cfg_text)["vocabularies"] == {"reject": ["reject.txt"], "accept": ["vocab/accept.txt"]}


async def test_hover(client, workspace):
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", "😀 Kami merubah yang yang.\n")
    p = await diagnostics_for(client, uri, 1)
    baku = p.diagnostics[0]
    h = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=pos(0, 10))
    )
    assert h is not None and h.range == baku.range
    value = h.contents.value
    assert h.contents.kind == types.MarkupKind.Markdown
    assert "**House.Baku**" in value
    assert "Bentuk baku menurut KBBI." in value  # the rule's description
    assert "Era digital telah merubah perilaku." in value and "`mengubah`" in value  # examples
    assert "Era digital telah mengubah perilaku." in value
    assert "https://kbbi.kemdikbud.go.id/" in value
    # just after the flagged word, where an editor leaves the cursor after a jump
    h = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=baku.range.end)
    )
    assert h is not None and h.range == baku.range and "**House.Baku**" in h.contents.value
    # nothing flagged under the cursor
    h = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=pos(0, 3))
    )
    assert h is None
