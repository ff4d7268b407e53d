"""What one ``/v2/check`` request asks of sunting, with no checking logic of its own.

:class:`CheckService` holds what every request of one worker process shares: the project
layer (:class:`sunting.project.Projects`, as the CLI and the language server use it: the
configuration governing the folder the server runs in, its engines, loaded at start and
reloaded when ``sunting.yaml``, a vocabulary or a rule file changes, the last good ones kept
when an edit breaks a file), and the LanguageTool server the configuration names. A request carries
everything else, so any worker — or any machine behind a load balancer — answers it the same.

Routing by language:

* ``id``/``id-ID`` (and ``auto`` when the text reads as Indonesian or is undecided): sunting's
  findings, exactly as ``sunting check`` gives them for the same text (with the LanguageTool
  backend, when configured, checking English paragraphs inside it as the CLI does);
* any other language (and ``auto`` when the text reads as English): forwarded unchanged to the
  configured LanguageTool server and its answer returned; with none configured, no matches and
  a ``warnings`` entry saying so.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Mapping

from sunting.backends import ltserver, notices
from sunting.backends.langguess import guess_language
from sunting.backends.languagetool import PACK as LT_PACK
from sunting.backends.languagetool import describe_rule as describe_lt_rule
from sunting.config import Config, find_config, listed
from sunting.engine import Engine, Phase
from sunting.findings import Severity
from sunting.http.annotated import parse_data
from sunting.http.errors import ApiError, bad_request
from sunting.http.params import CheckRequest
from sunting.project import Projects
from sunting.i18n import t
from sunting.output.languagetool import (
    OffsetMap,
    RuleInfo,
    describe_sunting_rule,
    pack_name,
    render_answer,
    render_matches,
)
from sunting.selection import Selection
from sunting.text.document import Document

log = logging.getLogger("sunting.http")

INDONESIAN_NAME = "Bahasa Indonesia"
INDONESIAN_LANGUAGES = [
    {"name": INDONESIAN_NAME, "code": "id", "longCode": "id"},
    {"name": INDONESIAN_NAME, "code": "id", "longCode": "id-ID"},
]
#: languages LanguageTool 6 has rules for (base codes): what may be forwarded when no server
#: is configured to ask (then the answer is empty, with a warning); anything else is unknown
LANGUAGETOOL_BASES = frozenset(
    "ar ast be br ca crh da de el en eo es fa fr ga gl it ja km nb nl no pl pt ro ru sk sl sv ta tl uk zh".split()
)
RELOAD_CHECK_SECONDS = 1.0
#: fields that are the client's credentials, never forwarded to LanguageTool
PRIVATE_FIELDS = {"apiKey", "username", "token"}


class CheckService:
    """The project layer for one worker process, with what a request needs of it; thread-safe.

    Two :class:`~sunting.project.Projects` views of the same folder: the configuration as it
    is, and as ``level=picky`` asks for it (every level reported, LanguageTool's picky rules).
    Each keeps the last good engine when an edit breaks a file; the files they were built from
    are looked at no more than once a second and a change reloads them."""

    def __init__(self, config_path: Path | None = None, root: Path | None = None, languagetool: str | None = None,
                 max_text_chars: int = 200_000):
        self.root = (root or Path.cwd()).resolve()
        self.languagetool_url = languagetool
        self.max_text_chars = max_text_chars
        self.lock = threading.RLock()
        self.reload_error: str | None = None
        self._checked_at = time.monotonic()
        self.projects = {
            picky: Projects(config_file=config_path, overlay=self._overlay(picky), cwd=self.root,
                            keep_last_good=True, report=self._report)
            for picky in (False, True)
        }
        self.engine(False)  # load the configuration and rules now, not on the first request

    # ------------------------------------------------------------------ configuration
    def _overlay(self, picky: bool):
        def overlay(config: Config) -> Config:
            if self.languagetool_url:
                config = replace(config, languagetool={**config.languagetool, "server": self.languagetool_url})
            if not picky:
                return listed(config)  # hints only with level=picky
            config = replace(config, min_level=Severity.HINT)
            if config.languagetool:
                config = replace(config, languagetool={**config.languagetool, "picky": True})
            return config

        return overlay

    def _report(self, message: str) -> None:
        log.error("%s", message)

    def engine(self, picky: bool = False) -> Engine:
        """The engine for a request (the configuration reloaded first when one of its files
        changed)."""
        self._reload_if_changed()
        return self.projects[picky].engine_for(None)

    def _reload_if_changed(self) -> None:
        with self.lock:
            now = time.monotonic()
            if now - self._checked_at < RELOAD_CHECK_SECONDS:
                return
            self._checked_at = now
            if not any(_changed(projects, self.root) for projects in self.projects.values()):
                return
            for projects in self.projects.values():
                projects.reload_all()
            errors = [p.error for projects in self.projects.values() for p in projects.projects.values() if p.error]
            self.reload_error = errors[0] if errors else None
            if not errors:
                log.info("%s", t("http.log.reloaded"))

    def warm_up(self) -> None:
        """Load the lexicon before the first request (what a first check costs)."""
        self.engine(False).check(Document("Dia merubah rencana yangl di Jakarta, kata Kominfo.\n", None, "plain"),
                                 phases={Phase.PARAGRAPH, Phase.DOCUMENT})  # not LanguageTool

    # ------------------------------------------------------------------ LanguageTool
    def lt_server(self) -> ltserver.Server | None:
        backends = self.engine().backends
        return backends[0].server() if backends else None

    def lt_timeout(self) -> float:
        backends = self.engine().backends
        return backends[0].settings.timeout if backends else 30.0

    def languages(self) -> list[dict]:
        """``/v2/languages``: Indonesian (sunting) and whatever the LanguageTool server lists."""
        out = list(INDONESIAN_LANGUAGES)
        server = self.lt_server()
        if server is not None:
            try:
                server.guard(30)
                out += [d for d in server.languages(self.lt_timeout())
                        if str(d.get("code", "")).lower() not in ("id", "in")]
            except (ltserver.Unavailable, ltserver.RequestFailed) as e:
                log.warning("LanguageTool's languages not listed: %s", getattr(e, "message", e))
        return out

    # ------------------------------------------------------------------ checking
    def check(self, req: CheckRequest, fields: Mapping[str, str], lang: str | None = None) -> dict:
        """The ``/v2/check`` answer for one request (ApiError for what the client got wrong)."""
        if req.data is not None:
            annotated = parse_data(req.data)
            plain, offsets = annotated.plain, annotated.offsets
        else:
            plain = req.text or ""
            offsets = OffsetMap(plain)
        if len(offsets.original) > self.max_text_chars:
            raise ApiError(413, "text_too_long", n=len(offsets.original), limit=self.max_text_chars)
        if req.indonesian:
            return self._check_indonesian(req, plain, offsets, None, lang)
        if req.base == "auto":
            guess = guess_language(plain)
            if guess != "en":
                return self._check_indonesian(req, plain, offsets, guess or "id", lang)
            return self._forward(req, fields, True, lang)
        return self._forward(req, fields, False, lang)

    def _check_indonesian(self, req: CheckRequest, plain: str, offsets: OffsetMap, detected: str | None,
                          lang: str | None) -> dict:
        engine = self.engine(req.picky)
        select, ignore, lt_select_cats, lt_ignore_cats = _selection(req, engine)
        doc = Document(plain, None, "plain")
        findings = engine.check(doc, selection=Selection(frozenset(select), frozenset(ignore)))
        notices.drain()  # the CLI's once-per-run notices; a request reports its own warnings below
        describe = _describer(engine, lang)
        if lt_select_cats or lt_ignore_cats:
            findings = [
                f for f in findings
                if not f.rule.startswith(LT_PACK + ".")
                or _lt_category_kept(describe(f.rule).category_id, lt_select_cats, lt_ignore_cats, req.enabled_only)
            ]
        warnings = self._warnings(engine, doc, lang)

        def sentence_of(start: int, end: int) -> str:
            block = doc.block_at(start)
            if block is None:
                return plain[start:end]
            for a, b in block.sentences:
                if a <= start < b:
                    return plain[a:b]
            return plain[block.start:block.end].strip()

        matches = render_matches(findings, plain, offsets, describe, sentence_of, lang)
        language = {"name": INDONESIAN_NAME, "code": "id-ID",
                    "detectedLanguage": {"name": INDONESIAN_NAME, "code": "id-ID",
                                         "confidence": 1.0 if detected is None else 0.9}}
        return render_answer(matches, language, warnings)

    def _warnings(self, engine: Engine, doc: Document, lang: str | None) -> list[dict]:
        out: list[dict] = []
        if self.reload_error:
            out.append(_warning("config_reload_failed", lang, reason=self.reload_error))
        if engine.backends:
            server = engine.backends[0].server()
            if server.failure is not None:
                out.append(_warning("languagetool_unavailable", lang, reason=server.failure.message))
        elif any(guess_language(b.text) == "en" for b in doc.blocks):
            out.append(_warning("english_not_checked", lang))
        return out

    def _forward(self, req: CheckRequest, fields: Mapping[str, str], auto_english: bool, lang: str | None) -> dict:
        server = self.lt_server()
        language = req.language
        if auto_english and not req.preferred_variants:
            backends = self.engine().backends
            language = backends[0].settings.variant if backends else "en-US"
        if server is None:
            if req.base not in LANGUAGETOOL_BASES and not auto_english:
                raise bad_request("unknown_language", language=req.language)
            name = "English" if auto_english else req.language
            return render_answer([], {"name": name, "code": language,
                                      "detectedLanguage": {"name": name, "code": language, "confidence": 0.9}},
                                 [_warning("languagetool_not_configured", lang, language=language)])
        timeout = self.lt_timeout()
        try:
            server.guard(30)
            if not auto_english and not server.supports(req.language, timeout):
                raise bad_request("unknown_language", "unknown_language_server", language=req.language,
                                  server=server.label)
            params = {k: v for k, v in fields.items() if k not in PRIVATE_FIELDS}
            if not (auto_english and req.preferred_variants):
                params["language"] = language
            return server.check(params, timeout)
        except ltserver.Unavailable as e:
            raise ApiError(503, "languagetool_unavailable", reason=e.message) from None
        except ltserver.RequestFailed as e:
            raise bad_request("languagetool_rejected", reason=str(e)) from None


def _changed(projects: Projects, root: Path) -> bool:
    """Has a file the projects' configurations were built from changed, or a sunting.yaml
    appeared (or gone) for the folder the service runs in?"""
    if projects.stale():
        return True
    return projects.config_file is None and projects.config_path_for(None) != find_config(root)


def _warning(code: str, lang: str | None, **params: object) -> dict:
    return {"code": code, "message": t(f"http.warning.{code}", lang=lang, **params)}


def _lt_category_kept(category: str, select: set[str], ignore: set[str], enabled_only: bool) -> bool:
    if category in ignore:
        return False
    if enabled_only and select:
        return category in select
    return True


def _selection(req: CheckRequest, engine: Engine) -> tuple[set[str], set[str], set[str], set[str]]:
    """The request's rules and categories as the engine's select/ignore names.

    A sunting id (``EYD.BakuForms``) or pack (``EYD``, the category sunting reports) is one of
    sunting's; any other id is LanguageTool's (``EN_A_VS_AN`` → ``LanguageTool.EN_A_VS_AN``) and
    any other category one of LanguageTool's (``TYPOS``), kept or dropped by what LanguageTool
    said of the rule. Unknown ids select nothing, as in LanguageTool."""
    packs = {r.id.split(".", 1)[0] for r in engine.rules} | {"Vocab"}

    def rule_name(rid: str) -> str:
        if "." in rid or rid in packs:
            return rid
        return f"{LT_PACK}.{rid}"

    ignore = {rule_name(r) for r in req.disabled_rules}
    ignore |= {c for c in req.disabled_categories if c in packs}
    lt_ignore_cats = {c for c in req.disabled_categories if c not in packs}
    select: set[str] = set()
    lt_select_cats: set[str] = set()
    if req.enabled_only:
        select = {rule_name(r) for r in req.enabled_rules}
        select |= {c for c in req.enabled_categories if c in packs}
        lt_select_cats = {c for c in req.enabled_categories if c not in packs}
        if lt_select_cats:
            select.add(LT_PACK)
    return select, ignore, lt_select_cats, lt_ignore_cats


def _describer(engine: Engine, lang: str | None):
    rules = engine.rules_by_id

    def describe(rule_id: str) -> RuleInfo:
        rule = rules.get(rule_id)
        if rule is not None:
            return describe_sunting_rule(rule, lang)
        if rule_id.startswith(LT_PACK + "."):
            info = describe_lt_rule(rule_id[len(LT_PACK) + 1:])
            if info:
                return RuleInfo(info["description"], info["issueType"], info["category"]["id"], info["category"]["name"])
            return RuleInfo(rule_id, "uncategorized", "MISC", "")
        if rule_id == "Vocab.Reject":
            return RuleInfo(t("lt.rule.vocab_reject", lang=lang), "terminology", "Vocab", pack_name("Vocab", lang))
        pack = rule_id.split(".", 1)[0]
        return RuleInfo(rule_id, "uncategorized", pack, pack)

    return describe
