"""What is wrong with a configuration or rule file, said in the interface language.

The files are validated with jsonschema, whose messages are English and written for
programmers (``'loud' is not one of ['error', 'warning', 'info', 'hint']``). The loaders
turn its most common verdicts — an unknown key, a missing one, a value outside a list, a
value of the wrong kind, a number out of range — into a sentence of the catalogue
(:mod:`sunting.i18n`); a rarer one keeps jsonschema's own words.

The parsers below the schema speak English too: PyYAML (``mapping values are not allowed
here``) and tomllib (``Invalid value (at line 2, column 10)``). Their common complaints —
an unclosed bracket or quotation mark, a tab, a colon inside a value, a key out of line —
are said here as what to do about them; a rare one keeps the parser's words.
"""

from __future__ import annotations

import re

from sunting.i18n import t
from sunting.selection import closest

TYPES = frozenset({"string", "array", "object", "boolean", "integer", "number", "null"})
MAX_SHOWN = 60  # characters of a bad value quoted back


def _value(v) -> str:
    s = repr(v)
    return s if len(s) <= MAX_SHOWN else s[: MAX_SHOWN - 1] + "…"


def _choice(c) -> str:
    """An allowed value as the user writes it in YAML (``false``, not Python's ``False``)."""
    if isinstance(c, bool) or c is None:
        return {True: "true", False: "false", None: "null"}[c]
    return c if isinstance(c, str) else repr(c)


def schema_error_text(err, lang: str | None = None) -> str:
    """The message for one jsonschema ``ValidationError`` (without the key path: the caller
    prefixes it, and adds file, line and column)."""
    v = err.validator
    if v in ("additionalProperties", "unevaluatedProperties"):
        bad = re.findall(r"'([^']+)'", err.message)
        if bad:
            return unknown_key_text(bad[0], known_keys(err.schema), lang)
    if v == "propertyNames":
        return t("schema.unknown_key", lang=lang, key=err.instance)
    if v == "required":
        missing = re.findall(r"'([^']+)' is a required property", err.message)
        if missing:
            return t("schema.required", lang=lang, key=missing[0])
    if v == "enum":
        return _enum_text(err.instance, [_choice(c) for c in err.validator_value], lang)
    if v == "const":
        return t("schema.enum", lang=lang, value=_value(err.instance), choices=_choice(err.validator_value))
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
        return _alternatives_text(err, lang)
    return err.message


def _enum_text(value, choices: list[str], lang: str | None) -> str:
    """``'warnig' bukan salah satu dari: error, warning, …; maksud Anda 'warning'?``"""
    text = t("schema.enum", lang=lang, value=_value(value), choices=", ".join(choices))
    near = closest(value, choices) if isinstance(value, str) else None
    return text + t("schema.did_you_mean", lang=lang, near=near) if near else text


def unknown_key_text(key: str, known=(), lang: str | None = None, rule_type: str | None = None) -> str:
    """``kunci tidak dikenal 'pakcs'; maksud Anda 'packs'?`` — the near miss among the keys
    allowed there, when there is one; ``rule_type`` names the type of a rule file whose
    options do not include the key."""
    if rule_type is not None:
        text = t("schema.unknown_rule_key", lang=lang, key=key, type=rule_type)
    else:
        text = t("schema.unknown_key", lang=lang, key=key)
    near = closest(key, [k for k in known if k != key]) if known else None
    return text + t("schema.did_you_mean", lang=lang, near=near) if near else text


def known_keys(schema) -> list[str]:
    """The keys a (sub)schema names under ``properties``."""
    props = schema.get("properties") if isinstance(schema, dict) else None
    return list(props) if isinstance(props, dict) else []


def _alternatives_text(err, lang: str | None) -> str:
    """A value that fits none of the shapes of a ``oneOf``: said by what the shapes ask for.
    Each branch failed at the value itself (a deeper failure is reported on its own, see
    :func:`best_error`): a scalar outside a branch's list of values is told that list; a
    value of the wrong kind is told the kinds the branches take."""
    here = [e for e in (err.context or []) if not e.relative_path]
    choices: list[str] = []
    for e in here:
        if e.validator == "enum" and not isinstance(err.instance, (list, dict)):
            choices += [_choice(c) for c in e.validator_value if _choice(c) not in choices]
    if choices:
        return _enum_text(err.instance, choices, lang)
    kinds: list[str] = []
    for e in here:
        if e.validator == "type":
            for k in e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]:
                if k in TYPES and k not in kinds:
                    kinds.append(k)
    if kinds and len(kinds) == len(here):
        names = [t(f"type.{k}", lang=lang) for k in kinds]
        return t("schema.type", lang=lang, value=_value(err.instance), expected=t("schema.or", lang=lang).join(names))
    return t("schema.no_shape", lang=lang, value=_value(err.instance))


def best_error(errors):
    """The error to report of those jsonschema found: the deepest one, looking inside the
    branches of a ``oneOf`` (a list item outside its choices beats "fits no shape")."""
    flat = []
    for e in errors:
        flat.append(e)
        flat.extend(c for c in (e.context or []) if c.relative_path)
    return max(flat, key=lambda e: len(e.absolute_path))


# ------------------------------------------------------------------ parsers' complaints
#: (regular expression over PyYAML's problem, in libyaml's and the pure-Python parser's
#: wording; optional one over its context) → ``yaml.problem.<name>``. First match wins.
_YAML_PROBLEMS = [
    (r"^found unexpected end of stream", r"quoted scalar", "unclosed_quote"),
    (r"expected ',' or '\]'", None, "flow_sequence"),
    (r"expected ',' or '\}'", None, "flow_mapping"),
    (r"^found unexpected end of stream", None, "end_of_file"),
    (r"cannot start any token|found a tab character", None, "bad_character"),
    (r"^mapping values are not allowed", None, "colon"),
    (r"expected '-' indicator", None, "list_item"),
    (r"^expected <block end>, but found '\?'", r"block collection", "list_item"),
    (r"did not find expected key|^expected <block end>", None, "indent"),
    (r"block sequence entries are not allowed", None, "list_here"),
    (r"could not find expected ':'", None, "no_colon"),
    (r"unknown escape character", None, "escape"),
    (r"expected '?<document start>'?", None, "trailing"),
    (r"undefined alias|duplicate anchor", None, "alias"),
]


def yaml_problem_text(problem: str, context: str | None = None, lang: str | None = None) -> str:
    """PyYAML's ``problem`` (with its ``context``, e.g. ``while scanning a quoted scalar``)
    as the interface says it, or the problem itself when it is a rare one."""
    for pattern, where, name in _YAML_PROBLEMS:
        if re.search(pattern, problem) and (where is None or re.search(where, context or "")):
            return t(f"yaml.problem.{name}", lang=lang)
    return problem


_TOML_PROBLEMS = [
    (r"^Unclosed array", "unclosed_array"),
    (r"^Unclosed inline table", "unclosed_table"),
    (r"^Unterminated string|^Illegal character '\\n'", "unclosed_string"),
    (r"^Invalid value", "invalid_value"),
    (r"^Expected '=' after a key", "no_equals"),
    (r"^Expected newline or end of document", "one_per_line"),
    (r"^Cannot overwrite a value|^Cannot declare .* twice|^Duplicate inline table key", "twice"),
    (r"^Invalid initial character for a key part|^Invalid statement", "invalid_key"),
]


def toml_problem_text(message: str, lang: str | None = None) -> str:
    """tomllib's message without its ``(at line …, column …)`` (the location is said
    before the message), as the interface says it."""
    bare = re.sub(r"\s*\((?:at line \d+, column \d+|at end of document)\)$", "", message)
    for pattern, name in _TOML_PROBLEMS:
        if re.search(pattern, bare):
            return t(f"toml.problem.{name}", lang=lang)
    return bare
