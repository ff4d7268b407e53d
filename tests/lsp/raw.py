"""A raw JSON-RPC client for the language server: the real ``sunting serve`` over stdio,
driven byte by byte, so tests can send what no well-behaved client library would (bad
frames, broken JSON, invalid requests) and read every message the server writes.

Standard library only; every message the server sends is recorded in order.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

SERVER_CMD = [sys.executable, "-m", "sunting", "serve"]


def frame(body: bytes | str | dict, header: bytes | None = None) -> bytes:
    """One LSP frame: ``Content-Length`` header (or ``header`` as given) and the body."""
    if isinstance(body, dict):
        body = json.dumps(body, ensure_ascii=False)
    if isinstance(body, str):
        body = body.encode("utf-8")
    if header is None:
        header = b"Content-Length: %d\r\n\r\n" % len(body)
    return header + body


def request(rid, method: str, params=None) -> dict:
    msg = {"jsonrpc": "2.0", "id": rid, "method": method}
    if params is not None:
        msg["params"] = params
    return msg


def notification(method: str, params=None) -> dict:
    msg = {"jsonrpc": "2.0", "method": method}
    if params is not None:
        msg["params"] = params
    return msg


def initialize_params(root: Path | None) -> dict:
    return {
        "processId": os.getpid(),
        "rootUri": root.as_uri() if root else None,
        "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}] if root else None,
        "capabilities": {"textDocument": {"publishDiagnostics": {"versionSupport": True}}},
    }


class RawServer:
    """``sunting serve`` as a subprocess; ``messages`` is everything it has written."""

    def __init__(self, cwd: Path, cmd: list[str] | None = None, env: dict | None = None):
        self.cwd = cwd
        self.stderr_path = cwd / "server-stderr.log"
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            cmd or SERVER_CMD,
            cwd=str(cwd),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )
        self.messages: list[dict] = []
        self.bad_frames: list[bytes] = []  # frames from the server that were not JSON (must stay empty)
        self.ended_at: float | None = None
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    # ------------------------------------------------------------------ reading
    def _read(self) -> None:
        out = self.proc.stdout
        try:
            while True:
                length = None
                while True:
                    line = out.readline()
                    if not line:
                        return
                    if line in (b"\r\n", b"\n"):
                        break
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                body = out.read(length or 0)
                try:
                    msg = json.loads(body)
                except ValueError:
                    self.bad_frames.append(body)
                    continue
                with self._cond:
                    self.messages.append(msg)
                    self._cond.notify_all()
        finally:
            with self._cond:
                self.ended_at = time.monotonic()
                self._cond.notify_all()

    def wait_for(self, predicate, timeout: float = 20.0, what: str = "a message"):
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for m in self.messages:
                    if predicate(m):
                        return m
                left = deadline - time.monotonic()
                if left <= 0 or self.ended_at is not None:
                    raise AssertionError(
                        f"no {what} within {timeout}s (server {'ended' if self.ended_at else 'alive'}); "
                        f"got {self.messages[-5:]!r}; stderr: {self.stderr()[-2000:]}"
                    )
                self._cond.wait(min(left, 0.1))

    def response(self, rid, timeout: float = 20.0) -> dict:
        return self.wait_for(lambda m: m.get("id") == rid and "method" not in m, timeout, f"response to id {rid!r}")

    def responses(self, rid) -> list[dict]:
        with self._cond:
            return [m for m in self.messages if m.get("id") == rid and "method" not in m]

    def null_id_errors(self) -> list[dict]:
        with self._cond:
            return [m for m in self.messages if "id" in m and m["id"] is None and "error" in m]

    def published(self, uri: str) -> list[dict]:
        with self._cond:
            return [
                m["params"]
                for m in self.messages
                if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
            ]

    # ------------------------------------------------------------------ writing
    def send(self, data: bytes) -> None:
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send_msg(self, msg: dict) -> None:
        self.send(frame(msg))

    def call(self, rid, method: str, params=None, timeout: float = 20.0) -> dict:
        self.send_msg(request(rid, method, params))
        return self.response(rid, timeout)

    def notify(self, method: str, params=None) -> None:
        self.send_msg(notification(method, params))

    def initialize(self, root: Path | None = None, rid="init") -> dict:
        reply = self.call(rid, "initialize", initialize_params(root or self.cwd))
        assert "result" in reply, reply
        self.notify("initialized", {})
        return reply

    # ------------------------------------------------------------------ ending
    def stderr(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def shutdown_and_exit(self, timeout: float = 20.0) -> int:
        reply = self.call("bye", "shutdown", None, timeout)
        assert reply.get("result", "missing") is None, reply
        self.notify("exit")
        return self.proc.wait(timeout)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass
        self._stderr.close()
