"""Configuration for the language server: ``sunting.yaml`` of the workspace folder(s),
client settings on top, one engine per configuration, reloads when files change, and the
project's accept list.

Client settings (``initializationOptions.settings.sunting``, ``workspace/didChangeConfiguration``
under the key ``sunting``, or ``workspace/configuration`` section ``sunting``):

``packs``
    the packs to enable, exactly (built-in and project packs alike; a name that is no pack
    is left out with a warning); ``null`` keeps what ``sunting.yaml`` says.
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
and the last engine that loaded keeps checking; with none, the built-in rules do. The
project logic itself (config per folder, engines, discovery, the vocabulary file) is
:mod:`sunting.project`, shared with the CLI.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from sunting import project
from sunting.config import Config
from sunting.findings import Severity
from sunting.i18n import normalise
from sunting.project import reference_accept as _reference_accept

__all__ = ["DEFAULT_LANGUAGES", "Projects", "Settings", "_reference_accept"]

log = logging.getLogger("sunting.lsp")

DEFAULT_LANGUAGES = ("markdown", "plaintext", "html")


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
        """The configuration with these settings laid over it (a new Config)."""
        changes: dict = {}
        if self.packs is not None:
            changes.update(packs={p: True for p in self.packs}, packs_mode="only")
        if self.min_level is not None and self.min_level > cfg.min_level:
            changes["min_level"] = self.min_level
        if self.languagetool:
            changes["languagetool"] = {**cfg.languagetool, **self.languagetool}
        return replace(cfg, **changes) if changes else cfg


class Projects(project.Projects):
    """The editor's projects: the workspace folders, the client's settings laid over every
    configuration, and the last good engine kept when a file breaks (reported once)."""

    def __init__(self, report: Callable[[str], None]):
        self.settings = Settings()
        super().__init__(overlay=self._apply_settings, keep_last_good=True, report=report)

    def _apply_settings(self, cfg: Config) -> Config:
        return self.settings.apply(cfg)

    @property
    def lang(self) -> str | None:
        """The interface language of the session's messages: the client's choice."""
        return self.settings.interface_language


