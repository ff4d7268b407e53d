"""The fields of a ``/v2/check`` request, as LanguageTool documents them, read into one value.

``text`` or ``data`` (AnnotatedText JSON), ``language`` (a code such as ``id-ID``, ``en-US``
or ``auto``), ``motherTongue``, ``preferredVariants``, ``enabledRules``/``disabledRules``,
``enabledCategories``/``disabledCategories`` (comma-separated ids), ``enabledOnly``
(``true``/``false``), ``level`` (``default``/``picky``); ``username``/``apiKey`` are the
credentials LanguageTool's clients send (``apiKey`` is accepted as the service's token).
Unknown fields are ignored, as LanguageTool ignores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from sunting.http.errors import bad_request

LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
#: what sunting answers itself (Indonesian, and ``in``, the old ISO code Java still uses)
INDONESIAN = {"id", "in"}


def _ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))


@dataclass(frozen=True)
class CheckRequest:
    language: str  # as sent (for forwarding) …
    base: str  # … and its lower-case base: "id", "en", "auto"
    text: str | None
    data: str | None
    mother_tongue: str | None = None
    preferred_variants: tuple[str, ...] = ()
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    enabled_only: bool = False
    picky: bool = False

    @property
    def indonesian(self) -> bool:
        return self.base in INDONESIAN


def parse_check(fields: Mapping[str, str]) -> CheckRequest:
    """Form fields → CheckRequest, or ApiError 400 with a code saying which field is wrong."""
    language = (fields.get("language") or "").strip()
    if not language:
        raise bad_request("missing_language")
    if language.lower() != "auto" and not LANGUAGE_CODE.fullmatch(language):
        raise bad_request("unknown_language", "not_a_language_code", language=language[:40])
    text = fields.get("text")
    data = fields.get("data")
    if text is None and data is None:
        raise bad_request("missing_text")
    if text is not None and data is not None:
        raise bad_request("text_and_data")
    enabled_only = (fields.get("enabledOnly") or "false").strip().lower()
    if enabled_only not in ("true", "false"):
        raise bad_request("invalid_enabled_only")
    level = (fields.get("level") or "default").strip().lower()
    if level not in ("default", "picky"):
        raise bad_request("invalid_level")
    enabled_rules = _ids(fields.get("enabledRules"))
    enabled_categories = _ids(fields.get("enabledCategories"))
    if enabled_only == "true" and not (enabled_rules or enabled_categories):
        raise bad_request("enabled_only_without_rules")
    mother = (fields.get("motherTongue") or "").strip() or None
    if mother and not LANGUAGE_CODE.fullmatch(mother):
        raise bad_request("invalid_mother_tongue", language=mother[:40])
    return CheckRequest(
        language=language,
        base=language.split("-")[0].lower(),
        text=text,
        data=data,
        mother_tongue=mother,
        preferred_variants=_ids(fields.get("preferredVariants")),
        enabled_rules=enabled_rules,
        disabled_rules=_ids(fields.get("disabledRules")),
        enabled_categories=enabled_categories,
        disabled_categories=_ids(fields.get("disabledCategories")),
        enabled_only=enabled_only == "true",
        picky=level == "picky",
    )
