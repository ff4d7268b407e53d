"""The HTTP door as a newsroom service: tokens, CORS, limits, queue, time limit, access log,
configuration reloaded on change, and ``sunting serve --http`` as a real process."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from sunting.http.app import HttpSettings

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


# ------------------------------------------------------------------ tokens
def test_token_required_for_check_only(serve, default_service):
    server = serve(HttpSettings(tokens=("rahasia-1", "rahasia-2"), warm_up=False), service=default_service)
    fields = {"text": "Kami akan merubah rencana.", "language": "id"}
    denied = server.check(**fields)
    assert denied.status == 401 and denied.json["error"]["code"] == "unauthorized"
    assert denied.headers["www-authenticate"].startswith("Bearer")
    assert server.request("POST", "/v2/check", fields, headers={"Authorization": "Bearer salah"}).status == 401
    ok = server.request("POST", "/v2/check", fields, headers={"Authorization": "Bearer rahasia-2"})
    assert ok.status == 200 and ok.json["matches"]
    assert server.check(apiKey="rahasia-1", **fields).status == 200  # as LibreOffice sends its "API key"
    assert server.request("GET", "/v2/languages").status == 200  # clients list languages before they log in
    assert server.request("GET", "/healthz").status == 200


# ------------------------------------------------------------------ CORS
def test_cors_for_the_named_origins_only(serve, default_service):
    server = serve(HttpSettings(cors_origins=("https://cms.redaksi.example",), warm_up=False), service=default_service)
    pre = server.request("OPTIONS", "/v2/check", headers={
        "Origin": "https://cms.redaksi.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type"})
    assert pre.status == 200
    assert pre.headers["access-control-allow-origin"] == "https://cms.redaksi.example"
    assert "POST" in pre.headers["access-control-allow-methods"]
    got = server.request("POST", "/v2/check", {"text": "Kami datang.", "language": "id"},
                         headers={"Origin": "https://cms.redaksi.example"})
    assert got.headers["access-control-allow-origin"] == "https://cms.redaksi.example"
    other = server.request("POST", "/v2/check", {"text": "Kami datang.", "language": "id"},
                           headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in {k.lower() for k in other.headers}


# ------------------------------------------------------------------ time limit and queue
class SlowService:
    """The default service, each check held back until released (or for ``delay`` seconds)."""

    def __init__(self, service, delay: float):
        self.service = service
        self.delay = delay
        self.started = threading.Event()
        self.release = threading.Event()

    def __getattr__(self, name):
        return getattr(self.service, name)

    def check(self, req, fields, lang=None):
        self.started.set()
        self.release.wait(self.delay)
        return self.service.check(req, fields, lang)


def test_a_check_over_the_time_limit_is_answered_503(serve, default_service):
    slow = SlowService(default_service, delay=3)
    server = serve(HttpSettings(time_limit=0.5, warm_up=False), service=slow)
    t0 = time.monotonic()
    answer = server.check(text="Kami datang.", language="id")
    assert time.monotonic() - t0 < 2.5
    assert answer.status == 503 and answer.json["error"]["code"] == "time_limit"
    assert answer.headers["retry-after"] == "5"
    slow.release.set()


def test_the_queue_is_bounded(serve, default_service):
    slow = SlowService(default_service, delay=20)
    server = serve(HttpSettings(max_queue=1, warm_up=False), service=slow)
    results: list = []

    def post():
        results.append(server.check(text="Kami datang.", language="id"))

    first = threading.Thread(target=post)
    first.start()
    assert slow.started.wait(10)  # one check running
    second = threading.Thread(target=post)
    second.start()
    deadline = time.monotonic() + 10
    while server.request("GET", "/healthz").json["waiting"] < 1 and time.monotonic() < deadline:
        time.sleep(0.02)  # one waiting
    third = server.check(text="Kami datang.", language="id")
    assert third.status == 503 and third.json["error"]["code"] == "busy" and third.headers["retry-after"] == "2"
    slow.release.set()
    first.join(30)
    second.join(30)
    assert [r.status for r in results] == [200, 200]


# ------------------------------------------------------------------ access log
def test_access_log_never_holds_the_text(serve, default_service, caplog):
    server = serve(service=default_service)
    secret = "Rahasiaredaksi"
    with caplog.at_level(logging.INFO, logger="sunting.http.access"):
        server.request("GET", "/v2/check", {"text": f"Menteri {secret} merubah rencana.", "language": "id"})
        server.check(text=f"Menteri {secret} merubah rencana.", language="id-ID")
        server.check(language="id-ID")  # a 400 too
        deadline = time.monotonic() + 5  # the line is written once the answer has gone out
        while len([r for r in caplog.records if r.name == "sunting.http.access"]) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
    lines = [r.getMessage() for r in caplog.records if r.name == "sunting.http.access"]
    assert len(lines) == 3
    assert all(secret not in ln and "merubah" not in ln for ln in lines)
    assert '"GET /v2/check" 200' in lines[0] and "lang=id" in lines[0]
    assert '"POST /v2/check" 200' in lines[1] and "chars=" in lines[1]
    assert '"POST /v2/check" 400' in lines[2]


# ------------------------------------------------------------------ configuration reloaded on change
def test_config_and_vocabulary_reloaded_on_change(project, serve, monkeypatch):
    from sunting.http import service as service_mod
    from sunting.http.service import CheckService

    monkeypatch.setattr(service_mod, "RELOAD_CHECK_SECONDS", 0.0)
    root = project("vocabularies:\n  accept: [kata.txt]\n", **{"kata.txt": "\n"})
    server = serve(service=CheckService(root=root))
    text = "Kami akan merubah rencanq itu."

    def rules():
        return sorted(m["rule"]["id"] for m in server.check(text=text, language="id").json["matches"])

    assert rules() == ["EYD.BakuForms", "EYD.Spelling"]
    (root / "kata.txt").write_text("rencanq\n", encoding="utf-8")  # the house vocabulary grows
    assert rules() == ["EYD.BakuForms"]
    (root / "sunting.yaml").write_text("rules:\n  EYD.BakuForms: off\nvocabularies:\n  accept: [kata.txt]\n",
                                       encoding="utf-8")
    assert rules() == []
    (root / "sunting.yaml").write_text("rules: [broken\n", encoding="utf-8")  # a broken edit
    answer = server.check(text=text, language="id").json
    assert answer["matches"] == []  # the last good configuration keeps working
    assert [w["code"] for w in answer["warnings"]["messages"]] == ["config_reload_failed"]
    assert "sunting.yaml" in answer["warnings"]["messages"][0]["message"]
    assert "config_error" in server.request("GET", "/healthz").json


# ------------------------------------------------------------------ the command
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc, timeout: float = 90) -> dict:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"sunting serve --http exited: {proc.stderr.read()}")
        try:
            with opener.open(url + "/healthz", timeout=2) as r:
                return json.loads(r.read())
        except OSError:
            time.sleep(0.2)
    raise AssertionError("sunting serve --http did not become healthy")


@pytest.mark.e2e
def test_sunting_serve_http_with_two_workers(tmp_path):
    port = free_port()
    (tmp_path / "tokens.txt").write_text("# one per line\nrahasia\n", encoding="utf-8")
    (tmp_path / "access.log").touch()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sunting", "serve", "--http", str(port), "--workers", "2",
         "--token-file", "tokens.txt", "--access-log", "access.log"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.path.join(REPO, "server")},
    )
    try:
        url = f"http://127.0.0.1:{port}"
        assert wait_healthy(url, proc)["status"] == "ok"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        body = b"language=id-ID&text=Kami%20akan%20merubah%20rencana."
        req = urllib.request.Request(url + "/v2/check", data=body, headers={"Authorization": "Bearer rahasia"})
        for _ in range(4):  # served by either worker, the same answer
            with opener.open(req, timeout=60) as r:
                d = json.loads(r.read())
            assert [(m["rule"]["id"], m["offset"]) for m in d["matches"]] == [("EYD.BakuForms", 10)]
        try:
            opener.open(urllib.request.Request(url + "/v2/check", data=body), timeout=30)
            raise AssertionError("no token, yet answered")
        except urllib.error.HTTPError as e:
            assert e.code == 401
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    log = (tmp_path / "access.log").read_text(encoding="utf-8")
    assert log.count('"POST /v2/check" 200') == 4 and log.count('"POST /v2/check" 401') == 1
    assert "merubah" not in log
    err = proc.stderr.read()
    assert proc.returncode == 0, err
    # uvicorn's lines about the server's life in the interface language (l10n)
    assert f"uvicorn.error INFO sunting melayani http://127.0.0.1:{port} (Ctrl+C untuk berhenti)\n" in err
    assert "INFO siap menerima permintaan\n" in err and "INFO proses induk " in err
    assert "Uvicorn running" not in err and "Application startup complete" not in err


@pytest.mark.parametrize(
    "args, words",
    [
        (["--http", "99999"], "porta 1 sampai 65535"),
        (["--http", "localhost:"], "porta 1 sampai 65535"),
        (["--http", "8081", "--workers", "0"], "--workers paling sedikit 1"),
        (["--http", "8081", "--token-file", "missing.txt"], "berkas token tidak dapat dibaca"),
    ],
)
def test_serve_http_usage_errors(tmp_path, args, words):
    proc = subprocess.run([sys.executable, "-m", "sunting", "serve", *args], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and words in proc.stderr


def test_serve_http_refuses_a_broken_config(tmp_path):
    (tmp_path / "sunting.yaml").write_text("rules:\n  EYD.BakuForms: loud\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "sunting", "serve", "--http", str(free_port())], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "sunting.yaml" in proc.stderr


def test_without_the_http_extra_says_what_to_install(monkeypatch, capsys):
    from sunting.cli import main

    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if not installed
    assert main(["serve", "--http", "8081"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'sunting[http]'" in err and "uvicorn" in err and "Traceback" not in err


def test_binds_loopback_by_default():
    from sunting.http.serve import parse_address

    assert parse_address("8081") == ("127.0.0.1", 8081)
    assert parse_address("0.0.0.0:8081") == ("0.0.0.0", 8081)
    assert parse_address("[::1]:8010") == ("::1", 8010)
