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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sunting import safeyaml
from sunting.errors import ConfigError, key_location, locate
from sunting.i18n import t
from sunting.findings import Severity

CONFIG_NAMES = ("sunting.yaml", ".sunting.yaml", "sunting.yml", ".sunting.yml")
DEFAULT_INCLUDE = ["**/*.md", "**/*.markdown", "**/*.txt", "**/*.html", "**/*.htm"]
DEFAULT_EXCLUDE = ["**/node_modules/**", "**/.git/**", "**/.venv/**", "**/venv/**", "**/_build/**"]
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


@dataclass
class Config:
    root: Path = field(default_factory=Path.cwd)
    path: str | None = None
    packs: dict[str, bool] | None = None  # None: every built-in pack on
    paths: list[Path] = field(default_factory=list)
    rule_levels: dict[str, str] = field(default_factory=dict)
    accept_files: list[Path] = field(default_factory=list)
    reject_files: list[Path] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    language: str = "id"
    min_level: Severity = Severity.HINT
    fail_level: Severity | None = None
    max_file_size: float = 10.0
    languagetool: dict[str, Any] = field(default_factory=dict)
    spelling: dict[str, Any] = field(default_factory=dict)

    def pack_enabled(self, name: str, builtin: bool) -> bool:
        if self.packs is None:
            return True
        if name in self.packs:
            return self.packs[name]
        # a list of packs names the enabled ones; project packs from paths are on by default
        return not builtin and not self._packs_is_list

    _packs_is_list: bool = False

    @property
    def key(self) -> str:
        return self.path or f"<defaults:{self.root}>"


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
        raise ConfigError(f"not UTF-8 ({e.reason})", str(path)) from None
    except OSError as e:
        raise ConfigError(f"cannot read: {e.strerror}", str(path)) from None
    node = None
    if path.name == "pyproject.toml":
        import tomllib

        try:
            data = tomllib.loads(text).get("tool", {}).get("sunting", {})
        except tomllib.TOMLDecodeError as e:
            m = re.search(r"line (\d+), column (\d+)", str(e))
            raise ConfigError(f"invalid TOML: {e}", str(path), *(map(int, m.groups()) if m else (None, None))) from None
        bad = safeyaml.non_finite(data)
        if bad is not None:  # (YAML refuses .inf and .nan where they are written)
            raise ConfigError(t("config.not_finite", key=bad[0], value=bad[1]), str(path))
    else:
        data, node = safeyaml.load(text, str(path), ConfigError)  # no aliases, no .inf/.nan
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("the configuration must be a mapping of keys", str(path), 1, 1)
    from jsonschema import Draft202012Validator

    errors = list(Draft202012Validator(CONFIG_SCHEMA).iter_errors(data))
    if errors:
        err = max(errors, key=lambda e: len(e.absolute_path))
        where = None
        msg = err.message
        if err.validator == "additionalProperties":
            bad = re.findall(r"'([^']+)' was unexpected", err.message)
            if bad and node is not None:
                where = key_location(node, list(err.absolute_path), bad[0])
                msg = f"unknown key {bad[0]!r}"
        if where is None and node is not None:
            where = locate(node, list(err.absolute_path))
        keypath = ".".join(str(p) for p in err.absolute_path)
        if keypath and not msg.startswith("unknown key"):
            msg = f"{keypath}: {msg}"
        raise ConfigError(msg, str(path), *(where or (None, None)))
    base = path.parent.resolve()
    cfg = Config(root=base, path=str(path))
    packs = data.get("packs")
    if isinstance(packs, list):
        cfg.packs = {p: True for p in packs}
        cfg._packs_is_list = True
    elif isinstance(packs, dict):
        cfg.packs = dict(packs)
    cfg.paths = [base / p for p in data.get("paths", [])]
    cfg.rule_levels = {k: ("off" if v is False else v) for k, v in (data.get("rules") or {}).items()}
    vocab = data.get("vocabularies") or {}
    cfg.accept_files = [base / p for p in vocab.get("accept", [])]
    cfg.reject_files = [base / p for p in vocab.get("reject", [])]
    for kind, files in (("accept", cfg.accept_files), ("reject", cfg.reject_files)):
        for i, f in enumerate(files):  # a broken entry is the config's fault, not the article's
            if not f.is_file():
                name = vocab[kind][i]
                msg = (t("config.vocab_missing", kind=kind, path=name) if not f.exists()
                       else t("config.vocab_not_file", kind=kind, path=name))
                where = locate(node, ["vocabularies", kind, i]) if node is not None else None
                raise ConfigError(msg, str(path), *(where or (None, None)))
    if "include" in data:
        cfg.include = list(data["include"])
    if "exclude" in data:
        cfg.exclude = list(DEFAULT_EXCLUDE) + list(data["exclude"])
    cfg.language = data.get("language", "id")
    if "min_level" in data:
        cfg.min_level = Severity.parse(data["min_level"])
    if "fail_level" in data:
        cfg.fail_level = Severity.parse(data["fail_level"])
    cfg.max_file_size = float(data.get("max_file_size", 10))
    cfg.languagetool = dict(data.get("languagetool") or {})
    cfg.spelling = dict(data.get("spelling") or {})
    for p in cfg.paths:
        if not p.is_dir():
            raise ConfigError(f"pack folder {p} does not exist", str(path), *(_key_line(node, "paths") or (None, None)))
    return cfg


def _key_line(node, key):
    return key_location(node, [], key) if node is not None else None
