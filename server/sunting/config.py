"""``sunting.yaml`` (or ``.sunting.yaml``, or ``[tool.sunting]`` in ``pyproject.toml``),
found by walking up from the checked file.

Keys::

    packs: [EYD, Typography, Newsroom]   # or a mapping {Newsroom: false}; default: all built-in
    paths: [styles]                       # extra folders holding <Pack>/<Rule>.yml
    rules: {EYD.BakuForms: error, Newsroom.ForeignTerms: off}
    vocabularies: {accept: [vocab/accept.txt], reject: [vocab/reject.txt]}
    include: ["**/*.md", "**/*.txt", "**/*.html"]
    exclude: ["drafts/**"]
    language: id
    min_level: hint                       # findings below this level are not reported
    max_file_size: 10                     # MB
    languagetool: {enabled: false, ...}   # the optional grammar backend
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from collections.abc import Mapping
from typing import Any

import yaml

from sunting import safeyaml
from sunting.errors import ConfigError, key_location, locate
from sunting.findings import Severity
from sunting.i18n import os_reason, t
from sunting.schema_messages import best_error, schema_error_text, toml_problem_text

CONFIG_NAMES = ("sunting.yaml", ".sunting.yaml", "sunting.yml", ".sunting.yml")
DEFAULT_INCLUDE = ["**/*.md", "**/*.markdown", "**/*.txt", "**/*.html", "**/*.htm"]
#: always excluded, whatever the config adds: dependencies, environments, build output
DEFAULT_EXCLUDE = ["**/node_modules/**", "**/.git/**", "**/.venv/**", "**/venv/**", "**/site-packages/**",
                   "**/__pycache__/**", "**/_build/**", "**/build/**", "**/dist/**"]
LEVELS = ["error", "warning", "info", "hint"]

CONFIG_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "packs": {
            "oneOf": [
                {"type": "array", "items": {"type": "string"}},
                {"type": "object", "additionalProperties": {"type": "boolean"}},
            ]
        },
        "paths": {"type": "array", "items": {"type": "string"}},
        "rules": {"type": "object", "additionalProperties": {"enum": LEVELS + ["off", False]}},
        "vocabularies": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "accept": {"type": "array", "items": {"type": "string"}},
                "reject": {"type": "array", "items": {"type": "string"}},
            },
        },
        "include": {"type": "array", "items": {"type": "string"}},
        "exclude": {"type": "array", "items": {"type": "string"}},
        "language": {"type": "string"},
        "min_level": {"enum": LEVELS},
        "fail_level": {"enum": LEVELS},
        "max_file_size": {"type": "number", "exclusiveMinimum": 0, "maximum": 1_000_000},  # MB
        "languagetool": {"type": "object"},
        "spelling": {"type": "object"},
    },
}


@dataclass(frozen=True)
class Config:
    """One configuration as loaded (frozen: a door that wants other settings derives a new
    Config with :func:`dataclasses.replace`, it never edits a cached one).

    ``packs`` with ``packs_mode``: ``"all"`` (no ``packs:``, every pack on), ``"list"`` (a
    ``packs:`` list: the built-in packs it names are on, the others off; project packs
    found under ``paths:`` stay on), ``"map"`` (a ``packs:`` mapping: a pack it does not
    name keeps its default, on) or ``"only"`` (exactly the named packs: an editor's
    client setting; a name that is no pack is left out with a warning).
    ``locations`` holds where each entry was written (``("packs", "EYD")`` → line,
    column), so a later semantic error (an unknown pack) can name file:line:col.
    """

    root: Path = field(default_factory=Path.cwd)
    path: str | None = None
    packs: Mapping[str, bool] | None = None
    packs_mode: str = "all"
    paths: tuple[Path, ...] = ()
    rule_levels: Mapping[str, str] = field(default_factory=dict)
    accept_files: tuple[Path, ...] = ()
    reject_files: tuple[Path, ...] = ()
    include: tuple[str, ...] = tuple(DEFAULT_INCLUDE)
    exclude: tuple[str, ...] = tuple(DEFAULT_EXCLUDE)
    language: str = "id"
    min_level: Severity = Severity.HINT
    #: the configuration file names ``min_level`` (a door then keeps it instead of its own default)
    min_level_configured: bool = field(default=False, compare=False)
    fail_level: Severity | None = None
    max_file_size: float = 10.0
    languagetool: Mapping[str, Any] = field(default_factory=dict)
    spelling: Mapping[str, Any] = field(default_factory=dict)
    locations: Mapping[tuple[str, ...], tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.packs_mode == "all" and self.packs is not None:
            object.__setattr__(self, "packs_mode", "map")  # Config(packs={...}) from code
        # accept lists from callers; keep tuples (a frozen config has no lists to append to)
        for name in ("paths", "accept_files", "reject_files"):
            object.__setattr__(self, name, tuple(Path(p) for p in getattr(self, name)))
        for name in ("include", "exclude"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    def where(self, *keys: str) -> tuple[int | None, int | None]:
        """Line and column (1-based) of a config entry, e.g. ``where("packs", "EYD")``."""
        return self.locations.get(tuple(keys), (None, None))

    @property
    def key(self) -> str:
        return self.path or f"<defaults:{self.root}>"

    @property
    def own_files(self) -> tuple[Path, ...]:
        """The project's own sunting files (vocabularies), never checked as prose."""
        return self.accept_files + self.reject_files


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or a folder)."""
    folder = start if start.is_dir() else start.parent
    folder = folder.resolve()
    for d in [folder, *folder.parents]:
        for name in CONFIG_NAMES:
            p = d / name
            if p.is_file():
                return p
        pp = d / "pyproject.toml"
        if pp.is_file():
            try:
                text = pp.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if re.search(r"(?m)^\[tool\.sunting\]", text):
                return pp
    return None


def load_config(path: Path | None, root: Path | None = None) -> Config:
    if path is None:
        return Config(root=(root or Path.cwd()).resolve())
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise ConfigError(t("file.not_utf8", byte=f"{e.object[e.start]:02x}", offset=e.start), str(path)) from None
    except OSError as e:
        raise ConfigError(t("file.cannot_read", reason=os_reason(e)), str(path)) from None
    node = None
    if path.name == "pyproject.toml":
        import tomllib

        try:
            data = tomllib.loads(text).get("tool", {}).get("sunting", {})
        except tomllib.TOMLDecodeError as e:
            m = re.search(r"line (\d+), column (\d+)", str(e))
            raise ConfigError(t("toml.invalid", problem=toml_problem_text(str(e))), str(path),
                              *(map(int, m.groups()) if m else (None, None))) from None
        infinite = safeyaml.non_finite(data)
        if infinite is not None:  # (YAML refuses .inf and .nan where they are written)
            raise ConfigError(t("config.not_finite", key=infinite[0], value=infinite[1]), str(path))
    else:
        data, node = safeyaml.load(text, str(path), ConfigError)  # no aliases, no .inf/.nan
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(t("config.not_mapping"), str(path), 1, 1)
    from jsonschema import Draft202012Validator

    errors = list(Draft202012Validator(CONFIG_SCHEMA).iter_errors(data))
    if errors:
        err = best_error(errors)
        where = None
        msg = schema_error_text(err)
        if err.validator == "additionalProperties":
            bad = re.findall(r"'([^']+)' was unexpected", err.message)
            if bad and node is not None:
                where = key_location(node, list(err.absolute_path), bad[0])
        if where is None and node is not None:
            where = locate(node, list(err.absolute_path))
        keypath = ".".join(str(p) for p in err.absolute_path)
        if keypath:
            msg = f"{keypath}: {msg}"
        raise ConfigError(msg, str(path), *(where or (None, None)))
    base = path.parent.resolve()
    fields: dict[str, Any] = {"root": base, "path": str(path), "locations": _locations(node)}
    packs = data.get("packs")
    if isinstance(packs, list):
        fields["packs"] = {p: True for p in packs}
        fields["packs_mode"] = "list"
    elif isinstance(packs, dict):
        fields["packs"] = dict(packs)
        fields["packs_mode"] = "map"
    fields["paths"] = [base / p for p in data.get("paths", [])]
    fields["rule_levels"] = {k: ("off" if v is False else v) for k, v in (data.get("rules") or {}).items()}
    vocab = data.get("vocabularies") or {}
    fields["accept_files"] = [base / p for p in vocab.get("accept", [])]
    fields["reject_files"] = [base / p for p in vocab.get("reject", [])]
    for kind in ("accept", "reject"):
        for i, f in enumerate(fields[f"{kind}_files"]):  # a broken entry is the config's fault, not the article's
            if not f.is_file():
                name = vocab[kind][i]
                msg = (t("config.vocab_missing", kind=kind, path=name) if not f.exists()
                       else t("config.vocab_not_file", kind=kind, path=name))
                where = locate(node, ["vocabularies", kind, i]) if node is not None else None
                raise ConfigError(msg, str(path), *(where or (None, None)))
    if "include" in data:
        fields["include"] = list(data["include"])
    if "exclude" in data:
        fields["exclude"] = list(DEFAULT_EXCLUDE) + list(data["exclude"])
    fields["language"] = _language(data.get("language", "id"), fields, node, path)
    if "min_level" in data:
        fields["min_level"] = Severity.parse(data["min_level"])
        fields["min_level_configured"] = True
    if "fail_level" in data:
        fields["fail_level"] = Severity.parse(data["fail_level"])
    fields["max_file_size"] = float(data.get("max_file_size", 10))
    fields["languagetool"] = dict(data.get("languagetool") or {})
    fields["spelling"] = dict(data.get("spelling") or {})
    for n, p in enumerate(fields["paths"]):
        if not p.is_dir():
            at = fields["locations"].get(("paths", str(n))) or _key_line(node, "paths")
            raise ConfigError(t("config.no_pack_folder", path=p), str(path), *(at or (None, None)))
    return Config(**fields)


def _language(code: Any, fields: dict[str, Any], node, path) -> str:
    """The ``language:`` of a config, which must be a registered language (:mod:`sunting.languages`)."""
    from sunting.languages import available

    known = available()
    if code not in known:
        at = fields["locations"].get(("language",)) or _key_line(node, "language")
        raise ConfigError(t("config.unknown_language", code=code, known=", ".join(known)), str(path),
                          *(at or (None, None)))
    return str(code)


def _locations(node) -> dict[tuple[str, ...], tuple[int, int]]:
    """(key, sub-key or item) → (line, column) of the entries of a YAML config, two levels
    deep: ``("packs", "EYD")`` for a list item or a mapping key, ``("rules", "X")``,
    ``("language",)`` for a value, ``("paths", "0")`` for the first item of a list."""
    out: dict[tuple[str, ...], tuple[int, int]] = {}
    if not isinstance(node, yaml.MappingNode):
        return out

    def at(n) -> tuple[int, int]:
        return n.start_mark.line + 1, n.start_mark.column + 1

    for k, v in node.value:
        key = str(k.value)
        out[(key,)] = at(v)
        if isinstance(v, yaml.SequenceNode):
            for i, item in enumerate(v.value):
                out[(key, str(i))] = at(item)
                if isinstance(item, yaml.ScalarNode):
                    out.setdefault((key, str(item.value)), at(item))
        elif isinstance(v, yaml.MappingNode):
            for k2, _ in v.value:
                out.setdefault((key, str(k2.value)), at(k2))
    return out


def _key_line(node, key) -> tuple[int, int] | None:
    return key_location(node, [], key) if node is not None else None


#: what a door that lists findings (``sunting check``, the HTTP API without ``level=picky``) reports
#: from when the configuration does not name ``min_level``: a hint is what a desk acts on less often
#: than not, so it is not in the default output (issue 13); the editor shows hints faintly
LISTED_MIN_LEVEL = Severity.INFO


def listed(config: Config) -> Config:
    """``config`` as a listing door reports it: from :data:`LISTED_MIN_LEVEL` unless the configuration
    file names ``min_level`` (a new Config: a loaded one is never edited)."""
    if config.min_level_configured or config.min_level >= LISTED_MIN_LEVEL:
        return config
    return replace(config, min_level=LISTED_MIN_LEVEL)
