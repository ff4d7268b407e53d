"""The frame reader on its own (no server): what it makes of a byte stream, however the
stream is cut into reads."""

from __future__ import annotations

import json

import pytest

from sunting.lsp.transport import FrameError, FrameReader, Message


def chunks(data: bytes, size: int):
    parts = [data[i:i + size] for i in range(0, len(data), size)]
    it = iter(parts)
    return lambda: next(it, b"")


def frames(data: bytes, size: int = 1 << 16, max_bytes: int = 1 << 20) -> list:
    reader = FrameReader(chunks(data, size), max_bytes)
    out = []
    while (f := reader.read()) is not None:
        out.append(f.value if isinstance(f, Message) else (f.code, f.size))
    return out


def fr(value, extra: int = 0, name: bytes = b"Content-Length") -> bytes:
    body = json.dumps(value).encode()
    return name + b": %d\r\n\r\n" % (len(body) + extra) + body


@pytest.mark.parametrize("size", [1, 2, 7, 64, 1 << 16])
def test_any_cut_of_the_stream_reads_the_same(size):
    data = (
        fr({"a": 1})
        + b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" + fr({"b": "é😀"})
        + fr([1, 2], name=b"content-length")
        + b"junk line\r\n"
        + fr({"c": None}, extra=4)  # overstated: swallows "Cont" of the next header
        + fr({"d": 2}, extra=-2)  # understated: a parse error, then resync
        + fr({"e": 3})
    )
    got = frames(data, size)
    assert got[:5] == [{"a": 1}, {"b": "é😀"}, [1, 2], {"c": None}, (-32700, 0)]
    assert got[5:] == [{"e": 3}]


def test_oversized_frame_is_refused_and_skipped_in_bounded_memory():
    huge = b"Content-Length: 1000000000000\r\n\r\n" + b"x" * 300_000 + fr({"after": True})
    reader = FrameReader(chunks(huge, 4096), max_bytes=1 << 20)
    first = reader.read()
    assert isinstance(first, FrameError) and first.code == -32600
    assert first.size == 10**12
    second = reader.read()
    assert isinstance(second, Message) and second.value == {"after": True}
    assert len(reader._buf) < 70_000  # never held the junk
    assert reader.read() is None


def test_header_block_without_blank_line_is_junk():
    data = b"Content-Length: 5" + b" " * 10_000 + b"\r\n" + fr({"ok": 1})
    assert frames(data, 512) == [{"ok": 1}]


def test_conflicting_lengths_are_not_trusted():
    data = b"Content-Length: 3\r\nContent-Length: 4\r\n\r\n{}" + fr({"ok": 2})
    assert frames(data) == [{"ok": 2}]


def test_trailing_junk_inside_a_frame_is_a_parse_error():
    body = b'{"a": 1} trailing'
    data = b"Content-Length: %d\r\n\r\n" % len(body) + body + fr({"ok": 3})
    got = frames(data)
    assert got == [(-32700, 0), {"ok": 3}]


def test_end_of_input_inside_a_body():
    assert frames(b"Content-Length: 100\r\n\r\n{\"a\":") == []
