"""Configuration for the language server: ``sunting.yaml`` of the workspace folder(s),
client settings on top, one engine per configuration, reloads when files change, and the
project's accept list.

Client settings (``initializationOptions.settings.sunting``, ``workspace/didChangeConfiguration``
under the key ``sunting``, or ``workspace/configuration`` section ``sunting``):

``packs``
    list of pack names to enable; ``null`` keeps what ``sunting.yaml`` says.
``minimumLevel`` (or ``minLevel``)
    hide findings below this level. The stricter of this and ``min_level`` in
    ``sunting.yaml`` wins: the project decides what is reported, a writer may hide more.
``languages``
    language ids checked (default ``markdown``, ``plaintext``, ``html``).
``languagetool``
    ``{enabled, url}``: turns the optional grammar backend on for this editor.
``interfaceLanguage``
    ``id`` or ``en``: the language of quick-fix titles, hover labels and notifications
    (``auto`` or unset: ``$SUNTING_LANG``, else Indonesian; see :mod:`sunting.i18n`). The
    client's ``locale`` is not used: an English editor is the norm in Indonesian newsrooms.

A configuration or rule file that cannot be loaded is reported (``path:line:col: message``)
and the last engine that loaded keeps checking; with none, the built-in rules do.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from sunting.config import CONFIG_NAMES, Config, find_config, load_config
from sunting.errors import SuntingError
from sunting.findings import Severity
from sunting.i18n import normalise, t

log = logging.getLogger("sunting.lsp")

DEFAULT_LANGUAGES = ("markdown", "plaintext", "html")
DEFAULT_ACCEPT = "vocab/accept.txt"
_REGEX_CHARS = re.compile(r"[\[\]()\\*+?|^$]")


@dataclass
class Settings:
    packs: list[str] | None = None
    min_level: Severity | None = None
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    languagetool: dict | None = None
    #: "id", "en", or None (``$SUNTING_LANG``, else Indonesian)
    interface_language: str | None = None

    @classmethod
    def parse(cls, value) -> "Settings | None":
        """Settings from what a client sent, or None when it sent nothing about sunting.

        Accepts ``{"sunting": {...}}``, ``{"settings": {"sunting": {...}}}`` and the section
        itself (``{"packs": ..., "minimumLevel": ...}``).
        """
        if not isinstance(value, dict):
            return None
        if isinstance(value.get("settings"), dict):
            value = value["settings"]
        if isinstance(value.get("sunting"), dict):
            value = value["sunting"]
        elif not any(k in value for k in ("packs", "minimumLevel", "minLevel", "languages", "languagetool",
                                          "interfaceLanguage")):
            return None
        s = cls()
        packs = value.get("packs")
        if isinstance(packs, list):
            s.packs = [str(p) for p in packs if isinstance(p, str) and p.strip()]
        elif isinstance(packs, dict):
            s.packs = [str(k) for k, v in packs.items() if v]
        level = value.get("minimumLevel", value.get("minLevel"))
        if isinstance(level, str):
            try:
                s.min_level = Severity.parse(level)
            except ValueError:
                log.warning("settings: unknown minimum level %r", level)
        langs = value.get("languages")
        if isinstance(langs, list) and langs:
            s.languages = tuple(str(x) for x in langs if isinstance(x, str))
        lang = value.get("interfaceLanguage")
        if isinstance(lang, str):
            s.interface_language = normalise(lang)
        lt = value.get("languagetool")
        if isinstance(lt, dict) and lt.get("enabled"):
            # the editor's {enabled, url} → the backend's {enabled, server}; false = no override
            s.languagetool = {"enabled": True}
            if isinstance(lt.get("url") or lt.get("server"), str):
                s.languagetool["server"] = lt.get("url") or lt.get("server")
        return s

    def apply(self, cfg: Config) -> Config:
        if self.packs is not None:
            cfg.packs = {p: True for p in self.packs}
            cfg._packs_is_list = True
        if self.min_level is not None and self.min_level > cfg.min_level:
            cfg.min_level = self.min_level
        if self.languagetool:
            cfg.languagetool = {**cfg.languagetool, **self.languagetool}
        return cfg


@dataclass
class Project:
    """One configuration (a ``sunting.yaml``, or the defaults for a folder) and its engine."""

    key: str
    config_path: Path | None
    root: Path
    engine: object | None = None
    config: Config | None = None
    error: str | None = None  # the last load error reported (to report each error once)
    stamps: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    pack_dirs: list[Path] = field(default_factory=list)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class Projects:
    """Finds the configuration for a file and keeps one engine per configuration.

    Engines are built and used on the server's single check thread; ``lock`` guards the
    tables for the readers on the event loop.
    """

    def __init__(self, report: Callable[[str], None]):
        self.report = report
        self.settings = Settings()
        self.folders: list[Path] = []
        self.projects: dict[str, Project] = {}
        self._config_of_dir: dict[Path, Path | None] = {}
        self.generation = 0
        self.lock = threading.RLock()

    # ------------------------------------------------------------------ lookup
    def default_root(self) -> Path:
        return self.folders[0] if self.folders else Path.cwd()

    def config_path_for(self, path: str | None) -> Path | None:
        folder = Path(path).parent if path else self.default_root()
        with self.lock:
            if folder not in self._config_of_dir:
                try:
                    self._config_of_dir[folder] = find_config(folder) if folder.exists() else self._nearest(folder)
                except OSError:
                    self._config_of_dir[folder] = None
            return self._config_of_dir[folder]

    def _nearest(self, folder: Path) -> Path | None:
        # an unsaved file in a folder that does not exist yet: walk up to one that does
        for d in folder.parents:
            if d.exists():
                return find_config(d)
        return None

    def project_for(self, path: str | None) -> Project:
        cfg_path = self.config_path_for(path)
        if cfg_path is not None:
            key, root = str(cfg_path), cfg_path.parent
        else:
            root = self._folder_of(path)
            key = f"<defaults:{root}>"
        with self.lock:
            proj = self.projects.get(key)
            if proj is None:
                proj = self.projects[key] = Project(key, cfg_path, root)
            return proj

    def _folder_of(self, path: str | None) -> Path:
        if path:
            p = Path(path)
            for f in self.folders:
                if p == f or f in p.parents:
                    return f
            return p.parent
        return self.default_root()

    def engine_for(self, path: str | None):
        """The engine for a file (built on first use). Runs on the check thread."""
        proj = self.project_for(path)
        if proj.engine is None:
            self._build(proj)
        return proj.engine

    # ------------------------------------------------------------------ building
    def _build(self, proj: Project) -> bool:
        """(Re)build a project's engine. On failure keep the last good one and report."""
        from sunting.engine import Engine

        try:
            cfg = load_config(proj.config_path, root=proj.root)
            self.settings.apply(cfg)
            engine = Engine(cfg)
        except SuntingError as e:
            msg = str(e)
            if msg != proj.error:
                proj.error = msg
                lang = self.settings.interface_language
                keep = t("lsp.config_kept", lang=lang) if proj.engine is not None else t("lsp.config_builtin", lang=lang)
                self.report(f"sunting: {msg} ({keep})")
            log.warning("cannot load %s: %s", proj.key, msg)
            self._record_stamps(proj, None, broken=True)
            if proj.engine is None:
                fallback = Config(root=proj.root)
                self.settings.apply(fallback)
                proj.engine = Engine(fallback)
            return False
        except Exception as e:  # never let a surprising error take the server down
            log.exception("cannot load %s", proj.key)
            if proj.engine is None:
                proj.engine = Engine(Config(root=proj.root))
            self.report(t("lsp.cannot_load", lang=self.settings.interface_language, key=proj.key, error=e))
            return False
        if proj.error is not None:
            log.info("%s loads again", proj.key)
        proj.error = None
        proj.engine = engine
        proj.config = cfg
        self._record_stamps(proj, cfg)
        return True

    def _record_stamps(self, proj: Project, cfg: Config | None, broken: bool = False) -> None:
        files: list[Path] = []
        if proj.config_path is not None:
            files.append(proj.config_path)
        if cfg is not None:
            proj.pack_dirs = list(cfg.paths)
            files += cfg.accept_files + cfg.reject_files
            for d in cfg.paths:
                files += sorted(d.glob("*/*.yml")) + sorted(d.glob("*/*.yaml"))
        elif broken and proj.config_path is not None:
            # the config did not load: still watch what it names (as far as it parses)
            pass
        stamps = {str(p): _stamp(p) for p in files}
        if broken:
            stamps = {**proj.stamps, **stamps}
        proj.stamps = stamps

    def reload_all(self) -> None:
        """Forget config lookups and rebuild every engine (on the check thread)."""
        with self.lock:
            self._config_of_dir.clear()
            projects = list(self.projects.values())
        for proj in projects:
            # the config that applies to a folder may have moved (a new sunting.yaml)
            still = self.project_for(str(proj.root / "x")) if proj.config_path is None else proj
            if still is not proj:
                with self.lock:
                    self.projects.pop(proj.key, None)
                continue
            if proj.config_path is not None and not proj.config_path.exists():
                with self.lock:
                    self.projects.pop(proj.key, None)
                continue
            self._build(proj)
        with self.lock:
            self.generation += 1

    def is_relevant(self, path: str) -> bool:
        """Does a changed file affect any configuration?"""
        p = Path(path)
        if p.name in CONFIG_NAMES or p.name == "pyproject.toml":
            return True
        with self.lock:
            projects = list(self.projects.values())
        for proj in projects:
            if path in proj.stamps:
                if proj.stamps[path] != _stamp(p):
                    return True
                continue
            if p.suffix in (".yml", ".yaml") and any(d in p.parents for d in proj.pack_dirs):
                return True
        return False

    def watched_paths(self) -> set[str]:
        with self.lock:
            return {p for proj in self.projects.values() for p in proj.stamps}

    # ------------------------------------------------------------------ vocabulary
    def add_to_vocabulary(self, word: str, path: str | None) -> Path:
        """Append ``word`` to the project's accept list; create it and reference it if needed."""
        word = word.strip()
        if not word or "\n" in word:
            raise ValueError(t("lsp.add_word.one", lang=self.settings.interface_language))
        proj = self.project_for(path)
        cfg_path = proj.config_path
        # a broken config raises here (ConfigError naming file:line:col): never edit it blindly
        accept_files = load_config(cfg_path).accept_files if cfg_path is not None else []
        if accept_files:
            target = accept_files[0]
        else:
            root = cfg_path.parent if cfg_path is not None else proj.root
            if cfg_path is not None and cfg_path.name == "pyproject.toml":
                raise SuntingError(t("lsp.add_word.pyproject", lang=self.settings.interface_language), str(cfg_path))
            target = root / DEFAULT_ACCEPT
            _reference_accept(cfg_path or (root / "sunting.yaml"), DEFAULT_ACCEPT)
        entry = re.escape(word) if _REGEX_CHARS.search(word) else word
        _append_line(target, entry)
        return target


def _append_line(path: Path, entry: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = _read(path) if path.exists() else ""
    if entry in (line.strip() for line in existing.splitlines()):
        return
    newline = "\r\n" if "\r\n" in existing else "\n"
    sep = "" if not existing or existing.endswith(("\n", "\r")) else newline
    _write(path, existing + sep + entry + newline)


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")  # no newline translation: CRLF files stay CRLF


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.sunting-tmp")
    tmp.write_text(text, encoding="utf-8", newline="")
    os.replace(tmp, path)


def _reference_accept(cfg_path: Path, rel: str) -> None:
    """Make ``vocabularies: accept:`` of a sunting.yaml name ``rel``, keeping comments."""
    text = _read(cfg_path) if cfg_path.exists() else ""
    data = yaml.safe_load(text) if text.strip() else {}
    if not isinstance(data, dict):
        data = {}
    nl = "\r\n" if "\r\n" in text else "\n"
    vocab = data.get("vocabularies")
    new_text = None
    if vocab is None:
        if not text.strip() or re.search(r"(?m)^vocabularies\s*:", text) is None:
            sep = "" if not text or text.endswith(("\n", "\r")) else nl
            new_text = f"{text}{sep}vocabularies:{nl}  accept:{nl}    - {rel}{nl}"
    elif isinstance(vocab, dict) and not vocab.get("accept"):
        m = re.search(r"(?m)^vocabularies[ \t]*:[ \t]*(#.*)?\r?$", text)
        if m and "accept" not in vocab:
            # indentation of the keys already under vocabularies:
            after = text[m.end():]
            im = re.search(r"(?m)^([ \t]+)\S", after)
            indent = im.group(1) if im else "  "
            line_end = text.find("\n", m.end())
            insert_at = len(text) if line_end == -1 else line_end + 1
            head = text[:insert_at] if line_end != -1 else text + nl
            new_text = f"{head}{indent}accept:{nl}{indent}  - {rel}{nl}{text[insert_at:]}"
    # check the textual edit says what we meant; otherwise rewrite the data (comments lost)
    if new_text is not None:
        try:
            check = yaml.safe_load(new_text) or {}
            ok = (check.get("vocabularies") or {}).get("accept") == [rel]
        except yaml.YAMLError:
            ok = False
        if not ok:
            new_text = None
    if new_text is None:
        vocab = data.get("vocabularies")
        if not isinstance(vocab, dict):
            vocab = {}
        vocab["accept"] = [rel]
        data["vocabularies"] = vocab
        new_text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    _write(cfg_path, new_text)
