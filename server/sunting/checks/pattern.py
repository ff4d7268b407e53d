"""``pattern``: a regular expression with a replacement template.

Options: ``pattern`` (``regex`` module syntax, V1), ``replace`` (template with ``\\1`` or
``\\g<name>`` groups; omit for no suggestion), ``ignorecase`` (default false),
``group`` (flag only this group's span; default the whole match), ``skip_foreign``, and
``verb_group`` (a group that must read as the base of a di- verb, not a noun the lexicon knows:
:func:`sunting.checks.di_verb.noun_not_verb`) and ``noun_group`` (a group joined to ``di`` that
must read as a noun in -an, not a verb's base: :func:`sunting.checks.di_verb.joined_noun`), and
``native_group`` (a group that must not be a word of another language only, English or
transliterated Arabic: :func:`sunting.text.foreign.classify`; ``problem solving lah`` is an
English word with a spoken particle, not an Indonesian word to join it to), and
``reduplicated_groups`` (two groups that must read as the parts of one reduplicated form, by
the language: ``bolak``/``balik``, ``seolah``/``olah``; :attr:`Language.reduplicated`), and
``entry_fix`` (report only where the suggestion is an entry the dictionary lists as written —
``tumpang-tindih``, ``serta-merta`` — not merely a combination its affix and hyphen rules
accept, which Hunspell does for any two words joined by a hyphen), and
``likelier_fix`` (report only where the suggestion is a word the dictionary knows and writes far
more often than the match: :func:`sunting.checks.di_verb.likelier`; a template that rewrites an
affix, ``dimasukan`` → ``dimasukkan``, is right only where the dictionary says so).
"""

from __future__ import annotations

import regex

from sunting.checks.base import Check
from sunting.checks.regexes import compile_pattern, safe_finditer
from sunting.errors import OptionError, clip
from sunting.i18n import t


def _probe(groups: int, names: dict[str, int]):
    """An empty pattern with the same numbered and named groups: a replacement template
    that expands on its match expands on every match of the real pattern."""
    by_number = {n: name for name, n in names.items()}
    parts = [f"(?P<{by_number[i]}>)" if i in by_number else "()" for i in range(1, groups + 1)]
    return regex.compile("".join(parts), regex.V1)


class Pattern(Check):
    type_name = "pattern"
    options_schema = {
        "pattern": {"type": "string"},
        "replace": {"type": "string"},
        "ignorecase": {"type": "boolean"},
        "group": {"type": ["integer", "string"]},
        "skip_foreign": {"type": "boolean", "description": "Biarkan kecocokan di dalam rangkaian kata asing (ultra petita)."},
        "verb_group": {"type": "integer", "minimum": 1,
                       "description": "Kelompok yang harus terbaca sebagai bentuk dasar verba berawalan di-, bukan nomina "
                       "(gerakan, tumpukan, selokan)."},
        "noun_group": {"type": "integer", "minimum": 1,
                       "description": "Kelompok sesudah di- serangkai yang harus terbaca sebagai nomina berakhiran -an, "
                       "bukan bentuk dasar verba (dilingkungan, dikawasan; bukan ditahan)."},
        "native_group": {"type": "integer", "minimum": 1,
                         "description": "Kelompok yang tidak boleh berupa kata bahasa lain saja (Inggris, "
                         "transliterasi Arab): problem solving lah bukan kata Indonesia + partikel."},
        "reduplicated_groups": {"type": "array", "items": {"type": "integer", "minimum": 1}, "minItems": 2,
                                "maxItems": 2,
                                "description": "Dua kelompok yang harus terbaca sebagai unsur satu kata ulang "
                                "(bolak balik, seolah olah; bukan siap siaga)."},
        "entry_fix": {"type": "boolean",
                      "description": "Laporkan hanya bila saran adalah lema kamus sebagaimana tertulis "
                      "(tumpang-tindih, serta-merta)."},
        "likelier_fix": {"type": "boolean",
                         "description": "Laporkan hanya bila saran dikenal kamus dan jauh lebih sering dipakai daripada "
                         "teks yang cocok (dimasukan → dimasukkan)."},
    }
    required_options = ("pattern",)

    @classmethod
    def validate_options(cls, rule):
        """The pattern compiles, ``group`` is one of its groups and ``replace`` names only
        groups it has (found when the rule is loaded, with the key's line and column, not as
        an exception on every paragraph)."""
        try:
            compiled = compile_pattern(rule.options["pattern"], rule.options.get("ignorecase", False))
        except ValueError as e:
            raise OptionError(str(e), "pattern") from None
        group = rule.options.get("group", 0)
        names = dict(compiled.groupindex)
        if isinstance(group, bool) or (isinstance(group, int) and not 0 <= group <= compiled.groups):
            raise OptionError(t("rule.pattern.no_group", group=group, n=compiled.groups), "group")
        if isinstance(group, str) and group not in names:
            raise OptionError(t("rule.pattern.no_named_group", group=clip(group, 60),
                                names=", ".join(sorted(names)) or "-"), "group")
        template = rule.options.get("replace")
        if template is not None:
            try:
                _probe(compiled.groups, names).match("").expand(template)
            except (IndexError, regex.error) as e:
                raise OptionError(t("rule.pattern.bad_replace", replace=clip(template, 80), reason=e), "replace") from None

    def setup(self, options):
        self.regex = compile_pattern(options["pattern"], options.get("ignorecase", False))
        self.replace = options.get("replace")
        self.group = options.get("group", 0)
        self.skip_foreign = options.get("skip_foreign", False)
        self.verb_group = options.get("verb_group")
        self.noun_group = options.get("noun_group")
        self.likelier_fix = options.get("likelier_fix", False)
        self.native_group = options.get("native_group")
        self.entry_fix = options.get("entry_fix", False)
        self.reduplicated_groups = options.get("reduplicated_groups")

    def _joined_noun(self, word: str | None) -> bool:
        from sunting.checks.di_verb import joined_noun

        return word is not None and joined_noun(word.lower(), self.language.lexicon(), self.language.active_form)

    def _foreign(self, word: str | None) -> bool:
        from sunting.text.foreign import classify

        return word is not None and classify(self.language.lexicon(), word, self.language.foreign) in ("en", "ar")

    def _noun(self, word: str | None) -> bool:
        from sunting.checks.di_verb import noun_not_verb

        if not word:
            return False
        return noun_not_verb(word.lower(), self.language.lexicon())

    def check_block(self, block, doc):
        for m in safe_finditer(self.regex, block.text, self.rule):
            a, b = m.span(self.group)
            if a < 0 or b <= a:
                continue
            if self.skip_foreign and any(s.start <= block.start + a and block.start + b <= s.end
                                         for s in block.foreign_spans):
                continue  # issue 13.1 (falsealarms): ultra petita is a Latin maxim, not ultra- + a word
            if self.verb_group and self._noun(m.group(self.verb_group)):
                continue  # issue 13 (falsealarms2): di gerakan mahasiswa is di + a noun, not di- + a verb
            if self.native_group and self._foreign(m.group(self.native_group)):
                continue  # issue 14 (forms): solving lah, process lah — English with a spoken particle
            if self.noun_group and not self._joined_noun(m.group(self.noun_group)):
                continue  # issue 14 (grammar4): ditahan is a verb; dilingkungan is di + a noun
            suggestions = []
            if self.replace is not None:
                full = m.expand(self.replace)
                if self.group:
                    # the template describes the whole match; keep only the group's part,
                    # and offer nothing when it also rewrites the text around the group
                    # (replacing the group's span alone would then be wrong)
                    prefix = m.string[m.start():a]
                    suffix = m.string[b:m.end()]
                    if full.startswith(prefix) and full.endswith(suffix) and len(full) >= len(prefix) + len(suffix):
                        suggestions = [full[len(prefix):len(full) - len(suffix)]]
                else:
                    suggestions = [full]
            if self.reduplicated_groups and not self._reduplicated(m):
                continue  # issue 14 (forms): siap siaga is a compound, bolak balik a reduplication
            if self.entry_fix and not self._entry(suggestions):
                continue  # issue 14 (forms): a dictionary entry, not any pair Hunspell's hyphen rule accepts
            if self.likelier_fix and not self._likelier(m.string[a:b], suggestions):
                continue  # issue 14 (grammar6): the rewritten affix must give the dictionary's word
            yield self.finding(doc, block.start + a, block.start + b, suggestions)

    def _reduplicated(self, m) -> bool:
        test = self.language.reduplicated
        x, y = (m.group(g) for g in self.reduplicated_groups)
        return test is not None and bool(x) and bool(y) and test(x, y)

    def _entry(self, suggestions: list[str]) -> bool:
        if len(suggestions) != 1:
            return False
        lex = self.language.lexicon()
        low = suggestions[0].lower()
        return low in lex.roots or low in lex.hunspell_stems

    def _likelier(self, text: str, suggestions: list[str]) -> bool:
        from sunting.checks.di_verb import likelier

        return len(suggestions) == 1 and likelier(suggestions[0].lower(), text.lower(), self.language.lexicon())
