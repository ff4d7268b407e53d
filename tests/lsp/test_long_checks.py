"""Long checks and the scheduler (issue 11, items 17–19): ``exit`` during a long check,
versions that go backwards, bursts of changes."""

from __future__ import annotations

import time

import pytest

from lsp_helpers import make_workspace
from raw import RawServer, frame, notification

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


def frame_of(method: str, params: dict) -> bytes:
    return frame(notification(method, params))


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


# ---------------------------------------------------------------------- 11.17 versions
@pytest.fixture
def house_server(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    (ws / "styles" / "House" / "Consistent.yml").write_text(CONSISTENT, encoding="utf-8")
    s = RawServer(ws)
    yield s
    s.close()


CONSISTENT = """\
type: consistency
level: warning
message: "Pakai satu bentuk: ‘{first}’."
either:
  daring: online
"""


def change(server: RawServer, uri: str, version: int, text: str, rng=None) -> None:
    c = {"text": text} if rng is None else {"range": rng, "text": text}
    server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [c]})


def codes_and_spans(p: dict) -> list:
    return [(d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"], d["range"]["end"]["character"]) for d in p["diagnostics"]]


@pytest.mark.parametrize("new_version", [5, 10, 0])
def test_a_version_going_backwards_still_publishes_the_newest_text(house_server, new_version):
    server = house_server
    server.initialize()
    uri = open_doc(server, "a.md", "Kami merubah rencana.\n", version=10)
    # The opened text is published twice (paragraph phase, then complete): wait for both,
    # or the second could arrive after the change and be taken for the new text's.
    server.wait_for(lambda m: len(server.published(uri)) >= 2, what="the opened text's complete diagnostics")
    assert [codes_and_spans(p) for p in server.published(uri)] == [[("House.Baku", 0, 5, 12)]] * 2
    n = len(server.published(uri))
    change(server, uri, new_version, "Ini sekedar contoh yang yang lain.\n")
    server.wait_for(lambda m: len(server.published(uri)) > n, what="a publish for the new text")
    newest = server.published(uri)[n]
    assert newest["version"] == new_version
    assert codes_and_spans(newest) == [("House.Baku", 0, 4, 11), ("House.Repetition", 0, 19, 28)]
    assert server.shutdown_and_exit() == 0


# ---------------------------------------------------------------------- 11.19 bursts
def test_a_burst_of_changes_keeps_the_document_level_findings_it_did_not_touch(house_server):
    """1,000 edits on both sides of a document-level finding: the first publish of the last
    version already has it (moved with the edits, not dropped until a second check), and
    the second publish only confirms it."""
    server = house_server
    server.initialize()
    text = "Awal.\n\nRapat daring kemarin, rapat online besok.\n\nAkhir.\n"
    uri = open_doc(server, "a.md", text)
    server.wait_for(lambda m: len([p for p in server.published(uri) if any(d["code"] == "House.Consistent" for d in p["diagnostics"])]) >= 1,
                    what="the consistency finding")
    burst = b""
    version = 1
    lines = text.split("\n")
    for k in range(1000):
        version += 1
        line = 0 if k % 2 == 0 else 4  # before and after the flagged paragraph
        col = len(lines[line]) - 1  # before the full stop
        lines[line] = lines[line][:col] + "a" + lines[line][col:]
        pos = {"line": line, "character": col}
        burst += frame_of("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                     "contentChanges": [{"range": {"start": pos, "end": pos}, "text": "a"}]})
    n = len(server.published(uri))
    server.send(burst)
    server.wait_for(lambda m: len([p for p in server.published(uri)[n:] if p["version"] == version]) >= 2, timeout=30,
                    what="two publishes of the last version")
    last = [p for p in server.published(uri)[n:] if p["version"] == version]
    expected = [("House.Consistent", 2, 28, 34)]
    assert codes_and_spans(last[0]) == expected
    assert codes_and_spans(last[1]) == expected
    versions = [p["version"] for p in server.published(uri)]
    assert versions == sorted(versions)
    assert server.shutdown_and_exit() == 0


def test_a_newer_text_cancels_a_long_check(plain_server):
    """A writer who replaces a huge pasted text gets diagnostics for the new text at once,
    not after the old text's check has run to its end."""
    server = plain_server
    server.initialize()
    uri = open_doc(server, "besar.md", synthetic_article(2 * 1024 * 1024))
    time.sleep(1.5)
    assert server.published(uri) == []  # still checking the long text
    t0 = time.monotonic()
    change(server, uri, 2, "Kami merubah rencana.\n")
    p = server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics", timeout=60, what="diagnostics")
    waited = time.monotonic() - t0
    assert p["params"]["version"] == 2
    assert [d["code"] for d in p["params"]["diagnostics"]] == ["EYD.BakuForms"]
    # the old text's Markdown parse cannot be interrupted (a second or two on a busy
    # machine); its check could (it takes 30 s there)
    assert waited < 8, f"the new text waited {waited:.1f} s for the old one's check"
    assert [q["version"] for q in server.published(uri)][:1] == [2]  # the old text was never published
    assert server.shutdown_and_exit() == 0
