"""Long checks and the scheduler (issue 11, items 17–19): ``exit`` during a long check,
versions that go backwards, bursts of changes."""

from __future__ import annotations

import time

import pytest

from raw import RawServer

pytestmark = pytest.mark.e2e


def synthetic_article(n_chars: int) -> str:
    """Distinct paragraphs (no two alike, so no cache helps), each with a non-standard form."""
    parts, size, i = [], 0, 0
    while size < n_chars:
        p = (
            f"Paragraf {i}: pemerintah kota merubah jadwal rapat anggaran ke-{i} bersama warga desa, "
            f"kata juru bicara dinas kepada wartawan pada Senin ({i % 28 + 1}/6/2025).\n\n"
        )
        parts.append(p)
        size += len(p)
        i += 1
    return "".join(parts)


@pytest.fixture
def plain_server(tmp_path):
    """A server in a folder without sunting.yaml: all built-in packs, as for a new writer."""
    ws = tmp_path / "ws"
    ws.mkdir()
    s = RawServer(ws)
    yield s
    s.close()


def open_doc(server: RawServer, name: str, text: str, version: int = 1) -> str:
    uri = (server.cwd / name).as_uri()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": version, "text": text}})
    return uri


def test_exit_during_a_long_check_ends_the_process_at_once(plain_server):
    server = plain_server
    server.initialize()
    uri = open_doc(server, "besar.md", synthetic_article(2 * 1024 * 1024))
    time.sleep(1.5)
    assert server.published(uri) == []  # still checking
    assert server.call("s", "shutdown", timeout=5) == {"jsonrpc": "2.0", "id": "s", "result": None}
    t0 = time.monotonic()
    server.notify("exit")
    assert server.proc.wait(10) == 0
    assert time.monotonic() - t0 < 2.0
    assert server.published(uri) == []
