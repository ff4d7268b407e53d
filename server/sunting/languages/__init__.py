"""The language seam: everything sunting knows about a language that is not a rule.

A :class:`Language` holds what the text model and the checks need to know about the
language of the text — the tokenizer's extra single tokens, the abbreviations that do not
end a sentence, the function words that stay lower case in a title, the connectors and
generic words of acronym long forms, the lexicon, the part-of-speech tagger, and the default
messages of the checks that report several kinds of findings. Checks read these from the
language they are given (``self.language``); none holds a language's words itself, so a
second language is a new module here and touches no check.

``language:`` in ``sunting.yaml`` names the language (``id``, the default). The classes are
in :mod:`sunting.languages.model`; a language's module builds one and :func:`register` makes
it known (Indonesian, :mod:`sunting.languages.id`, is registered here on first use, so that
module needs only the model: no import circle).
"""

from __future__ import annotations

import threading
from typing import Any

from sunting.languages.model import Calendar, ForeignWords, Language, Renamings, ShortFormWords

DEFAULT = "id"


def get_lexicon(language: "str | Language | None" = None) -> Any:
    """The lexicon of ``language`` (a code or a Language; default Indonesian), built once."""
    return get_language(language).lexicon()


def get_tagger(language: "str | Language | None" = None) -> Any:
    """The part-of-speech tagger of ``language`` (default Indonesian), built once."""
    return get_language(language).tagger()


class UnknownLanguage(LookupError):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


_registry: dict[str, Language] = {}
_registry_lock = threading.Lock()


def register(language: Language) -> Language:
    """Make ``language`` available under its code (a module registers its language on import)."""
    with _registry_lock:
        _registry[language.code] = language
    return language


def get_language(code: str | Language | None = None) -> Language:
    """The language registered under ``code`` (default: Indonesian); UnknownLanguage else."""
    if isinstance(code, Language):
        return code
    _load_builtin()
    found = _registry.get(code or DEFAULT)
    if found is None:
        raise UnknownLanguage(code or DEFAULT)
    return found


def available() -> list[str]:
    """The codes of the registered languages."""
    _load_builtin()
    return sorted(_registry)


def _load_builtin() -> None:
    if DEFAULT not in _registry:
        from sunting.languages.id import INDONESIAN

        register(INDONESIAN)


__all__ = ["DEFAULT", "Calendar", "ForeignWords", "Language", "Renamings", "ShortFormWords", "get_lexicon", "get_tagger", "UnknownLanguage", "available", "get_language", "register"]
