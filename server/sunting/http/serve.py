"""``sunting serve --http [HOST:]PORT``: the HTTP door under uvicorn.

The parent process checks the configuration (a broken one is exit status 2, as for
``sunting check``), starts a local LanguageTool once when the configuration asks for one (its
URL reaches every worker through ``SUNTING_LT_SERVER``), and hands the settings to uvicorn's
worker processes through the environment: each worker builds the same application
(:func:`app_from_environment`).
"""

from __future__ import annotations

import argparse
import json
import logging
import dataclasses
import os
import re
import sys
from pathlib import Path

from sunting.errors import SuntingError
from sunting.i18n import os_reason, t

SETTINGS_ENV = "SUNTING_HTTP_SETTINGS"
TOKENS_ENV = "SUNTING_HTTP_TOKENS"
DEFAULT_HOST = "127.0.0.1"


def add_http_arguments(serve: argparse.ArgumentParser) -> None:
    """The ``serve`` subcommand's options for the HTTP door."""
    g = serve.add_argument_group(t("help.http"))
    g.add_argument("--http", metavar="[HOST:]PORT", default=None, help=t("help.http.http"))
    g.add_argument("--workers", type=int, default=1, metavar="N", help=t("help.http.workers"))
    g.add_argument("--config", default=None, metavar=t("metavar.file"), help=t("help.http.config"))
    g.add_argument("--languagetool", metavar="URL", default=None, help=t("help.http.languagetool"))
    g.add_argument("--token-file", default=None, metavar=t("metavar.file"), help=t("help.http.token_file", env=TOKENS_ENV))
    g.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN", help=t("help.http.cors_origin"))
    g.add_argument("--max-text-chars", type=int, default=200_000, metavar="N", help=t("help.http.max_text_chars"))
    g.add_argument("--max-body-kb", type=int, default=4096, metavar="KB", help=t("help.http.max_body_kb"))
    g.add_argument("--time-limit", type=float, default=30.0, metavar="S", help=t("help.http.time_limit"))
    g.add_argument("--max-queue", type=int, default=16, metavar="N", help=t("help.http.max_queue"))
    g.add_argument("--access-log", default="-", metavar=t("metavar.file"), help=t("help.http.access_log"))


def parse_address(value: str) -> tuple[str, int]:
    """``8081`` → (127.0.0.1, 8081); ``0.0.0.0:8081``; ``[::1]:8081``."""
    host, port = DEFAULT_HOST, value
    if value.startswith("["):
        end = value.find("]")
        if end < 0 or value[end + 1:end + 2] != ":":
            raise SuntingError(t("http.cli.bad_address", value=value))
        host, port = value[1:end], value[end + 2:]
    elif ":" in value:
        host, port = value.rsplit(":", 1)
    if not port.isdigit() or not 0 < int(port) < 65536 or not host:
        raise SuntingError(t("http.cli.bad_address", value=value))
    return host, int(port)


def _tokens(args) -> list[str]:
    tokens = [t.strip() for t in os.environ.get(TOKENS_ENV, "").split(",") if t.strip()]
    if args.token_file:
        try:
            lines = Path(args.token_file).read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise SuntingError(t("http.cli.token_file_unreadable", path=args.token_file, reason=os_reason(e))) from None
        tokens += [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
        if not tokens:
            raise SuntingError(t("http.cli.token_file_empty", path=args.token_file))
    return tokens


def settings_from_args(args):
    from sunting.http.app import HttpSettings

    for name in ("workers", "max_text_chars", "max_body_kb", "max_queue"):
        if getattr(args, name) < 1:
            raise SuntingError(t("http.cli.at_least_one", option="--" + name.replace("_", "-")))
    if args.time_limit <= 0:
        raise SuntingError(t("http.cli.time_limit_positive"))
    return HttpSettings(
        config=Path(args.config).resolve() if args.config else None,
        root=Path.cwd(),
        languagetool=args.languagetool,
        tokens=tuple(_tokens(args)),
        cors_origins=tuple(args.cors_origin),
        max_body_bytes=args.max_body_kb * 1024,
        max_text_chars=args.max_text_chars,
        time_limit=args.time_limit,
        max_queue=args.max_queue,
    )


def _encode(settings) -> str:
    d = dict(settings.__dict__)
    d["config"] = str(d["config"]) if d["config"] else None
    d["root"] = str(d["root"]) if d["root"] else None
    return json.dumps(d)


def app_from_environment():
    """uvicorn's factory in each worker: the settings the parent put in the environment."""
    from sunting.http.app import HttpSettings, create_app

    d = json.loads(os.environ[SETTINGS_ENV])
    d["config"] = Path(d["config"]) if d["config"] else None
    d["root"] = Path(d["root"]) if d["root"] else None
    d["tokens"] = tuple(d["tokens"])
    d["cors_origins"] = tuple(d["cors_origins"])
    return create_app(HttpSettings(**d))


class UvicornInLanguage(logging.Filter):
    """uvicorn's own lines about the server's life (``Uvicorn running on … (Press CTRL+C to
    quit)``, ``Application startup complete.``), the first a user starting ``sunting serve
    --http`` reads, in the interface language. Any other line passes as uvicorn wrote it."""

    LINES = [
        (r"Uvicorn running on (\S+) \(Press CTRL\+C to quit\)", "running"),
        (r"Started server process \[(\d+)\]", "started"),
        (r"Finished server process \[(\d+)\]", "finished"),
        (r"Started parent process \[(\d+)\]", "parent_started"),
        (r"Stopping parent process \[(\d+)\]", "parent_stopping"),
        (r"Waiting for child process \[(\d+)\]", "child_waiting"),
        (r"Child process \[(\d+)\] died", "child_died"),
        (r"Waiting for application startup\.", "startup_waiting"),
        (r"Application startup complete\.", "startup_complete"),
        (r"Shutting down", "shutting_down"),
        (r"Waiting for connections to close\. \(CTRL\+C to force quit\)", "connections_waiting"),
        (r"Waiting for application shutdown\.", "shutdown_waiting"),
        (r"Application shutdown complete\.", "shutdown_complete"),
        (r"Received (SIG\w+), exiting\.", "signal"),
    ]

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("uvicorn"):
            text = record.getMessage()
            for pattern, name in self.LINES:
                m = re.fullmatch(pattern, text)
                if m:
                    record.msg, record.args = t(f"http.log.{name}", value=m.group(1) if m.groups() else ""), ()
                    break
        return True


def log_config(access_log: str) -> dict:
    handlers: dict = {"stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr", "formatter": "plain",
                                 "filters": ["language"]}}
    access_handlers = ["stderr"]
    if access_log == "off":
        access_handlers = []
    elif access_log != "-":
        handlers["access_file"] = {"class": "logging.FileHandler", "filename": access_log, "formatter": "plain",
                                   "encoding": "utf-8"}
        access_handlers = ["access_file"]
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(name)s %(levelname)s %(message)s"}},
        "filters": {"language": {"()": UvicornInLanguage}},
        "handlers": handlers,
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.error": {"level": "INFO"},
            "sunting": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "sunting.http.access": {"handlers": access_handlers, "level": "INFO", "propagate": False},
        },
    }


def serve_http(args) -> int:
    try:
        import starlette  # noqa: F401
        import uvicorn
    except ImportError as e:
        raise SuntingError(t("http.cli.needs_extra", module=e.name or "uvicorn")) from None

    from sunting.backends import notices, prepare_backends
    from sunting.config import find_config, load_config

    host, port = parse_address(args.http)
    settings = settings_from_args(args)
    config = load_config(settings.config or find_config(Path.cwd()), Path.cwd())  # exit 2 when broken
    if settings.languagetool:
        config = dataclasses.replace(config, languagetool={**config.languagetool, "server": settings.languagetool})
    prepare_backends(config)  # a local LanguageTool: started once here, shared by the workers
    for _, message in notices.drain():
        print(t("cli.note", message=message), file=sys.stderr)
    os.environ[SETTINGS_ENV] = _encode(settings)
    if not settings.tokens and host not in ("127.0.0.1", "localhost", "::1"):
        print(t("http.cli.open_without_token", address=f"{host}:{port}"), file=sys.stderr)
    uvicorn.run(
        "sunting.http.serve:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=args.workers,
        access_log=False,  # uvicorn's would log the query string, i.e. the text of GET /v2/check
        log_config=log_config(args.access_log),
        timeout_graceful_shutdown=10,
        limit_concurrency=max(64, settings.max_queue * 4),
        server_header=False,
    )
    return 0
