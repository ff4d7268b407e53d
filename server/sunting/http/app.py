"""The ASGI application: LanguageTool's HTTP API v2 in front of :class:`CheckService`.

Routes: ``POST``/``GET /v2/check``, ``GET /v2/languages``, ``GET /healthz``. What makes it a
service rather than a demo:

* **limits** — request bodies over ``max_body_bytes`` are refused before they are read whole
  (413), texts over ``max_text_chars`` too; one check runs at a time per worker process (checks
  are CPU-bound Python: parallelism comes from ``--workers``), at most ``max_queue`` wait, the
  rest are told to come back (503 + ``Retry-After``); a check over ``time_limit`` seconds is
  answered 503 (its thread finishes in the background, holding its slot);
* **errors** — every failure a client causes is JSON ``{"error": {"code", "message"}}`` in
  Indonesian with a 4xx status; an unexpected one is logged and answered 500 without a
  traceback;
* **access** — optional tokens (``Authorization: Bearer …``, or ``apiKey`` as LanguageTool's
  clients send it) for ``/v2/check``; CORS for the origins named; an access log line per request
  without the checked text (method, path without query, status, sizes, milliseconds).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sunting import __version__
from sunting.http.errors import ApiError
from sunting.http.params import parse_check
from sunting.http.service import CheckService
from sunting.i18n import normalise, number

log = logging.getLogger("sunting.http")
access_log = logging.getLogger("sunting.http.access")


@dataclass
class HttpSettings:
    """Everything ``sunting serve --http`` can be told; the same in every worker."""

    config: Path | None = None
    root: Path | None = None
    languagetool: str | None = None
    tokens: tuple[str, ...] = ()
    cors_origins: tuple[str, ...] = ()
    max_body_bytes: int = 4 * 1024 * 1024
    max_text_chars: int = 200_000
    time_limit: float = 30.0
    max_queue: int = 16
    warm_up: bool = True


class JsonResponse(JSONResponse):
    """JSON as LanguageTool writes it: UTF-8, not ASCII-escaped."""

    media_type = "application/json"


def request_language(request: Request | None) -> str | None:
    """The interface language a client asks for with ``Accept-Language`` (first tag sunting
    speaks), else None: the server's default (Indonesian, or ``SUNTING_LANG``)."""
    if request is None:
        return None
    for part in request.headers.get("accept-language", "").split(","):
        code = normalise(part.split(";")[0])
        if code:
            return code
    return None


def error_response(err: ApiError, request: Request | None = None) -> Response:
    return JsonResponse(err.body(request_language(request)), status_code=err.status, headers=err.headers)


class Gate:
    """One check at a time, a bounded queue, a time limit per check."""

    def __init__(self, max_queue: int, time_limit: float):
        self.max_queue = max_queue
        self.time_limit = time_limit
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sunting-check")
        self.waiting = 0
        self.slot = asyncio.Semaphore(1)

    async def run(self, fn):
        if self.waiting >= self.max_queue:
            raise ApiError(503, "busy", headers={"Retry-After": "2"})
        self.waiting += 1
        try:
            await self.slot.acquire()
        finally:
            self.waiting -= 1
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.executor, fn)
        future.add_done_callback(lambda _f: self.slot.release())
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.time_limit)
        except asyncio.TimeoutError:
            future.add_done_callback(_consume)
            raise ApiError(503, "time_limit", headers={"Retry-After": "5"}, seconds=number(self.time_limit)) from None


def _consume(future) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.error("a check that ran over its time limit failed: %r", future.exception())


async def read_fields(request: Request, max_body: int) -> dict[str, str]:
    """Query string and body fields (URL-encoded or multipart), the body read up to ``max_body``."""
    fields = dict(urllib.parse.parse_qsl(request.url.query, keep_blank_values=True))
    if request.method != "POST":
        return fields
    declared = request.headers.get("content-length")
    too_big = ApiError(413, "body_too_large", kb=max_body // 1024)
    if declared and declared.isdigit() and int(declared) > max_body:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_body:
                raise too_big
            chunks.append(chunk)
    except ClientDisconnect:
        raise ApiError(400, "client_disconnected") from None
    body = b"".join(chunks)
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("multipart/form-data"):
        async def stream():
            yield body

        try:
            form = await MultiPartParser(Headers(raw=request.headers.raw), stream(), max_files=0, max_fields=100).parse()
        except MultiPartException as e:
            raise ApiError(400, "invalid_form", reason=e.message) from None
        fields.update({k: v for k, v in form.multi_items() if isinstance(v, str)})
        return fields
    if ctype.startswith("application/json"):
        raise ApiError(415, "unsupported_media_type")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "not_utf8") from None
    try:
        fields.update(urllib.parse.parse_qsl(text, keep_blank_values=True, max_num_fields=200, strict_parsing=False))
    except ValueError:
        raise ApiError(400, "too_many_fields") from None
    return fields


def create_app(settings: HttpSettings, service: CheckService | None = None) -> Starlette:
    """The application for one worker process (``service`` given: tests share one)."""
    state: dict = {"service": service}
    tokens = tuple(t for t in settings.tokens if t)

    def get_service() -> CheckService:
        svc = state["service"]
        if svc is None:
            svc = state["service"] = CheckService(settings.config, settings.root, settings.languagetool,
                                                  settings.max_text_chars)
            if settings.warm_up:
                svc.warm_up()
        return svc

    gate = Gate(settings.max_queue, settings.time_limit)

    def authorized(request: Request, fields: dict[str, str]) -> bool:
        if not tokens:
            return True
        given = ""
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        elif fields.get("apiKey"):
            given = fields["apiKey"]
        return any(hmac.compare_digest(given.encode(), t.encode()) for t in tokens)

    async def check(request: Request) -> Response:
        fields = await read_fields(request, settings.max_body_bytes)
        if not authorized(request, fields):
            raise ApiError(401, "unauthorized", headers={"WWW-Authenticate": 'Bearer realm="sunting"'})
        req = parse_check(fields)
        svc = get_service()
        request.state.chars = len(req.text or req.data or "")
        request.state.language = req.language
        lang = request_language(request)
        answer = await gate.run(lambda: svc.check(req, fields, lang))
        return JsonResponse(answer)

    async def languages(request: Request) -> Response:
        svc = get_service()
        return JsonResponse(await asyncio.get_running_loop().run_in_executor(None, svc.languages))

    async def healthz(request: Request) -> Response:
        svc = state["service"]
        ready = svc is not None
        body = {"status": "ok" if ready else "starting", "version": __version__, "waiting": gate.waiting}
        if svc is not None and svc.reload_error:
            body["config_error"] = svc.reload_error
        return JsonResponse(body, status_code=200 if ready else 503)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        if service is None:  # load the configuration and lexicon before the first request
            await asyncio.get_running_loop().run_in_executor(None, get_service)
        yield
        gate.executor.shutdown(wait=False)

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return error_response(exc, request)

    async def not_found(request: Request, exc: Exception) -> Response:
        return error_response(ApiError(404, "not_found", path=request.url.path[:200]), request)

    async def wrong_method(request: Request, exc: Exception) -> Response:
        allowed = "GET, POST" if request.url.path.rstrip("/") == "/v2/check" else "GET"
        return error_response(ApiError(405, "method_not_allowed", headers={"Allow": allowed}, method=request.method,
                                       path=request.url.path, allowed=allowed), request)

    async def internal(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(ApiError(500, "internal_error"), request)

    middleware = [Middleware(AccessLog)]
    if settings.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                                     allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"],
                                     max_age=600))
    app = Starlette(
        routes=[
            Route("/v2/check", check, methods=["GET", "POST"]),
            Route("/v2/languages", languages, methods=["GET"]),
            Route("/healthz", healthz, methods=["GET"]),
        ],
        middleware=middleware,
        exception_handlers={ApiError: api_error, 404: not_found, 405: wrong_method, Exception: internal},
        lifespan=lifespan,
    )
    return app


class AccessLog:
    """One line per request, never the checked text: ``METHOD /path STATUS bytes-in chars lang ms``."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        t0 = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            st = scope.get("state") or {}
            headers = dict(scope.get("headers") or [])
            client = scope.get("client") or ("-", 0)
            access_log.info(
                '%s "%s %s" %s in=%s chars=%s lang=%s %.0fms',
                client[0], scope["method"], scope["path"], status["code"],
                headers.get(b"content-length", b"-").decode("latin-1"),
                st.get("chars", "-"), st.get("language", "-"), (time.perf_counter() - t0) * 1000,
            )
