"""sunting's JSON-RPC/LSP protocol: pygls' ``LanguageServerProtocol``, made strict about
what it accepts and forgiving about what it survives.

pygls hands every decoded body to its converter and, when that fails, logs a traceback and
answers nothing: the client waits forever. It also answers nothing after ``shutdown`` and
serves requests before ``initialize``. Here every message is judged first, the way the
JSON-RPC 2.0 and LSP 3.17 specifications say:

* not a JSON-RPC 2.0 request, notification or response → ``-32600`` (Invalid Request;
  ``id: null`` when the id cannot be read); a body that is not JSON → ``-32700``;
* a request whose ``params`` do not fit its method (hover without ``position``,
  ``params: "oops"``) → ``-32602``; an unknown method → ``-32601``; a notification with bad
  params is dropped (notifications are never answered);
* lifecycle: before ``initialize`` requests get ``-32002`` and notifications are dropped; a
  second ``initialize`` and any request after ``shutdown`` get ``-32600``; ``exit`` ends the
  process at once (status 0 after ``shutdown``, 1 otherwise), whatever check is running.

A client's mistake costs one log line, never a traceback. Frames come from
``sunting.lsp.transport`` (which also reports frames it cannot read).
"""

from __future__ import annotations

import enum
import logging
from concurrent.futures import Future
from typing import Any

from cattrs.errors import ClassValidationError
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.json_rpc import JsonRPCNotification, JsonRPCRequestMessage, JsonRPCResponseMessage
from pygls.protocol.language_server import lsp_method

from sunting.i18n import t
from sunting.lsp.transport import MAX_MESSAGE_BYTES, FrameError, Message

log = logging.getLogger("sunting.lsp")

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603
SERVER_NOT_INITIALIZED = -32002
REQUEST_CANCELLED = -32800
REQUEST_FAILED = -32803

_MISSING = object()


class Lifecycle(enum.Enum):
    NEW = "new"  # waiting for initialize
    RUNNING = "running"
    SHUT_DOWN = "shut down"  # shutdown answered: only exit is honoured


class Kind(enum.Enum):
    REQUEST = "request"
    NOTIFICATION = "notification"
    RESPONSE = "response"
    INVALID = "invalid"


def _valid_id(value) -> bool:
    return isinstance(value, (int, str)) and not isinstance(value, bool)


def classify(value) -> tuple[Kind, Any, str]:
    """(kind, id, why-invalid) of a decoded JSON body, by JSON-RPC 2.0's rules.

    For an invalid message the id is the one to answer with (``None`` when it cannot be
    read); ``why`` says what is wrong: the ``lsp.why.*`` entry of the interface catalogue.
    """
    if not isinstance(value, dict):
        return Kind.INVALID, None, "batch" if isinstance(value, list) else "not_object"
    rid = value.get("id", _MISSING)
    answer_id = rid if _valid_id(rid) else None
    if value.get("jsonrpc") != "2.0":
        return Kind.INVALID, answer_id, "version"
    if "method" in value:
        if not isinstance(value["method"], str):
            return Kind.INVALID, answer_id, "method"
        if rid is _MISSING:
            return Kind.NOTIFICATION, None, ""
        if not _valid_id(rid):
            return Kind.INVALID, None, "id"
        return Kind.REQUEST, rid, ""
    has_result, has_error = "result" in value, "error" in value
    if rid is _MISSING or has_result == has_error or not (_valid_id(rid) or (rid is None and has_error)):
        return Kind.INVALID, answer_id, "shape"
    return Kind.RESPONSE, rid, ""


def _params_problem(value: dict, lsp_method: bool, lang: str | None) -> str | None:
    """What is wrong with ``params`` before its type is even looked at. JSON-RPC allows an
    object or an array; every LSP method takes an object (or nothing)."""
    params = value.get("params")
    if params is None or isinstance(params, dict) or (isinstance(params, list) and not lsp_method):
        return None
    return t("lsp.why.params", lang=lang)


def _describe(exc: BaseException) -> str:
    """cattrs' validation errors as one short line (``required field missing @ $.params.position``)."""
    if isinstance(exc, ClassValidationError):
        from cattrs import transform_error

        try:
            return "; ".join(transform_error(exc))[:500]
        except Exception:
            pass
    return f"{type(exc).__name__}: {exc}"[:500]


class SuntingProtocol(LanguageServerProtocol):
    """pygls' protocol with message validation, the LSP lifecycle, a prompt ``exit``, and
    open documents kept by the server itself (see ``lsp_text_document__did_open``)."""

    def __init__(self, server, converter):
        super().__init__(server, converter)
        self.lifecycle = Lifecycle.NEW

    @property
    def lang(self) -> str | None:
        """The interface language the client chose (None: sunting's default)."""
        return getattr(self._server, "lang", None)

    # ------------------------------------------------------------------ input
    def handle_frame(self, frame: Message | FrameError) -> None:
        """One frame from the transport: a decoded body, or an error to answer."""
        if isinstance(frame, FrameError):
            if frame.code == PARSE_ERROR:
                text = t("lsp.parse_error", lang=self.lang)
            else:
                text = t("lsp.too_large", lang=self.lang, size=frame.size, limit=MAX_MESSAGE_BYTES)
            log.warning("unreadable frame: %s", text)
            self._send_error(None, frame.code, text)
            return
        try:
            self.handle_payload(frame.value)
        except SystemExit:
            raise
        except Exception:  # a bug of ours: never let it end the read loop
            log.exception("handling a message failed")

    def handle_payload(self, value) -> None:
        kind, rid, why = classify(value)
        if kind is Kind.INVALID:
            log.warning("invalid message (%s): %.200r", why, value)
            reason = t(f"lsp.why.{why}", lang=self.lang)
            self._send_error(rid, INVALID_REQUEST, t("lsp.invalid_request", lang=self.lang, why=reason))
            return
        if kind is Kind.RESPONSE:
            self._handle_client_response(value)
            return
        method = value["method"]
        if kind is Kind.NOTIFICATION:
            self._handle_client_notification(method, value)
        else:
            self._handle_client_request(rid, method, value)

    def _handle_client_request(self, rid, method: str, value: dict) -> None:
        if self.lifecycle is Lifecycle.NEW and method != types.INITIALIZE:
            self._send_error(rid, SERVER_NOT_INITIALIZED, t("lsp.not_initialized", lang=self.lang, method=method))
            return
        if self.lifecycle is Lifecycle.RUNNING and method == types.INITIALIZE:
            self._send_error(rid, INVALID_REQUEST, t("lsp.already_initialized", lang=self.lang))
            return
        if self.lifecycle is Lifecycle.SHUT_DOWN:
            self._send_error(rid, INVALID_REQUEST, t("lsp.after_shutdown", lang=self.lang, method=method))
            return
        message_type = self.get_message_type(method)
        if message_type is None:
            if method not in self.fm.features:
                log.info("unknown method %s (request %r)", method, rid)
                self._send_error(rid, METHOD_NOT_FOUND, t("lsp.method_not_found", lang=self.lang, method=method))
                return
            message_type = JsonRPCRequestMessage
        message, problem = self._structure(value, message_type, JsonRPCRequestMessage)
        if problem is not None:
            log.warning("invalid params for %s (request %r): %s", method, rid, problem)
            self._send_error(rid, INVALID_PARAMS, t("lsp.invalid_params", lang=self.lang, method=method, why=problem))
            return
        if method == types.INITIALIZE:
            self.lifecycle = Lifecycle.RUNNING
        elif method == types.SHUTDOWN:
            self.lifecycle = Lifecycle.SHUT_DOWN
        self.handle_message(message)

    def _structure(self, value: dict, message_type: type, generic: type) -> tuple[Any, str | None]:
        """The message built from ``value``, or why its params are invalid (for a method
        without its own type, ``generic``: its params are not checked)."""
        problem = _params_problem(value, message_type is not generic, self.lang)
        if problem is not None:
            return None, problem
        try:
            return self._converter.structure(value, message_type), None
        except Exception as e:
            return None, _describe(e)

    def _handle_client_notification(self, method: str, value: dict) -> None:
        if method == types.EXIT:
            code = 0 if self.lifecycle is Lifecycle.SHUT_DOWN else 1
            exit_now = getattr(self._server, "exit_now", None)
            if exit_now is None:
                raise SystemExit(code)
            exit_now(code)
            return
        if self.lifecycle is not Lifecycle.RUNNING:
            log.info("%s dropped: the server is %s", method, self.lifecycle.value)
            return
        message_type = self.get_message_type(method)
        if message_type is None:
            if method not in self.fm.features:
                log.debug("unknown notification %s ignored", method)
                return
            message_type = JsonRPCNotification
        message, problem = self._structure(value, message_type, JsonRPCNotification)
        if problem is None and method == types.CANCEL_REQUEST and not _valid_id(message.params.id):
            # lsprotocol lets any value through an ``int | str`` field
            problem = t("lsp.why.id", lang=self.lang)
        if problem is not None:
            log.warning("invalid notification %s dropped: %s", method, problem)
            return
        self.handle_message(message)

    def _handle_client_response(self, value: dict) -> None:
        rid = value["id"]
        try:
            if "error" in value:
                message = self._converter.structure(value, types.ResponseErrorMessage)
            else:
                response_type = self._result_types.pop(rid, None) or JsonRPCResponseMessage
                message = self._converter.structure(value, response_type)
        except Exception as e:
            log.warning("invalid response to %r: %s", rid, _describe(e))
            future = self._request_futures.pop(rid, None)
            if future is not None and not future.done():
                future.set_exception(JsonRpcException(message=_describe(e), code=INVALID_PARAMS))
            return
        self.handle_message(message)  # type: ignore[arg-type]  # pygls' RPC protocols want a non-null id

    # ------------------------------------------------------------------ output
    def _send_error(self, rid, code: int, message: str) -> None:
        if rid is None:
            # JSON-RPC wants ``"id": null`` here; lsprotocol's converter drops a None id,
            # which leaves an answer no client can match (docs/upstream/pygls-framing.md)
            self._send_data({"jsonrpc": "2.0", "id": None, "error": {"code": code, "message": message}})
            return
        self._send_response(rid, error=types.ResponseError(code=code, message=message))

    def _send_handler_result(self, future: Future, *, msg_id) -> None:
        """Answer a request from its handler's future: a JsonRpcException is the client's
        business (one log line), anything else is a bug of ours (logged with its traceback,
        answered ``-32603`` without it)."""
        self._request_futures.pop(msg_id, None)
        if future.cancelled():
            self._send_error(msg_id, REQUEST_CANCELLED, t("lsp.request_cancelled", lang=self.lang))
            return
        exc = future.exception()
        if exc is None:
            self._send_response(msg_id, result=future.result())
        elif isinstance(exc, JsonRpcException):
            log.warning("request %r: %s", msg_id, exc.message)
            self._send_response(msg_id, error=exc.to_response_error())
        else:
            log.error("request %r failed", msg_id, exc_info=exc)
            self._send_error(msg_id, INTERNAL_ERROR, t("lsp.internal_error", lang=self.lang, error=f"{type(exc).__name__}: {exc}"))

    # ------------------------------------------------------------------ LSP methods
    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        """pygls' initialize, then the server's last word on the capabilities (a feature
        it offers only to clients that use it, such as pull diagnostics)."""
        result = yield from super().lsp_initialize(params)
        finish = getattr(self._server, "finish_capabilities", None)
        if finish is not None:
            finish(result.capabilities)
        return result

    # The server keeps open documents itself: pygls' text store splits lines with
    # ``str.splitlines`` (which also breaks at U+2028, U+0085, form feeds…) and raises on
    # an out-of-range change before the handler runs; ours follows LSP and clamps.
    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield handler, (params,), None
