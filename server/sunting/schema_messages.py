"""What is wrong with a configuration or rule file, said in the interface language.

The files are validated with jsonschema, whose messages are English and written for
programmers (``'loud' is not one of ['error', 'warning', 'info', 'hint']``). The loaders
turn its most common verdicts — an unknown key, a missing one, a value outside a list, a
value of the wrong kind, a number out of range — into a sentence of the catalogue
(:mod:`sunting.i18n`); a rarer one keeps jsonschema's own words.
"""

from __future__ import annotations

import re

from sunting.i18n import t

TYPES = frozenset({"string", "array", "object", "boolean", "integer", "number", "null"})
MAX_SHOWN = 60  # characters of a bad value quoted back


def _value(v) -> str:
    s = repr(v)
    return s if len(s) <= MAX_SHOWN else s[: MAX_SHOWN - 1] + "…"


def schema_error_text(err, lang: str | None = None) -> str:
    """The message for one jsonschema ``ValidationError`` (without the key path: the caller
    prefixes it, and adds file, line and column)."""
    v = err.validator
    if v in ("additionalProperties", "unevaluatedProperties"):
        bad = re.findall(r"'([^']+)'", err.message)
        if bad:
            return t("schema.unknown_key", lang=lang, key=bad[0])
    if v == "propertyNames":
        return t("schema.unknown_key", lang=lang, key=err.instance)
    if v == "required":
        missing = re.findall(r"'([^']+)' is a required property", err.message)
        if missing:
            return t("schema.required", lang=lang, key=missing[0])
    if v == "enum":
        choices = ", ".join(str(c) if isinstance(c, str) else repr(c) for c in err.validator_value)
        return t("schema.enum", lang=lang, value=_value(err.instance), choices=choices)
    if v == "const":
        return t("schema.enum", lang=lang, value=_value(err.instance), choices=repr(err.validator_value))
    if v == "type":
        kinds = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
        names = [t(f"type.{k}", lang=lang) for k in kinds if k in TYPES]
        if names:
            return t("schema.type", lang=lang, value=_value(err.instance),
                     expected=t("schema.or", lang=lang).join(names))
    if v == "exclusiveMinimum":
        return t("schema.greater_than", lang=lang, value=_value(err.instance), limit=err.validator_value)
    if v == "minimum":
        return t("schema.at_least", lang=lang, value=_value(err.instance), limit=err.validator_value)
    if v == "maximum":
        return t("schema.at_most", lang=lang, value=_value(err.instance), limit=err.validator_value)
    if v == "minItems":
        return t("schema.min_items", lang=lang, n=err.validator_value)
    if v == "uniqueItems":
        return t("schema.unique_items", lang=lang)
    if v == "minLength":
        return t("schema.empty", lang=lang)
    if v in ("oneOf", "anyOf"):
        return t("schema.no_shape", lang=lang, value=_value(err.instance))
    return err.message
