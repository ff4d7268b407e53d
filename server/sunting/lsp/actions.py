"""Code actions: a quick fix per suggestion, add to vocabulary, disable a rule for a line or
for the document, and ``source.fixAll.sunting``.

Every edit is computed from the findings of the document version the client has, and a
quick fix edits only the flagged range.
"""

from __future__ import annotations

from lsprotocol import types

from sunting.findings import Finding
from sunting.i18n import t
from sunting.fixes import plan_fixes
from sunting.lsp.documents import CheckResult, OpenDocument
from sunting.lsp.positions import UTF16, LineIndex

FIX_ALL = "source.fixAll.sunting"
QUICKFIX = types.CodeActionKind.QuickFix.value
ADD_TO_VOCABULARY = "sunting.addToVocabulary"
CHECK_WORKSPACE = "sunting.checkWorkspace"
KINDS = [types.CodeActionKind.QuickFix, FIX_ALL]


def requested(kind: str, only) -> bool:
    if not only:
        return True
    for o in only:
        o = getattr(o, "value", o)
        if kind == o or kind.startswith(o + "."):
            return True
    return False


def is_spelling(finding: Finding, rules_by_id: dict) -> bool:
    if finding.rule.endswith("Spelling"):
        return True
    rule = rules_by_id.get(finding.rule)
    return rule is not None and rule.type == "spelling"


def _workspace_edit(doc: OpenDocument, edits: list[types.TextEdit], document_changes: bool) -> types.WorkspaceEdit:
    if document_changes:
        return types.WorkspaceEdit(
            document_changes=[
                types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version),
                    edits=edits,
                )
            ]
        )
    return types.WorkspaceEdit(changes={doc.uri: edits})


def code_actions(
    doc: OpenDocument,
    result: CheckResult,
    params: types.CodeActionParams,
    encoding: str = UTF16,
    document_changes: bool = False,
    lang: str | None = None,
) -> list[types.CodeAction]:
    """The code actions for a range; titles in the interface language ``lang`` (see
    :mod:`sunting.i18n`: the client's ``interfaceLanguage``, else ``$SUNTING_LANG``)."""
    index = result.index
    only = params.context.only if params.context else None
    lo = index.offset(params.range.start, encoding)
    hi = index.offset(params.range.end, encoding)
    rules_by_id = getattr(result.engine, "rules_by_id", {})
    markup = doc.kind in ("markdown", "html")
    out: list[types.CodeAction] = []
    line_actions: list[types.CodeAction] = []
    doc_actions: list[types.CodeAction] = []
    seen_rules: set[str] = set()

    if requested(QUICKFIX, only):
        for finding, diag in zip(result.findings, result.diagnostics, strict=True):
            if not (finding.start <= hi and finding.end >= lo):
                continue
            preferred = True
            for s in finding.suggestions:
                if s == finding.text:
                    continue
                title = (t("lsp.action.replace", lang=lang, suggestion=s) if s
                         else t("lsp.action.delete", lang=lang, text=finding.text))
                out.append(
                    types.CodeAction(
                        title=title,
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diag],
                        is_preferred=preferred or None,
                        edit=_workspace_edit(doc, [types.TextEdit(range=diag.range, new_text=s)], document_changes),
                    )
                )
                preferred = False
            if is_spelling(finding, rules_by_id) and finding.text.strip():
                word = finding.text.strip()
                title = t("lsp.action.add_word", lang=lang, word=word)
                out.append(
                    types.CodeAction(
                        title=title,
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diag],
                        command=types.Command(title=title, command=ADD_TO_VOCABULARY, arguments=[word, doc.uri]),
                    )
                )
            if markup:
                line_actions.append(_disable_line(doc, result, finding, diag, encoding, document_changes, lang))
                if finding.rule not in seen_rules:
                    seen_rules.add(finding.rule)
                    doc_actions.append(_disable_document(doc, result, finding, diag, encoding, document_changes, lang))
        out.extend(line_actions)
        out.extend(doc_actions)

    if requested(FIX_ALL, only):
        edits = plan_fixes(result.findings)
        if edits:
            text_edits = [types.TextEdit(range=index.range(a, b, encoding), new_text=new) for a, b, new in edits]
            n = len(edits)
            out.append(
                types.CodeAction(
                    title=t("lsp.action.fix_all", lang=lang, n=n),
                    kind=FIX_ALL,
                    edit=_workspace_edit(doc, text_edits, document_changes),
                )
            )
    return out


def _disable_line(doc, result, finding, diag, encoding, document_changes, lang=None) -> types.CodeAction:
    """``<!-- sunting-ignore-next-line Rule.Id -->`` on the line above the finding.

    When the finding's line continues a paragraph (its block started on an earlier line),
    the comment goes at the end of the previous line, so the paragraph is not split in
    two; otherwise it goes on a new line above, indented like the flagged line.
    """
    index: LineIndex = result.index
    text = result.text
    line = index.line_of(finding.start)
    comment = f"<!-- sunting-ignore-next-line {finding.rule} -->"
    block_start_line = _block_start_line(result, doc, finding, index)
    if line > 0 and block_start_line is not None and block_start_line < line:
        at = index.line_content_end(line - 1)
        new = " " + comment
    else:
        at = index.starts[line]
        line_text = text[at:index.line_content_end(line)]
        indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
        new = f"{indent}{comment}{_eol(text, index, line)}"
    return _insertion(doc, index, at, new, t("lsp.action.disable_line", lang=lang, rule=finding.rule), diag,
                      encoding, document_changes)


def _block_start_line(result, doc, finding, index) -> int | None:
    from sunting.text.document import Document

    try:
        document = result.document or Document(result.text, doc.path, doc.kind)
        block = document.block_at(finding.start)
    except Exception:
        return None
    return index.line_of(block.start) if block is not None else None


def _disable_document(doc, result, finding, diag, encoding, document_changes, lang=None) -> types.CodeAction:
    """``<!-- sunting-disable Rule.Id -->`` at the top (after a BOM, front matter, doctype)."""
    text = result.text
    index: LineIndex = result.index
    at = 1 if text.startswith("\ufeff") else 0
    if doc.kind == "markdown":
        from sunting.text.markdown import FRONT_MATTER_RE

        m = FRONT_MATTER_RE.match(text, at) if at == 0 else FRONT_MATTER_RE.match(text[at:])
        if m:
            at += m.end()
    else:
        import re

        m = re.compile(r"[ \t\r\n]*<!doctype[^>]*>[ \t]*(?:\r\n|\r|\n)?", re.I).match(text, at)
        if m:
            at = m.end()
    line = index.line_of(at)
    eol = _eol(text, index, line)
    new = f"<!-- sunting-disable {finding.rule} -->{eol}"
    if at == len(text) and text and not text.endswith(("\n", "\r")):
        new = eol + new
    return _insertion(doc, index, at, new, t("lsp.action.disable_document", lang=lang, rule=finding.rule), diag,
                      encoding, document_changes)


def _insertion(doc, index: LineIndex, at: int, new_text: str, title: str, diag, encoding,
               document_changes) -> types.CodeAction:
    """A quick fix for ``diag`` that inserts ``new_text`` at source offset ``at`` (the
    comments that disable a rule for a line or for the document)."""
    pos = index.position(at, encoding)
    edit = types.TextEdit(range=types.Range(start=pos, end=pos), new_text=new_text)
    return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[diag],
                            edit=_workspace_edit(doc, [edit], document_changes))


def _eol(text: str, index: LineIndex, line: int) -> str:
    """The document's line ending (that of ``line`` when it has one)."""
    end = index.line_content_end(line)
    if end < len(text):
        return "\r\n" if text.startswith("\r\n", end) else text[end]
    if "\r\n" in text:
        return "\r\n"
    return "\n"
