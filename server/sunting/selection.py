"""Which rules a run keeps (``--select`` / ``--ignore``), and how a name a user typed
becomes a rule id or pack name.

One rule for names everywhere (``--select``, ``--ignore``, ``rules --explain``, ``packs:``
and ``rules:`` in the config): the exact spelling wins; otherwise a name that matches
exactly one known id regardless of case is that id (``eyd.bakuforms`` → ``EYD.BakuForms``);
anything else is unknown, and the closest known id is offered.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sunting.errors import SuntingError
from sunting.i18n import t


class UsageError(SuntingError):
    """A command-line value that names nothing (exit status 2, like a config error)."""


@dataclass(frozen=True)
class Selection:
    """The rules of a run: a rule is kept when ``select`` is empty or names it (or its pack),
    and ``ignore`` does not. Names are canonical ids (see :func:`resolve_names`)."""

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()

    def keeps(self, rule_id: str) -> bool:
        if self.select and not names_rule(self.select, rule_id):
            return False
        return not (self.ignore and names_rule(self.ignore, rule_id))

    def __bool__(self) -> bool:
        return bool(self.select or self.ignore)


ALL = Selection()


def names_rule(names: Collection[str], rule_id: str) -> bool:
    """Does a set of names (rule ids and pack names) name ``rule_id``?"""
    return rule_id in names or rule_id.split(".", 1)[0] in names


def resolve(name: str, known: Iterable[str]) -> str | None:
    """The known id ``name`` means: itself, else the one known id equal to it ignoring case."""
    known = known if isinstance(known, (set, frozenset, dict)) else set(known)
    if name in known:
        return name
    low = name.casefold()
    hits = [k for k in known if k.casefold() == low]
    return hits[0] if len(hits) == 1 else None


def closest(name: str, known: Iterable[str]) -> str | None:
    """The known id most like ``name``: a typo in the rule (``EYD.BakuFrms``), the rule under
    the wrong pack or without one (``BakuForms``), a typo in a pack name (``Newsrom``)."""
    by_fold: dict[str, str] = {}
    for k in known:
        by_fold.setdefault(k.casefold(), k)
    fold = name.casefold()
    pack, dot, rule = fold.partition(".")
    tail = rule if dot else fold
    # the same rule name under another pack, or with no pack at all
    tails = [k for f, k in by_fold.items() if "." in f and f.split(".", 1)[1] == tail]
    if len(tails) == 1:
        return tails[0]
    rules = {f.split(".", 1)[1]: k for f, k in by_fold.items() if f.startswith(pack + ".")} if dot and rule else {}
    if rules:
        # a known pack: only its rules, compared by rule name (not by the shared prefix)
        hit = difflib.get_close_matches(rule, list(rules), n=1, cutoff=0.6)
        return rules[hit[0]] if hit else None
    hit = difflib.get_close_matches(fold, list(by_fold), n=1, cutoff=0.6)
    return by_fold[hit[0]] if hit else None


def unknown_message(name: str, known: Iterable[str], what: str = "rule_or_pack") -> str:
    """``tidak ada aturan atau paket ‘X’; maksud Anda ‘Y’?`` (``what``: ``rule_or_pack``,
    ``rule`` or ``pack``), in the interface language."""
    near = closest(name, list(known))
    hint = t("names.did_you_mean", near=near) if near else t("names.list_them")
    return t(f"names.unknown.{what}", name=name) + hint


def resolve_names(
    names: Iterable[str], known: Collection[str], option: str, open_packs: Collection[str] = ()
) -> frozenset[str]:
    """Canonical ids for names given to ``option`` (``--select``); UsageError for any that
    names nothing. ``open_packs`` are packs whose rule ids are not known in advance
    (LanguageTool's): any ``Pack.Anything`` under them is accepted as written."""
    out = set()
    for name in names:
        found = resolve(name, known)
        if found is None:
            pack, dot, rest = name.partition(".")
            open_pack = resolve(pack, open_packs)
            if open_pack is not None and dot and rest:
                found = f"{open_pack}.{rest}"
        if found is None:
            raise UsageError(f"{option}: {unknown_message(name, known)}")
        out.add(found)
    return frozenset(out)
