"""The house lexicon: what a newsroom's published archive teaches the spelling check.

``learn_archive(paths, out)`` reads folders of Markdown, HTML and text, one file at a time,
and writes ``lexicon.tsv`` (see :data:`FILE_NAME`) in ``out`` (``.sunting/`` beside the
project's ``sunting.yaml``).  It records

``term``
    words no list knows that the archive uses often — names (``Trunoyudo``), places, jargon
    (``stunting``) — with their count and the number of articles using them (at least
    :data:`MIN_COUNT` uses in :data:`MIN_DOCS` articles).  The check then takes them as words,
    and as names a capitalised slip may be a slip of;
``misspelling``
    the words the check flags as slips, with their count and correction: the desk's habitual
    slips (``kementrian``).  A frequent slip is still a slip, never a term;
``context``
    for the words of the confusion sets (:mod:`sunting.lexicon.confusion`), how often each
    word follows or precedes another (``sempat`` after ``belum``): the counts that judge a
    real-word slip;
``bigram``, ``count``, ``tagged``
    the language model that judges a slip making any other real word (``rules/EYD/RealWord.yml``,
    ``neighbours: true``): how often one lower-case word follows another (``bigram  laporan
    keuangan  7``), how often each word occurs (``count``), and how often each word stands
    after (``L``) or before (``R``) a word of each part of speech (``tagged  yang  L  NOUN
    120``);
``source``
    each file read, with a digest of its text, so that ``--update`` reads only new files;
``meta``
    the number of words read (names' rates are counts per word of the archive).

The format is a sorted, tab-separated text file, one entry a line, so that a newsroom can
review it in a diff and edit it by hand::

    # sunting house lexicon 1
    meta	words	1250000
    term	Trunoyudo	12	7
    misspelling	kementrian	5	3	kementerian
    context	sempat	L	belum	14
    source	2024/banjir.md	9f2c…

Memory stays bounded on a large archive: counters of candidate words are pruned of their
rarest entries when they pass :data:`MAX_CANDIDATES` (lossy counting), and only the words of
the confusion sets have context counts.  This module knows no door: the ``sunting learn``
command is glue in ``cli.py``; the project layer finds the file and the engine hands it to
the spelling rules.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from sys import intern
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sunting.errors import SuntingError
from sunting.i18n import t

FILE_NAME = "lexicon.tsv"
DIR_NAME = ".sunting"
FORMAT = "# sunting house lexicon 1"
SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "plain", ".html": "html", ".htm": "html"}
#: a word becomes a term when the archive uses it this often, in this many articles
MIN_COUNT = 3
MIN_DOCS = 2
#: candidate words kept in memory before the rarest are pruned
MAX_CANDIDATES = 200_000
#: context counts kept (the rarest pruned beyond)
MAX_CONTEXT = 500_000
#: word pairs, word counts and part-of-speech contexts kept (the rarest pruned beyond): a
#: bound on the file and on the memory of the check that reads it
MAX_BIGRAMS = 200_000


@dataclass
class HouseLexicon:
    """What ``sunting learn`` found in an archive (see the module docstring)."""

    terms: dict[str, tuple[int, int]] = field(default_factory=dict)  # word -> (count, articles)
    misspellings: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # word -> (count, articles, correction)
    context: dict[tuple[str, str, str], int] = field(default_factory=dict)  # (word, L|R, neighbour) -> count
    bigrams: dict[tuple[str, str], int] = field(default_factory=dict)  # (word, next word) -> count
    counts: dict[str, int] = field(default_factory=dict)  # lower-case word -> count
    tagged: dict[tuple[str, str, str], int] = field(default_factory=dict)  # (word, L|R, UPOS) -> count
    sources: dict[str, str] = field(default_factory=dict)  # path -> digest
    words: int = 0  # word tokens read
    #: what checks derive from this lexicon (their verdict caches): kept with it, so a
    #: lexicon read again starts afresh and the old one's go with the old one
    derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    # ---------------------------------------------------------------- use
    def __post_init__(self) -> None:
        self._lower = {w.lower() for w in self.terms}

    def knows(self, token: str) -> bool:
        """Whether ``token`` is a house term (a lower-case term matches any capitalisation)."""
        return token in self.terms or (token.lower() in self._lower and (token.islower() or token.lower() in self.terms))

    def names(self) -> dict[str, float]:
        """Capitalised terms with their rate per 10^9 words of the archive (the frequency
        list's scale): names a capitalised slip may be a slip of."""
        scale = 1e9 / max(self.words, 1_000)
        return {w.lower(): c * scale for w, (c, _) in self.terms.items() if w[:1].isupper()}

    def context_count(self, word: str, side: str, neighbour: str) -> int:
        return self.context.get((word, side, neighbour), 0)

    @property
    def key(self) -> tuple:
        """Identity for caches of verdicts that depend on it."""
        return (len(self.terms), hash(frozenset(self.terms)))

    # ---------------------------------------------------------------- file
    def dump(self) -> str:
        lines = [FORMAT, "# kind\tword\tcount\tarticles\textra (edit freely; sunting learn --update adds to it)",
                 f"meta\twords\t{self.words}"]
        for w, (c, d) in sorted(self.terms.items()):
            lines.append(f"term\t{w}\t{c}\t{d}")
        for w, (c, d, s) in sorted(self.misspellings.items()):
            lines.append(f"misspelling\t{w}\t{c}\t{d}\t{s}")
        for (w, side, n), c in sorted(self.context.items()):
            lines.append(f"context\t{w}\t{side}\t{n}\t{c}")
        for (a, b), c in sorted(self.bigrams.items()):
            lines.append(f"bigram\t{a}\t{b}\t{c}")
        for w, c in sorted(self.counts.items()):
            lines.append(f"count\t{w}\t{c}")
        for (w, side, tag), c in sorted(self.tagged.items()):
            lines.append(f"tagged\t{w}\t{side}\t{tag}\t{c}")
        for p, digest in sorted(self.sources.items()):
            lines.append(f"source\t{p}\t{digest}")
        return "\n".join(lines) + "\n"

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(self.dump(), encoding="utf-8")
        os.replace(tmp, path)

    @classmethod
    def read(cls, path: Path) -> "HouseLexicon":
        """Read ``lexicon.tsv`` (or a gzipped one, ``….tsv.gz``); malformed lines are skipped
        (the file is meant to be edited)."""
        house = cls()
        path = Path(path)
        opened = gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8")
        with opened as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                try:
                    kind = parts[0]
                    if kind == "term":
                        house.terms[parts[1]] = (int(parts[2]), int(parts[3]) if len(parts) > 3 else 1)
                    elif kind == "misspelling":
                        house.misspellings[parts[1]] = (int(parts[2]), int(parts[3]), parts[4] if len(parts) > 4 else "")
                    elif kind == "context":
                        house.context[(parts[1], parts[2], parts[3])] = int(parts[4])
                    elif kind == "bigram":
                        house.bigrams[(intern(parts[1]), intern(parts[2]))] = int(parts[3])
                    elif kind == "count":
                        house.counts[intern(parts[1])] = int(parts[2])
                    elif kind == "tagged":
                        house.tagged[(intern(parts[1]), parts[2], intern(parts[3]))] = int(parts[4])
                    elif kind == "source":
                        house.sources[parts[1]] = parts[2]
                    elif kind == "meta" and parts[1] == "words":
                        house.words = int(parts[2])
                except (IndexError, ValueError):
                    continue
        house.__post_init__()
        return house


class HouseLexiconError(SuntingError):
    """A house lexicon file that cannot be read (not UTF-8, no permission): an error that
    names the file, so that the editor can say which one and keep the last good lexicon."""


def _bad_utf8_line(path: Path) -> int | None:
    """The line of the first byte that is not UTF-8 (the decoder's offset is per chunk)."""
    try:
        data = path.read_bytes()
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return data.count(b"\n", 0, e.start) + 1
    except OSError:
        pass
    return None


def house_lexicon_path(root: Path) -> Path:
    """Where the house lexicon of the project rooted at ``root`` lives (whether or not it
    exists): the file the project layer watches."""
    return Path(root) / DIR_NAME / FILE_NAME


def find_house_lexicon(root: Path) -> Path | None:
    """``root/.sunting/lexicon.tsv`` when it exists."""
    path = house_lexicon_path(root)
    return path if path.is_file() else None


def load_house_lexicon(root: Path) -> HouseLexicon | None:
    """The house lexicon of ``root``, None when there is none. Raises
    :class:`HouseLexiconError` when the file exists but cannot be read (malformed lines
    are skipped, see :meth:`HouseLexicon.read`)."""
    path = find_house_lexicon(root)
    if path is None:
        return None
    try:
        return HouseLexicon.read(path)
    except UnicodeDecodeError:
        raise HouseLexiconError(t("lexicon.not_utf8"), str(path), _bad_utf8_line(path)) from None
    except OSError as e:
        raise HouseLexiconError(t("lexicon.unreadable", reason=e.strerror or type(e).__name__), str(path)) from None


# -------------------------------------------------------------------- learning
def archive_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The Markdown, HTML and text files under ``paths``, in a stable order (hidden folders
    and sunting's own ``.sunting`` skipped)."""
    for p in paths:
        p = Path(p)
        if p.is_file():
            if p.suffix.lower() in SUFFIXES:
                yield p
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                f = Path(dirpath) / name
                if f.suffix.lower() in SUFFIXES:
                    yield f


@dataclass
class _Counts:
    words: Counter = field(default_factory=Counter)
    docs: Counter = field(default_factory=Counter)
    slips: Counter = field(default_factory=Counter)
    slip_docs: Counter = field(default_factory=Counter)
    corrections: dict[str, str] = field(default_factory=dict)
    context: Counter = field(default_factory=Counter)
    bigrams: Counter = field(default_factory=Counter)
    counts: Counter = field(default_factory=Counter)
    tagged: Counter = field(default_factory=Counter)

    def prune(self) -> None:
        for counter, limit in ((self.words, MAX_CANDIDATES), (self.slips, MAX_CANDIDATES),
                               (self.context, MAX_CONTEXT), (self.bigrams, MAX_BIGRAMS),
                               (self.counts, MAX_BIGRAMS), (self.tagged, MAX_BIGRAMS)):
            if len(counter) > limit:
                floor = sorted(counter.values())[len(counter) - limit // 2]
                for k in [k for k, c in counter.items() if c < floor]:
                    del counter[k]


def learn_archive(paths: Iterable[Path], out_dir: Path, *, update: bool = False, lexicon=None,
                  progress: Callable[[Path], None] | None = None) -> HouseLexicon:
    """Learn from the archive under ``paths`` and write ``out_dir/lexicon.tsv``.

    With ``update`` the existing file is kept and only files not read before are added.
    ``progress`` is called once per file (a door draws its progress bar with it).
    """
    from sunting.lexicon import get_lexicon
    from sunting.lexicon.confusion import confusion_words

    lex = lexicon or get_lexicon()
    out = Path(out_dir) / FILE_NAME
    house = HouseLexicon.read(out) if update and out.is_file() else HouseLexicon()
    counts = _Counts()
    for w, (c, d) in house.terms.items():
        counts.words[w] += c
        counts.docs[w] += d
    for w, (c, d, s) in house.misspellings.items():
        counts.slips[w] += c
        counts.slip_docs[w] += d
        counts.corrections[w] = s
    counts.context.update(house.context)
    counts.bigrams.update(house.bigrams)
    counts.counts.update(house.counts)
    counts.tagged.update(house.tagged)
    watched = confusion_words()
    for n, f in enumerate(archive_files(paths)):
        if progress:
            progress(f)
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
        rel = _relative(f, paths)
        if house.sources.get(rel) == digest:
            continue
        house.sources[rel] = digest
        house.words += _learn_text(text, SUFFIXES[f.suffix.lower()], lex, counts, watched)
        if n % 200 == 199:
            counts.prune()
    house.terms = {w: (c, counts.docs[w]) for w, c in counts.words.items()
                   if c >= MIN_COUNT and counts.docs[w] >= MIN_DOCS}
    house.misspellings = {w: (c, counts.slip_docs[w], counts.corrections.get(w, "")) for w, c in counts.slips.items()}
    house.context = {k: c for k, c in counts.context.items() if c >= 2}
    counts.prune()
    house.bigrams, house.counts, house.tagged = dict(counts.bigrams), dict(counts.counts), dict(counts.tagged)
    house.__post_init__()
    house.write(out)
    return house


def _relative(f: Path, roots: Iterable[Path]) -> str:
    for r in roots:
        try:
            return f.resolve().relative_to(Path(r).resolve()).as_posix() or f.name
        except ValueError:
            continue
    return f.as_posix()


def _learn_text(text: str, kind: str, lex, counts: _Counts, watched: frozenset[str]) -> int:
    """Count the words of one article; returns how many word tokens it has."""
    from sunting.text.document import Document

    doc = Document(text, None, kind)
    total = 0
    seen: set[str] = set()
    seen_slips: set[str] = set()
    for block in doc.blocks:
        if block.kind == "heading":
            continue
        words = [tok for tok in block.tokens if tok.kind == "word"]
        total += len(words)
        starts = {a for a, _ in block.sentences}
        _learn_model(block, words, counts)
        prev = ""
        for i, tok in enumerate(words):
            w = tok.text
            low = w.lower()
            if low in watched:
                if prev:
                    counts.context[(low, "L", prev)] += 1
                if i + 1 < len(words):
                    counts.context[(low, "R", words[i + 1].text.lower())] += 1
            prev = low
            if len(w) < 3 or not w.replace("-", "").isalpha():
                continue
            v = lex.check_word(w, tok.start in starts)
            if v.kind == "typo" and w.islower():
                counts.slips[w] += 1
                counts.corrections.setdefault(w, v.suggestions[0] if v.suggestions else "")
                if w not in seen_slips:
                    seen_slips.add(w)
                    counts.slip_docs[w] += 1
                continue
            if v.kind in ("unknown", "foreign") or (w[:1].isupper() and not lex.is_known(w)
                                                    and not lex.is_gazetteer_name(low)):
                counts.words[w] += 1
                if w not in seen:
                    seen.add(w)
                    counts.docs[w] += 1
    return total


def _learn_model(block, words, counts: _Counts) -> None:
    """The real-word check's language model from one block: word pairs (punctuation between
    them does not part them: the check reads its text the same way), word counts, and the
    part of speech of each word's neighbouring tokens."""
    lows = [intern(tok.text.lower()) for tok in words]  # one string per word, however many keys hold it
    for i, low in enumerate(lows):
        counts.counts[low] += 1
        if i + 1 < len(lows):
            counts.bigrams[(low, lows[i + 1])] += 1
    tokens = block.tokens
    analysis = block.analysis
    for i, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        low = intern(tok.text.lower())
        if i > 0:
            counts.tagged[(low, "L", analysis.pos(i - 1))] += 1
        if i + 1 < len(tokens):
            counts.tagged[(low, "R", analysis.pos(i + 1))] += 1


def report(house: HouseLexicon, top: int = 25) -> str:
    """What the house lexicon holds, for ``sunting learn --report`` (in the interface language)."""
    names = sorted(((c, w) for w, (c, _) in house.terms.items() if w[:1].isupper()), reverse=True)
    words = sorted(((c, w) for w, (c, _) in house.terms.items() if not w[:1].isupper()), reverse=True)
    slips = sorted(((c, w, s) for w, (c, _, s) in house.misspellings.items()), reverse=True)
    lines = [
        t("learn.report.head", files=len(house.sources), terms=len(house.terms), typos=len(house.misspellings),
          contexts=len(house.context)),
        "",
        t("learn.report.names", n=len(names)),
        "  " + ", ".join(f"{w} ({c})" for c, w in names[:top]),
        t("learn.report.terms", n=len(words)),
        "  " + ", ".join(f"{w} ({c})" for c, w in words[:top]),
        t("learn.report.typos", n=len(slips)),
        "  " + ", ".join(f"{w} → {s} ({c})" for c, w, s in slips[:top]),
    ]
    return "\n".join(lines) + "\n"
