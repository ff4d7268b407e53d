"""Train sunting's Indonesian part-of-speech tagger from the UD treebanks, reproducibly.

    .venv/bin/python scripts/train_tagger.py [--ud ../shared/data/ud-indonesian] [--compare]

Data (CoNLL-U, CC BY-SA 4.0, see server/sunting/tagger/data/ATTRIBUTION.md):

* trained on  UD_Indonesian-CSUI train, UD_Indonesian-GSD dev, UD_Indonesian-PUD test;
* held out    UD_Indonesian-GSD test and UD_Indonesian-CSUI test — never trained on; the
  accuracy printed (and the floor in tests/tagger) is measured on them.

Tokens are the treebanks' surface tokens: a multi-word token (``menyetujuinya`` = menyetujui
+ nya) is one token, as sunting's tokenizer sees it, tagged with its first part's UPOS.
Features are :mod:`sunting.tagger.features` (the same code tags at run time), over sunting's
lexicon and morphology. The model is a linear-chain CRF (python-crfsuite, L-BFGS with L1+L2
regularisation; L1 keeps the model small). ``--compare`` also trains a greedy averaged
perceptron on the same features and prints both figures. The model is written to
server/sunting/tagger/data/id-ud.crfsuite with a JSON summary beside it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "server"))

from sunting.tagger import MODEL_PATH, SUMMARY_PATH, feature_extractor  # noqa: E402

TRAIN = ["id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu", "id_pud-ud-test.conllu"]
HELDOUT = ["id_gsd-ud-test.conllu", "id_csui-ud-test.conllu"]
PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 150, "feature.possible_transitions": True}


def read_conllu(path: Path) -> list[tuple[list[str], list[str]]]:
    """(surface tokens, UPOS tags) per sentence; a multi-word token takes its first part's tag."""
    sents = []
    words: list[str] = []
    tags: list[str] = []
    skip_until = 0
    pending: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sents.append((words, tags))
            words, tags, skip_until, pending = [], [], 0, None
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        ident = cols[0]
        if "." in ident:
            continue
        if "-" in ident:
            a, b = ident.split("-")
            skip_until = int(b)
            pending = cols[1]
            continue
        n = int(ident)
        if pending is not None:
            words.append(pending)
            tags.append(cols[3])
            pending = None
            continue
        if n <= skip_until:
            continue
        words.append(cols[1])
        tags.append(cols[3])
    if words:
        sents.append((words, tags))
    return sents


def train_crf(fx, sents, model_path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sents:
        trainer.append(fx.sentence_features(words), tags)
    trainer.set_params(PARAMS)
    trainer.train(str(model_path))


def evaluate(tag_fn, sents, vocab) -> dict:
    total = right = oov = oov_right = 0
    confusion: Counter = Counter()
    for words, gold in sents:
        pred = tag_fn(words)
        for w, g, p in zip(words, gold, pred):
            total += 1
            right += g == p
            if w.lower() not in vocab:
                oov += 1
                oov_right += g == p
            if g != p:
                confusion[(g, p)] += 1
    return {"tokens": total, "accuracy": right / total, "oov_tokens": oov,
            "oov_accuracy": oov_right / oov if oov else None,
            "top_confusions": [f"{g}->{p} {c}" for (g, p), c in confusion.most_common(8)]}


class Perceptron:
    """A greedy averaged perceptron (previous two tags as extra features), for comparison."""

    def __init__(self, tags):
        self.tags = sorted(tags)
        self.w: dict = defaultdict(lambda: defaultdict(float))
        self._totals: dict = defaultdict(float)
        self._stamps: dict = defaultdict(int)
        self.i = 0

    def _feats(self, feats, prev, prev2):
        return list(feats) + ["t-1=" + prev, "t-2=" + prev2 + "|" + prev]

    def predict(self, feats):
        scores: dict = defaultdict(float)
        for f in feats:
            for t, v in self.w.get(f, {}).items():
                scores[t] += v
        return max(self.tags, key=lambda t: (scores[t], t))

    def update(self, truth, guess, feats):
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            for t, d in ((truth, 1.0), (guess, -1.0)):
                key = (f, t)
                self._totals[key] += (self.i - self._stamps[key]) * self.w[f][t]
                self._stamps[key] = self.i
                self.w[f][t] += d

    def average(self):
        for f, ws in self.w.items():
            for t, v in ws.items():
                key = (f, t)
                total = self._totals[key] + (self.i - self._stamps[key]) * v
                ws[t] = total / max(self.i, 1)

    def tag(self, sent_feats):
        prev = prev2 = "BOS"
        out = []
        for feats in sent_feats:
            t = self.predict(self._feats(feats, prev, prev2))
            out.append(t)
            prev2, prev = prev, t
        return out

    def train(self, data, epochs=8, seed=1):
        rng = random.Random(seed)
        data = list(data)
        for _ in range(epochs):
            rng.shuffle(data)
            for sent_feats, tags in data:
                prev = prev2 = "BOS"
                for feats, t in zip(sent_feats, tags):
                    fs = self._feats(feats, prev, prev2)
                    self.update(t, self.predict(fs), fs)
                    prev2, prev = prev, t
        self.average()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ud", default=str(REPO.parent / "shared" / "data" / "ud-indonesian"))
    ap.add_argument("--compare", action="store_true", help="also train and measure an averaged perceptron")
    ap.add_argument("--out", default=str(MODEL_PATH))
    args = ap.parse_args()
    ud = Path(args.ud)
    train = [s for name in TRAIN for s in read_conllu(ud / name)]
    held = {name: read_conllu(ud / name) for name in HELDOUT}
    held_all = [s for v in held.values() for s in v]
    vocab = {w.lower() for words, _ in train for w in words}
    fx = feature_extractor()
    print(f"train: {len(train)} sentences, {sum(len(w) for w, _ in train)} tokens; "
          f"held out: {len(held_all)} sentences, {sum(len(w) for w, _ in held_all)} tokens")

    out = Path(args.out)
    t0 = time.process_time()
    train_crf(fx, train, out)
    print(f"CRF trained in {time.process_time() - t0:.1f} CPU-s -> {out} ({out.stat().st_size / 1e6:.2f} MB)")

    from sunting.tagger import Tagger

    tagger = Tagger(out)
    summary: dict = {"model": out.name, "size_bytes": out.stat().st_size, "train_files": TRAIN,
                     "heldout_files": HELDOUT, "params": PARAMS,
                     "train_tokens": sum(len(w) for w, _ in train)}
    summary["heldout"] = evaluate(tagger.tag, held_all, vocab)
    summary["heldout_by_file"] = {n: evaluate(tagger.tag, s, vocab)["accuracy"] for n, s in held.items()}
    # speed: tag the held-out sentences again, features warm (as in a long editing session)
    # and cold (a fresh feature cache: every word form new)
    n_tok = sum(len(w) for w, _ in held_all)
    fx._cache.clear()
    t0 = time.perf_counter()
    for words, _ in held_all:
        tagger.tag(words)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    for words, _ in held_all:
        tagger.tag(words)
    warm = time.perf_counter() - t0
    summary["tokens_per_s_cold"] = round(n_tok / cold)
    summary["tokens_per_s_warm"] = round(n_tok / warm)
    h = summary["heldout"]
    print(f"CRF held-out UPOS accuracy {h['accuracy']:.4f} ({h['tokens']} tokens; unseen words "
          f"{h['oov_accuracy']:.4f} of {h['oov_tokens']}); by file "
          + ", ".join(f"{k} {v:.4f}" for k, v in summary["heldout_by_file"].items()))
    print(f"speed: {summary['tokens_per_s_cold']:,} tokens/s with new word forms, "
          f"{summary['tokens_per_s_warm']:,} warm; confusions: {', '.join(h['top_confusions'])}")

    if args.compare:
        t0 = time.process_time()
        p = Perceptron({t for _, tags in train for t in tags})
        p.train([(fx.sentence_features(w), t) for w, t in train])
        ptime = time.process_time() - t0
        res = evaluate(lambda words: p.tag(fx.sentence_features(words)), held_all, vocab)
        n_w = sum(1 for ws in p.w.values() for v in ws.values() if v)
        summary["perceptron"] = {"accuracy": res["accuracy"], "oov_accuracy": res["oov_accuracy"],
                                 "weights": n_w, "train_cpu_s": round(ptime, 1)}
        print(f"averaged perceptron held-out accuracy {res['accuracy']:.4f} (unseen {res['oov_accuracy']:.4f}), "
              f"{n_w:,} weights, trained in {ptime:.1f} CPU-s")
    if Path(args.out) == MODEL_PATH:
        SUMMARY_PATH.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
