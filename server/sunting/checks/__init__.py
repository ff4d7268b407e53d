"""Rule types: one module per type. ``CHECK_TYPES`` maps a rule file's ``type`` to its class."""

from __future__ import annotations

import importlib

from sunting.checks.base import Check

#: type name → "module:Class"; imported on first use so start-up stays fast.
_TYPES = {
    "substitution": "sunting.checks.substitution:Substitution",
    "existence": "sunting.checks.existence:Existence",
    "repetition": "sunting.checks.repetition:Repetition",
    "consistency": "sunting.checks.consistency:Consistency",
    "punctuation": "sunting.checks.punctuation:Punctuation",
    "capitalization": "sunting.checks.capitalization:Capitalization",
    "pattern": "sunting.checks.pattern:Pattern",
    "spelling": "sunting.checks.spelling:Spelling",
    "acronyms": "sunting.checks.acronyms:Acronyms",
    "sequence": "sunting.checks.sequence:Sequence",
    "mojibake": "sunting.checks.mojibake:Mojibake",
}


class _Registry(dict):
    """A dict of type name → Check class that imports each module when first asked."""

    def __missing__(self, key):
        target = _TYPES[key]
        module, _, cls = target.partition(":")
        value = getattr(importlib.import_module(module), cls)
        self[key] = value
        return value

    def _available(self):
        out = []
        for name, target in _TYPES.items():
            module = target.partition(":")[0]
            if importlib.util.find_spec(module) is not None:
                out.append(name)
        return out

    def __iter__(self):
        return iter(self._available())

    def __contains__(self, key):
        return key in self._available()

    def items(self):
        return [(k, self[k]) for k in self._available()]

    def __len__(self):
        return len(self._available())


import importlib.util  # noqa: E402

CHECK_TYPES: dict[str, type[Check]] = _Registry()


def describe_rule(rule) -> str:
    """A one-line rendering of a rule's pattern, for the rule types that have one
    (``sequence``): shown by ``rules --explain`` and on hover. Empty for the others."""
    if rule.type not in _TYPES:
        return ""
    describe = getattr(CHECK_TYPES[rule.type], "describe", None)
    return describe(rule) if describe else ""


__all__ = ["Check", "CHECK_TYPES", "describe_rule"]
