"""The table of ``sunting check`` output formats: ``--format NAME`` is ``FORMATS[NAME]``."""

from __future__ import annotations

from collections.abc import Mapping

from sunting.output import Format, github, json, sarif, text

#: format name → Format, in the order ``--help`` lists them
FORMATS: Mapping[str, Format] = {f.name: f for f in (
    Format("text", text.render, summary=text.summary),
    Format("json", json.render),
    Format("sarif", sarif.render, lists_rules=True),
    Format("github", github.render),
)}
