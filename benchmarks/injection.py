"""Injection benchmark for spelling: slips put into real articles, found or not, corrected or not.

    .venv/bin/python benchmarks/injection.py                 # figures on the test part
    .venv/bin/python benchmarks/injection.py --tune          # the tune part, with misses
    .venv/bin/python benchmarks/injection.py --learnt        # also with a house lexicon learnt from the learn part

The held-out articles of ``benchmarks/heldout.txt`` are never read.  The other articles of
``../shared/corpus/id-news`` are split by article (seeded, reproducible) into three parts that
never share an article: a *learn* part (what ``sunting learn`` may read: half), a *tune* part
(a quarter: tune on it, read its misses, choose confusion pairs on it) and a *test* part (a
quarter: the figures to report; no misses are printed for it).  Into copies of each article of
the part the script injects slips of one kind at a time (at most one per paragraph, never in
headings):

``lower1``    a lower-case word, one slip (neighbouring key, dropped or doubled letter, swap)
``lower2``    a lower-case word of 6+ letters, two slips
``swap``      a lower-case word, two neighbouring letters swapped
``cap``       a capitalised common word mid-sentence (``Kabupaten``, ``Presiden``)
``name``      a name used at least twice elsewhere in the article (4+ letters)
``place``     a place name of the gazetteer
``short``     an all-capital short form (3+ letters) used elsewhere in the article
``realword``  a word replaced by a listed word one slip away (``tidak`` → ``tindak``)
``confusion`` a word of a seed confusion pair replaced by the other (``sempat`` → ``sepat``)

With ``--learnt`` the engine runs with the learnt house lexicon, so ``EYD.RealWord`` (the
built-in ``realword`` rule, its pairs as shipped) judges real-word slips on its context counts;
``--all-pairs`` switches every seed pair of ``sunting.lexicon.confusion`` on instead, and the
script prints each pair's precision (its findings on the slips against those on the clean copy):
pairs are chosen on the tune part (found, never flagged on clean copy) and the shipped set is
measured on the test part.  A slip of the first seven kinds must make a string no list knows (otherwise it is a real-word slip).
Each copy is checked by the real engine with the default packs; a slip is *found* when a warning or
error covers its range, and *corrected* when that finding's first suggestion is the original word;
the last column counts findings at info too (a slip inside a quotation is info: the speaker's word).
The clean test articles give the warning density (warnings and errors per 1,000 words, all rules
and spelling alone) and the rate of ``unknown`` hints.  With ``--tune`` the tune part is used and
misses are printed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

from sunting.config import Config  # noqa: E402
from sunting.engine import Engine  # noqa: E402
from sunting.findings import Severity  # noqa: E402
from sunting.lexicon import get_lexicon  # noqa: E402
from sunting.lexicon.evaluation import make_typo  # noqa: E402
from sunting.text import Document  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "id-news"
HELDOUT = ROOT / "benchmarks" / "heldout.txt"
KINDS = ("lower1", "lower2", "swap", "cap", "name", "place", "short", "realword", "confusion")
SPELLING_RULES = ("EYD.Spelling", "EYD.SpellingDoubtful", "EYD.CapitalizedSpelling", "EYD.NameSpelling")
REALWORD_RULES = ("EYD.RealWord", "Bench.RealWord")
_WORD = re.compile(r"(?<![\w@#/.-])[^\W\d_]+(?![\w@/-]|\.\w)")


def heldout_names() -> set[str]:
    return {ln.strip() for ln in HELDOUT.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}


def split(files: list[Path], seed: int, tune_share: float = 0.25, test_share: float = 0.25
          ) -> tuple[list[Path], list[Path], list[Path]]:
    """(learn, tune, test): seeded shares of the articles that are not held out (held-out
    articles are in none of them); test articles that repeat a learn or tune article byte for
    byte are left out."""
    held = heldout_names()
    others = sorted(f.name for f in files if f.name not in held)
    rng = random.Random(seed)
    rng.shuffle(others)
    n_test, n_tune = int(len(others) * test_share), int(len(others) * tune_share)
    test, tune = set(others[:n_test]), set(others[n_test:n_test + n_tune])
    parts: tuple[list[Path], list[Path], list[Path]] = ([], [], [])
    for f in files:
        if f.name in held:
            continue
        parts[1 if f.name in tune else 2 if f.name in test else 0].append(f)
    # the scrape holds some stories twice, byte for byte: a test article whose twin is in the learn
    # or tune part is not unseen (the house lexicon would have learnt its very words), so it is left out
    seen = {hashlib.sha256(f.read_bytes()).digest() for f in parts[0] + parts[1]}
    return parts[0], parts[1], [f for f in parts[2] if hashlib.sha256(f.read_bytes()).digest() not in seen]


def swap_typo(word: str, rng: random.Random) -> str | None:
    spots = [i for i in range(len(word) - 1) if word[i] != word[i + 1]]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def slip(word: str, kind: str, rng: random.Random) -> str | None:
    """A slip of ``word`` (case kept: the slip is made on the lower-case letters)."""
    low = word.lower()
    for _ in range(20):
        if kind == "swap":
            t = swap_typo(low, rng)
        elif kind == "lower2":
            t = make_typo(low, rng)
            t = make_typo(t, rng) if t else None
        else:
            t = make_typo(low, rng)
        if not t or t == low or not t.isalpha() or len(t) < 2:
            continue
        if word.isupper():
            return t.upper()
        if word[:1].isupper():
            return t[:1].upper() + t[1:]
        return t
    return None


class Injector:
    def __init__(self, lex):
        self.lex = lex

    def known(self, token: str) -> bool:
        lex = self.lex
        low = token.lower()
        return (lex.is_known(token) or lex.is_known(low) or lex.is_gazetteer_name(low)
                or low in lex.abbreviations or low in lex.glossary_lower)

    def candidates(self, text: str, kind: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of the words of ``text`` a slip of ``kind`` may go into."""
        lex = self.lex
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        caps = Counter(w for _, _, w in words if w[:1].isupper())
        out = []
        for i, (a, b, w) in enumerate(words):
            prev = text[max(0, a - 2):a]
            initial = i == 0 or bool(re.search(r"[.!?:\"“”(]\s*$", text[max(0, a - 3):a]))
            low = w.lower()
            if kind == "confusion":
                from sunting.lexicon.confusion import pairs_of

                ok = w.islower() and bool(pairs_of(low))
            elif kind in ("lower1", "swap", "realword"):
                ok = w.islower() and len(w) >= 4 and lex.listed(w)
            elif kind == "lower2":
                ok = w.islower() and len(w) >= 6 and lex.listed(w)
            elif kind == "cap":
                ok = (not initial and len(w) >= 4 and w[0].isupper() and w[1:].islower() and lex.listed(low)
                      and not lex.is_gazetteer_name(low) and low in lex.title_words)
            elif kind == "name":
                ok = (len(w) >= 4 and w[0].isupper() and w[1:].islower() and caps[w] >= 3
                      and not lex.hunspell.spell(low) and low not in lex.title_words)
            elif kind == "place":
                ok = len(w) >= 4 and w[0].isupper() and w[1:].islower() and low in lex.places
            elif kind == "short":
                ok = len(w) >= 3 and w.isupper() and caps[w] >= 2
            else:
                ok = False
            if ok and "-" not in prev:
                out.append((a, b, w))
        return out

    def make(self, text: str, kind: str, rng: random.Random, per_article: int):
        """The text with slips of ``kind`` injected, and [(start, end, slip, original)]."""
        paras = [m for m in re.finditer(r"[^\n]+", text) if not m.group().lstrip().startswith("#")]
        rng.shuffle(paras)
        chosen = []
        for p in paras:
            if len(chosen) >= per_article:
                break
            cands = self.candidates(p.group(), kind)
            rng.shuffle(cands)
            for a, b, w in cands:
                if kind == "confusion":
                    from sunting.lexicon.confusion import pairs_of

                    t = rng.choice(sorted(pairs_of(w)))
                elif kind == "realword":
                    t = self.real_word_slip(w, rng)
                else:
                    t = slip(w, kind, rng)
                    if t and self.known(t):
                        t = None
                if t:
                    chosen.append((p.start() + a, p.start() + b, t, w))
                    break
        chosen.sort()
        out, last, spans, shift = [], 0, [], 0
        for a, b, t, w in chosen:
            out.append(text[last:a])
            out.append(t)
            spans.append((a + shift, a + shift + len(t), t, w))
            shift += len(t) - (b - a)
            last = b
        out.append(text[last:])
        return "".join(out), spans

    def real_word_slip(self, word: str, rng: random.Random) -> str | None:
        from sunting.lexicon.edits import edits1

        lex = self.lex
        near = sorted(e for e in edits1(word) if len(e) >= 3 and lex.listed(e) and lex.freq[e] >= 5_000
                      and e not in lex.english)
        return rng.choice(near) if near else None


def words_of(text: str) -> int:
    return len(text.split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--tune-share", type=float, default=0.25, help="share of the articles in the tune part")
    ap.add_argument("--test-share", type=float, default=0.25, help="share of the articles in the test part")
    ap.add_argument("--per-article", type=int, default=3, help="slips of one kind per article")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--tune", action="store_true", help="the tune part instead of the test part; print misses")
    ap.add_argument("--misses", type=int, default=25)
    ap.add_argument("--learnt", action="store_true", help="also measure with a lexicon learnt from the learn part")
    ap.add_argument("--all-pairs", action="store_true",
                    help="with --learnt: every seed confusion pair on (to choose pairs on the tune part)")
    args = ap.parse_args()

    files = sorted(args.corpus.glob("*.md"))
    learn, tune, test = split(files, args.seed, args.tune_share, args.test_share)
    n_held = sum(f.name in heldout_names() for f in files)
    print(f"articles: {len(files)} ({n_held} held out, never read; "
          f"{len(files) - n_held - len(learn) - len(tune) - len(test)} test twins of learn/tune articles left out); "
          f"learn part {len(learn)}, tune part {len(tune)}, test part {len(test)}; "
          f"measured on the {'tune' if args.tune else 'test'} part")
    if args.tune:
        test = tune
    lex = get_lexicon()
    configs = [("without learnt lexicon", Config())]
    if args.learnt:
        cfg = learnt_config(learn)
        if cfg is not None:
            configs.append(("with learnt lexicon", cfg))
    kinds = [k for k in args.kinds.split(",") if k]
    texts = {f.name: f.read_text(encoding="utf-8") for f in test}
    for label, cfg in configs:
        engine = Engine(cfg, rules=with_realword(cfg)) if cfg.path and args.all_pairs else Engine(cfg)
        t0 = time.process_time()
        run(engine, lex, texts, kinds, args, label)
        print(f"  ({time.process_time() - t0:.0f} s CPU)")


def with_realword(cfg):
    """The default rules plus the ``realword`` rule with every seed pair (for measuring)."""
    from sunting.loader import load_rules
    from sunting.lexicon.confusion import SEED_PAIRS
    from sunting.loader import parse_rule

    pairs = ", ".join(f'"{a}/{b}"' for a, b in SEED_PAIRS)
    rule = parse_rule(f"type: realword\nlevel: warning\nmessage: 'Maksudnya {{suggestion}}?'\npairs: [{pairs}]\n",
                      "Bench/RealWord.yml", "Bench.RealWord")
    return load_rules(cfg).rules + [rule]


def learnt_config(learn: list[Path]):
    try:
        from sunting.lexicon import learn as learner
    except ImportError:
        print("(no sunting.lexicon.learn: --learnt skipped)")
        return None
    import atexit
    import shutil
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="sunting-injection-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # the copied archive and its lexicon
    arch = tmp / "arsip"
    arch.mkdir()
    for f in learn:
        (arch / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    learner.learn_archive([arch], tmp / ".sunting")
    from sunting.config import load_config

    (tmp / "sunting.yaml").write_text("packs: [EYD, Typography, Newsroom]\n", encoding="utf-8")
    return load_config(tmp / "sunting.yaml", tmp)


def run(engine, lex, texts: dict[str, str], kinds: list[str], args, label: str) -> None:
    inj = Injector(lex)
    found: Counter = Counter()
    found_info: Counter = Counter()  # at info or above: a slip in a quotation is info (lexical)
    right: Counter = Counter()
    total: Counter = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    pair_tp: Counter = Counter()
    pair_fp: Counter = Counter()
    for kind in kinds:
        for n, (name, text) in enumerate(sorted(texts.items())):
            rng = random.Random(f"{args.seed}:{kind}:{name}")
            new, spans = inj.make(text, kind, rng, args.per_article)
            if not spans:
                continue
            every = [f for f in engine.check(Document(new, name, "markdown")) if f.severity >= Severity.INFO]
            findings = [f for f in every if f.severity >= Severity.WARNING]
            for a, b, t, w in spans:
                total[kind] += 1
                if any(f.start < b and a < f.end for f in every):
                    found_info[kind] += 1
                hit = [f for f in findings if f.start < b and a < f.end]
                if kind == "confusion" and any(f.rule in REALWORD_RULES for f in hit):
                    pair_tp[(t, w)] += 1
                if hit:
                    found[kind] += 1
                    if hit[0].suggestions and hit[0].suggestions[0] == w:
                        right[kind] += 1
                    elif args.tune:
                        misses[kind].append(f"{t}<{w}:{hit[0].suggestions[:2]}")
                elif args.tune:
                    misses[kind].append(f"{t}<{w}")
    print(f"\n{label}: slips found (warning or error on the slip) and first suggestion right")
    print(f"  {'kind':9} {'slips':>6} {'found':>7} {'first right':>12} {'right of found':>15} {'found, info+':>13}")
    for kind in kinds:
        n = total[kind] or 1
        print(f"  {kind:9} {total[kind]:6d} {found[kind] / n:7.1%} {right[kind] / n:12.1%} "
              f"{right[kind] / max(1, found[kind]):15.1%} {found_info[kind] / n:13.1%}")
    # clean copy
    words = warn_all = warn_spell = hints = 0
    fp_words: Counter = Counter()
    for name, text in texts.items():
        words += words_of(text)
        for f in engine.check(Document(text, name, "markdown")):
            if f.rule in REALWORD_RULES:
                pair_fp[(f.text.lower(), f.suggestions[0].lower() if f.suggestions else "")] += 1
            if f.severity >= Severity.WARNING:
                warn_all += 1
                if f.rule in SPELLING_RULES:
                    warn_spell += 1
                    if args.tune:
                        fp_words[f.text] += 1
            elif f.severity == Severity.HINT and f.rule == "EYD.Spelling":
                hints += 1
    per = 1000.0 / max(1, words)
    print(f"  clean test articles: {words} words; warnings+errors {warn_all * per:.2f} per 1,000 words "
          f"(spelling {warn_spell * per:.2f}); spelling hints {hints * per:.2f} per 1,000 words")
    if pair_tp or pair_fp:
        print("  confusion pairs (slip<meant): found on slips / flagged on clean copy = precision")
        for pair in sorted(set(pair_tp) | set(pair_fp)):
            tp, fp = pair_tp[pair], pair_fp[pair]
            print(f"    {pair[0]}<{pair[1]}: {tp} / {fp} = {tp / max(1, tp + fp):.2f}")
    if args.tune:
        for kind in kinds:
            print(f"  misses {kind}: " + ", ".join(misses[kind][: args.misses]))
        print("  spelling warnings on clean copy: " + ", ".join(f"{w}({c})" for w, c in fp_words.most_common(80)))


if __name__ == "__main__":
    main()
