"""Indonesian lexicon for sunting: known words, morphology, suggestions, glossary near-misses.

Pure Python, independent of the engine.  Use :func:`get_lexicon` for the process-wide
instance; data files live in ``data/`` (see ``data/ATTRIBUTION.md``).
"""

from .lexicon import Lexicon, Verdict, Vocabulary, get_lexicon
from .morphology import Morphology

__all__ = ["Lexicon", "Morphology", "Verdict", "Vocabulary", "get_lexicon"]
