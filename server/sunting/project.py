"""The project layer, shared by every door: which configuration governs a file, one engine
per (configuration, selection), and which files a folder holds for checking.

- **Configuration per folder.** A file is governed by the nearest ``sunting.yaml``
  (``.sunting.yaml``, ``[tool.sunting]`` of ``pyproject.toml``) at or above it; the lookup
  is done once per folder. ``--config FILE`` (``config_file``) governs every file instead.
  A door lays its own settings over a loaded configuration with ``overlay`` (a function
  returning a *new* Config: the CLI's ``--min-level``, the editor's client settings);
  cached configurations are never edited.
- **Engines** are built once per (configuration, selection) and reused.
- **Discovery** (:mod:`sunting.discovery`) walks folders with the governing
  configuration's include/exclude globs and ``.gitignore``, never offering sunting's own
  files as prose.
- **Keeping the last good engine** (``keep_last_good``, the editor's mode): a broken
  configuration or rule file is reported once and the last engine that loaded keeps
  checking (the built-in rules when none ever did); the CLI's mode raises instead.
- **The house lexicon** (``.sunting/lexicon.tsv`` beside a configuration file, written by
  ``sunting learn``) is read here, once per change of the file, and handed to the engines;
  it is watched like the configuration. A file that cannot be read is reported once and
  the last lexicon that loaded stays in use (none, if none ever did) while the
  configuration itself still reloads; the CLI's mode raises.

Nothing here is module-level state: a door makes one :class:`Projects` per run (CLI) or
per session (language server).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from sunting.config import CONFIG_NAMES, Config, find_config, load_config
from sunting.discovery import Discovery, Git, discover
from sunting.engine import Engine
from sunting.errors import SuntingError
from sunting.i18n import t
from sunting.selection import ALL, Selection

if TYPE_CHECKING:
    from sunting.lexicon.learn import HouseLexicon

DEFAULT_ACCEPT = "vocab/accept.txt"
_REGEX_CHARS = re.compile(r"[\[\]()\\*+?|^$]")

Overlay = Callable[[Config], Config]


# ====================================================================== one project
def _house_lexicon_path(root: Path) -> Path:
    # imported on use: the lexicon package loads its word lists, which a CLI run that
    # builds no engine (``sunting rules``) does not need
    from sunting.lexicon.learn import house_lexicon_path

    return house_lexicon_path(root)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


@dataclass
class Project:
    """One configuration (a config file, or the defaults for a folder) and its engines."""

    key: str
    config_path: Path | None
    root: Path
    config: Config | None = None
    engines: dict[Selection, Engine] = field(default_factory=dict)
    #: the last load error reported (each error is reported once)
    error: str | None = None
    #: files whose change means a reload: the config, its vocabularies and rule files
    stamps: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    pack_dirs: list[Path] = field(default_factory=list)
    #: the house lexicon in use, the stamp of the file it was read from (once read), and the
    #: last error reported about that file
    house: HouseLexicon | None = None
    house_stamp: tuple[Path, tuple[int, int] | None] | None = None
    house_error: str | None = None

    @property
    def engine(self) -> Engine | None:
        """The engine of the whole rule set (no selection), if built."""
        return self.engines.get(ALL)


# ====================================================================== the projects
class Projects:
    """Configurations, engines and file discovery for one run or one editor session.

    ``config_file`` governs every file (``--config``). ``overlay`` derives the
    configuration a door uses from the one loaded. ``folders`` are the workspace folders
    (for files that have no config, the folder they belong to is their defaults' root).
    With ``keep_last_good`` a load error never raises from :meth:`engine_for`: it goes to
    ``report`` (once per distinct error) and the last good engine keeps working.
    """

    @property
    def lang(self) -> str | None:
        """The interface language of reports and errors (None: ``$SUNTING_LANG``, else
        Indonesian); the language server's projects say the client's choice."""
        return None

    def __init__(
        self,
        *,
        config_file: Path | None = None,
        overlay: Overlay | None = None,
        folders: Sequence[Path] = (),
        keep_last_good: bool = False,
        report: Callable[[str], None] | None = None,
        cwd: Path | None = None,
    ):
        self.config_file = Path(config_file) if config_file is not None else None
        self.overlay = overlay
        self.folders = list(folders)
        self.keep_last_good = keep_last_good
        self.report = report or (lambda message: None)
        self.cwd = (cwd or Path.cwd()).resolve()
        self.projects: dict[str, Project] = {}
        self.generation = 0  # bumped by every reload_all (results of older ones are stale)
        self._config_of_dir: dict[Path, Path | None] = {}
        self._git = Git()
        self.lock = threading.RLock()

    # ------------------------------------------------------------------ which config
    def default_root(self) -> Path:
        return self.folders[0] if self.folders else self.cwd

    def config_path_for(self, path: str | Path | None) -> Path | None:
        """The config file governing ``path`` (a file, a folder, or None for "no file")."""
        if self.config_file is not None:
            return self.config_file
        if path is None:
            folder = self.default_root()
        else:
            p = Path(path)
            folder = p if p.is_dir() else p.parent
        folder = Path(os.path.abspath(folder))
        with self.lock:
            if folder not in self._config_of_dir:
                try:
                    self._config_of_dir[folder] = find_config(folder) if folder.exists() else self._nearest(folder)
                except OSError:
                    self._config_of_dir[folder] = None
            return self._config_of_dir[folder]

    @staticmethod
    def _nearest(folder: Path) -> Path | None:
        # an unsaved file in a folder that does not exist yet: walk up to one that does
        for d in folder.parents:
            if d.exists():
                return find_config(d)
        return None

    def project_for(self, path: str | Path | None) -> Project:
        cfg_path = self.config_path_for(path)
        if cfg_path is not None:
            key, root = str(cfg_path), Path(os.path.abspath(cfg_path)).parent
        else:
            root = self._folder_of(path)
            key = f"<defaults:{root}>"
        with self.lock:
            proj = self.projects.get(key)
            if proj is None:
                proj = self.projects[key] = Project(key, cfg_path, root)
            return proj

    def _folder_of(self, path: str | Path | None) -> Path:
        if path is None:
            return self.default_root()
        p = Path(os.path.abspath(path))
        for f in self.folders:
            if p == f or f in p.parents:
                return f
        if not self.folders:
            return self.cwd  # the CLI: defaults are rooted where it runs
        return p if p.is_dir() else p.parent

    def config_for(self, path: str | Path | None) -> Config:
        """The configuration governing ``path``, as the door uses it (loaded once).
        Raises ConfigError; with ``keep_last_good`` returns the last good one (or the
        defaults) and reports the error instead."""
        return self._config_of(self.project_for(path))

    def engine_for(self, path: str | Path | None, selection: Selection = ALL) -> Engine:
        """The engine for a file and a selection (built on first use)."""
        proj = self.project_for(path)
        engine = proj.engines.get(selection)
        if engine is None:
            cfg = self._config_of(proj)
            try:
                engine = Engine(cfg, selection=selection, house=self._house_of(proj, cfg))
            except Exception as e:
                if not self.keep_last_good:
                    raise
                self._failed(proj, e)
                engine = Engine(Config(root=proj.root), selection=selection)
            with self.lock:
                engine = proj.engines.setdefault(selection, engine)
        return engine

    def configs(self) -> list[Config]:
        """The configurations loaded so far, in the order they were first needed."""
        with self.lock:
            return [p.config for p in self.projects.values() if p.config is not None]

    def engines(self) -> list[Engine]:
        with self.lock:
            return [e for p in self.projects.values() for e in p.engines.values()]

    # ------------------------------------------------------------------ building
    def _load(self, proj: Project) -> Config:
        cfg = load_config(proj.config_path, root=proj.root)
        return self.overlay(cfg) if self.overlay is not None else cfg

    def _config_of(self, proj: Project) -> Config:
        cfg = proj.config
        if cfg is None:
            try:
                cfg = self._load(proj)
            except Exception as e:
                if not self.keep_last_good:
                    raise
                self._failed(proj, e)
                cfg = Config(root=proj.root)
            else:
                self._record_stamps(proj, cfg)
            with self.lock:
                if proj.config is None:
                    proj.config = cfg
                cfg = proj.config
        return cfg

    def _failed(self, proj: Project, error: Exception) -> None:
        """Report a load error once (keep-last-good mode); keep watching what broke."""
        if isinstance(error, SuntingError):
            message = str(error)
            keep = t("lsp.config_kept", lang=self.lang) if proj.engines else t("lsp.config_builtin", lang=self.lang)
            report = f"sunting: {message} ({keep})"
        else:
            message = f"{type(error).__name__}: {error}"
            report = t("lsp.cannot_load", lang=self.lang, key=proj.key, error=message)
        if message != proj.error:
            proj.error = message
            self.report(report)
        self._record_stamps(proj, None, broken=True)

    def _house_of(self, proj: Project, cfg: Config) -> HouseLexicon | None:
        """The house lexicon for ``cfg`` (none without a configuration file), read again
        only when its file changed. With ``keep_last_good`` a file that cannot be read is
        reported once and the last good lexicon is kept; otherwise HouseLexiconError."""
        from sunting.lexicon.learn import HouseLexiconError, load_house_lexicon

        if cfg.path is None:
            return None
        path = _house_lexicon_path(cfg.root)
        stamp = (path, _stamp(path))
        with self.lock:
            if proj.house_stamp == stamp:
                return proj.house
        try:
            house = load_house_lexicon(cfg.root)
        except HouseLexiconError as e:
            if not self.keep_last_good:
                raise
            message = str(e)
            if message != proj.house_error:
                keep = t("lsp.lexicon_kept", lang=self.lang) if proj.house is not None else t("lsp.lexicon_none", lang=self.lang)
                self.report(f"sunting: {message} ({keep})")
            with self.lock:
                proj.house_error, proj.house_stamp = message, stamp
                return proj.house
        with self.lock:
            proj.house, proj.house_stamp, proj.house_error = house, stamp, None
        return house

    def _record_stamps(self, proj: Project, cfg: Config | None, broken: bool = False) -> None:
        files: list[Path] = []
        if proj.config_path is not None:
            files.append(proj.config_path)
        if cfg is not None:
            proj.pack_dirs = list(cfg.paths)
            files += list(cfg.own_files)
            if cfg.path is not None:
                files.append(_house_lexicon_path(cfg.root))  # watched also while it does not exist
            for d in cfg.paths:
                files += sorted(d.glob("*/*.yml")) + sorted(d.glob("*/*.yaml"))
        stamps = {str(p): _stamp(p) for p in files}
        if broken:
            stamps = {**proj.stamps, **stamps}
        proj.stamps = stamps

    def _rebuild(self, proj: Project) -> None:
        """Load a project again; all its engines are swapped at once, or none (an error
        keeps the last good configuration and engines in keep-last-good mode)."""
        try:
            cfg = self._load(proj)
            house = self._house_of(proj, cfg)
            engines = {sel: Engine(cfg, selection=sel, house=house) for sel in (list(proj.engines) or [ALL])}
        except Exception as e:
            if not self.keep_last_good:
                raise
            self._failed(proj, e)
            return
        with self.lock:
            proj.config = cfg
            proj.engines = engines
            proj.error = None
        self._record_stamps(proj, cfg)

    def reload_all(self) -> None:
        """Forget config lookups and rebuild every engine (keeping the last good ones)."""
        with self.lock:
            self._config_of_dir.clear()
            projects = list(self.projects.values())
        for proj in projects:
            # the config that applies to a folder may have moved (a new sunting.yaml)
            still = self.project_for(str(proj.root / "x")) if proj.config_path is None else proj
            if still is not proj or (proj.config_path is not None and not proj.config_path.exists()):
                with self.lock:
                    self.projects.pop(proj.key, None)
                continue
            self._rebuild(proj)
        with self.lock:
            self.generation += 1

    def is_relevant(self, path: str) -> bool:
        """Does a changed file affect any configuration?"""
        p = Path(path)
        if p.name in CONFIG_NAMES or p.name == "pyproject.toml":
            return True
        if p == _house_lexicon_path(p.parent.parent):  # .sunting/lexicon.tsv, however the path is spelt
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

    def stale(self) -> bool:
        """Has a file a loaded configuration was built from changed (or appeared, or gone)
        since it was read? (A door that polls instead of being told of changes asks this.)"""
        with self.lock:
            projects = list(self.projects.values())
        return any(_stamp(Path(path)) != stamp for proj in projects for path, stamp in proj.stamps.items())

    def watched_paths(self) -> set[str]:
        with self.lock:
            return {p for proj in self.projects.values() for p in proj.stamps}

    # ------------------------------------------------------------------ discovery
    def discover(self, paths: Iterable[str], force_exclude: bool = False, explain: bool = False) -> Discovery:
        """The files to check for ``paths`` (see :func:`sunting.discovery.discover`), each
        folder judged by the configuration that governs it."""
        return discover(paths, self.config_for, self._git, force_exclude=force_exclude, explain=explain)

    # ------------------------------------------------------------------ vocabulary
    def add_to_vocabulary(self, word: str, path: str | None) -> Path:
        """Append ``word`` to the project's accept list; create it and reference it if needed."""
        word = word.strip()
        if not word or "\n" in word:
            raise ValueError(t("lsp.add_word.one", lang=self.lang))
        proj = self.project_for(path)
        cfg_path = proj.config_path
        # a broken config raises here (ConfigError naming file:line:col): never edit it blindly
        accept_files = load_config(cfg_path).accept_files if cfg_path is not None else ()
        if accept_files:
            target = accept_files[0]
        else:
            root = cfg_path.parent if cfg_path is not None else proj.root
            if cfg_path is not None and cfg_path.name == "pyproject.toml":
                raise SuntingError(t("lsp.add_word.pyproject", lang=self.lang), str(cfg_path))
            target = root / DEFAULT_ACCEPT
            reference_accept(cfg_path or (root / "sunting.yaml"), DEFAULT_ACCEPT)
        entry = re.escape(word) if _REGEX_CHARS.search(word) else word
        _append_line(target, entry)
        return target


# ====================================================================== helpers
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


def reference_accept(cfg_path: Path, rel: str) -> None:
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
