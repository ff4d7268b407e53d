"""The server never exits on an exception in a check: it logs it and carries on."""

from __future__ import annotations

import os
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from lsp_helpers import FAKE_SERVER, change_doc, codes, diagnostics_for, make_client, open_doc, start, wait_for

pytestmark = pytest.mark.e2e


@pytest_lsp.fixture(
    config=ClientServerConfig(
        server_command=[sys.executable, FAKE_SERVER, "boom"],
        client_factory=make_client,
        server_env={**os.environ},
    ),
)
async def boom_client(lsp_client: LanguageClient):
    yield
    if lsp_client.capabilities is not None and lsp_client.error is None:
        await lsp_client.shutdown_session()


async def test_exception_in_check(boom_client, workspace):
    client = boom_client
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", "Kami merubah. BOOM\n")
    p = await diagnostics_for(client, uri, 1)
    assert list(p.diagnostics) == []
    await wait_for(lambda: [m for m in client.log_messages if "exploded" in m.message], what="logMessage")
    change_doc(client, uri, 2, "Kami merubah.\n")
    p = await diagnostics_for(client, uri, 2)
    assert codes(p) == ["House.Baku"]
    h = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=6))
    )
    assert h is not None


def test_tcp_for_debugging(workspace):
    """``sunting serve --tcp HOST:PORT`` speaks the same protocol over a socket."""
    import json
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "sunting", "serve", "--tcp", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                conn = socket.create_connection(("127.0.0.1", port), timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        with conn:
            def send(msg):
                body = json.dumps(msg).encode()
                conn.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body)

            send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                  "params": {"processId": None, "rootUri": workspace.as_uri(), "capabilities": {}}})
            send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
            send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": (workspace / "a.md").as_uri(), "languageId": "markdown", "version": 1,
                "text": "Kami merubah.\n"}}})
            conn.settimeout(20)
            data = b""
            while b"publishDiagnostics" not in data:
                chunk = conn.recv(65536)
                assert chunk, "connection closed"
                data += chunk
            assert b'"code": "House.Baku"' in data or b'"code":"House.Baku"' in data
    finally:
        proc.kill()
        proc.wait(10)
        proc.stderr.close()
