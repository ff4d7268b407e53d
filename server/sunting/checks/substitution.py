"""``substitution``: a wrong → right map of words and phrases (``merubah`` → ``mengubah``).

Options:
- ``swap``: mapping of wrong form → right form (a list of right forms gives choices,
  which ``--fix`` never applies on its own; an empty list flags without a suggestion).
- ``ignorecase`` (default true): match regardless of case; the replacement takes the
  case of the match (``Merubah`` → ``Mengubah``); with ``ignorecase: false`` the match is
  exact and the replacement is given as written (``KLHK`` → ``Kemenhut``).
- ``files``: TSV files (relative to the rule file) with ``wrong<TAB>right[<TAB>note]`` rows
  (``right`` may hold several choices separated by ``|``, or be empty; lines starting with
  ``#`` are comments), for maps of many thousand entries. The note is available to the
  message as ``{note}`` (empty for ``swap`` entries).
- ``skip_foreign`` (default false): leave alone a match that is one word of a longer run of
  foreign words (:attr:`Block.foreign_spans`: ``fund manager``, ``town hall meeting``,
  ``Economic Development Board Singapore``) — the whole term is the foreign-term rule's to report.
- ``hyphen_before_capital`` (default false): for bound forms — when the word after the bound
  form is capitalised, the suggestion keeps it and puts a hyphen between (``non Muslim`` →
  ``non-Muslim``), as EYD V writes a bound form before a capital.
- ``skip_glossed`` (default false): for a rule of foreign terms — leave alone a term written
  beside its Indonesian equivalent (``perundungan (bullying)``, ``perundungan atau bullying``,
  ``… alias fuel surcharge``) or inside a short quotation that cites a title
  (:func:`sunting.text.foreign.marked_foreign`): there is nothing left to replace.
- ``skip_introduced`` (default false): for a rule of foreign terms — leave alone every use of a
  term the article introduces as a term somewhere (``pelapor atau dengan istilah
  whistleblower``, ``underpass merupakan terowongan …``, ``smartphone (ponsel pintar)``;
  :func:`sunting.text.foreign.introduced_term`): the writer chose that word and explained it.
  The rule then reads the whole document.
- ``spoken_register``: TSV files (relative to the rule file; the first column) of spoken forms
  (``udah``, ``gitu``, ``nggak``). A match inside a direct quotation that holds another of them,
  or a spoken particle of the language (``sih``, ``dong``: :attr:`Language.spoken_particles`),
  is left alone: that quotation renders the speaker's spoken register on purpose, and one
  more spoken spelling there is its style, not a transcription habit to standardise.
- ``outdated`` (default false): the rule lists names that ended; the note column is the day a
  name ended (``2024-10-20``, or a year). Whether a match is out of date depends on the
  article's date (:func:`sunting.text.dateline.article_date`: front matter ``date:``, or the
  first dateline such as ``Kamis (2/6/2022)``): an article written while the name was current
  gets nothing; a later one gets the current name (placeholders ``{until}`` and ``{date}``);
  one with no date gets ``undated_message`` and no fix. A sentence about that time (``di era
  …``) and a regional office that kept its name (``Kominfo Jatim``, ``Diskominfo``) pass.
- ``derive`` (default false): also match the affixed forms of the one-word entries — a word
  that is prefixes + an entry + suffixes by :class:`~sunting.lexicon.morphology.Morphology`
  (``merespon`` → ``merespons``, ``Resikonya`` → ``Risikonya``, ``mempraktekkan`` →
  ``mempraktikkan``, ``kerjasamanya`` → ``kerja samanya``) or a hyphenated word made of such
  parts (``praktek-praktek``); an open compound taking a prefix and a suffix at once stays
  joined (``dikerjasamakan``, EYD V). The entry
  must stand in the word as written (no dropped initial) and, behind ``meN-``/``peN-``, its
  standard form must begin with the same letter, so the prefix stays right. Only for maps whose
  wrong forms are no word in any sense (the non-ambiguous standard forms).
- ``skip_names`` (default false): leave a match alone when it starts with a capital letter
  and does not start a sentence, or when it is written in capitals and the word before or
  after it is capitalised too (``Mall Taman Anggrek``, ``Design Week``): a capitalised word
  inside a sentence is usually part of a proper name, which keeps its own spelling.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sunting.checks.base import Check, Phase, match_case
from sunting.languages.model import Renamings
from sunting.checks.phrases import PhraseMatcher
from sunting.lexicon.morphology import Morphology
from sunting.i18n import t
from sunting.text.dateline import article_date, parse_date, written
from sunting.text.foreign import introduced_term, marked_foreign, part_of_longer_term

OPENERS = set("“\"‘'([«-–—•*")


class Substitution(Check):
    type_name = "substitution"
    options_schema = {
        "swap": {
            "type": "object",
            "additionalProperties": {
                "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
            },
        },
        "files": {"type": "array", "items": {"type": "string"}},
        "ignorecase": {"type": "boolean"},
        "skip_names": {"type": "boolean"},
        "skip_before_names": {"type": "boolean"},
        "derive": {"type": "boolean",
                   "description": "Cocokkan juga bentuk berimbuhan dari entri satu kata (merespon → merespons, "
                   "resikonya → risikonya, praktek-praktek → praktik-praktik)."},
        "skip_foreign": {"type": "boolean", "description": "Biarkan kecocokan yang merupakan satu kata dari istilah atau nama asing yang lebih panjang."},
        "hyphen_before_capital": {"type": "boolean",
                                  "description": "Bentuk terikat di depan kata berhuruf awal kapital ditulis dengan "
                                  "tanda hubung (non Muslim → non-Muslim), bukan serangkai."},
        "skip_glossed": {"type": "boolean",
                         "description": "Biarkan istilah asing yang ditulis di samping padanannya atau dalam judul yang dikutip dengan tanda petik."},
        "skip_introduced": {"type": "boolean",
                            "description": "Biarkan setiap pemakaian istilah asing yang diperkenalkan artikel sebagai istilah "
                            "(dengan istilah whistleblower, underpass merupakan terowongan …)."},
        "spoken_register": {"type": "array", "items": {"type": "string"},
                            "description": "Berkas TSV bentuk lisan (udah, gitu, nggak; kolom pertama): kecocokan di "
                            "dalam kutipan yang memuat bentuk lisan lain atau partikel lisan (sih, dong) dibiarkan."},
        "outdated": {
            "type": "boolean",
            "description": "Kolom catatan berisi tanggal sebuah nama berakhir (2024-10-20 atau 2009): kecocokan dilaporkan "
            "hanya bila tanggal artikel (date: di front matter, atau baris tanggalnya) lebih kemudian, atau tidak diketahui.",
        },
        "undated_message": {"type": "string", "description": "Pesan (tanpa perbaikan) bila artikel tidak bertanggal."},
    }

    @classmethod
    def phase_for(cls, rule):
        # an outdated name is judged by the article's date, an introduced term by its uses
        # elsewhere: the whole document
        whole = rule.options.get("outdated") or rule.options.get("skip_introduced")
        return Phase.DOCUMENT if whole else Phase.PARAGRAPH

    def setup(self, options):
        self.ignorecase = options.get("ignorecase", True)
        self.matcher = PhraseMatcher(self.ignorecase)
        self.skip_names = options.get("skip_names", False)
        self.skip_before_names = options.get("skip_before_names", False)
        self.skip_foreign = options.get("skip_foreign", False)
        self.skip_glossed = options.get("skip_glossed", False)
        self.skip_introduced = options.get("skip_introduced", False)
        self.hyphen_before_capital = options.get("hyphen_before_capital", False)
        self.outdated = options.get("outdated", False)
        self.derive = options.get("derive", False)
        self._words: dict[str, tuple[list[str], str]] = {}
        self._morph: Morphology | None = None
        self.undated_message = options.get("undated_message") or self.language.message("substitution", "undated") or self.rule.message
        for wrong, right in (options.get("swap") or {}).items():
            self.matcher.add(str(wrong), ([right] if isinstance(right, str) else list(right), ""))
        base = Path(self.rule.path).parent if self.rule.path else Path(".")
        for name in options.get("files") or []:
            for line in (base / name).read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                wrong, _, rest = line.partition("\t")
                right, _, note = rest.partition("\t")
                self.matcher.add(wrong, ([r for r in right.split("|") if r], note.strip()))
                if self.derive and wrong.isalpha() and right.replace("|", "").replace(" ", "").isalpha():
                    self._words[wrong.lower()] = ([r.lower() for r in right.split("|") if r], note.strip())
        if self._words:
            self._morph = Morphology(self._words, self._words, max_prefixes=2)
        #: the spoken forms of option ``spoken_register``, lower case, with the language's particles
        self._spoken: frozenset[str] | None = None
        if options.get("spoken_register"):
            spoken = set(self.language.spoken_particles)
            for name in options["spoken_register"]:
                for line in (base / name).read_text(encoding="utf-8").splitlines():
                    if line.strip() and not line.startswith("#"):
                        spoken.add(line.partition("\t")[0].strip().lower())
            self._spoken = frozenset(spoken)

    @classmethod
    def validate_options(cls, rule):
        if not rule.options.get("swap") and not rule.options.get("files"):
            raise ValueError(t("rule.needs_one_of", type="substitution", keys="swap, files"))
        base = Path(rule.path).parent if rule.path else Path(".")
        for name in (rule.options.get("files") or []) + (rule.options.get("spoken_register") or []):
            if not (base / name).is_file():
                raise ValueError(t("rule.no_such_file", name=name))

    def check_block(self, block, doc):
        if self.outdated or self.skip_introduced:
            return  # whether a name is out of date depends on the whole article (its date)
        yield from self._block(block, doc)

    def check_document(self, doc):
        if self.skip_introduced and not self.outdated:
            introduced: set[str] = set()
            found = [f for block in doc.blocks for f in self._block(block, doc, introduced)]
            yield from (f for f in found if f.text.lower() not in introduced)
            return
        if not self.outdated:
            return
        calendar = self.language.calendar
        when = article_date(doc.source, calendar)
        regional_forms = None
        for block in doc.blocks:
            for f in self._block(block, doc):
                until = _end_date(f.note)
                if when is not None and until is not None and when <= until:
                    continue  # the name was current when the article was written
                renamings = self.language.renamings
                if _about_the_past(doc.mask, f.start, renamings):
                    continue  # 'di era Kementerian …', 'memisahkan dari Kemenkumham'
                if regional_forms is None:
                    regional_forms = _regional_forms(doc.mask, renamings)
                if _regional_office(doc.mask, f.start, f.end, f.text, regional_forms,
                                    self.language.short_forms.regions, renamings):
                    continue  # Kominfo Jatim, Diskominfo Sleman: a regional office keeps its name
                fields = {"until": written(until, calendar) if until else f.note}
                if when is None:
                    yield self.finding(doc, f.start, f.end, [], message=self.undated_message, fixable=False, **fields)
                else:
                    yield self.finding(doc, f.start, f.end, list(f.suggestions), fixable=f.fixable,
                                       date=written(when, calendar), **fields)

    def _spoken_quote(self, block, i: int, j: int) -> bool:
        """Tokens ``i..j`` stand in a direct quotation that holds another spoken form or a
        spoken particle (option ``spoken_register``)."""
        start, end = block.tokens[i].start, block.tokens[j].end
        spoken = self._spoken
        assert spoken is not None
        for a, b in block.quotes:
            if a <= start and end <= b:
                return any(t.kind == "word" and a <= t.start and t.end <= b and not start <= t.start < end
                           and t.text.lower() in spoken for t in block.tokens)
        return False

    def _indonesian_word(self, word: str) -> bool:
        """A word only Indonesian writes (``perundungan``, not ``deposit``): the other side of a
        gloss (``… atau X``)."""
        lex = self.language.lexicon()
        return word.lower() not in lex.english and lex.in_dictionary(word)

    def _derived(self, tokens, taken: set[int]) -> list[tuple[int, int, tuple[list[str], str]]]:
        """Affixed and hyphenated forms of the one-word entries (option ``derive``)."""
        assert self._morph is not None
        is_word = self.language.lexicon().in_dictionary
        out = []
        for i, tok in enumerate(tokens):
            if i in taken or tok.kind != "word" or len(tok.text) < 5 or not tok.text.replace("-", "").isalpha():
                continue
            hit = _derived_match(self._morph, self._words, tok.text, is_word)
            if hit is not None and hit[0]:
                out.append((i, i, hit))
        return out

    def _block(self, block, doc, introduced: set[str] | None = None):
        """The findings of one block; with ``introduced`` (option ``skip_introduced``), the terms
        the block introduces as terms are added to it, lower case."""
        tokens = block.tokens
        starts = None
        matches = list(self.matcher.finditer_block(block, doc.source))
        matched_tokens = {k for i, j, _ in matches for k in range(i, j + 1)}
        if self._morph is not None:
            matches += self._derived(tokens, matched_tokens)
            matched_tokens |= {i for i, _, _ in matches}
        for i, j, (rights, note) in matches:
            start, end = tokens[i].start, tokens[j].end
            matched = doc.source[start:end]
            if self.skip_names and matched[:1].isupper():
                if starts is None:
                    starts = {a for a, _ in block.sentences}
                if _is_name(tokens, i, j, starts):
                    continue
            if self.skip_foreign:
                run = part_of_longer_term(block.foreign_spans, start, end, tokens)
                # one word of an English term or name (fund manager, Development Board Singapore) —
                # unless its other English words are this rule's terms too (link website)
                if run is not None and not all(k in matched_tokens for k in range(run.first, run.last + 1)
                                               if tokens[k].text.lower() not in self.language.foreign.english_joiners):
                    continue
            if self._spoken is not None and self._spoken_quote(block, i, j):
                continue
            if introduced is not None and introduced_term(doc.source, start, end, self.language.foreign,
                                                          self.language.lexicon().in_dictionary):
                introduced.add(matched.lower())
                continue
            # issue 13: the original beside its equivalent, or a title cited in quotation marks
            if self.skip_glossed and (marked_foreign(doc.source, start, end, self._indonesian_word, self.language.foreign)
                                      or _equivalent_nearby(doc.source, start, end, rights)):
                continue
            if self.skip_before_names and j + 1 < len(tokens):
                nxt = tokens[j + 1]
                if nxt.kind == "word" and nxt.text[:1].isupper() and doc.source[tokens[j].end:nxt.start].strip() == "":
                    continue
            suggestions = [match_case(matched, r) for r in rights] if self.ignorecase else list(rights)
            if self.hyphen_before_capital:
                generic = self.language.acronym_generic
                suggestions = [_hyphen_before_capital(matched, r, generic) for r in suggestions]
            if self.ignorecase and _before_a_name(tokens, j, doc.source, matched):
                # Walikota Solo → Wali Kota Solo: a title before a name capitalises every word
                suggestions = [_title_case(r, self.language.title_words) for r in suggestions]
            f = self.finding(doc, start, end, suggestions, fixable=len(rights) == 1, note=note)
            yield _Candidate(f.start, f.end, f.text, f.suggestions, f.fixable, note) if self.outdated else f


#: prefixes whose form does not depend on the root's first letter (unlike meN-/peN-)
_PLAIN_PREFIXES = ("", "di", "ber", "be", "ter", "te", "ke", "se", "per", "ku", "kau")


def _respelled(morph: Morphology, words: dict[str, tuple[list[str], str]], word: str,
               is_word: Callable[[str], bool]) -> tuple[list[str], str] | None:
    """``word`` (lower case) with its entry replaced by the standard form, or None: the entry
    must stand in the word as written (``merespon``), a nasal prefix must fit the standard
    form's first letter as it fits the entry's, and the derived form must be no word of the
    dictionary in its own right (``filosofi`` is not ``filosof`` + ``-i``)."""
    if word in words:
        return words[word]
    root = morph.root_of(word)
    if root is None or is_word(word):
        return None
    rights, note = words[root]
    if word.count(root) == 1:
        at = word.index(root)
        head, tail = word[:at], word[at + len(root):]
    elif word.count(root[1:]) == 1 and word.startswith(("pen", "pem", "peny", "men", "mem", "meny", "peng", "meng")):
        # meN-/peN- dropped the initial (penanggungjawab: tanggungjawab): the standard form
        # loses the same letter
        at = word.index(root[1:])
        head, tail = word[:at], word[at + len(root) - 1:]
        rights = [r[1:] for r in rights if r[:1] == root[:1]]
        root = root[1:]
    else:
        return None
    if head.startswith("pe") and not tail and is_word(word + "an"):
        return None  # penandatangan for penandatanganan (the act): a lost -an, not an open compound
    # an open compound (kerja sama) with a prefix and a suffix at once is written joined
    # (dikerjasamakan: EYD V), with only one of them apart (kerja samanya, penanggung jawab)
    out = [head + r + tail for r in rights if (head in _PLAIN_PREFIXES or r[:1] == root[:1])
           and not (" " in r and head and tail)]
    return (out, note) if out else None


def _derived_match(morph: Morphology, words: dict[str, tuple[list[str], str]], text: str,
                   is_word: Callable[[str], bool]) -> tuple[list[str], str] | None:
    """The standard form of an affixed (``Resikonya``) or hyphenated (``praktek-praktek``) word
    whose parts are entries of the map; None when no part is, or when a part after a
    lower-case one is capitalised (``eks-Jamaah Islamiyah``: a name)."""
    parts = text.lower().split("-")
    if len(parts) == 1:
        return None if parts[0] in words else _respelled(morph, words, parts[0], is_word)
    if len(parts) > 2 or not all(parts):
        return None
    cased = text.split("-")
    if cased[0][:1].islower() and any(c[:1].isupper() for c in cased[1:]):
        return None
    found = [_respelled(morph, words, p, is_word) for p in parts]
    if not any(found) or any(f and " " in f[0][0] for f in found):
        return None  # an open compound repeats its first word only (surat-surat kabar): not ours
    first = [f[0][0] if f else p for f, p in zip(found, parts, strict=True)]
    note = next(f[1] for f in found if f)
    return ["-".join(first)], note


def _hyphen_before_capital(matched: str, suggestion: str, generic: frozenset[str]) -> str:
    """``non Muslim`` → ``non-Muslim``, not ``nonmuslim``: EYD V joins a bound form to its word
    but puts a hyphen before a capital letter, as the writer wrote it (``non-ASEAN``);
    ``generic`` are the language's generic heads of names (:attr:`Language.acronym_generic`)."""
    parts = matched.split()
    # a generic head (antar Kementerian) is a common noun capitalised by habit: joined, lower case
    if len(parts) == 2 and parts[1][:1].isupper() and parts[1].lower() not in generic \
            and suggestion.lower() == "".join(parts).lower():
        return f"{parts[0]}-{parts[1]}"
    return suggestion


def _equivalent_nearby(source: str, start: int, end: int, rights, reach: int = 60) -> bool:
    """The Indonesian equivalent is written right beside the foreign term (``perundungan atau
    bullying``, ``daring (online)``): the writer has given both, nothing to replace."""
    before = source[max(0, start - reach):start].lower()
    after = source[end:end + reach].lower()
    for r in rights:
        pat = re.compile(rf"(?<![\w-]){re.escape(r.lower())}(?![\w-])")
        if pat.search(before) or pat.search(after):
            return True
    return False


@dataclass(frozen=True)
class _Candidate:
    """A match of a dated rule before the article's date decides about it."""

    start: int
    end: int
    text: str
    suggestions: tuple[str, ...]
    fixable: bool
    note: str


def _end_date(note: str) -> date | None:
    """The note of a dated row: the day the name ended (``2024-10-20``) or its year (``2009``)."""
    note = note.strip()
    if re.fullmatch(r"\d{4}", note):
        return date(int(note), 12, 31)
    return parse_date(note)


@functools.lru_cache(maxsize=8)
def _renaming_patterns(words: Renamings) -> dict[str, re.Pattern[str] | None]:
    """The language's renaming words as the patterns below (None: the language has none)."""

    def alternatives(items) -> str | None:
        return "|".join(re.escape(w) for w in items) if items else None

    past, joiners, units, regions = (alternatives(x) for x in (
        words.past_words, words.long_form_joiners, words.unit_words, words.region_words))
    joined = rf"(?:(?:{joiners})[ \t]+)?" if joiners else ""
    return {
        # 'di era Kemendikbudristek', 'mantan … Kemenkumham': up to three words between
        "past": re.compile(rf"(?i)\b(?:{past})\b\W+(?:\w+\W+){{0,3}}$") if past else None,
        # the long form a short form in brackets follows (Kementerian Hukum dan HAM (Kemenkumham))
        "long_form": re.compile(rf"(?:[A-Z][\w-]*,?[ \t]+{joined}){{1,10}}\($"),
        "unit": re.compile(rf"(?i)\b(?:{units})\W+$") if units else None,
        "region": re.compile(rf"[ \t]+(?:{regions})\b|[ \t]+([A-Z][a-z]+)" if regions else r"[ \t]+([A-Z][a-z]+)"),
        "office": re.compile(rf"\b{re.escape(words.office_word)}[ \t]+([A-Z]\w+)") if words.office_word else None,
        "office_prefix": re.compile(rf"\b{re.escape(words.office_prefix)}([a-z]{{3,}}\w*)")
        if words.office_prefix else None,
    }


def _about_the_past(text: str, start: int, words: Renamings) -> bool:
    """Words before the name (or before the long form its short form follows) place the
    sentence in the name's own time."""
    patterns = _renaming_patterns(words)
    if start > 0 and text[start - 1] == "(":
        m = patterns["long_form"].search(text[max(0, start - 120):start])  # type: ignore[union-attr]
        if m:
            start = max(0, start - 120) + m.start()
    past = patterns["past"]
    return past is not None and bool(past.search(text[max(0, start - 60):start]))


def _regional_forms(text: str, words: Renamings) -> frozenset[str]:
    """Short forms the article writes as a regional office (Diskominfo, Dinas Kominfo)."""
    patterns = _renaming_patterns(words)
    office, prefix = patterns["office"], patterns["office_prefix"]
    out = {m.group(1) for m in office.finditer(text)} if office else set()
    if prefix:
        out |= {m.group(1)[0].upper() + m.group(1)[1:] for m in prefix.finditer(text)}
    return frozenset(out)


def _regional_office(text: str, start: int, end: int, form: str, regional: frozenset[str],
                     regions: frozenset[str], words: Renamings) -> bool:
    """``Kominfo Jatim``, ``Kominfo Kota Bogor``, or a bare ``Kominfo`` in an article about its
    Diskominfo: a regional government office, which the renaming of a ministry did not rename —
    unless the words before make it the ministry's own unit (``Kanwil Kemenkumham Jatim``)."""
    patterns = _renaming_patterns(words)
    unit = patterns["unit"]
    if unit is not None and unit.search(text[max(0, start - 30):start]):
        return False
    if form in regional:
        return True
    prefix = words.office_prefix
    if prefix and text[start - len(prefix):start] == prefix:
        return True
    m = patterns["region"].match(text, end)  # type: ignore[union-attr]
    if not m:
        return False
    if m.group(1) is None:
        return True
    return m.group(1).lower() in regions


def _before_a_name(tokens, j: int, source: str, matched: str) -> bool:
    """A capitalised match followed, in the same phrase, by a capitalised word: a title or the
    start of a name (``Walikota Solo``, ``Kerjasama Ekonomi``), not a sentence start alone."""
    if not matched[:1].isupper() or matched.isupper() or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return nxt.kind == "word" and nxt.text[:1].isupper() and source[tokens[j].end:nxt.start] in (" ", "\u00a0")


def _title_case(text: str, function_words: frozenset[str]) -> str:
    """Every word capitalised but the function words of the language's titles
    (:attr:`Language.title_words`: ``Wali Kota``, ``Di antara``)."""
    return " ".join(w if w in function_words else w[:1].upper() + w[1:] for w in text.split(" "))


def _is_name(tokens, i, j, sentence_starts) -> bool:
    """A capitalised match inside a sentence, or next to another capitalised word."""
    k = i
    while k > 0 and tokens[k - 1].kind == "punct" and tokens[k - 1].text in OPENERS:
        k -= 1
    at_start = tokens[k].start in sentence_starts or k == 0
    if not at_start:
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return bool(nxt and nxt.kind == "word" and nxt.text[:1].isupper())
