"""Hover over a flagged range: the rule's explanation, its examples and its link."""

from __future__ import annotations

from lsprotocol import types

from sunting.i18n import t
from sunting.lsp.documents import CheckResult
from sunting.lsp.positions import UTF16

MAX_EXAMPLES = 3


def hover(result: CheckResult, position: types.Position, encoding: str = UTF16, markdown: bool = True,
          lang: str | None = None) -> types.Hover | None:
    offset = result.index.offset(position, encoding)
    pairs = list(zip(result.findings, result.diagnostics, strict=True))
    hits = [(f, d) for f, d in pairs if f.start <= offset < f.end or (f.start == f.end == offset)]
    if not hits:
        # the cursor just after a flagged word (where editors leave it after a jump) counts too
        hits = [(f, d) for f, d in pairs if f.end == offset]
    if not hits:
        return None
    rules = getattr(result.engine, "rules_by_id", {})
    parts = [explain(f, rules.get(f.rule), markdown, lang) for f, _ in hits]
    sep = "\n\n---\n\n" if markdown else "\n\n"
    kind = types.MarkupKind.Markdown if markdown else types.MarkupKind.PlainText
    first = hits[0][1].range
    return types.Hover(contents=types.MarkupContent(kind=kind, value=sep.join(parts)), range=first)


def _code(s: str, markdown: bool) -> str:
    if not markdown:
        return s
    s = s.replace("\n", " ")
    fence = "``" if "`" in s else "`"
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def explain(finding, rule, markdown: bool = True, lang: str | None = None) -> str:
    """The hover text of one finding; labels and the rule's description in the interface
    language ``lang``."""
    b = (lambda s: f"**{s}**") if markdown else (lambda s: s)
    lines = [f"{b(finding.rule)} ({finding.severity.label}) — {finding.message}"]
    if finding.suggestions:
        lines.append("")
        shown = ", ".join(_code(s, markdown) if s else t("lsp.hover.delete", lang=lang) for s in finding.suggestions)
        lines.append(f"{t('lsp.hover.suggestions', lang=lang)} {shown}")
    if rule is not None:
        description = rule.description_in(lang)
        if description:
            lines += ["", description]
        from sunting.checks import describe_rule

        pattern = describe_rule(rule)
        if pattern:
            lines += ["", f"{t('rules.pattern', lang=lang)} {_code(pattern, markdown)}"]
        lines += rule.example_lines(bullet="- ", arrow=" → ", code=lambda s: _code(s, markdown),
                                    limit=MAX_EXAMPLES, lang=lang)
    link = finding.link or (rule.link if rule is not None else "")
    if link:
        lines += ["", f"[{link}]({link})" if markdown else link]
    return "\n".join(lines)
