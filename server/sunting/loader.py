"""Rule packs: finding them, reading and validating rule files, and choosing the rules a
configuration turns on (:func:`load_rules`).

This module sits above both the rule data (:mod:`sunting.rules`) and the rule types
(:mod:`sunting.checks`): the JSON Schema of a rule file is built from the check classes'
options, so the loader needs the checks, and the checks need only the ``Rule`` data.
Every file is validated against that schema (published as ``rules/schema.json``); an
invalid file is a RuleError naming file, line and column.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sunting import REPOSITORY_URL, backends, diskcache, safeyaml
from sunting.checks import check_types
from sunting.config import Config
from sunting.errors import ConfigError, RuleError, key_location, locate
from sunting.findings import Severity
from sunting.i18n import t
from sunting.rules import SCOPES, Example, Rule
from sunting.schema_messages import known_keys, schema_error_text, unknown_key_text
from sunting.selection import resolve, unknown_message

log = logging.getLogger("sunting")

#: the rule sunting adds for a project's reject vocabulary (``vocabularies: reject:``)
REJECT_RULE = "Vocab.Reject"
COMMON_KEYS: dict[str, Any] = {
    "type": {"type": "string", "description": "Jenis aturan (pemeriksaan) yang menjalankan aturan ini."},
    "level": {"enum": ["error", "warning", "info", "hint"], "description": "Tingkat temuan: error, warning, info, atau hint."},
    "message": {
        "type": "string",
        "description": "Pesan temuan; penanda {match} (teks yang ditandai) dan {suggestion} (saran pertama).",
    },
    "description": {
        "type": "string",
        "description": "Alasan aturan ini ada, dalam bahasa Indonesia: tampil di `sunting rules`, --explain, hover, dan SARIF.",
    },
    "translations": {
        "type": "object",
        "description": "Uraian dalam bahasa antarmuka lain (SUNTING_LANG), mis. {en: {description: …}}.",
        "propertyNames": {"enum": ["en"]},
        "additionalProperties": {
            "type": "object",
            "additionalProperties": False,
            "required": ["description"],
            "properties": {"description": {"type": "string"}},
        },
    },
    "link": {"type": "string", "description": "Tempat membaca lebih lanjut (KBBI, EYD V, gaya selingkung)."},
    "scope": {
        "description": "Tempat aturan berlaku: narrative (narasi), quote (kutipan langsung), heading (judul), atau all (semua).",
        "oneOf": [
            {"enum": list(SCOPES)},
            {"type": "array", "items": {"enum": list(SCOPES)}, "minItems": 1, "uniqueItems": True},
        ],
    },
    "specificity": {"type": "integer", "description": "Bila dua aturan menandai rentang yang sama, pesan aturan yang nilainya lebih tinggi yang dipakai."},
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


def _lexical(value) -> bool | frozenset[str]:
    return frozenset(value) if isinstance(value, list) else bool(value)


def build_schema() -> dict:
    """The JSON Schema of a rule file, from the common keys and each type's options."""
    types = check_types()
    branches = []
    for name, cls in types.items():
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
        "description": "Satu aturan dalam paket aturan sunting: rules/<Paket>/<Aturan>.yml",
        "type": "object",
        "required": COMMON_REQUIRED,
        "properties": {**COMMON_KEYS, "type": {"enum": sorted(types)}},
        "allOf": branches,
        "unevaluatedProperties": False,
    }


def _get_validator(rule_type: object = None) -> Any:
    """A validator for one rule type: the common keys plus that type's options, nothing else.

    Equivalent to the published schema (which selects the type's options with if/then for
    editors) but several times faster to evaluate: rule loading is on the cold-start path.
    An unknown or missing ``type`` gets the published schema, which reports it.
    """
    key = rule_type if isinstance(rule_type, str) and rule_type in check_types() else None
    return _validator(key)


@functools.cache
def _validator(key: str | None) -> Any:
    from jsonschema import Draft202012Validator

    if key is None:
        schema = build_schema()
    else:
        cls = check_types()[key]
        schema = {
            "type": "object",
            "required": COMMON_REQUIRED + list(cls.required_options),
            "properties": {**COMMON_KEYS, **cls.options_schema},
            "additionalProperties": False,
        }
    return Draft202012Validator(schema)


def parse_rule(text: str, path: str, rule_id: str, validated: bool = False) -> Rule:
    """Parse and validate one rule file. ``validated`` skips the JSON-Schema pass for a file
    whose exact content is known to be valid (see :func:`validated_digests`)."""
    data, node = safeyaml.load(text, path, RuleError)  # no aliases, no .inf/.nan; nodes for locations
    if not isinstance(data, dict):
        raise RuleError(t("rule.not_mapping"), path, 1, 1)
    errors = [] if validated else sorted(_get_validator(data.get("type")).iter_errors(data), key=lambda e: (len(e.absolute_path), str(e.absolute_path)))
    if errors:
        err = _best_error(errors)
        where = None
        msg = schema_error_text(err)
        if err.validator in ("unevaluatedProperties", "additionalProperties"):
            bad = re.findall(r"'([^']+)'", err.message)
            if bad:
                where = key_location(node, list(err.absolute_path), bad[0])
                if not err.absolute_path and isinstance(data.get("type"), str):  # a key beside type:
                    msg = unknown_key_text(bad[0], known_keys(err.schema), rule_type=data["type"])
        if where is None:
            where = locate(node, list(err.absolute_path))
        keypath = ".".join(str(p) for p in err.absolute_path)
        if keypath:
            msg = f"{keypath}: {msg}"
        line, col = where or (None, None)
        raise RuleError(msg, path, line, col)
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
        fix=data.get("fix", check_types()[data["type"]].default_fix),
        orthographic=bool(data.get("orthographic", check_types()[data["type"]].default_orthographic)),
        options=options,
        flag_examples=flags,
        pass_examples=passes,
        path=path,
        translations=data.get("translations") or {},
        lexical=_lexical(data.get("lexical", False)),
        enabled=bool(data.get("enabled", True)),
    )
    try:
        check_types()[rule.type].validate_options(rule)
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
    """The rules of one pack folder.  A fresh process reads them parsed from the disk cache
    (:mod:`sunting.diskcache`) when every file's content is what it was when they were parsed
    (keyed by the files' names and SHA-256 digests: an edited house rule is parsed again)."""
    files = [(path, path.read_bytes()) for path in sorted(list(folder.glob("*.yml")) + list(folder.glob("*.yaml")))]
    digests = tuple((path.name, hashlib.sha256(data).hexdigest()) for path, data in files)
    return diskcache.cached(f"rules-{diskcache.place(folder)}", (str(folder), name, digests),
                            lambda: _parse_pack(name, folder, files, digests))


def _parse_pack(name: str, folder: Path, files: list[tuple[Path, bytes]],
                digests: tuple[tuple[str, str], ...]) -> list[Rule]:
    known_good = validated_digests(folder.parent)
    rules = []
    for (path, data), (_, digest) in zip(files, digests, strict=True):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise RuleError(t("file.not_utf8", byte=f"{data[e.start]:02x}", offset=e.start), str(path)) from None
        validated = bool(known_good) and digest in known_good
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


# ------------------------------------------------------------------ choosing the rules
@dataclass(frozen=True)
class Pack:
    name: str
    folder: Path
    builtin: bool

    def rule_ids(self) -> list[str]:
        """The ids of the pack's rules, from the file names alone (nothing is parsed)."""
        return [f"{self.name}.{p.stem}" for p in sorted(self.folder.glob("*.y*ml")) if p.suffix in (".yml", ".yaml")]


def pack_catalogue(config: Config) -> dict[str, Pack]:
    """Every pack a configuration can turn on: the built-in ones, then those under its
    ``paths:`` (a project pack overrides a built-in one of the same name)."""
    packs = {name: Pack(name, folder, True) for name, folder in discover_packs(builtin_packs_dir()).items()}
    for extra in config.paths:
        for name, folder in discover_packs(extra).items():
            packs[name] = Pack(name, folder, False)
    return dict(sorted(packs.items()))


def known_ids(catalogue: dict[str, Pack]) -> frozenset[str]:
    """Every rule id and pack name a user may name: the rules of every pack (on or off)
    and the project vocabulary's rule."""
    out = {REJECT_RULE, REJECT_RULE.split(".", 1)[0]}
    for pack in catalogue.values():
        out.add(pack.name)
        out.update(pack.rule_ids())
    return frozenset(out)


def enabled_packs(config: Config, catalogue: dict[str, Pack]) -> dict[str, Pack]:
    """The packs ``packs:`` turns on. No ``packs:``: all. A list: the built-in packs it
    names, and every project pack found under ``paths:``. A mapping: every pack, except
    those it sets to false. A name that is no pack is a ConfigError at its line (an
    editor's ``only`` list: a warning, the name is left out)."""
    mode = config.packs_mode
    choice: dict[str, bool] = {}
    for name, on in (config.packs or {}).items():
        found = resolve(name, catalogue)
        if found is None:
            message = f"packs: {unknown_message(name, catalogue, 'pack')}"
            if mode == "only":
                log.warning("%s", message)
                continue
            raise ConfigError(message, config.path, *config.where("packs", name))
        choice[found] = bool(on)
    out = {}
    for name, pack in catalogue.items():
        if mode == "all":
            on = True
        elif name in choice:
            on = choice[name]
        elif mode == "only":
            on = False
        else:
            on = not (mode == "list" and pack.builtin)
        if on:
            out[name] = pack
    return out


@dataclass(frozen=True)
class RuleSet:
    rules: list[Rule]
    packs: dict[str, Path]
    #: every rule id and pack name of the catalogue, on or off (for selections, messages)
    known: frozenset[str] = frozenset()
    #: house-style options a pack ships switched off (``enabled: false``) and the config did not
    #: switch on: listed by ``sunting rules``, explained by ``--explain``, never run
    optional: list[Rule] = field(default_factory=list)


def rule_levels(config: Config, known: frozenset[str]) -> dict[str, str]:
    """``rules:`` of the config with canonical ids. An id that names nothing is a warning
    naming file:line:col (a rule switched off is known; a backend's ids are its own)."""
    out: dict[str, str] = {}
    for name, level in config.rule_levels.items():
        found = resolve(name, known)
        if found is None:
            if backends.owns(name):
                continue
            line, col = config.where("rules", name)
            where = ":".join(str(x) for x in (config.path or "config", line, col) if x is not None)
            log.warning("%s: rules: %s", where, unknown_message(name, known))
            continue
        out[found] = level
    return out


def load_rules(config: Config) -> RuleSet:
    """Every enabled rule of the built-in and project packs, with config levels applied."""
    catalogue = pack_catalogue(config)
    known = known_ids(catalogue)
    levels = rule_levels(config, known)
    used = enabled_packs(config, catalogue)
    rules: list[Rule] = []
    optional: list[Rule] = []
    for name, pack in used.items():
        for rule in load_pack(name, pack.folder):
            level = levels.get(rule.id, levels.get(name))
            if level == "off":
                continue
            if not rule.enabled and rule.id not in levels:
                optional.append(rule)  # a house-style option: on only when the config names it
                continue
            if level:
                rule = replace(rule, level=Severity.parse(level))
            rules.append(rule)
    return RuleSet(rules, {name: pack.folder for name, pack in used.items()}, known, optional)
