"""``--format sarif``: SARIF 2.1.0, as GitHub code scanning accepts it.

One run; ``tool.driver.rules`` lists every rule that was loaded (and any rule a finding
names that was not, such as ``Vocab.Reject``); every result points at its rule by id and
index. Locations are relative URIs with forward slashes against ``%SRCROOT%`` (the
current folder).

Columns: SARIF's default column unit is UTF-16 code units, and that is what GitHub
assumes, so columns are converted to UTF-16 code units and the run says so with
``columnKind: utf16CodeUnits`` (an emoji before a finding counts 2). A finding with one
safe suggestion carries a SARIF ``fix``.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sunting import REPOSITORY_URL, __version__
from sunting.findings import Finding, Severity
from sunting.i18n import t
from sunting.output import FileResult, Report, message_with_suggestions

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = REPOSITORY_URL
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note", Severity.HINT: "note"}
# GitHub's own severity scale for non-security results
PROBLEM_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "recommendation",
                    Severity.HINT: "recommendation"}


def artifact_uri(path: str, base: Path | None = None) -> tuple[str, bool]:
    """(URI, relative?) of a reported path: relative to ``base`` with forward slashes when
    the file is inside it, else an absolute ``file://`` URI."""
    base = (base or Path.cwd()).resolve()
    if path.startswith("<"):  # <stdin>
        return quote(path.strip("<>")), True
    p = Path(path)
    absolute = p if p.is_absolute() else (Path.cwd() / p)
    absolute = Path(os.path.normpath(absolute))
    try:
        rel = absolute.relative_to(base)
        return quote(rel.as_posix()), True
    except ValueError:
        return absolute.as_uri(), False


def _region(r: FileResult, f: Finding) -> dict:
    line, col = r.position_utf16(f.start)
    end_line, end_col = r.position_utf16(f.end)
    region: dict[str, Any] = {"startLine": line + 1, "startColumn": col + 1, "endLine": end_line + 1, "endColumn": end_col + 1}
    if f.text:
        region["snippet"] = {"text": f.text}
    return region


def _rule_descriptor(rule_id: str, rule=None, finding: Finding | None = None) -> dict:
    """A ``reportingDescriptor``: texts in the interface language (the first sentence of the
    description as the short one, the whole as the full one and the help, with the flagged
    examples)."""
    if rule is not None:
        desc = rule.description_in()
        short = rule.summary()
        level = rule.level
        link = rule.link
        rtype = rule.type
    else:
        short = finding.message if finding else rule_id
        desc = ""
        level = finding.severity if finding else Severity.WARNING
        link = finding.link if finding else ""
        rtype = ""
    d: dict = {
        "id": rule_id,
        "name": rule_id.replace(".", ""),
        "shortDescription": {"text": short or rule_id},
    }
    if desc:
        d["fullDescription"] = {"text": desc}
        help_text = desc
        if rule is not None and rule.flag_examples:
            examples = "\n".join(
                f"- {e.text}" + (f" → {e.suggestion}" if e.suggestion else "") for e in rule.flag_examples
            )
            help_text += f"\n\n{t('rules.flagged')}\n" + examples
        d["help"] = {"text": help_text}
    if link:
        d["helpUri"] = link
    d["defaultConfiguration"] = {"level": LEVELS[level]}
    props: dict = {"tags": [rule_id.split(".", 1)[0]] + ([rtype] if rtype else []),
                   "problem.severity": PROBLEM_SEVERITY[level], "precision": "high"}
    d["properties"] = props
    return d


def render(report: Report) -> str:
    results = report.results
    rules = dict(report.rules)
    base = (report.base or Path.cwd()).resolve()
    # every loaded rule, then any a finding names that was not loaded
    ids = sorted(rules)
    extra: dict[str, Finding] = {}
    for r in results:
        for f in r.findings:
            if f.rule not in rules and f.rule not in extra:
                extra[f.rule] = f
    descriptors = [_rule_descriptor(i, rules[i]) for i in ids]
    descriptors += [_rule_descriptor(i, None, extra[i]) for i in sorted(extra)]
    index = {d["id"]: n for n, d in enumerate(descriptors)}

    sarif_results = []
    artifacts: list[dict] = []
    artifact_index: dict[str, int] = {}
    rows = []
    for r in results:
        for f in r.findings:
            line, col = r.doc.position(f.start)
            rows.append((r.path, line, col, f.end, f.rule, r, f))
    rows.sort(key=lambda t: t[:5])
    seen: dict[tuple, int] = {}
    for path, _line, _col, _end, _rule, r, f in rows:
        uri, relative = artifact_uri(path, base)
        location: dict[str, Any] = {"uri": uri}
        if relative:
            location["uriBaseId"] = "%SRCROOT%"
        if uri not in artifact_index:
            artifact_index[uri] = len(artifacts)
            artifacts.append({"location": dict(location), "mimeType": _mime(r.doc.kind), "encoding": "UTF-8"})
        location["index"] = artifact_index[uri]
        region = _region(r, f)
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": LEVELS[f.severity],
            "message": {"text": message_with_suggestions(f)},
            "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
            "partialFingerprints": {"suntingFinding/v1": _fingerprint(uri, f, seen)},
        }
        if f.suggestions:
            result["properties"] = {"suggestions": list(f.suggestions)}
            if f.fix_applicability:  # what --fix would do: "safe" (by default) or "unsafe" (--unsafe-fixes)
                result["properties"]["fix"] = f.fix_applicability
        fix = f.safe_fix  # a SARIF fix only for what --fix applies by default
        if fix is not None and fix != f.text:
            deleted = {k: region[k] for k in ("startLine", "startColumn", "endLine", "endColumn")}
            result["fixes"] = [{
                "description": {"text": t("sarif.fix", old=f.text, new=fix)},
                "artifactChanges": [{
                    "artifactLocation": {k: v for k, v in location.items() if k != "index"},
                    "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": fix}}],
                }],
            }]
        sarif_results.append(result)

    run = {
        "tool": {
            "driver": {
                "name": "sunting",
                "semanticVersion": __version__,
                "version": __version__,
                "informationUri": INFO_URI,
                "rules": descriptors,
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": base.as_uri().rstrip("/") + "/"}},
        "artifacts": artifacts,
        "columnKind": "utf16CodeUnits",
        "results": sarif_results,
    }
    doc = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _fingerprint(uri: str, f: Finding, seen: dict) -> str:
    """Stable across unrelated edits: path, rule, the flagged text and which occurrence of
    it this is in the file, not the line (so an edit above does not reopen an alert)."""
    key = (uri, f.rule, f.text)
    n = seen[key] = seen.get(key, 0) + 1
    h = hashlib.sha256(f"{uri}\0{f.rule}\0{f.text}\0{n}".encode("utf-8", "surrogatepass")).hexdigest()
    return h[:32]


def _mime(kind: str) -> str:
    return {"markdown": "text/markdown", "html": "text/html"}.get(kind, "text/plain")
