"""Indonesian part-of-speech tagging (Universal Dependencies UPOS tags).

A linear-chain CRF (python-crfsuite) trained by ``scripts/train_tagger.py`` on the UD
Indonesian treebanks (CC BY-SA 4.0, see ``data/ATTRIBUTION.md``), over features from
sunting's own lexicon and morphology (:mod:`.features`). The model ships in the wheel and is
opened on first use: a check that asks for no tag never loads it.

    >>> get_tagger().tag(["Pemerintah", "meningkatkan", "anggaran", "."])
    ['NOUN', 'VERB', 'NOUN', 'PUNCT']

Tags: ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X.
"""

from __future__ import annotations

import threading
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
MODEL_PATH = DATA_DIR / "id-ud.crfsuite"
SUMMARY_PATH = DATA_DIR / "id-ud.json"

UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X")

_fx = None
_fx_lock = threading.Lock()


def feature_extractor():
    """The process-wide feature extractor over the process-wide lexicon."""
    global _fx
    if _fx is None:
        with _fx_lock:
            if _fx is None:
                from sunting.lexicon import get_lexicon
                from sunting.tagger.affixes import get_analyser
                from sunting.tagger.features import FeatureExtractor

                _fx = FeatureExtractor(get_lexicon(), get_analyser())
    return _fx


class Tagger:
    """Tags sentences (lists of token texts) with UPOS; thread-safe."""

    def __init__(self, model_path: Path | str = MODEL_PATH):
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self._lock = threading.Lock()
        self.features = feature_extractor()

    def tag(self, words: list[str]) -> list[str]:
        if not words:
            return []
        xseq = self.features.sentence_features(words)
        with self._lock:
            return self._tagger.tag(xseq)


_tagger: Tagger | None = None
_tagger_lock = threading.Lock()


def get_tagger() -> Tagger:
    """The process-wide Indonesian tagger, loaded on first use (text and checks ask their
    language: ``language.tagger()``; Indonesian's factory returns this one)."""
    global _tagger
    if _tagger is None:
        with _tagger_lock:
            if _tagger is None:
                _tagger = Tagger()
    return _tagger
