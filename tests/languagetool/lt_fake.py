"""A stand-in LanguageTool HTTP server for the tests (stdlib only, 127.0.0.1).

It speaks ``GET /v2/languages`` and ``POST /v2/check`` as LanguageTool's HTTP API
documents them: form parameters ``language`` (required), ``text`` or ``data`` (the
``{"annotation": [{"text": …}, {"markup": …, "interpretAs": …}]}`` JSON), ``disabledRules``,
``disabledCategories``, ``enabledRules``, ``enabledOnly``…; the answer is
``{"software", "language", "matches": [{message, shortMessage, replacements: [{value}],
offset, length, context: {text, offset, length}, sentence, type, rule: {id, description,
issueType, category: {id, name}}}]}``. Offsets are in the *original* text (text and markup
parts concatenated) in UTF-16 code units, as the Java server counts them; a match inside
an ``interpretAs`` maps to the whole markup, as LanguageTool's AnnotatedText does.

Its "rules" are three regular expressions that behave like LanguageTool's:
MORFOLOGIK_RULE_EN_US (TYPOS), EN_A_VS_AN and ENGLISH_WORD_REPEAT_RULE (MISC).

Run as a script it pretends to be ``java -cp languagetool-server.jar
org.languagetool.server.HTTPServer -p PORT`` (used by the local-server test).
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "Dutch", "code": "nl", "longCode": "nl-NL"},
]
MISSPELLED = {"teh": ["the", "ten", "tea"], "recieve": ["receive"], "Kominfo": ["Kimono", "Komino"], "Dummy": ["Dumpy"]}
CATEGORIES = {"TYPOS": "Possible Typo", "MISC": "Miscellaneous"}


def _u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


class Annotated:
    """LanguageTool's AnnotatedText, enough of it: plain text and the way back."""

    def __init__(self, parts: list[dict]):
        self.plain = ""
        self.original = ""
        # (plain_start, plain_end, orig_start, orig_end, is_text)
        self.spans: list[tuple[int, int, int, int, bool]] = []
        for p in parts:
            if "text" in p:
                t = p["text"]
                self.spans.append((len(self.plain), len(self.plain) + len(t), len(self.original), len(self.original) + len(t), True))
                self.plain += t
                self.original += t
            else:
                m, i = p["markup"], p.get("interpretAs", "")
                self.spans.append((len(self.plain), len(self.plain) + len(i), len(self.original), len(self.original) + len(m), False))
                self.plain += i
                self.original += m

    def original_pos(self, pos: int, is_end: bool) -> int:
        for ps, pe, os_, oe, is_text in self.spans:
            inside = ps <= pos < pe or (is_end and ps < pos <= pe)
            if inside and is_text:
                return os_ + (pos - ps)
            if inside:
                return oe if is_end else os_
        return len(self.original)


def find_matches(plain: str, disabled_rules: set[str], disabled_categories: set[str]) -> list[tuple[int, int, str, list[str], str, str]]:
    found = []
    for m in re.finditer(r"[^\W\d_]+", plain):
        if m.group() in MISSPELLED:
            found.append((m.start(), m.end(), "MORFOLOGIK_RULE_EN_US", MISSPELLED[m.group()], "TYPOS",
                          "Possible spelling mistake found."))
    for m in re.finditer(r"\b([Aa]) (?=[aeiouAEIOU])", plain):
        found.append((m.start(1), m.end(1), "EN_A_VS_AN", ["an" if m.group(1) == "a" else "An"], "MISC",
                      "Use <suggestion>an</suggestion> instead of 'a' if the following word starts with a vowel sound."))
    for m in re.finditer(r"\b(\w+) \1\b", plain):
        found.append((m.start(), m.end(), "ENGLISH_WORD_REPEAT_RULE", [m.group(1)], "MISC", "Possible typo: you repeated a word."))
    return [f for f in found if f[2] not in disabled_rules and f[4] not in disabled_categories]


class FakeLanguageTool:
    def __init__(self, port: int = 0):
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.delay = 0.0
        self.refuse: tuple[int, str] | None = None  # (status, text): answer every check with it
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _params(self) -> dict[str, str]:
                query = urllib.parse.urlsplit(self.path).query
                body = b""
                if self.command == "POST":
                    body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                pairs = urllib.parse.parse_qsl(query, keep_blank_values=True) + urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True)
                return dict(pairs)

            def _send(self, status: int, payload, content_type="application/json"):
                raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self):
                self._route()

            def do_POST(self):
                self._route()

            def _route(self):
                path = urllib.parse.urlsplit(self.path).path
                params = self._params()
                with fake.lock:
                    fake.requests.append((path, params))
                if path == "/v2/languages":
                    return self._send(200, LANGUAGES)
                if path == "/v2/healthcheck":
                    return self._send(200, b"OK", "text/plain")
                if path == "/v2/check":
                    if fake.delay:
                        time.sleep(fake.delay)
                    status, answer = fake.check(params)
                    if status != 200:
                        return self._send(status, answer.encode("utf-8"), "text/plain")
                    try:
                        return self._send(200, answer)
                    except (BrokenPipeError, ConnectionResetError):
                        return None
                return self._send(404, b"Error: unknown path", "text/plain")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def start(self) -> "FakeLanguageTool":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def checks(self) -> list[dict[str, str]]:
        with self.lock:
            return [p for path, p in self.requests if path == "/v2/check"]

    def check(self, params: dict[str, str]) -> tuple[int, object]:
        if self.refuse:
            return self.refuse
        lang = params.get("language")
        if not lang:
            return 400, "Error: Missing 'language' parameter"
        if lang != "auto" and lang not in {d["longCode"] for d in LANGUAGES} | {d["code"] for d in LANGUAGES}:
            return 400, f"Error: '{lang}' is not a language code known to LanguageTool."
        if "data" in params:
            try:
                doc = json.loads(params["data"])
                parts = doc["annotation"]
                for p in parts:
                    if ("text" in p) == ("markup" in p) or set(p) - {"text", "markup", "interpretAs"}:
                        return 400, f"Error: Only 'text' and 'markup' are supported as keys in 'annotation' of 'data' parameter: {p}"
            except (ValueError, KeyError, TypeError) as e:
                return 400, f"Error: invalid 'data': {e}"
            at = Annotated(parts)
        elif "text" in params:
            at = Annotated([{"text": params["text"]}])
        else:
            return 400, "Error: Missing 'text' or 'data' parameter"
        disabled_rules = set(filter(None, params.get("disabledRules", "").split(",")))
        disabled_cats = set(filter(None, params.get("disabledCategories", "").split(",")))
        matches = []
        for ps, pe, rule_id, reps, cat, msg in find_matches(at.plain, disabled_rules, disabled_cats):
            os_, oe = at.original_pos(ps, False), at.original_pos(pe, True)
            off, ln = _u16(at.original[:os_]), _u16(at.original[os_:oe])
            ctx_start = max(0, ps - 20)
            matches.append({
                "message": msg,
                "shortMessage": "Spelling mistake" if cat == "TYPOS" else "",
                "replacements": [{"value": r} for r in reps],
                "offset": off,
                "length": ln,
                "context": {"text": at.plain[ctx_start:pe + 20], "offset": ps - ctx_start, "length": pe - ps},
                "sentence": at.plain,
                "type": {"typeName": "Other"},
                "rule": {
                    "id": rule_id,
                    "description": msg,
                    "issueType": "misspelling" if cat == "TYPOS" else "grammar",
                    "category": {"id": cat, "name": CATEGORIES[cat]},
                },
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            })
        name = next((d["name"] for d in LANGUAGES if d["longCode"] == lang), "English (US)")
        return 200, {
            "software": {"name": "LanguageTool", "version": "6.6-fake", "buildDate": "2026-01-01", "apiVersion": 1, "premium": False, "status": ""},
            "warnings": {"incompleteResults": False},
            "language": {"name": name, "code": lang, "detectedLanguage": {"name": name, "code": lang, "confidence": 0.99}},
            "matches": matches,
        }


def main(argv: list[str]) -> int:
    """``java -cp X org.languagetool.server.HTTPServer -p PORT`` → serve on PORT until killed."""
    port = 8081
    for flag in ("-p", "--port"):
        if flag in argv:
            port = int(argv[argv.index(flag) + 1])
    if "--fail-start" in argv:
        print("Exception in thread main java.lang.UnsupportedClassVersionError: org/languagetool/server/HTTPServer", file=sys.stderr)
        return 1
    fake = FakeLanguageTool(port)
    fake.httpd.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
