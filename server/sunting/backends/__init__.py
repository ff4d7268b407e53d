"""Optional backends: slower, external checkers that plug into the engine as one more check.

A backend has ``pack`` (the rule-id prefix of its findings), ``use_vocabulary(accept)`` and
``check(doc) -> list[Finding]`` (never raises; problems the user should hear about go to
:mod:`sunting.backends.notices`, shown once by the door).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sunting.config import Config

#: packs whose rule ids the backends define themselves (``LanguageTool.<RULE_ID>``): a
#: config's ``rules:`` or ``--select`` may name any id under them; the loader asks here.
OPEN_PACKS: frozenset[str] = frozenset({"LanguageTool"})


def owns(rule_id: str) -> bool:
    """Is ``rule_id`` (or pack name) one of a backend's?"""
    return rule_id.split(".", 1)[0] in OPEN_PACKS


def load_backends(config: "Config") -> list:
    """The backends this configuration turns on (none by default). Raises ConfigError."""
    if not config.languagetool:
        return []
    from sunting.backends.languagetool import LanguageToolBackend

    backend = LanguageToolBackend.from_config(config)
    return [backend] if backend is not None else []


def prepare_backends(config: "Config") -> None:
    """Once in the CLI's main process, before worker processes start (see languagetool.prepare)."""
    if not config.languagetool:
        return
    from sunting.backends.languagetool import prepare

    prepare(config)
