"""Fixtures for the HTTP door: a real uvicorn server on 127.0.0.1 (random port) in a thread,
a plain HTTP client, the stand-in LanguageTool (tests/languagetool/lt_fake.py); the real one,
``real_lt``, is tests/conftest.py's."""

from __future__ import annotations

import json
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

LT_TESTS = Path(__file__).resolve().parent.parent / "languagetool"
sys.path.insert(0, str(LT_TESTS))

from lt_fake import FakeLanguageTool  # noqa: E402

_direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes

    @property
    def json(self):
        return json.loads(self.body.decode("utf-8"))


class Live:
    """A uvicorn server running ``app`` on a free loopback port until stopped."""

    def __init__(self, app):
        import uvicorn

        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                                    access_log=False, lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)

    def request(self, method: str, path: str, fields: dict | None = None, body: bytes | None = None,
                headers: dict | None = None, timeout: float = 60) -> Answer:
        url = self.url + path
        data = body
        hdrs = dict(headers or {})
        if fields is not None and method == "GET":
            url += "?" + urllib.parse.urlencode(fields)
        elif fields is not None:
            data = urllib.parse.urlencode(fields).encode("utf-8")
            hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded")
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with _direct.open(req, timeout=timeout) as resp:
                return Answer(resp.status, dict(resp.headers), resp.read())
        except urllib.error.HTTPError as e:
            return Answer(e.code, dict(e.headers), e.read())

    def check(self, **fields) -> Answer:
        return self.request("POST", "/v2/check", fields)


@pytest.fixture(autouse=True)
def clean_backend_state(monkeypatch, tmp_path):
    from sunting.backends import languagetool, ltserver, notices

    for var in ("SUNTING_LT_SERVER", "LTP_JAR_DIR_PATH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp-empty"))
    ltserver.reset()
    languagetool.clear_cache()
    notices.forget("")
    yield
    ltserver.reset()
    languagetool.clear_cache()


@pytest.fixture(scope="session")
def default_service(tmp_path_factory):
    """The service for a project with no sunting.yaml (the built-in packs), loaded once."""
    from sunting.http.service import CheckService

    return CheckService(root=tmp_path_factory.mktemp("project"))


@pytest.fixture(scope="session")
def live(default_service):
    """The HTTP door with default settings, on a real socket, for the whole session."""
    from sunting.http.app import HttpSettings, create_app

    server = Live(create_app(HttpSettings(warm_up=False), service=default_service))
    yield server
    server.stop()


@pytest.fixture
def serve():
    """serve(settings=HttpSettings(...), service=...) → a Live server, stopped after the test."""
    from sunting.http.app import HttpSettings, create_app

    started: list[Live] = []

    def start(settings: HttpSettings | None = None, service=None) -> Live:
        s = Live(create_app(settings or HttpSettings(warm_up=False), service=service))
        started.append(s)
        return s

    yield start
    for s in started:
        s.stop()


@pytest.fixture
def fake_lt():
    server = FakeLanguageTool().start()
    yield server
    try:
        server.stop()
    except OSError:
        pass


@pytest.fixture
def project(tmp_path):
    """project(yaml_text, **files) → a folder with that sunting.yaml (and files) for a service."""

    def make(yaml_text: str = "", **files: str) -> Path:
        root = tmp_path / "proj"
        root.mkdir(exist_ok=True)
        if yaml_text:
            (root / "sunting.yaml").write_text(yaml_text, encoding="utf-8")
        for name, text in files.items():
            p = root / name
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
        return root

    return make
