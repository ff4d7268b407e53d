"""A cheap guess of a document's language: Indonesian or English, by function words.

Good enough to keep Indonesian copy away from LanguageTool (which does not know
Indonesian) and to send English copy; anything else is left undecided.
"""

from __future__ import annotations

import re

ID_WORDS = frozenset(
    """yang dan di ke dari ini itu dengan untuk tidak akan pada dalam adalah juga sudah oleh
    karena bahwa ada atau saat telah bisa mereka kami kita lebih para sebagai seperti tersebut
    namun hingga agar belum sangat secara setelah kepada tetapi tapi jika bagi masih harus dapat
    kata ia dia saya pun lalu serta antara sejak ujar menurut yakni tak""".split()
)
EN_WORDS = frozenset(
    """the and of to is are was were in that for with on by it as at be this from has have had
    not an or which will would said its their they he she but been who also than after about
    more into there these those what when where while should could can our we you his her""".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str, min_hits: int = 2) -> str | None:
    """``"id"``, ``"en"`` or None (too few function words, or no clear majority)."""
    en = ind = 0
    for m in _WORD.finditer(text):
        w = m.group().lower()
        if w in ID_WORDS:
            ind += 1
        elif w in EN_WORDS:
            en += 1
    if en + ind < min_hits:
        return None
    if en >= 2 * ind:
        return "en"
    if ind >= 2 * en:
        return "id"
    return None
