"""Mojibake: UTF-8 text decoded a second time as Windows-1252 (``â€”`` for ``—``, ``Ã©`` for
``é``, ``â€œ`` for ``“``).

Copy pasted through a CMS or a scraper often arrives so damaged. Each UTF-8 lead byte turns
into a Latin letter (``Â``–``ô``) followed by one to three continuation bytes shown as
Windows-1252 punctuation or Latin-1 symbols (``€``, ``”``, ``©``, ``°``); a word of Latin
letters can never hold that pair by itself. :func:`damage_runs` finds the runs of such
damage, widened to whole words, and repairs each with ftfy (the well-kept library for exactly
this); damage ftfy cannot undo (``â¢`` where the scraper also dropped the ``€`` of a bullet,
``ð¥`` of an emoji) is still a run, with no repair or with the repair a dropped ``€`` gives.

Checks use the runs three ways: one finding per run with the repair as its fix
(``Typography.Mojibake``), no spelling or acronym finding on the fragments (``Ã``, ``rale``),
and a paragraph that opens with a damaged bullet is a list item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Windows-1252 renderings of the bytes 0x80–0xBF (UTF-8 continuation bytes)
_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
#: a UTF-8 lead byte rendered as a Latin-1 letter, then at least one continuation byte
_DAMAGE = re.compile(rf"[\u00c2-\u00f4][{_CONT}]+")
#: a lead byte of a three-byte sequence left alone by a scraper (``â Social Bond``)
_LONE_LEAD = re.compile(r"(?<![^\W\d_])[\u00e2\u00f0](?=[ \t\u00a0])")
_WORD_CHAR = re.compile(r"[^\s\"“”‘’'(),;:!?]")
_BULLETS = "•·▪►‣◦–—-*"
_TYPICAL_LEADS = "ÂÃÄÅâð"
#: bytes Windows-1252 leaves undefined, which a scraper drops: a lone ``â€`` lost its 0x9D (”)
_DROPPED = "\x9d\x81\x8d\x8f\x90"


@dataclass(frozen=True)
class Damage:
    start: int  # offsets into the text given to damage_runs
    end: int
    repair: str | None  # the repaired text of text[start:end], or None when it cannot be undone


def _quick_test(text: str) -> bool:
    return any(ch in text for ch in "ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóô")


@lru_cache(maxsize=4096)
def damage_runs(text: str) -> tuple[Damage, ...]:
    """The runs of mojibake in ``text``, each widened to the words it damages, in order."""
    if not _quick_test(text):
        return ()
    spans: list[list[int]] = []
    for m in list(_DAMAGE.finditer(text)) + list(_LONE_LEAD.finditer(text)):
        a, b = m.start(), m.end()
        if m.re is _DAMAGE and not _plausible(m.group()):
            continue
        while a > 0 and _WORD_CHAR.match(text[a - 1]):
            a -= 1
        while b < len(text) and _WORD_CHAR.match(text[b]):
            b += 1
        spans.append([a, b])
    if not spans:
        return ()
    spans.sort()
    merged = [spans[0]]
    for a, b in spans[1:]:
        last = merged[-1]
        gap = text[last[1]:a]
        if a <= last[1] or (len(gap) <= 2 and not gap.strip()):
            last[1] = max(last[1], b)  # volontÃ© GÃ©nÃ©rale: one run of damage
        else:
            merged.append([a, b])
    return tuple(Damage(a, b, _repair(text[a:b])) for a, b in merged)


def _plausible(seq: str) -> bool:
    """A lead letter and continuation bytes that could come from one UTF-8 character: Â/Ã/Ä…
    (two bytes) take one continuation, â/ã… (three bytes) take two, ð (four) three — one fewer
    when a scraper dropped an undefined byte (0x81, 0x8D, 0x8F, 0x90, 0x9D) or the ``€``."""
    lead = ord(seq[0])
    need = 1 if lead <= 0xDF else 2 if lead <= 0xEF else 3
    if len(seq) - 1 >= need or len(seq) - 1 == need - 1 and seq[0] in _TYPICAL_LEADS:
        return True
    # fewer bytes than a whole character: only after the leads mojibake is made of (ð¥ of an
    # emoji whose 0x9F was lost), never after an ordinary accented letter (café»)
    return seq[0] in _TYPICAL_LEADS


def _repair(damaged: str) -> str | None:
    import ftfy

    for candidate in _candidates(damaged):
        fixed = _visible(ftfy.fix_encoding(candidate))
        if fixed != candidate and fixed != damaged and not _DAMAGE.search(fixed) and not _odd(fixed):
            return fixed
    return None


def _candidates(damaged: str):
    """The damaged text, then the same with a byte a scraper drops put back: an undefined byte
    (``â€`` for ``”``, E2 80 9D) or the ``€`` (0x80) of ``â€¢``."""
    yield damaged
    if damaged.endswith("â€"):
        for byte in _DROPPED:
            yield damaged + byte
    if "â" in damaged:
        yield re.sub(r"â(?!€)", "â€", damaged)


def _visible(text: str) -> str:
    """Without invisible format characters (a word joiner decoded from ``â\x81\xa0``)."""
    import unicodedata

    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _odd(text: str) -> bool:
    """A repair no writer meant: braille, private-use characters, or a lead letter left."""
    return any(0x2800 <= ord(ch) <= 0x28FF or 0xE000 <= ord(ch) <= 0xF8FF for ch in text) or "â" in text


def opens_with_bullet(text: str) -> bool:
    """A paragraph that starts with a bullet, whole or damaged (``â€¢``, ``â¢``, ``â``)."""
    stripped = text.lstrip(" \t\u00a0\0")
    if stripped and stripped[0] in _BULLETS:
        return True
    runs = damage_runs(text)
    if runs and text[:runs[0].start].strip(" \t\u00a0\0") == "":
        first = runs[0]
        repair = first.repair or ""
        return bool(repair) and repair[0] in _BULLETS or first.end - first.start <= 3
    return False
