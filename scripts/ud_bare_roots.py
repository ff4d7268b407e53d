"""Verb roots that standard Indonesian writes with an affix: the candidates of EYD.BareRoot*.

    python scripts/ud_bare_roots.py [../shared/data/ud-indonesian]

Reads the Universal Dependencies treebanks of Indonesian (GSD, CSUI, PUD; CC BY-SA) and prints
each lemma that is tagged VERB at least five times with an affix, bare (the word is its lemma)
in at most one of ten VERB uses, bare with another tag at most a fifth as often, whose root
class in GSD's MorphInd analysis (``Morf=…<v>``) is mostly v, and whose commonest affixed form
opens with meN- (a tie counts) — with the counts (bare, affixed, bare-other) and that form. The rules'
lists are these less the roots whose meN- form is not the verb written (hubung → menghubungi),
whose suggestion would be wrong (peroleh), and those that are part of a noun compound or a
base verb or adjective by KBBI (jabat tangan, serah terima, ingat, tahan, tutup): see the rules.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path


def main(folder: str = "../shared/data/ud-indonesian") -> int:
    bare: Counter[str] = Counter()
    affixed: Counter[str] = Counter()
    other: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted(Path(folder).glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 10 or not cols[0].isdigit():
                continue
            form, lemma, upos, misc = cols[1].lower(), cols[2].lower(), cols[3], cols[9]
            for root, cls in re.findall(r"([a-z-]+)<([a-z])>", misc):
                classes[root][cls] += 1
            if upos == "VERB":
                if form == lemma:
                    bare[lemma] += 1
                else:
                    affixed[lemma] += 1
                    forms[lemma][form] += 1
            elif form == lemma:
                other[lemma] += 1
    for lemma in sorted(affixed):
        a, b, o = affixed[lemma], bare[lemma], other[lemma]
        if a < 5 or b * 10 > a + b or o * 5 > a:
            continue
        cls = classes[lemma].most_common(1)
        counts = forms[lemma]
        top = max(counts.values())
        men = max((n for f, n in counts.items() if f.startswith("me")), default=0)
        if cls and cls[0][0] == "v" and men == top:
            top_form = max((f for f in counts if f.startswith("me")), key=lambda f: counts[f])
            print(f"{lemma}\t{b}\t{a}\t{o}\t{top_form}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
