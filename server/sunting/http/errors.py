"""The HTTP door's errors: a status, a stable machine-readable code and a message from the
interface catalogue (:mod:`sunting.i18n`: Indonesian, English on ``Accept-Language: en``).

Every error a client can cause is answered as JSON ``{"error": {"code", "message"}}`` with a
4xx status (5xx only when the server itself cannot serve: busy, over its time limit, or the
LanguageTool it forwards to is down) — never a traceback.
"""

from __future__ import annotations

from sunting.i18n import t


class ApiError(Exception):
    def __init__(self, status: int, code: str, key: str | None = None, headers: dict[str, str] | None = None,
                 **params: object):
        super().__init__(code)
        self.status = status
        self.code = code
        self.key = key or code  # the message: http.error.<key> in the catalogue
        self.params = params
        self.headers = headers or {}

    def message(self, lang: str | None = None) -> str:
        return t(f"http.error.{self.key}", lang=lang, **self.params)

    def body(self, lang: str | None = None) -> dict:
        return {"error": {"code": self.code, "message": self.message(lang)}}


def bad_request(code: str, key: str | None = None, **params: object) -> ApiError:
    return ApiError(400, code, key, None, **params)
