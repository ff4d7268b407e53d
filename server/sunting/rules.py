"""Rules are data: one YAML file per rule, ``<Pack>/<Rule>.yml``, id ``Pack.Rule``.

Every file is validated against the JSON Schema built from the rule types (published as
``rules/schema.json``); an invalid file is a RuleError naming file, line and column.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sunting import REPOSITORY_URL, safeyaml
from sunting.errors import RuleError, key_location, locate
from sunting.findings import Severity

SCOPES = ("narrative", "quote", "heading", "all")
COMMON_KEYS: dict[str, Any] = {
    "type": {"type": "string", "description": "The rule type (check) that runs this rule."},
    "level": {"enum": ["error", "warning", "info", "hint"], "description": "Severity of findings."},
    "message": {
        "type": "string",
        "description": "Message; placeholders {match} (the flagged text) and {suggestion} (the first suggestion).",
    },
    "description": {
        "type": "string",
        "description": "Why the rule exists, in Indonesian: shown by `sunting rules`, --explain, on hover and in SARIF.",
    },
    "translations": {
        "type": "object",
        "description": "The description in other interface languages (SUNTING_LANG), e.g. {en: {description: …}}.",
        "propertyNames": {"enum": ["en"]},
        "additionalProperties": {
            "type": "object",
            "additionalProperties": False,
            "required": ["description"],
            "properties": {"description": {"type": "string"}},
        },
    },
    "link": {"type": "string", "description": "Where to read more (KBBI, EYD V, the house style)."},
    "scope": {
        "description": "Where the rule applies: narrative, quote (direct quotations), heading, or all.",
        "oneOf": [
            {"enum": list(SCOPES)},
            {"type": "array", "items": {"enum": list(SCOPES)}, "minItems": 1, "uniqueItems": True},
        ],
    },
    "specificity": {"type": "integer", "description": "Wins the message when two rules flag one range."},
    "fix": {
        "enum": ["safe", "unsafe", "none"],
        "description": (
            "Bolehkah --fix menerapkan saran tunggal aturan ini tanpa diperiksa: safe (secara bawaan, "
            "pada tingkat warning atau error), unsafe (perbaikan yang tepat bergantung pada konteks: hanya "
            "dengan --unsafe-fixes), none (tidak pernah otomatis). Bawaannya menurut jenis aturan."
        ),
    },
    "orthographic": {
        "type": "boolean",
        "description": (
            "true bila perbaikannya hanya mengubah cara kata ditulis (ejaan, spasi, huruf kapital, tanda "
            "baca), bukan katanya: perbaikan itu diterapkan juga di dalam kutipan langsung. Bawaannya "
            "menurut jenis aturan."
        ),
    },
    "lexical": {
        "description": (
            "true bila temuannya tentang pilihan kata (ragam cakapan, kata daerah, kata tak dikenal, "
            "kata yang terulang), bukan cara menulisnya: di dalam kutipan langsung temuan itu paling "
            "tinggi berupa info, sebab ucapan narasumber dikutip seperti diucapkan. Aturan yang jenis "
            "pemeriksaannya melaporkan beberapa jenis temuan boleh menyebut jenisnya saja "
            "(lexical: [typo, unknown])."
        ),
        "oneOf": [{"type": "boolean"}, {"type": "array", "items": {"type": "string"}, "uniqueItems": True}],
    },
    "enabled": {
        "type": "boolean",
        "description": (
            "false: pilihan gaya rumah yang mati secara bawaan; menyala bila konfigurasi proyek memberi "
            "aturan itu tingkat (rules: {EYD.CurrencySpace: warning})."
        ),
    },
    "examples": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "flag": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string"},
                        "match": {"type": "string"},
                        "suggestion": {"type": ["string", "null"]},
                        "kind": {"enum": ["plain", "markdown", "html"]},
                    },
                },
            },
            "pass": {
                "type": "array",
                "items": {
                    "oneOf": [
                        {"type": "string"},
                        {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["text"],
                            "properties": {"text": {"type": "string"}, "kind": {"enum": ["plain", "markdown", "html"]}},
                        },
                    ]
                },
            },
        },
    },
}
COMMON_REQUIRED = ["type", "level", "message"]


@dataclass
class Example:
    text: str
    match: str | None = None
    suggestion: str | None = None
    kind: str = "plain"


@dataclass
class Rule:
    id: str
    type: str
    level: Severity
    message: str
    link: str = ""
    description: str = ""
    scope: frozenset[str] = frozenset({"all"})
    specificity: int = 0
    #: safe | unsafe | none: may --fix apply this rule's suggestion unattended
    fix: str = "safe"
    #: the fix only changes how a word is written: also safe inside quotations
    orthographic: bool = False
    options: dict[str, Any] = field(default_factory=dict)
    flag_examples: list[Example] = field(default_factory=list)
    pass_examples: list[Example] = field(default_factory=list)
    path: str = ""
    #: language → {"description": …}: the description in other interface languages
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    #: findings about the choice of a word (capped at info inside quotations): True, False, or
    #: the check's report kinds that are (``frozenset({"typo", "unknown"})``)
    lexical: bool | frozenset[str] = False
    #: False for a house-style option the pack ships switched off
    enabled: bool = True

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]

    def is_lexical(self, report_kind: str | None = None) -> bool:
        """Whether a finding of this rule (of the check's ``report_kind``) is about word choice."""
        if isinstance(self.lexical, frozenset):
            return report_kind in self.lexical
        return bool(self.lexical)

    def applies_to(self, scope: str) -> bool:
        return "all" in self.scope or scope in self.scope

    def description_in(self, lang: str | None = None) -> str:
        """The description in the interface language (see :mod:`sunting.i18n`): its
        translation when the rule has one, else the (Indonesian) description."""
        from sunting.i18n import DEFAULT, language

        code = language(lang)
        if code != DEFAULT:
            translated = self.translations.get(code, {}).get("description")
            if translated:
                return translated.strip()
        return self.description.strip()

    def summary(self, lang: str | None = None) -> str:
        """The first whole sentence of the description (``sunting rules``, SARIF's short
        description); the message, placeholders elided, when there is no description."""
        from sunting.text.sentences import first_sentence

        text = self.description_in(lang)
        if not text:
            return " ".join(re.sub(r"\{\w+\}", "…", self.message).split())
        return first_sentence(text)


def _lexical(value) -> bool | frozenset[str]:
    return frozenset(value) if isinstance(value, list) else bool(value)


def build_schema() -> dict:
    """The JSON Schema of a rule file, from the common keys and each type's options."""
    from sunting.checks import CHECK_TYPES

    branches = []
    for name, cls in sorted(CHECK_TYPES.items()):
        branches.append(
            {
                "if": {"properties": {"type": {"const": name}}, "required": ["type"]},
                "then": {
                    "properties": cls.options_schema,
                    "required": list(cls.required_options),
                },
            }
        )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{REPOSITORY_URL}/raw/main/rules/schema.json",
        "title": "sunting rule",
        "description": "One rule of a sunting rule pack: rules/<Pack>/<Rule>.yml",
        "type": "object",
        "required": COMMON_REQUIRED,
        "properties": {**COMMON_KEYS, "type": {"enum": sorted(CHECK_TYPES)}},
        "allOf": branches,
        "unevaluatedProperties": False,
    }


_validators: dict[str | None, object] = {}


def _get_validator(rule_type=None):
    """A validator for one rule type: the common keys plus that type's options, nothing else.

    Equivalent to the published schema (which selects the type's options with if/then for
    editors) but several times faster to evaluate: rule loading is on the cold-start path.
    An unknown or missing ``type`` gets the published schema, which reports it.
    """
    from sunting.checks import CHECK_TYPES

    key = rule_type if isinstance(rule_type, str) and rule_type in CHECK_TYPES else None
    v = _validators.get(key)
    if v is None:
        from jsonschema import Draft202012Validator

        if key is None:
            schema = build_schema()
        else:
            cls = CHECK_TYPES[key]
            schema = {
                "type": "object",
                "required": COMMON_REQUIRED + list(cls.required_options),
                "properties": {**COMMON_KEYS, **cls.options_schema},
                "additionalProperties": False,
            }
        v = _validators[key] = Draft202012Validator(schema)
    return v


def parse_rule(text: str, path: str, rule_id: str, validated: bool = False) -> Rule:
    """Parse and validate one rule file. ``validated`` skips the JSON-Schema pass for a file
    whose exact content is known to be valid (see :func:`validated_digests`)."""
    data, node = safeyaml.load(text, path, RuleError)  # no aliases, no .inf/.nan; nodes for locations
    if not isinstance(data, dict):
        raise RuleError("a rule file must be a mapping of keys (type, level, message, …)", path, 1, 1)
    errors = [] if validated else sorted(_get_validator(data.get("type")).iter_errors(data), key=lambda e: (len(e.absolute_path), str(e.absolute_path)))
    if errors:
        err = _best_error(errors)
        where = None
        msg = err.message
        if err.validator in ("unevaluatedProperties", "additionalProperties"):
            bad = re.findall(r"'([^']+)'", err.message)
            if bad:
                where = key_location(node, list(err.absolute_path), bad[0])
                msg = f"unknown key {bad[0]!r} for a rule of type {data.get('type')!r}"
        if where is None:
            where = locate(node, list(err.absolute_path))
        keypath = ".".join(str(p) for p in err.absolute_path)
        if keypath and not msg.startswith("unknown key"):
            msg = f"{keypath}: {msg}"
        line, col = where or (None, None)
        raise RuleError(msg, path, line, col)
    from sunting.checks import CHECK_TYPES

    options = {k: v for k, v in data.items() if k not in COMMON_KEYS}
    scope = data.get("scope", "all")
    scope = frozenset([scope] if isinstance(scope, str) else scope)
    ex = data.get("examples") or {}
    flags = [Example(e["text"], e.get("match"), e.get("suggestion"), e.get("kind", "plain")) for e in ex.get("flag", [])]
    passes = [
        Example(e, kind="plain") if isinstance(e, str) else Example(e["text"], kind=e.get("kind", "plain"))
        for e in ex.get("pass", [])
    ]
    rule = Rule(
        id=rule_id,
        type=data["type"],
        level=Severity.parse(data["level"]),
        message=data["message"],
        link=data.get("link", ""),
        description=data.get("description", ""),
        scope=scope,
        specificity=int(data.get("specificity", 0)),
        fix=data.get("fix", CHECK_TYPES[data["type"]].default_fix),
        orthographic=bool(data.get("orthographic", CHECK_TYPES[data["type"]].default_orthographic)),
        options=options,
        flag_examples=flags,
        pass_examples=passes,
        path=path,
        translations=data.get("translations") or {},
        lexical=_lexical(data.get("lexical", False)),
        enabled=bool(data.get("enabled", True)),
    )
    try:
        CHECK_TYPES[rule.type].validate_options(rule)
    except ValueError as e:
        option = getattr(e, "option", None)  # an OptionError names the key it is about
        where = (locate(node, list(option)) if option else None) or _value_location(node, str(e)) or locate(node, [])
        raise RuleError(str(e), path, *(where or (None, None))) from None
    except RuleError as e:
        if not e.path:
            e.path = path
        raise
    return rule


def _value_location(node, message: str) -> tuple[int, int] | None:
    """Line and column of the scalar a check's error message quotes (a bad regex, …)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.ScalarNode):
            if n.value and repr(n.value) in message:
                return n.start_mark.line + 1, n.start_mark.column + 1
        elif isinstance(n, yaml.MappingNode):
            stack.extend(v for kv in reversed(n.value) for v in reversed(kv))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(reversed(n.value))
    return None


def _best_error(errors):
    # prefer the most specific error (deepest path); 'if/then' errors carry the details in context
    flat = []
    for e in errors:
        flat.append(e)
        flat.extend(e.context or [])
    flat.sort(key=lambda e: -len(e.absolute_path))
    return flat[0]


def builtin_packs_dir() -> Path:
    """Where the built-in packs are: inside the installed wheel, or rules/ of a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "packs", here.parent.parent / "rules"):
        if (candidate / "schema.json").is_file() or discover_packs(candidate):
            return candidate
    try:
        return Path(str(resources.files("sunting.packs")))
    except ModuleNotFoundError:
        return here / "packs"


def discover_packs(folder: Path) -> dict[str, Path]:
    """Pack name → folder for every sub-folder that holds rule files."""
    packs: dict[str, Path] = {}
    if folder.is_dir():
        for sub in sorted(folder.iterdir()):
            if sub.is_dir() and (any(sub.glob("*.yml")) or any(sub.glob("*.yaml"))):
                packs[sub.name] = sub
    return packs


def load_pack(name: str, folder: Path) -> list[Rule]:
    known_good = validated_digests(folder.parent)
    rules = []
    for path in sorted(list(folder.glob("*.yml")) + list(folder.glob("*.yaml"))):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise RuleError(f"rule file is not UTF-8 ({e.reason})", str(path)) from None
        validated = bool(known_good) and hashlib.sha256(data).hexdigest() in known_good
        rules.append(parse_rule(text, str(path), f"{name}.{path.stem}", validated))
    return rules


VALIDATED_FILE = "validated.sha256"


def validated_digests(packs_dir: Path) -> frozenset[str]:
    """SHA-256 digests of the built-in rule files as the test suite validated them.

    Every rule file is validated against the schema when it is loaded — except one whose
    bytes are exactly those of a shipped built-in file, already validated when the manifest
    was written (``sunting rules --write-manifest``; a test keeps it current). That keeps the
    schema validator (and its import) off the cold-start path of an ordinary check, while
    an edited built-in file, or any project pack, is validated as usual.
    """
    path = packs_dir / VALIDATED_FILE
    try:
        return frozenset(line.split()[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    except OSError:
        return frozenset()


def manifest_text(packs_dir: Path) -> str:
    """The manifest of the rule files under packs_dir, validating each of them first."""
    lines = []
    for path in sorted(packs_dir.glob("*/*.y*ml")):
        data = path.read_bytes()
        parse_rule(data.decode("utf-8"), str(path), f"{path.parent.name}.{path.stem}")  # raises if invalid
        lines.append(f"{hashlib.sha256(data).hexdigest()}  {path.parent.name}/{path.name}")
    return "\n".join(lines) + "\n"


def schema_json() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"
