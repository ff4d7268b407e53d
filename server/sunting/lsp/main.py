"""``sunting serve``: the language server's entry point.

It sets up logging, builds a session (:class:`sunting.lsp.server.SuntingServer`) with the
handlers of :mod:`sunting.lsp.features` registered, and serves it over stdio (or TCP, for
debugging). It sits above both: the session does not know its handlers, and the handlers
know the session only as the object they are given.
"""

from __future__ import annotations

import logging
import sys

from sunting.lsp import features
from sunting.lsp.server import EngineFactory, SuntingServer


def create_server(engine_factory: EngineFactory | None = None) -> SuntingServer:
    """A session with every LSP feature registered."""
    server = SuntingServer(engine_factory)
    features.register(server)
    return server


def serve(args, engine_factory: EngineFactory | None = None) -> int:
    level = logging.DEBUG if getattr(args, "verbose", False) else logging.INFO if args.log_file else logging.WARNING
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if getattr(args, "log_file", None):
        handlers.append(logging.FileHandler(args.log_file, encoding="utf-8"))
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for h in handlers:
        h.setFormatter(fmt)
        root.addHandler(h)
    root.setLevel(level)
    if not getattr(args, "verbose", False):
        logging.getLogger("pygls").setLevel(logging.WARNING)

    server = create_server(engine_factory)
    if getattr(args, "tcp", None):
        host, _, port = args.tcp.rpartition(":")
        server.start_tcp(host or "127.0.0.1", int(port))
        return 1  # not reached: the server ends the process (exit_now)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must never corrupt the protocol stream
    # LSP: exit status 0 after shutdown, 1 after exit without shutdown or a lost client
    server.start_io(stdin, stdout)
    return 1  # not reached: the server ends the process (exit_now)
