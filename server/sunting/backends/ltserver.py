"""LanguageTool servers, one per process per setting, reused by every engine.

* :class:`RemoteServer`: a running LanguageTool server reached by URL (a newsroom's shared
  server, a Docker container, ``SUNTING_LT_SERVER``).
* :class:`LocalServer`: a server this process starts once, the first time a document needs
  it, from LanguageTool's files: the folder in ``languagetool.jar_dir`` or
  ``LTP_JAR_DIR_PATH``, else a version language-tool-python already installed (its
  ``LTP_PATH`` folder). Nothing is downloaded unless ``allow_download: true``, and then by
  language-tool-python. The server is stopped when the process exits.

Requests are plain HTTP (``/v2/languages``, ``/v2/check`` with ``data``), with a timeout.
A server that cannot be reached raises :class:`Unavailable` with a message that says what
to install or start; the server is then left alone for ``retry_after`` seconds so that a
dead server costs one timeout per run, not one per file.
"""

from __future__ import annotations

import atexit
import http.client
import ipaddress
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from sunting import __version__
from sunting.i18n import t

JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")
DOCKER_HINT = "docker run -d -p 8010:8010 erikvl87/languagetool"
JAR_HINT = "java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port 8081"


class Unavailable(Exception):
    """The server cannot be used now. ``message`` tells the user what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class RequestFailed(Exception):
    """One request failed (bad input, text too long); the server itself is fine."""


def normalize_url(url: str) -> str:
    """``http://host:8081``, ``host:8081/v2`` … → ``http://host:8081/v2/``."""
    url = url.strip().rstrip("/")
    if "://" not in url:
        url = "http://" + url
    if url.endswith("/v2"):
        url = url[: -len("/v2")]
    return url + "/v2/"


def _is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_direct_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Server:
    """What both kinds share: requests, the languages list, the failure state."""

    kind = ""

    def __init__(self, key: tuple):
        self.key = key
        self.lock = threading.RLock()
        self._languages: list[dict] | None = None
        self.failure: Unavailable | None = None
        self.failed_at = 0.0
        self.answered = False  # has it ever answered? (then a failure means it died)

    @property
    def notice_key(self) -> str:
        return f"languagetool:unavailable:{self.key!r}"

    # --------------------------------------------------------------- subclass API
    def base_url(self) -> str:
        raise NotImplementedError

    @property
    def label(self) -> str:
        raise NotImplementedError

    def restart_hint(self) -> str:
        raise NotImplementedError

    # --------------------------------------------------------------- requests
    def guard(self, retry_after: float) -> None:
        """Raise the last failure again while it is recent (no new timeout to wait for)."""
        if self.failure is not None and time.monotonic() - self.failed_at < retry_after:
            raise self.failure

    def languages(self, timeout: float) -> list[dict]:
        with self.lock:
            if self._languages is None:
                data = self.request("languages", None, timeout, post=False)
                if not isinstance(data, list):
                    raise RequestFailed(t("lt.bad_languages", server=self.label))
                self._languages = [d for d in data if isinstance(d, dict)]
            return self._languages

    def supports(self, language: str, timeout: float) -> bool:
        if language == "auto":
            return True
        lang = language.lower()
        base = lang.split("-")[0]
        for d in self.languages(timeout):
            code = str(d.get("code", "")).lower()
            long_code = str(d.get("longCode", "")).lower()
            if lang in (code, long_code) or (lang == base and base == code):
                return True
        return False

    def check(self, params: dict[str, str], timeout: float) -> dict:
        data = self.request("check", params, timeout, post=True)
        if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
            raise RequestFailed(t("lt.bad_matches", server=self.label))
        return data

    def request(self, path: str, params: dict[str, str] | None, timeout: float, post: bool) -> Any:
        base = self.base_url()
        url = urllib.parse.urljoin(base, path)
        body = None
        if post:
            body = urllib.parse.urlencode(params or {}).encode("utf-8")
        elif params:
            url += "?" + urllib.parse.urlencode(params)
        req = urllib.request.Request(
            url,
            data=body,
            method="POST" if post else "GET",
            headers={
                "Accept": "application/json",
                "User-Agent": f"sunting/{__version__}",
                **({"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"} if post else {}),
            },
        )
        opener = _direct_opener if _is_loopback(url) else urllib.request.build_opener()
        try:
            with opener.open(req, timeout=timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as e:
            detail = _error_body(e)
            if e.code in (426, 429):
                raise self._fail(t("lt.reason.rate_limit", status=e.code, detail=detail)) from None
            if e.code in (502, 503, 504):
                raise self._fail(f"HTTP {e.code}: {detail}") from None
            raise RequestFailed(t("lt.http_status", server=self.label, status=e.code, detail=detail)) from None
        except urllib.error.URLError as e:
            raise self._fail(_reason(e.reason, timeout)) from None
        except (TimeoutError, socket.timeout) as e:
            raise self._fail(_reason(e, timeout)) from None
        except (OSError, http.client.HTTPException) as e:
            raise self._fail(_reason(e, timeout)) from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise RequestFailed(t("lt.not_json", server=self.label, path=path, body=repr(raw[:200]))) from None
        self._recovered()
        return data

    def _recovered(self) -> None:
        self.answered = True
        if self.failure is not None:
            from sunting.backends import notices

            self.failure = None
            notices.forget(self.notice_key)

    def _fail(self, reason: str) -> Unavailable:
        hint = self.restart_hint()
        if self.answered:
            msg = t("lt.stopped_answering", server=self.label, reason=reason, hint=hint)
        else:
            msg = t("lt.unreachable", server=self.label, reason=reason, hint=hint)
        return self.mark_failed(Unavailable(msg))

    def mark_failed(self, exc: Unavailable) -> Unavailable:
        self.failure = exc
        self.failed_at = time.monotonic()
        return exc


def _error_body(e: urllib.error.HTTPError) -> str:
    try:
        text = e.read(400).decode("utf-8", "replace").strip()
    except Exception:
        text = ""
    return " ".join(text.split())[:300] or (e.reason or "")


def _reason(exc: object, timeout: float) -> str:
    if isinstance(exc, (TimeoutError, socket.timeout)) or "timed out" in str(exc):
        return t("lt.reason.timeout", seconds=f"{timeout:g}")
    if isinstance(exc, ConnectionRefusedError) or "refused" in str(exc).lower():
        return t("lt.reason.refused")
    if isinstance(exc, socket.gaierror):
        return t("lt.reason.unknown_host", host=str(exc))
    return str(exc) or type(exc).__name__


class RemoteServer(Server):
    kind = "remote"

    def __init__(self, url: str):
        super().__init__(("remote", url))
        self.url = url

    def base_url(self) -> str:
        return self.url

    @property
    def label(self) -> str:
        return t("lt.label.remote", url=self.url.removesuffix("v2/").rstrip("/"))

    def restart_hint(self) -> str:
        return t("lt.hint.remote", docker=DOCKER_HINT, jar=JAR_HINT)


# ------------------------------------------------------------------ local server
_started: list[subprocess.Popen] = []
_owner: dict[int, int] = {}  # id(proc) → pid of the process that started it


@atexit.register
def _stop_started() -> None:
    for proc in list(_started):
        if _owner.get(id(proc)) == os.getpid():  # not in a forked worker that inherited the list
            _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                pass
    if proc in _started:
        _started.remove(proc)
    _owner.pop(id(proc), None)


def _ltp_server_cmd(jar: Path, port: int) -> list[str] | None:
    """language-tool-python's own command for the LanguageTool folder holding ``jar``, or None.

    language-tool-python knows a LanguageTool folder by its name (``LanguageTool-6.8``) inside
    its ``LTP_PATH``; such a folder (LanguageTool's zip, or what scripts/install-languagetool.sh
    installs) is started exactly as language-tool-python's local-server mode starts it. The
    process itself stays sunting's (a start-up timeout, one server per process, death noticed)
    rather than language-tool-python's ``LanguageTool`` object, which waits a fixed 15 s and
    tries port after port when Java fails."""
    try:
        from language_tool_python.download_lt import LocalLanguageTool
    except ImportError:
        return None
    folder = jar.parent
    try:
        lt = LocalLanguageTool.from_path(folder)
    except ValueError:
        return None
    saved = os.environ.get("LTP_PATH")
    os.environ["LTP_PATH"] = str(folder.parent)  # where it looks for LanguageTool-<version>
    try:
        cmd = lt.get_server_cmd(port)
    except Exception:  # not found after all, no java: the plain command says why
        return None
    finally:
        if saved is None:
            os.environ.pop("LTP_PATH", None)
        else:
            os.environ["LTP_PATH"] = saved
    return [str(c) for c in cmd]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalServer(Server):
    """A LanguageTool server started from local files, once, when first needed."""

    kind = "local"

    def __init__(self, jar_dir: str | None, allow_download: bool, version: str | None, startup_timeout: float):
        super().__init__(("local", jar_dir, allow_download, version))
        self.jar_dir = jar_dir
        self.allow_download = allow_download
        self.version = version
        self.startup_timeout = startup_timeout
        self.proc: subprocess.Popen | None = None
        self.owner = os.getpid()  # the process that started self.proc
        self.url: str | None = None
        self.jar: Path | None = None

    @property
    def label(self) -> str:
        if self.url:
            return t("lt.label.local", jar=str(self.jar), url=self.url.removesuffix("v2/").rstrip("/"))
        return t("lt.label.local_pending")

    def restart_hint(self) -> str:
        return t("lt.hint.local")

    def base_url(self) -> str:
        with self.lock:
            if self.proc is not None and self.owner != os.getpid() and self.url:
                return self.url  # inherited by a forked worker: use it, never restart or stop it
            if self.proc is not None and self.proc.poll() is None and self.url:
                return self.url
            if self.proc is not None:  # it died
                code = self.proc.returncode
                _stop(self.proc)
                self.proc = None
                self.url = None
                if self.failure is None:
                    raise self.mark_failed(
                        Unavailable(t("lt.exited", jar=str(self.jar), code=code, hint=self.restart_hint()))
                    )
            self.url = self._start()
            return self.url

    # -- finding LanguageTool's files, through language-tool-python's settings
    def find_jar(self) -> Path:
        explicit = [(d, src) for d, src in ((self.jar_dir, "languagetool.jar_dir"), (os.environ.get("LTP_JAR_DIR_PATH"), "LTP_JAR_DIR_PATH")) if d]
        for d, _src in explicit:
            for name in JAR_NAMES:
                p = Path(d).expanduser() / name
                if p.is_file():
                    return p
        if explicit:
            d, src = explicit[0]
            raise self.mark_failed(
                Unavailable(t("lt.no_files_in", folder=d, source=src, jars=" / ".join(JAR_NAMES), docker=DOCKER_HINT))
            )
        jar = self._installed_by_ltp()
        if jar is not None:
            return jar
        if self.allow_download:
            return self._download()
        raise self.mark_failed(
            Unavailable(t("lt.not_found", docker=DOCKER_HINT))
        )

    def _installed_by_ltp(self) -> Path | None:
        folder = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
        if not folder.is_dir():  # do not let language-tool-python create it
            return None
        try:
            from language_tool_python.download_lt import LocalLanguageTool
        except ImportError:
            return None
        try:
            if self.version:
                wanted = LocalLanguageTool.from_version_name(self.version)
                installed = wanted if wanted in LocalLanguageTool.get_installed_versions() else None
            else:
                installed = LocalLanguageTool.get_latest_installed_version()
            return installed.get_jar_path() if installed is not None else None
        except (OSError, ValueError):
            return None

    def _download(self) -> Path:
        try:
            from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool
        except ImportError:
            raise self.mark_failed(
                Unavailable(t("lt.download_needs_ltp"))
            ) from None
        try:
            lt = LocalLanguageTool.from_version_name(self.version or LTP_DOWNLOAD_VERSION)
            lt.download()
            return lt.get_jar_path()
        except BaseException as e:  # it raises SystemExit/ModuleNotFoundError for Java problems
            if isinstance(e, KeyboardInterrupt):
                raise
            raise self.mark_failed(Unavailable(t("lt.download_failed", reason=str(e)))) from None

    def _start(self) -> str:
        java = shutil.which("java")
        if not java:
            raise self.mark_failed(
                Unavailable(t("lt.no_java", docker=DOCKER_HINT))
            )
        self.jar = self.find_jar()
        port = _free_port()
        url = f"http://127.0.0.1:{port}/v2/"
        errors = tempfile.TemporaryFile()
        cmd = _ltp_server_cmd(self.jar, port) or [java, "-cp", str(self.jar), "org.languagetool.server.HTTPServer", "-p", str(port)]
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors)
        except OSError as e:
            raise self.mark_failed(Unavailable(t("lt.cannot_start", command=" ".join(cmd), reason=str(e)))) from None
        _started.append(proc)
        _owner[id(proc)] = os.getpid()
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                errors.seek(0)
                tail = errors.read()[-2000:].decode("utf-8", "replace").strip().splitlines()
                detail = tail[-1] if tail else ""
                hint = ""
                if "UnsupportedClassVersionError" in "".join(tail):
                    hint = " " + t("lt.needs_newer_java")
                _stop(proc)
                raise self.mark_failed(
                    Unavailable(t("lt.start_exited", jar=str(self.jar), code=proc.returncode, detail=detail) + hint)
                )
            try:
                with _direct_opener.open(url + "languages", timeout=2) as resp:
                    if resp.status == 200:
                        self.proc = proc
                        self.owner = os.getpid()
                        return url
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.25)
        _stop(proc)
        raise self.mark_failed(
            Unavailable(t("lt.start_timeout", jar=str(self.jar), seconds=f"{self.startup_timeout:g}"))
        )

    def stop(self) -> None:
        with self.lock:
            if self.proc is not None and self.owner == os.getpid():
                _stop(self.proc)
                self.proc = None
                self.url = None


# ------------------------------------------------------------------ registry
_registry: dict[tuple, Server] = {}
_registry_lock = threading.Lock()


def remote(url: str) -> Server:
    url = normalize_url(url)
    with _registry_lock:
        srv = _registry.get(("remote", url))
        if srv is None:
            srv = _registry[("remote", url)] = RemoteServer(url)
        return srv


def local(jar_dir: str | None, allow_download: bool, version: str | None, startup_timeout: float) -> Server:
    key = ("local", jar_dir, allow_download, version)
    with _registry_lock:
        srv = _registry.get(key)
        if srv is None:
            srv = _registry[key] = LocalServer(jar_dir, allow_download, version, startup_timeout)
        return srv


def reset() -> None:
    """Forget every server (stopping the ones this process started). For tests."""
    with _registry_lock:
        for srv in _registry.values():
            if isinstance(srv, LocalServer):
                srv.stop()
        _registry.clear()
