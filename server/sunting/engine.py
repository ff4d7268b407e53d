"""The engine: config + rules → findings for a document, by phase.

Rules are loaded and their checks built once per configuration and selection. A check's
:class:`Phase` says when it runs: *paragraph* checks are cached by the block's text (a
re-check after an edit only runs them on changed paragraphs), *document* checks see the
whole text on every check, *backends* are slow external tools. A door asks for the phases
it wants (the language server publishes the paragraph phase first, then the rest) and
knows nothing about which rule is which beyond :meth:`Engine.phase_of`.

The engine keeps no state about the documents it has seen except the paragraph cache,
which is keyed by the block's text and guarded by a lock: one engine may serve several
threads at once.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Literal, Protocol

from sunting.checks import ALL_PHASES, Check, Phase, check_types
from sunting.config import Config
from sunting.errors import RuleError
from sunting.findings import Finding, Severity, merge_findings
from sunting.fixes import prepare as prepare_fixes
from sunting.languages import DEFAULT as DEFAULT_LANGUAGE, Language, get_language
from sunting.loader import REJECT_RULE, load_rules
from sunting.rules import Rule
from sunting.selection import ALL, Selection
from sunting.text.blocks import Block
from sunting.text.document import Document, detect_kind
from sunting.vocabulary import Vocabulary, reject_pattern

if TYPE_CHECKING:
    from sunting.lexicon.learn import HouseLexicon

__all__ = ["ALL_PHASES", "Cancelled", "CheckEngine", "Engine", "Phase", "load_rules"]

log = logging.getLogger("sunting")

BLOCK_CACHE_SIZE = 20000


class Cancelled(Exception):
    """A check given up because its caller said so (``Engine.check(..., cancelled=…)``)."""


def _never() -> bool:
    return False


class CheckEngine(Protocol):
    """What the doors may use of an engine (the CLI, the language server, the HTTP API)."""

    config: Config

    @property
    def rules_by_id(self) -> Mapping[str, Rule]:
        """The rules this engine runs, by id (read only)."""
        ...

    @property
    def phases(self) -> tuple[Phase, ...]:
        """The phases that have checks, in order."""
        ...

    def check(self, doc: Document, phases: Collection[Phase] = ALL_PHASES, *,
              cancelled: Callable[[], bool] | None = None) -> list[Finding]:
        """The findings of the given phases: filtered, merged per range, sorted. Raises
        :class:`Cancelled` as soon as ``cancelled()`` is true (checked between blocks and
        between document checks)."""
        ...

    def phase_of(self, rule_id: str) -> Phase:
        """The phase whose check reports ``rule_id``."""
        ...


class Engine:
    """One configuration's rules, built into checks; see :class:`CheckEngine`.

    ``rules`` replaces the configuration's packs (tests, benchmarks); ``selection`` leaves
    out the rules it does not keep (they are not even built) and the findings of the
    backends it does not keep. ``house`` is the house lexicon handed to the checks that use
    one; by default it is read from ``.sunting/lexicon.tsv`` beside the configuration file
    (:class:`~sunting.lexicon.learn.HouseLexiconError` when that file cannot be read).
    """

    def __init__(self, config: Config | None = None, rules: list[Rule] | None = None,
                 selection: Selection = ALL, *, house: HouseLexicon | None | Literal["load"] = "load"):
        self.config = config or Config()
        self.selection = selection
        if rules is None:
            ruleset = load_rules(self.config)
            rules = ruleset.rules
            self.packs = ruleset.packs
            self.known = ruleset.known
        else:
            self.packs = {}
            self.known = frozenset(r.id for r in rules)
        rules = [r for r in rules if selection.keeps(r.id)]
        self.rules = rules
        self.accept = Vocabulary()
        self.reject = Vocabulary()
        for p in self.config.accept_files:
            self.accept.load(p)
        for p in self.config.reject_files:
            self.reject.load(p)
        #: the configuration's language (``language:``): what the checks and the text model
        #: know of it (:mod:`sunting.languages`)
        self.language = get_language(self.config.language)
        types = check_types()
        checks: list[Check] = []
        for rule in rules:
            try:
                checks.append(types[rule.type](rule, self.language))
            except RuleError:
                raise
            except (OSError, ValueError) as e:
                raise RuleError(str(e), rule.path) from None
        if self.reject and selection.keeps(REJECT_RULE):
            checks.append(_reject_check(self.reject, self.language))
        for check in checks:
            hook = getattr(check, "use_vocabulary", None)
            if hook:
                hook(self.accept)
        # the house lexicon `sunting learn` wrote beside the project config (.sunting/lexicon.tsv);
        # the project layer passes the one it loaded (and keeps the last good one of an editor)
        if house == "load":
            from sunting.lexicon.learn import load_house_lexicon

            house = load_house_lexicon(self.config.root) if self.config.path else None
        self.house = house
        if self.house is not None:
            for check in checks:
                hook = getattr(check, "use_house_lexicon", None)
                if hook:
                    hook(self.house)
        from sunting import backends  # looked up at call time: tests stand a fake backend in

        self.backends = [b for b in backends.load_backends(self.config) if _keeps_pack(selection, b.pack)]
        for backend in self.backends:
            backend.use_vocabulary(self.accept)
        self._phase_of_check = {id(c): type(c).phase_for(c.rule) for c in checks}
        self.checks = checks
        self.block_checks = [c for c in checks if self._phase_of_check[id(c)] is Phase.PARAGRAPH]
        self.document_checks = [c for c in checks if self._phase_of_check[id(c)] is Phase.DOCUMENT]
        self._rule_phase = {c.rule.id: self._phase_of_check[id(c)] for c in checks}
        self._backend_packs = tuple(b.pack for b in self.backends)
        self._cache: OrderedDict[tuple, list[Finding]] = OrderedDict()
        self._cache_lock = threading.Lock()
        self.rules_by_id = {r.id: r for r in rules}

    # ------------------------------------------------------------------ phases
    @property
    def phases(self) -> tuple[Phase, ...]:
        present = []
        if self.block_checks:
            present.append(Phase.PARAGRAPH)
        if self.document_checks:
            present.append(Phase.DOCUMENT)
        if self.backends:
            present.append(Phase.BACKENDS)
        return tuple(present)

    def phase_of(self, rule_id: str) -> Phase:
        """The phase of a rule this engine runs (a backend's ``Pack.RULE`` is BACKENDS).
        KeyError for an id the engine does not run."""
        phase = self._rule_phase.get(rule_id)
        if phase is not None:
            return phase
        if rule_id.split(".", 1)[0] in self._backend_packs:
            return Phase.BACKENDS
        raise KeyError(rule_id)

    # ------------------------------------------------------------------ checking
    def check_text(self, text: str, path: str | None = None, kind: str | None = None) -> list[Finding]:
        return self.check(Document(text, path, kind or detect_kind(path)))

    def check(self, doc: Document, phases: Collection[Phase] = ALL_PHASES,
              selection: Selection | None = None, *, cancelled: Callable[[], bool] | None = None) -> list[Finding]:
        """The findings of ``phases`` for ``doc``: scoped, filtered (minimum level, accept
        vocabulary, inline suppressions, selection), merged per range, sorted.

        ``selection`` narrows this one call further (a request of the HTTP API that names
        its rules): its findings are filtered and the backends it leaves out are not asked;
        the engine's own selection already left its rules out of the engine.

        Findings of different phases on one range are merged when a door combines them
        (``merge_findings(a + b)``), as one call with both phases does.

        ``cancelled`` lets a caller give up a long check (the language server, when a newer
        text arrives): it is asked between blocks and between document checks, and when it
        says so the check raises :class:`Cancelled`. The paragraphs checked so far stay in
        the cache, so the next check starts where this one stopped.
        """
        stop = cancelled or _never
        if doc.language is None and self.language.code != DEFAULT_LANGUAGE:
            doc = replace(doc, language=self.language)  # read in the configuration's language
        findings: list[Finding] = []
        if Phase.PARAGRAPH in phases and self.block_checks:
            for block in doc.blocks:
                if stop():
                    raise Cancelled
                findings.extend(self._check_block(block, doc))
        if Phase.DOCUMENT in phases:
            for check in self.document_checks:
                if stop():
                    raise Cancelled
                findings.extend(self._run_document(check, doc))
        if Phase.BACKENDS in phases:
            for backend in self.backends:
                if stop():
                    raise Cancelled
                if selection is None or _keeps_pack(selection, backend.pack):
                    findings.extend(backend.check(doc))  # never raises; problems go to sunting.backends.notices
        if selection:
            findings = [f for f in findings if selection.keeps(f.rule)]
        return self._finish(findings, doc)

    def _check_block(self, block: Block, doc: Document) -> list[Finding]:
        # a paragraph's findings may depend on one trait of the whole document: whether it
        # shows emphasis anywhere (italics advice is actionable only there)
        key = (block.kind, doc.source[block.start:block.end], block.text, doc.shows_emphasis)
        with self._cache_lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
        if cached is not None:
            if block.start == 0:
                return list(cached)
            return [f.shifted(block.start) for f in cached]
        out: list[Finding] = []
        for check in self.block_checks:
            try:
                for f in check.check_block(block, doc):
                    scope = block.scope_at(f.start)
                    if check.rule.applies_to(scope):
                        out.append(_in_scope(scope, f))
            except Exception:  # a broken check must not take the others down
                log.exception("rule %s failed on %s", check.rule.id, doc.path or "<text>")
        entry = [f.shifted(-block.start) for f in out] if block.start else list(out)
        with self._cache_lock:
            self._cache[key] = entry
            while len(self._cache) > BLOCK_CACHE_SIZE:
                self._cache.popitem(last=False)
        return out

    def _run_document(self, check: Check, doc: Document) -> list[Finding]:
        out = []
        try:
            for f in check.check_document(doc):
                block = doc.block_at(f.start)
                scope = block.scope_at(f.start) if block else "narrative"
                if check.rule.applies_to(scope):
                    out.append(_in_scope(scope, f))
        except Exception:
            log.exception("rule %s failed on %s", check.rule.id, doc.path or "<text>")
        return out

    def _finish(self, findings: Iterable[Finding], doc: Document) -> list[Finding]:
        accept = self.accept
        min_level = self.config.min_level
        selection = self.selection
        kept = []
        for f in findings:
            if f.severity < min_level:
                continue
            if selection and not selection.keeps(f.rule):
                continue
            if accept and f.rule != REJECT_RULE and (f.text in accept or f.text.strip() in accept):
                continue
            if doc.is_suppressed(f.rule, f.start):
                continue
            kept.append(f)
        return prepare_fixes(merge_findings(kept), doc)  # quotation and conflict marks for every door


def _in_scope(scope: str, f: Finding) -> Finding:
    """A lexical finding (the choice of a word: colloquial, regional, unknown, a repeated word)
    on a speaker's words inside a direct quotation is info at most: speech is quoted as spoken.
    Orthographic findings (how a word is written) keep their level there."""
    if scope == "quote" and f.lexical and f.severity > Severity.INFO:
        return replace(f, severity=Severity.INFO)
    return f


def _keeps_pack(selection: Selection, pack: str) -> bool:
    """Does the selection keep any rule of ``pack`` (``--select LanguageTool.X`` does)?"""
    if selection.select and not any(n == pack or n.startswith(pack + ".") for n in selection.select):
        return False
    return pack not in selection.ignore


def _reject_check(vocab: Vocabulary, language: Language) -> Check:
    words = sorted(vocab.words)
    rule = Rule(
        id=REJECT_RULE,
        type="existence",
        level=Severity.ERROR,
        message="‘{match}’ ada dalam daftar tolak proyek.",
        description="Kata dan frasa yang ditolak redaksi: daftar `vocabularies: reject` di sunting.yaml.",
        options={
            "tokens": words,
            "patterns": [reject_pattern(p.pattern) for p in vocab.patterns],
            "ignorecase": False,
        },
    )
    return check_types()["existence"](rule, language)

