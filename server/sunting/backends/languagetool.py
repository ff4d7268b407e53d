"""LanguageTool as one more check: grammar and style for the English (and other non-Indonesian)
copy a newsroom publishes beside its Indonesian.

Off by default; ``languagetool:`` in ``sunting.yaml`` turns it on::

    languagetool:
      server: http://localhost:8010   # a running LanguageTool server (or env SUNTING_LT_SERVER);
                                      # without one: a local LanguageTool found through
                                      # language-tool-python's settings (LTP_JAR_DIR_PATH, LTP_PATH)
      language: auto                  # or en-US, en-GB, de-DE…; auto guesses Indonesian/English per document
      variant: en-US                  # what auto sends English documents as
      disabled_rules: [WHITESPACE_RULE]
      disabled_categories: [TYPOGRAPHY]
      level: warning                  # the level of its findings (rules: {LanguageTool.X: error} per rule)

Only prose is sent (as LanguageTool's ``data`` annotation, see :mod:`.annotate`); matches
come back as findings ``LanguageTool.<RULE_ID>`` on exact source ranges, LanguageTool's
replacements as suggestions. Documents in a language LanguageTool does not know
(Indonesian) are not sent, and the user hears so once (:mod:`.notices`). A missing or dead
server is one notice too, and every other check still runs.

:meth:`LanguageToolBackend.check` is what the language server calls for its second, slow
publish (the engine's BACKENDS phase); its answers are cached by the text sent, so an
unchanged document (or an unchanged part of a long one) is not sent again.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sunting.backends import ltserver, notices
from sunting.backends.annotate import Chunk, build_chunks
from sunting.backends.langguess import guess_language
from sunting.errors import ConfigError
from sunting.findings import Finding, Severity
from sunting.i18n import t
from sunting.text.masking import MASK

if TYPE_CHECKING:
    from sunting.config import Config
    from sunting.text.document import Document
    from sunting.vocabulary import Vocabulary

log = logging.getLogger("sunting")

PACK = "LanguageTool"
ENV_SERVER = "SUNTING_LT_SERVER"
CACHE_SIZE = 2000
#: languages LanguageTool has no rules for: never sent, one notice (their names: lt.language.<code>)
UNSUPPORTED = {"id": "id", "in": "id", "ms": "ms", "jv": "jv", "su": "su"}

_NUMBER = (int, float)
OPTIONS: dict[str, tuple[type, ...]] = {
    "enabled": (bool,),
    "server": (str,),
    "jar_dir": (str,),
    "allow_download": (bool,),
    "version": (str,),
    "language": (str,),
    "variant": (str,),
    "mother_tongue": (str,),
    "disabled_rules": (list,),
    "disabled_categories": (list,),
    "enabled_rules": (list,),
    "enabled_categories": (list,),
    "enabled_only": (bool,),
    "picky": (bool,),
    "level": (str,),
    "fix": (bool,),
    "max_suggestions": (int,),
    "max_chars": (int,),
    "timeout": _NUMBER,
    "startup_timeout": _NUMBER,
    "retry_after": _NUMBER,
}


@dataclass
class Settings:
    server: str | None = None
    jar_dir: str | None = None
    allow_download: bool = False
    version: str | None = None
    language: str = "auto"
    variant: str = "en-US"
    mother_tongue: str | None = None
    disabled_rules: list[str] = field(default_factory=list)
    disabled_categories: list[str] = field(default_factory=list)
    enabled_rules: list[str] = field(default_factory=list)
    enabled_categories: list[str] = field(default_factory=list)
    enabled_only: bool = False
    picky: bool = False
    level: Severity = Severity.WARNING
    fix: bool = True
    max_suggestions: int = 5
    max_chars: int = 20000
    timeout: float = 30.0
    startup_timeout: float = 90.0
    retry_after: float = 120.0


def parse_settings(raw: Mapping[str, Any], path: str | None = None) -> Settings:
    """``languagetool:`` of sunting.yaml → Settings, or ConfigError naming the key."""
    s = Settings()
    for key, value in raw.items():
        if key not in OPTIONS:
            raise ConfigError(t("lt.config.unknown_key", key=key, known=", ".join(sorted(OPTIONS))), path)
        types = OPTIONS[key]
        if isinstance(value, bool) and bool not in types or not isinstance(value, types):
            kinds = {bool: "bool", list: "list", str: "string"}
            kind_names = dict.fromkeys("number" if k in _NUMBER else kinds[k] for k in types)
            names = t("lt.config.or").join(t("lt.config.type." + k) for k in kind_names)
            raise ConfigError(t("lt.config.expected", key=key, expected=names, value=repr(value)), path)
        if key == "enabled":
            continue
        if isinstance(value, list):
            if not all(isinstance(v, str) and v for v in value):
                raise ConfigError(t("lt.config.list_of_ids", key=key), path)
            value = [v.strip() for v in value]
        if key == "level":
            try:
                value = Severity.parse(value)
            except ValueError as e:
                raise ConfigError(f"languagetool.level: {e}", path) from None
        if key in ("timeout", "startup_timeout", "max_chars", "max_suggestions") and value <= 0:
            raise ConfigError(t("lt.config.positive", key=key), path)
        if key in ("language", "variant", "mother_tongue") and not (key == "language" and value == "auto"):
            if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]+)*", value):
                also = t("lt.config.or_auto") if key == "language" else ""
                raise ConfigError(t("lt.config.not_language_code", key=key, value=repr(value), also=also), path)
        setattr(s, key, value)
    return s


# ------------------------------------------------------------------ answers cache
_cache: OrderedDict[tuple, list[dict]] = OrderedDict()
_cache_lock = threading.Lock()


def _cache_get(key: tuple) -> list[dict] | None:
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
        return hit


def _cache_put(key: tuple, matches: list[dict]) -> None:
    with _cache_lock:
        _cache[key] = matches
        if len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()


class LanguageToolBackend:
    """Turns a Document into ``LanguageTool.*`` findings. Never raises from :meth:`check`."""

    pack = PACK

    def __init__(self, settings: Settings, rule_levels: Mapping[str, str] | None = None,
                 config_path: str | None = None):
        self.settings = settings
        self.config_path = config_path
        self.accept: Vocabulary | None = None
        self.level = settings.level
        self.rule_levels: dict[str, Severity] = {}
        self.off_rules: set[str] = set()
        for rid, lvl in (rule_levels or {}).items():
            if rid == PACK and lvl != "off":
                self.level = Severity.parse(lvl)
            elif rid.startswith(PACK + "."):
                name = rid[len(PACK) + 1 :]
                if lvl == "off":
                    self.off_rules.add(name)
                else:
                    self.rule_levels[name] = Severity.parse(lvl)

    @classmethod
    def from_config(cls, config: "Config") -> "LanguageToolBackend | None":
        raw = config.languagetool
        if not raw or raw.get("enabled", True) is False:
            return None
        if config.rule_levels.get(PACK) == "off":
            return None
        return cls(parse_settings(raw, config.path), config.rule_levels, config.path)

    def use_vocabulary(self, accept: "Vocabulary") -> None:
        self.accept = accept

    # ------------------------------------------------------------------ the server
    def server(self) -> ltserver.Server:
        s = self.settings
        url = s.server or os.environ.get(ENV_SERVER)
        if url:
            return ltserver.remote(url)
        return ltserver.local(s.jar_dir, s.allow_download, s.version, s.startup_timeout)

    def params(self, language: str) -> dict[str, str]:
        s = self.settings
        p = {"language": language}
        disabled = list(dict.fromkeys([*s.disabled_rules, *sorted(self.off_rules)]))
        if disabled:
            p["disabledRules"] = ",".join(disabled)
        if s.disabled_categories:
            p["disabledCategories"] = ",".join(s.disabled_categories)
        if s.enabled_rules:
            p["enabledRules"] = ",".join(s.enabled_rules)
        if s.enabled_categories:
            p["enabledCategories"] = ",".join(s.enabled_categories)
        if s.enabled_only:
            p["enabledOnly"] = "true"
        if s.picky:
            p["level"] = "picky"
        if s.mother_tongue:
            p["motherTongue"] = s.mother_tongue
        return p

    # ------------------------------------------------------------------ language
    def plan(self, doc: "Document") -> tuple[str | None, list[Chunk]]:
        """The language to send the document as and the chunks to send (none: not sent).

        With ``language: auto`` each block is guessed on its own: Indonesian blocks are left
        out, English ones are sent, undecided ones (a short headline) go with the document's
        own guess. So the English quotes of an Indonesian article are still checked.
        """
        s = self.settings
        if s.language == "auto":
            doc_guess = guess_language("\n".join(b.text for b in doc.blocks))
            seen_id = doc_guess == "id"

            def include(block) -> bool:
                nonlocal seen_id
                guess = guess_language(block.text)
                if guess == "id":
                    seen_id = True
                    return False
                return guess == "en" or doc_guess == "en"

            chunks = build_chunks(doc, s.max_chars, include)
            if not chunks:
                if seen_id:
                    self._unsupported("id")
                return None, []
            return s.variant, chunks
        base = s.language.split("-")[0].lower()
        if base in UNSUPPORTED:
            self._unsupported(base)
            return None, []
        return s.language, build_chunks(doc, s.max_chars)

    def _unsupported(self, base: str) -> None:
        notices.notice(f"languagetool:unsupported:{base}",
                       t("lt.notice.unsupported", language=t(f"lt.language.{UNSUPPORTED[base]}")))

    # ------------------------------------------------------------------ checking
    def check(self, doc: "Document") -> list[Finding]:
        try:
            return self._check(doc)
        except Exception:  # a backend must never take the other checks down
            log.exception("LanguageTool backend failed on %s", doc.path or "<text>")
            return []

    def _check(self, doc: "Document") -> list[Finding]:
        s = self.settings
        language, chunks = self.plan(doc)
        if language is None or not chunks:
            return []
        server = self.server()
        findings: list[Finding] = []
        try:
            server.guard(s.retry_after)
            if not server.supports(language, s.timeout):
                notices.notice(f"languagetool:unsupported:{language.lower()}",
                               t("lt.notice.server_unsupported", server=server.label, language=language))
                return []
            base = self.params(language)
            for chunk in chunks:
                params = dict(base, data=chunk.data())
                key = (server.key, tuple(sorted(params.items())))
                matches = _cache_get(key)
                if matches is None:
                    try:
                        answer = server.check(params, s.timeout)
                    except ltserver.RequestFailed as e:
                        notices.notice(f"languagetool:request:{e}",
                                       t("lt.notice.request_failed", path=doc.path or "-", reason=str(e)))
                        continue
                    matches = [m for m in answer["matches"] if isinstance(m, dict)]
                    _cache_put(key, matches)
                findings.extend(self._findings(doc, chunk, matches, language))
        except ltserver.Unavailable as e:
            notices.notice(server.notice_key, e.message)
        except ltserver.RequestFailed as e:
            notices.notice(f"languagetool:request:{e}", t("lt.notice.failed", reason=str(e)))
        return findings

    def _findings(self, doc: "Document", chunk: Chunk, matches: list[dict], language: str) -> list[Finding]:
        s = self.settings
        out: list[Finding] = []
        lang_base = language.split("-")[0].lower()
        for m in matches:
            try:
                span = chunk.to_source(int(m["offset"]), int(m["length"]))
            except (KeyError, TypeError, ValueError):
                continue
            if span is None:
                continue
            start, end = span
            segment = doc.mask[start:end]
            if end <= start or not any(ch != MASK and not ch.isspace() for ch in segment):
                continue  # nothing of the prose itself (a placeholder, markup)
            raw_rule = m.get("rule")
            rule: dict = raw_rule if isinstance(raw_rule, dict) else {}
            rule_id = str(rule.get("id") or "UNKNOWN")
            raw_category = rule.get("category")
            category: dict = raw_category if isinstance(raw_category, dict) else {}
            _remember_rule(rule_id, rule, category)
            if rule_id in self.off_rules or rule_id in s.disabled_rules or category.get("id") in s.disabled_categories:
                continue  # the server should have left these out already
            text = doc.source[start:end]
            if self.accept and (text in self.accept or text.strip() in self.accept):
                continue
            suggestions: list[str] = []
            if MASK not in segment:  # a replacement would also erase the markup inside the range
                for r in m.get("replacements") or []:
                    value = r.get("value") if isinstance(r, dict) else None
                    if isinstance(value, str) and value != text and value not in suggestions:
                        suggestions.append(value)
                    if len(suggestions) >= s.max_suggestions:
                        break
            message = _clean_message(str(m.get("message") or m.get("shortMessage") or rule.get("description") or rule_id))
            out.append(
                Finding(
                    rule=f"{PACK}.{rule_id}",
                    severity=self.rule_levels.get(rule_id, self.level),
                    message=message,
                    start=start,
                    end=end,
                    text=text,
                    suggestions=tuple(suggestions),
                    link=_rule_link(rule, rule_id, lang_base),
                    specificity=-1,  # sunting's own rules win a tie on the same range
                    fixable=s.fix,
                )
            )
        return out


#: LanguageTool rule id → what LanguageTool said of the rule (description, issue type, category),
#: for the doors that describe a finding the way LanguageTool does (the HTTP door)
_rule_info: dict[str, dict] = {}
RULE_INFO_SIZE = 5000


def _remember_rule(rule_id: str, rule: dict, category: dict) -> None:
    if rule_id in _rule_info or len(_rule_info) >= RULE_INFO_SIZE:
        return
    _rule_info[rule_id] = {
        "description": str(rule.get("description") or rule_id),
        "issueType": str(rule.get("issueType") or "uncategorized"),
        "category": {"id": str(category.get("id") or "MISC"), "name": str(category.get("name") or "")},
    }


def describe_rule(rule_id: str) -> dict | None:
    """LanguageTool's own description of one of its rules (``EN_A_VS_AN``), once it has
    reported a match of it in this process: ``{description, issueType, category{id, name}}``."""
    return _rule_info.get(rule_id)


def _clean_message(message: str) -> str:
    message = message.replace("<suggestion>", "‘").replace("</suggestion>", "’")
    return " ".join(message.split())


def _rule_link(rule: dict, rule_id: str, lang: str) -> str:
    for u in rule.get("urls") or []:
        if isinstance(u, dict) and isinstance(u.get("value"), str):
            return u["value"]
    return f"https://community.languagetool.org/rule/show/{rule_id}?lang={lang}"


def prepare(config: "Config") -> None:
    """Call in the CLI's main process before it forks worker processes.

    A local LanguageTool is started here, once, and its URL handed to the workers through
    ``SUNTING_LT_SERVER`` (instead of one Java server per worker); a remote server is asked
    for its languages, so that a dead one costs one timeout here and the forked workers
    inherit the failure instead of each waiting for their own. Problems become notices.
    Does nothing when LanguageTool is off."""
    backend = LanguageToolBackend.from_config(config)
    if backend is None:
        return
    s = backend.settings
    server = backend.server()
    try:
        server.guard(s.retry_after)
        if isinstance(server, ltserver.LocalServer):
            os.environ[ENV_SERVER] = server.base_url()
        server.languages(s.timeout)
    except ltserver.Unavailable as e:
        notices.notice(server.notice_key, e.message)
    except ltserver.RequestFailed as e:
        notices.notice(f"languagetool:request:{e}", t("lt.notice.failed", reason=str(e)))
