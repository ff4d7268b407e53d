"""The LSP base protocol's framing, read defensively: ``Content-Length`` headers and bodies
from a byte stream, surviving what a broken or hostile client sends.

pygls' own reader matches ``Content-Length: N\\r\\n`` byte for byte and trusts N: a
lower-case header name, or a length a few bytes off, desynchronises it for good (every
later frame is misread and nothing is answered again), and a huge N is allocated. This
reader instead

* matches header names case-insensitively and accepts bare ``\\n`` line ends;
* skips anything before the next ``Content-Length`` header (junk, a header block without
  a length, the rest of a frame whose length was understated) — it resynchronises;
* refuses a frame larger than ``max_bytes`` (a :class:`FrameError` the server answers
  with an error) and skips its body as junk, in bounded memory;
* when a body declared too long swallowed the start of the next frame, reads the one JSON
  value at its start and gives the rest back to the stream, so both frames survive.

It only splits frames; what the bodies mean is the protocol's business
(``sunting.lsp.protocol``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable

#: the largest frame read (a 10 MB document is at most ~60 MB as JSON with every
#: character escaped); anything larger is refused with an error
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
#: a header block longer than this is junk, not headers
MAX_HEADER_BYTES = 8 * 1024
CHUNK = 64 * 1024

_LENGTH_HEADER = re.compile(rb"content-length[ \t]*:", re.IGNORECASE)
_HEADER_LINE = re.compile(rb"([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:[ \t]*(.*?)[ \t]*\r?")
_WHITESPACE = b" \t\r\n"


@dataclass(frozen=True)
class Message:
    """A decoded JSON value (any JSON value: the protocol judges whether it is a message)."""

    value: object


@dataclass(frozen=True)
class FrameError:
    """A frame that could not be read: ``code`` is the JSON-RPC error to answer with (the
    sender cannot be known, so the answer has ``id: null``); ``size`` the declared length
    of a frame refused as too large."""

    code: int
    size: int = 0


PARSE_ERROR = -32700
INVALID_REQUEST = -32600


class FrameReader:
    """Frames from ``read_chunk`` (a blocking callable returning bytes, ``b""`` at the end)."""

    def __init__(self, read_chunk: Callable[[], bytes], max_bytes: int = MAX_MESSAGE_BYTES):
        self._read_chunk = read_chunk
        self.max_bytes = max_bytes
        self._buf = bytearray()
        self._eof = False
        self.skipped = 0  # bytes of junk skipped so far (for the log)

    # ------------------------------------------------------------------ the buffer
    def _fill(self) -> bool:
        """Read more input; False at the end of the stream."""
        if self._eof:
            return False
        data = self._read_chunk()
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def _drop(self, n: int) -> None:
        if n > 0:
            if bytes(self._buf[:n]).strip(_WHITESPACE):
                self.skipped += n
            del self._buf[:n]

    # ------------------------------------------------------------------ frames
    def read(self) -> Message | FrameError | None:
        """The next frame: a message, an error to answer, or None at the end of input."""
        while True:
            length = self._read_header()
            if length is None:
                return None
            if isinstance(length, FrameError):
                return length
            if length > self.max_bytes:
                # skip the body as junk: the next Content-Length header resynchronises
                return FrameError(INVALID_REQUEST, length)
            while len(self._buf) < length:
                if not self._fill():
                    return None
            body = bytes(self._buf[:length])
            del self._buf[:length]
            return self._decode(body)

    def _read_header(self) -> int | FrameError | None:
        """The declared length of the next frame, after skipping anything before its
        ``Content-Length`` header; None at the end of input."""
        while True:
            m = _LENGTH_HEADER.search(self._buf)
            if m is None:
                # keep a tail that may be the start of a header split across reads
                self._drop(len(self._buf) - 32)
                if not self._fill():
                    return None
                continue
            # other headers (Content-Type) may come before Content-Length: they only
            # matter for their syntax, which is not worth a resync; drop them
            self._drop(m.start())
            end = self._header_end()
            if end is None:
                if len(self._buf) > MAX_HEADER_BYTES:
                    self._drop(len(b"content-length"))  # not a header block: look further
                    continue
                if not self._fill():
                    return None
                continue
            block, body_start = end
            del self._buf[:body_start]
            length = _parse_headers(block)
            if length is None:
                continue  # a malformed header block: skip it, look for the next one
            return length

    def _header_end(self) -> tuple[bytes, int] | None:
        """(header block, offset of the body) once the blank line has arrived."""
        buf = self._buf
        i = 0
        while True:
            j = buf.find(b"\n", i, MAX_HEADER_BYTES + 1)
            if j < 0:
                return None
            line = buf[i:j]
            if line in (b"", b"\r"):
                return bytes(buf[:i]), j + 1
            i = j + 1

    def _decode(self, body: bytes) -> Message | FrameError:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as e:
            text = body[: e.start].decode("utf-8")
        start = len(text) - len(text.lstrip(" \t\r\n"))
        try:
            value, end = _DECODER.raw_decode(text, start)
        except ValueError:
            return FrameError(PARSE_ERROR)
        used = len(text[:end].encode("utf-8"))
        rest = body[used:]
        if rest.strip(_WHITESPACE):
            if not _looks_like_header_start(rest):
                # trailing junk inside the frame: the body is not one JSON value
                return FrameError(PARSE_ERROR)
            # declared too long: what follows the value belongs to the next frame
            self._buf[:0] = rest
        return Message(value)


_DECODER = json.JSONDecoder()


def _looks_like_header_start(rest: bytes) -> bool:
    """Does ``rest`` (what followed a complete JSON value inside a body) begin like a
    frame header — ``Content-Length``, a prefix of it (the declared length cut it), or
    another header line?"""
    head = rest.lstrip(_WHITESPACE)
    if not head:
        return False
    name = b"content-length"
    probe = head[: len(name)].lower()
    if name.startswith(probe) or probe.startswith(name):
        return True
    return _HEADER_LINE.match(head.split(b"\n", 1)[0]) is not None


def _parse_headers(block: bytes) -> int | None:
    """The Content-Length of a header block, or None when the block is not valid."""
    length = None
    for raw in block.split(b"\n"):
        line = raw.rstrip(b"\r")
        if not line:
            continue
        m = _HEADER_LINE.fullmatch(line)
        if m is None:
            return None
        if m.group(1).lower() == b"content-length":
            value = m.group(2)
            if not value.isdigit() or (length is not None and int(value) != length):
                return None
            length = int(value)
    return length
