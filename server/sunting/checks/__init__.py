"""Rule types: one module per type.

The registry is derived from the check classes themselves: every module of this package
is imported once, on first use, and every :class:`Check` subclass with a ``type_name`` is
the rule type of that name. Adding a rule type is adding a module; no table to keep.
(The built-in packs use every type, so importing them all costs an ordinary check
nothing it would not pay anyway.)
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Mapping
from types import MappingProxyType

from sunting.checks.base import ALL_PHASES, Check, Phase


@functools.cache
def check_types() -> Mapping[str, type[Check]]:
    """``type:`` name → Check class, for every rule type of this package (read-only)."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}")
    found: dict[str, type[Check]] = {}
    stack = list(Check.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        name = cls.__dict__.get("type_name")  # declared by the class itself, not inherited
        if not name or not cls.__module__.startswith(__name__ + "."):
            continue
        other = found.get(name)
        if other is not None and other is not cls:
            raise TypeError(f"rule type {name!r} is declared twice: {other.__qualname__} and {cls.__qualname__}")
        found[name] = cls
    return MappingProxyType(dict(sorted(found.items())))


def describe_rule(rule) -> str:
    """A one-line rendering of a rule's pattern, for the rule types that have one
    (``sequence``): shown by ``rules --explain`` and on hover. Empty for the others."""
    cls = check_types().get(rule.type)
    describe = getattr(cls, "describe", None) if cls is not None else None
    return describe(rule) if describe else ""


__all__ = ["ALL_PHASES", "Check", "Phase", "check_types", "describe_rule"]
