"""LanguageTool's AnnotatedText (the ``data`` field of ``/v2/check``), read strictly.

``{"annotation": [{"text": "A "}, {"markup": "<b>"}, {"text": "test"}, {"markup": "<p>",
"interpretAs": "\\n\\n"}]}``: text parts are checked, markup parts are not but read as their
``interpretAs`` (nothing when absent). sunting checks the resulting *plain* text as a plain
document; :class:`sunting.output.languagetool.OffsetMap` maps its findings back to the
*original* text (all parts concatenated), where LanguageTool's clients count offsets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sunting.http.errors import bad_request
from sunting.output.languagetool import OffsetMap

_KEYS = {"text", "markup", "interpretAs"}


@dataclass
class Annotated:
    plain: str
    original: str
    offsets: OffsetMap


def parse_data(raw: str) -> Annotated:
    """The ``data`` field → plain text and offset map, or ApiError 400 ``invalid_data``."""
    try:
        doc = json.loads(raw)
    except ValueError as e:
        raise bad_request("invalid_data", "invalid_data.json", reason=str(e)) from None
    parts = doc.get("annotation") if isinstance(doc, dict) else None
    if not isinstance(parts, list):
        raise bad_request("invalid_data", "invalid_data.shape")
    plain: list[str] = []
    original: list[str] = []
    spans: list[tuple[int, int, int, int, bool]] = []
    p = o = 0
    for n, part in enumerate(parts):
        if not isinstance(part, dict) or set(part) - _KEYS or ("text" in part) == ("markup" in part):
            raise bad_request("invalid_data", "invalid_data.part", n=n + 1)
        if "text" in part and "interpretAs" in part:
            raise bad_request("invalid_data", "invalid_data.interpret_as", n=n + 1)
        values = [part[k] for k in ("text", "markup", "interpretAs") if k in part]
        if not all(isinstance(v, str) for v in values):
            raise bad_request("invalid_data", "invalid_data.value", n=n + 1)
        if "text" in part:
            t = part["text"]
            spans.append((p, p + len(t), o, o + len(t), True))
            plain.append(t)
            original.append(t)
            p += len(t)
            o += len(t)
        else:
            m, i = part["markup"], part.get("interpretAs", "")
            spans.append((p, p + len(i), o, o + len(m), False))
            plain.append(i)
            original.append(m)
            p += len(i)
            o += len(m)
    orig = "".join(original)
    return Annotated("".join(plain), orig, OffsetMap(orig, spans))
