"""The engine: config + rules → findings for a document.

Rules are loaded and their checks built once per configuration. Block-level results are
cached by the block's text (a re-check after an edit only runs the checks on changed
paragraphs); document-level checks run on every check.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path

from sunting.checks import CHECK_TYPES, Check
from sunting.config import Config
from sunting.errors import RuleError
from sunting.findings import Finding, Severity, merge_findings
from sunting.fixes import prepare as prepare_fixes
from sunting.rules import Rule, builtin_packs_dir, discover_packs, load_pack
from sunting.text.document import Document
from sunting.vocabulary import Vocabulary, reject_pattern

log = logging.getLogger("sunting")

BLOCK_CACHE_SIZE = 20000


@dataclass
class RuleSet:
    rules: list[Rule]
    packs: dict[str, Path]
    #: house-style options a pack ships switched off (``enabled: false``) and the config did not
    #: switch on: listed by ``sunting rules``, explained by ``--explain``, never run
    optional: list[Rule] = field(default_factory=list)


def load_rules(config: Config) -> RuleSet:
    """Every enabled rule of the built-in and project packs, with config levels applied."""
    packs: dict[str, tuple[Path, bool]] = {}
    for name, folder in discover_packs(builtin_packs_dir()).items():
        packs[name] = (folder, True)
    for extra in config.paths:
        for name, folder in discover_packs(extra).items():
            packs[name] = (folder, False)  # a project pack overrides a built-in one of the same name
    rules: list[Rule] = []
    optional: list[Rule] = []
    used: dict[str, Path] = {}
    switched_off: set[str] = set()  # known rules, only turned off (10.2: no "no rule" warning)
    for name, (folder, builtin) in sorted(packs.items()):
        if not config.pack_enabled(name, builtin):
            continue
        used[name] = folder
        for rule in load_pack(name, folder):
            level = config.rule_levels.get(rule.id, config.rule_levels.get(name))
            if level == "off":
                switched_off.add(rule.id)
                continue
            if not rule.enabled and rule.id not in config.rule_levels:
                optional.append(rule)  # a house-style option: on only when the config names it
                continue
            if level:
                rule.level = Severity.parse(level)
            rules.append(rule)
    known = {r.id for r in rules} | {r.id for r in optional} | switched_off | set(packs)
    for rid in config.rule_levels:
        if rid.split(".", 1)[0] == "LanguageTool":  # the backend's rules (sunting.backends)
            continue
        if rid not in known and not any(rid == f"{p}" for p in packs):
            log.warning("%s: rules: no rule %s", config.path or "config", rid)
    return RuleSet(rules, used, optional)


class Engine:
    def __init__(self, config: Config | None = None, rules: list[Rule] | None = None):
        self.config = config or Config()
        if rules is None:
            ruleset = load_rules(self.config)
            rules = ruleset.rules
            self.packs = ruleset.packs
        else:
            self.packs = {}
        self.rules = rules
        self.accept = Vocabulary()
        self.reject = Vocabulary()
        for p in self.config.accept_files:
            self.accept.load(p)
        for p in self.config.reject_files:
            self.reject.load(p)
        self.checks: list[Check] = []
        for rule in rules:
            try:
                self.checks.append(CHECK_TYPES[rule.type](rule))
            except RuleError:
                raise
            except (OSError, ValueError) as e:
                raise RuleError(str(e), rule.path) from None
        if self.reject:
            self.checks.append(_reject_check(self.reject))
        for check in self.checks:
            hook = getattr(check, "use_vocabulary", None)
            if hook:
                hook(self.accept)
        from sunting.backends import load_backends

        self.backends = load_backends(self.config)  # slow, optional checkers (LanguageTool)
        for backend in self.backends:
            backend.use_vocabulary(self.accept)
        self.block_checks = [c for c in self.checks if not c.document_level]
        self.document_checks = [c for c in self.checks if c.document_level]
        self._cache: OrderedDict[tuple, list[Finding]] = OrderedDict()
        self.rules_by_id = {r.id: r for r in rules}

    # ------------------------------------------------------------------ checking
    def check_text(self, text: str, path: str | None = None, kind: str | None = None) -> list[Finding]:
        from sunting.text.document import detect_kind

        return self.check(Document(text, path, kind or detect_kind(path)))

    def check(
        self, doc: Document, select=None, ignore=None, fast_only: bool = False, document_level: bool = True
    ) -> list[Finding]:
        """All findings; ``fast_only`` leaves out the backends and ``document_level=False`` the
        document-level checks (the language server's first publish while the writer types)."""
        findings: list[Finding] = []
        for block in doc.blocks:
            findings.extend(self._check_block(block, doc))
        if document_level:
            for check in self.document_checks:
                findings.extend(self._run_document(check, doc))
        if not fast_only:
            findings.extend(self._run_backends(doc, select, ignore))
        return self._finish(findings, doc, select, ignore)

    def check_document_level(self, doc: Document, select=None, ignore=None) -> list[Finding]:
        """Only the document-level checks' findings (acronym definitions, counts across the
        document), filtered like check(): part of the language server's second publish."""
        findings: list[Finding] = []
        for check in self.document_checks:
            findings.extend(self._run_document(check, doc))
        return self._finish(findings, doc, select, ignore)

    def check_backends(self, doc: Document, select=None, ignore=None) -> list[Finding]:
        """Only the backends' findings, filtered like check(): the language server's second
        publish (merge them with the fast ones: ``merge_findings(fast + slow)``)."""
        return self._finish(self._run_backends(doc, select, ignore), doc, select, ignore)

    def _run_backends(self, doc, select, ignore) -> list[Finding]:
        out: list[Finding] = []
        for backend in self.backends:
            pack = backend.pack
            if select and not any(n == pack or n.startswith(pack + ".") for n in select):
                continue
            if ignore and pack in ignore:
                continue
            out.extend(backend.check(doc))  # never raises; problems go to sunting.backends.notices
        return out

    def _check_block(self, block, doc) -> list[Finding]:
        key = (block.kind, doc.source[block.start:block.end], block.text)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
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
        self._cache[key] = [f.shifted(-block.start) for f in out] if block.start else list(out)
        if len(self._cache) > BLOCK_CACHE_SIZE:
            self._cache.popitem(last=False)
        return out

    def _run_document(self, check, doc):
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

    def _finish(self, findings, doc, select, ignore):
        accept = self.accept
        min_level = self.config.min_level
        kept = []
        for f in findings:
            if f.severity < min_level:
                continue
            if select and not _rule_selected(f.rule, select):
                continue
            if ignore and _rule_selected(f.rule, ignore):
                continue
            if accept and f.rule != "Vocab.Reject" and (f.text in accept or f.text.strip() in accept):
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


def _rule_selected(rule_id: str, names) -> bool:
    pack = rule_id.split(".", 1)[0]
    return rule_id in names or pack in names


def _reject_check(vocab: Vocabulary) -> Check:
    from sunting.checks.existence import Existence
    from sunting.rules import Rule

    words = sorted(vocab.words)
    rule = Rule(
        id="Vocab.Reject",
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
    return Existence(rule)
