"""JSON-RPC and LSP protocol robustness, over stdio with raw frames (issue 11, items 13–16).

A client that sends something malformed gets the error the specification names (and the
server keeps serving); a bad frame costs that frame only; the lifecycle is enforced
(-32002 before ``initialize``, -32600 after ``shutdown``). Nothing here may leave a
traceback on stderr: a client's mistake is logged in one line.
"""

from __future__ import annotations

import json

import pytest

from lsp_helpers import make_workspace
from raw import RawServer, frame, request

pytestmark = pytest.mark.e2e

PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND, INVALID_PARAMS = -32700, -32600, -32601, -32602
SERVER_NOT_INITIALIZED = -32002


@pytest.fixture
def server(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    s = RawServer(ws)
    yield s
    s.close()


def error_code(reply: dict) -> int | None:
    return reply.get("error", {}).get("code")


def hover(rid, uri="file:///nowhere/a.md", line=0, character=0) -> dict:
    return request(rid, "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})


def open_params(uri: str, text: str, version: int = 1) -> dict:
    return {"textDocument": {"uri": uri, "languageId": "markdown", "version": version, "text": text}}


def assert_no_traceback(server: RawServer) -> None:
    err = server.stderr()
    assert "Traceback" not in err, err
    assert not server.bad_frames


# ---------------------------------------------------------------------- 11.13 invalid messages
def test_truncated_json_is_a_parse_error(server):
    server.initialize()
    server.send(frame(b'{"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "par'))
    err = server.wait_for(lambda m: "error" in m, what="an error")
    assert err == {"jsonrpc": "2.0", "id": None, "error": err["error"]}
    assert error_code(err) == PARSE_ERROR
    assert server.call(8, "textDocument/hover", hover(8)["params"]) == {"jsonrpc": "2.0", "id": 8, "result": None}
    assert server.shutdown_and_exit() == 0
    assert_no_traceback(server)


@pytest.mark.parametrize(
    "body, rid",
    [
        ({"jsonrpc": "2.0", "id": 5}, 5),  # neither a request nor a response
        ({"jsonrpc": "2.0", "id": 5, "params": {}}, 5),
        ({"jsonrpc": "2.0", "id": 5, "method": 42}, 5),  # method is not a string
        ({"jsonrpc": "1.0", "id": 5, "method": "shutdown"}, 5),  # not JSON-RPC 2.0
        ({"id": 5, "method": "shutdown"}, 5),
        ({"jsonrpc": "2.0", "id": [5], "method": "shutdown"}, None),  # an id must be a number or a string
        ([{"jsonrpc": "2.0", "id": 5, "method": "shutdown"}], None),  # LSP has no batches
        (42, None),
        ("shutdown", None),
        (None, None),
    ],
)
def test_invalid_request(server, body, rid):
    server.initialize()
    server.send(frame(json.dumps(body)))
    reply = server.wait_for(lambda m: "error" in m, what="an error")
    assert reply["id"] == rid
    assert error_code(reply) == INVALID_REQUEST
    # the server is not shut down by any of them: a real shutdown is answered
    assert server.shutdown_and_exit() == 0
    assert len([m for m in server.messages if "error" in m]) == 1
    assert_no_traceback(server)


@pytest.mark.parametrize(
    "params",
    [
        {"textDocument": {"uri": "file:///nowhere/a.md"}},  # hover without position
        {"textDocument": {"uri": "file:///nowhere/a.md"}, "position": {"line": "zero", "character": 0}},
        {"textDocument": {"uri": "file:///nowhere/a.md"}, "position": {"line": -1, "character": 0}},
        "oops",
        42,
        [],
        None,  # no params at all
    ],
)
def test_invalid_params(server, params):
    server.initialize()
    msg = request(3, "textDocument/hover")
    if params is not None:
        msg["params"] = params
    server.send_msg(msg)
    reply = server.response(3)
    assert error_code(reply) == INVALID_PARAMS, reply
    assert "result" not in reply
    assert server.shutdown_and_exit() == 0
    assert_no_traceback(server)


def test_invalid_notification_is_dropped_without_reply(server):
    server.initialize()
    uri = (server.cwd / "a.md").as_uri()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri}})  # no text, version, languageId
    server.notify("textDocument/didChange", "oops")
    server.notify("$/unknownNotification", {})
    server.notify("textDocument/didOpen", open_params(uri, "Kami merubah.\n"))
    p = server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics", what="diagnostics")
    assert [d["code"] for d in p["params"]["diagnostics"]] == ["House.Baku"]
    assert server.shutdown_and_exit() == 0
    assert [m for m in server.messages if "error" in m] == []
    assert_no_traceback(server)


def test_unknown_method(server):
    server.initialize()
    assert error_code(server.call(4, "sunting/noSuchThing", {})) == METHOD_NOT_FOUND
    assert error_code(server.call(5, "$/noSuchThing", {})) == METHOD_NOT_FOUND
    assert server.shutdown_and_exit() == 0
    assert_no_traceback(server)


# ---------------------------------------------------------------------- 11.14 framing
def test_header_names_are_case_insensitive(server):
    body = json.dumps(request("init", "initialize", {"processId": None, "rootUri": None, "capabilities": {}})).encode()
    server.send(frame(body, b"content-length: %d\r\n\r\n" % len(body)))
    assert "result" in server.response("init")
    body = json.dumps(hover(2)).encode()
    server.send(frame(body, b"CONTENT-LENGTH:%d\r\ncontent-type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" % len(body)))
    assert server.response(2)["result"] is None
    body = json.dumps(hover(3)).encode()
    server.send(frame(body, b"Content-Length: %d\n\n" % len(body)))  # bare line feeds
    assert server.response(3)["result"] is None
    assert server.shutdown_and_exit() == 0
    assert_no_traceback(server)


@pytest.mark.parametrize("off", [-3, -1])
def test_content_length_too_short_costs_that_frame_only(server, off):
    server.initialize()
    body = json.dumps(hover(10)).encode()
    bad = b"Content-Length: %d\r\n\r\n" % (len(body) + off) + body
    server.send(bad + frame(hover(11)))
    err = server.wait_for(lambda m: "error" in m, what="an error")
    assert err["id"] is None and error_code(err) == PARSE_ERROR
    assert server.response(11)["result"] is None
    assert server.responses(10) == []
    assert server.shutdown_and_exit() == 0
    assert_no_traceback(server)


@pytest.mark.parametrize("off", [1, 3, 12])
def test_content_length_too_long_recovers_both_frames(server, off):
    """A body declared a few bytes longer than it is swallows the start of the next
    frame's header: the message is still read, and the next frame too."""
    server.initialize()
    body = json.dumps(hover(10)).encode()
    bad = b"Content-Length: %d\r\n\r\n" % (len(body) + off) + body
    server.send(bad + frame(hover(11)))
    assert server.response(10)["result"] is None
    assert server.response(11)["result"] is None
    assert server.shutdown_and_exit() == 0
    assert [m for m in server.messages if "error" in m] == []
    assert_no_traceback(server)


@pytest.mark.parametrize(
    "junk",
    [
        b"garbage\r\n",
        b"\r\n\r\n",
        b"X-Unknown: 1\r\n\r\n",  # a header block without Content-Length
        b"Content-Length: banana\r\n\r\n",
        b"Content-Length: -5\r\n\r\n",
        b"\x00\xff\xfe binary noise",
    ],
)
def test_junk_between_frames_is_skipped(server, junk):
    server.initialize()
    server.send(junk + frame(hover(21)))
    assert server.response(21)["result"] is None
    assert server.shutdown_and_exit() == 0
    assert [m for m in server.messages if "error" in m and m["id"] is not None] == []
    assert_no_traceback(server)


def test_invalid_utf8_body_is_a_parse_error(server):
    server.initialize()
    server.send(frame(b'{"jsonrpc": "2.0", "id": 1, "method": "\xff\xfe"}') + frame(hover(2)))
    err = server.wait_for(lambda m: "error" in m, what="an error")
    assert err["id"] is None and error_code(err) == PARSE_ERROR
    assert server.response(2)["result"] is None
    assert server.shutdown_and_exit() == 0
    assert_no_traceback(server)


# ---------------------------------------------------------------------- 11.15 huge frames
def test_huge_content_length_is_refused(server):
    server.initialize()
    server.send(b"Content-Length: 1000000000000\r\n\r\n" + json.dumps(hover(30)).encode())
    err = server.wait_for(lambda m: "error" in m, what="an error")
    assert err["id"] is None and error_code(err) == INVALID_REQUEST
    assert err["error"]["message"] == "Pesan terlalu besar: 1000000000000 bita, batasnya 67108864 bita; pesan diabaikan."
    server.send(frame(hover(31)))
    assert server.response(31)["result"] is None
    assert server.shutdown_and_exit() == 0
    err = server.stderr()
    assert "MemoryError" not in err and "Traceback" not in err, err


# ---------------------------------------------------------------------- 11.16 lifecycle
def test_requests_before_initialize(server):
    reply = server.call(1, "textDocument/hover", hover(1)["params"])
    assert error_code(reply) == SERVER_NOT_INITIALIZED
    # the interface speaks Indonesian, error answers included
    assert reply["error"]["message"] == "Server belum diinisialisasi: kirim ‘initialize’ sebelum ‘textDocument/hover’."
    # a notification before initialize is dropped (the document was never opened)
    uri = (server.cwd / "a.md").as_uri()
    server.notify("textDocument/didOpen", open_params(uri, "Kami merubah.\n"))
    # a shutdown before initialize is refused too, and does not wedge the server
    assert error_code(server.call(2, "shutdown")) == SERVER_NOT_INITIALIZED
    server.initialize()
    assert server.published(uri) == []
    server.notify("textDocument/didOpen", open_params(uri, "Kami merubah.\n"))
    p = server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics", what="diagnostics")
    assert [d["code"] for d in p["params"]["diagnostics"]] == ["House.Baku"]
    assert server.shutdown_and_exit() == 0
    assert_no_traceback(server)


def test_second_initialize_is_an_error(server):
    server.initialize()
    reply = server.call(2, "initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    assert error_code(reply) == INVALID_REQUEST
    assert server.call(3, "textDocument/hover", hover(3)["params"])["result"] is None
    assert server.shutdown_and_exit() == 0
    assert_no_traceback(server)


def test_invalid_initialize_leaves_the_server_uninitialized(server):
    assert error_code(server.call(1, "initialize", {"processId": None})) == INVALID_PARAMS  # no capabilities
    assert error_code(server.call(2, "textDocument/hover", hover(2)["params"])) == SERVER_NOT_INITIALIZED
    server.initialize()
    assert server.shutdown_and_exit() == 0


def test_after_shutdown(server):
    server.initialize()
    assert server.call(1, "shutdown") == {"jsonrpc": "2.0", "id": 1, "result": None}
    assert error_code(server.call(2, "textDocument/hover", hover(2)["params"])) == INVALID_REQUEST
    assert error_code(server.call(3, "shutdown")) == INVALID_REQUEST
    assert error_code(server.call(4, "initialize", {"processId": None, "rootUri": None, "capabilities": {}})) == INVALID_REQUEST
    uri = (server.cwd / "a.md").as_uri()
    server.notify("textDocument/didOpen", open_params(uri, "Kami merubah.\n"))  # dropped
    server.notify("exit")
    assert server.proc.wait(20) == 0
    assert server.published(uri) == []
    assert_no_traceback(server)


def test_exit_without_shutdown(server):
    server.initialize()
    server.notify("exit")
    assert server.proc.wait(20) == 1


def test_exit_before_initialize(server):
    server.notify("exit")
    assert server.proc.wait(20) == 1


def test_end_of_input_ends_the_server(server):
    server.initialize()
    server.proc.stdin.close()
    assert server.proc.wait(20) == 1
