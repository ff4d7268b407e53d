"""Fuzzing the language server's framing and JSON-RPC handling (issue 11): one real
``sunting serve`` over stdio receives batches of random frames — real LSP methods with
random or half-broken params, random JSON values, headers in odd case, extra headers,
bare line feeds, lengths a few bytes off, junk between frames, absurd lengths — and must

* answer every request exactly once (a result or the right error), and never a
  notification (a request whose frame the fuzzer broke may lose its answer, but never
  gets two);
* write only well-formed frames, and no traceback to stderr (a client's mistake is
  logged in one line; a traceback means a handler crashed on input it should handle);
* stay alive, and at the end still answer ``shutdown`` and exit with status 0.

Bounded: ``SUNTING_FUZZ_EXAMPLES`` batches (default 30), derandomized so that the suite
is repeatable; ``SUNTING_FUZZ_RANDOM=1`` draws fresh inputs.
"""

from __future__ import annotations

import itertools
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lsp_helpers import make_workspace
from raw import RawServer, frame

pytestmark = pytest.mark.e2e

EXAMPLES = int(os.environ.get("SUNTING_FUZZ_EXAMPLES", "30"))
RANDOM = os.environ.get("SUNTING_FUZZ_RANDOM") == "1"

WORDS = ["Kami", "merubah", "yang", "yang", "kantoor", "zzyzx", "😀", "e\u0301", "\r\n", "\n", "\r", " ", ".", "\u2028", "\t", "—"]

json_scalars = st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=False) | st.text(max_size=12)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
small_int = st.integers(-2, 40) | st.sampled_from([2**31, 2**53])
text = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)


def position():
    return st.fixed_dictionaries({"line": small_int, "character": small_int})


def rng():
    return st.fixed_dictionaries({"start": position(), "end": position()})


def maybe_broken(template: st.SearchStrategy) -> st.SearchStrategy:
    """Valid-shaped params most of the time; otherwise a field dropped or replaced by a
    random JSON value, or params that are not even an object."""

    def mutate(params, how, key, junk):
        if not isinstance(params, dict) or not params or how == "keep":
            return params
        key = sorted(params)[key % len(params)]
        params = dict(params)
        if how == "drop":
            del params[key]
        else:
            params[key] = junk
        return params

    mutated = st.builds(mutate, template, st.sampled_from(["keep", "keep", "drop", "replace"]), st.integers(0, 9), json_values)
    return st.one_of(mutated, mutated, mutated, json_values)


def uri_strategy(uris):
    return st.sampled_from(uris) | st.sampled_from(["file:///nowhere/x.md", "untitled:Untitled-1", "not a uri", ""])


def methods(uris):
    td = st.fixed_dictionaries({"uri": uri_strategy(uris)})
    vtd = st.fixed_dictionaries({"uri": uri_strategy(uris), "version": small_int})
    item = st.fixed_dictionaries(
        {"uri": uri_strategy(uris), "languageId": st.sampled_from(["markdown", "plaintext", "html", "python"]), "version": small_int, "text": text}
    )
    change = st.one_of(
        st.fixed_dictionaries({"text": text}),
        st.fixed_dictionaries({"range": rng(), "text": text}),
    )
    requests = {
        "textDocument/hover": st.fixed_dictionaries({"textDocument": td, "position": position()}),
        "textDocument/codeAction": st.fixed_dictionaries(
            {
                "textDocument": td,
                "range": rng(),
                "context": st.fixed_dictionaries(
                    {"diagnostics": st.just([]), "only": st.sampled_from([None, ["quickfix"], ["source.fixAll.sunting"], ["source"]])}
                ),
            }
        ),
        "textDocument/diagnostic": st.fixed_dictionaries({"textDocument": td}),
        "workspace/executeCommand": st.fixed_dictionaries(
            {
                "command": st.sampled_from(["sunting.addToVocabulary", "sunting.checkWorkspace", "no.such.command"]),
                "arguments": st.lists(json_values | st.sampled_from(uris), max_size=3),
            }
        ),
        "textDocument/completion": st.fixed_dictionaries({"textDocument": td, "position": position()}),
        "initialize": st.fixed_dictionaries({"processId": st.none(), "rootUri": st.none(), "capabilities": st.just({})}),
        "sunting/unknown": json_values,
        "$/unknownRequest": json_values,
    }
    notifications = {
        "textDocument/didOpen": st.fixed_dictionaries({"textDocument": item}),
        "textDocument/didChange": st.fixed_dictionaries({"textDocument": vtd, "contentChanges": st.lists(change, max_size=3)}),
        "textDocument/didClose": st.fixed_dictionaries({"textDocument": td}),
        "textDocument/didSave": st.fixed_dictionaries({"textDocument": td}),
        "workspace/didChangeConfiguration": st.fixed_dictionaries({"settings": json_values}),
        "$/cancelRequest": st.fixed_dictionaries({"id": st.integers(0, 50) | st.text(max_size=4)}),
        "$/setTrace": st.fixed_dictionaries({"value": st.sampled_from(["off", "messages", "verbose", "loud"])}),
        "initialized": st.just({}),
        "$/unknownNotification": json_values,
    }
    req = st.sampled_from(sorted(requests)).flatmap(lambda m: st.tuples(st.just("request"), st.just(m), maybe_broken(requests[m])))
    note = st.sampled_from(sorted(notifications)).flatmap(
        lambda m: st.tuples(st.just("notification"), st.just(m), maybe_broken(notifications[m]))
    )
    junk = st.tuples(st.just("junk"), st.just(""), json_values)
    return st.one_of(req, req, note, note, junk)


MUTATIONS = ["none"] * 8 + ["lower", "upper", "lf", "ctype", "junk_before", "short", "long", "huge"]
mutation = st.tuples(st.sampled_from(MUTATIONS), st.integers(1, 8))


def encode(payload, how: str, k: int) -> bytes:
    body = json.dumps(payload).encode()
    n = len(body)
    if how == "lower":
        return b"content-length: %d\r\n\r\n" % n + body
    if how == "upper":
        return b"CONTENT-LENGTH:%d\r\n\r\n" % n + body
    if how == "lf":
        return b"Content-Length: %d\n\n" % n + body
    if how == "ctype":
        return b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % n + body
    if how == "junk_before":
        return b"garbage \x00\xff\r\n" * k + frame(body)
    if how == "short":
        return b"Content-Length: %d\r\n\r\n" % (n - k) + body
    if how == "long":
        return b"Content-Length: %d\r\n\r\n" % (n + k) + body
    if how == "huge":
        return b"Content-Length: %d\r\n\r\n" % (10**12 + k) + body
    return frame(body)


@pytest.fixture
def fuzz_server(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    s = RawServer(ws)
    yield s
    s.close()


def test_fuzz_framing_and_messages(fuzz_server):
    server = fuzz_server
    server.initialize()
    uris = [(server.cwd / name).as_uri() for name in ("a.md", "b.txt")]
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uris[0], "languageId": "markdown", "version": 1, "text": "Kami merubah yang yang kantoor.\n"}})
    ids = itertools.count(1)
    expected: dict[str, str] = {}  # id → "one" (exactly one answer) | "none" | "maybe"

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=not RANDOM,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(batch=st.lists(st.tuples(methods(uris), mutation), min_size=1, max_size=12))
    def run(batch):
        data = b""
        mine = []
        hows = [how for _, (how, _) in batch] + ["none"]
        for i, ((kind, method, params), (how, k)) in enumerate(batch):
            if kind == "junk":
                payload = params
                if isinstance(payload, dict):
                    rid = f"j{next(ids)}"
                    payload = {**payload, "id": rid}
                    payload.pop("jsonrpc", None)  # never a valid message: an Invalid Request
                    expected[rid] = "one" if how in ("none", "lower", "upper", "lf", "ctype", "junk_before") else "maybe"
                    mine.append(rid)
                how = how if isinstance(payload, dict) else "none"
            else:
                payload = {"jsonrpc": "2.0", "method": method}
                if params is not None:
                    payload["params"] = params
                if kind == "request":
                    rid = f"r{next(ids)}"
                    payload["id"] = rid
                    mine.append(rid)
                    if how in ("short", "huge"):
                        expected[rid] = "none"
                    elif how == "long" and hows[i + 1] == "junk_before":
                        expected[rid] = "maybe"  # the junk it swallowed makes it unreadable
                    else:
                        expected[rid] = "one"
            data += encode(payload, how, k)
        # a fence (completes a frame declared a few bytes too long), then a sentinel
        sentinel = f"s{next(ids)}"
        data += b"\r\n" * 8 + frame({"jsonrpc": "2.0", "id": sentinel, "method": "sunting/ping"})
        server.send(data)
        assert server.response(sentinel, timeout=30)["error"]["code"] == -32601
        for rid in mine:
            if expected[rid] == "one":
                server.response(rid, timeout=30)
        assert server.proc.poll() is None

    run()
    # everything answered at most once, the ones that must be exactly once; nothing else
    answered: dict = {}
    for m in server.messages:
        if "method" not in m and "id" in m:
            answered[m["id"]] = answered.get(m["id"], 0) + 1
    for rid, rule in expected.items():
        n = answered.get(rid, 0)
        assert n == {"one": 1, "none": 0}.get(rule, n) and n <= 1, (rid, rule, n)
    unknown = {rid for rid in answered if rid is not None and rid not in expected and not str(rid).startswith("s") and rid != "init"}
    assert not unknown
    assert not server.bad_frames
    assert server.shutdown_and_exit() == 0
    err = server.stderr()
    at = err.find("Traceback")
    assert at < 0, err[max(0, at - 300):at + 3000]
