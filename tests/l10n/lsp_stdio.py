"""A minimal LSP client over stdio for the interface-language tests: starts the real
``sunting serve``, sends requests, records notifications, answers the server's own
requests (registrations, configuration) with nothing."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path


class Session:
    def __init__(self, env: dict | None = None):
        full_env = {k: v for k, v in os.environ.items() if k != "SUNTING_LANG"}
        full_env.update(env or {})
        full_env["PYTHONUNBUFFERED"] = "1"
        self.proc = subprocess.Popen([sys.executable, "-m", "sunting", "serve"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=full_env)
        self.inbox: queue.Queue = queue.Queue()
        self.notifications: list[dict] = []
        self._responses: dict[int, dict] = {}
        self._id = 0
        threading.Thread(target=self._read, daemon=True).start()

    # ---------------------------------------------------------------- framing
    def _send(self, message: dict) -> None:
        body = json.dumps(message).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            self.inbox.put(json.loads(out.read(length)))

    def _pump(self, until, timeout: float):
        deadline = time.monotonic() + timeout
        while True:
            found = until()
            if found is not None:
                return found
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("timed out waiting for the server")
            try:
                msg = self.inbox.get(timeout=min(left, 0.2))
            except queue.Empty:
                continue
            if "method" in msg and "id" in msg:  # a request from the server: answer with nothing
                self._send({"jsonrpc": "2.0", "id": msg["id"], "result": [] if msg["method"] == "workspace/configuration" else None})
            elif "method" in msg:
                self.notifications.append(msg)
            else:
                self._responses[msg["id"]] = msg

    # ---------------------------------------------------------------- API
    def request(self, method: str, params, timeout: float = 30):
        self._id += 1
        rid = self._id
        self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        msg = self._pump(lambda: self._responses.pop(rid, None), timeout)
        assert "error" not in msg, msg
        return msg["result"]

    def notify(self, method: str, params) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_notification(self, method: str, match=lambda p: True, timeout: float = 30):
        def find():
            for n in self.notifications:
                if n["method"] == method and match(n["params"]):
                    return n["params"]
            return None

        return self._pump(find, timeout)

    def initialize(self, root: Path, settings: dict | None = None):
        uri = root.as_uri()
        result = self.request("initialize", {
            "processId": os.getpid(), "rootUri": uri, "locale": "en",  # an English VS Code, as usual
            "workspaceFolders": [{"uri": uri, "name": root.name}],
            "capabilities": {"textDocument": {"hover": {"contentFormat": ["markdown"]},
                                              "publishDiagnostics": {"versionSupport": True}}},
            "initializationOptions": {"settings": {"sunting": settings}} if settings else None,
        })
        self.notify("initialized", {})
        return result

    def send_open(self, path: Path, text: str) -> str:
        """Open a Markdown document (version 1) without waiting for anything; its URI."""
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
                                                             "text": text}})
        return uri

    def open(self, path: Path, text: str) -> list[dict]:
        """Open a Markdown document; its first published diagnostics."""
        uri = self.send_open(path, text)
        return self.wait_notification("textDocument/publishDiagnostics",
                                      lambda p: p["uri"] == uri and p["diagnostics"])["diagnostics"]

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            pass
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
