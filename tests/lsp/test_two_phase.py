"""Two publishes per version when the engine has phases after the paragraph phase: first
the paragraph checks (cached per paragraph), then the document-level checks and slow
backends (LanguageTool). While typing, the later phases' findings the edit did not touch
are carried along (moved with the edits) instead of flickering off and on; the second
publish corrects them."""

from __future__ import annotations

import os
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from lsp_helpers import FAKE_SERVER, change_doc, codes, make_client, open_doc, start, wait_for

pytestmark = pytest.mark.e2e


@pytest_lsp.fixture(
    config=ClientServerConfig(
        server_command=[sys.executable, FAKE_SERVER, "slow"],
        client_factory=make_client,
        server_env={
            **os.environ,
            "SUNTING_TEST_SLOW_BACKEND": "0.4",
        },
    ),
)
async def slow_client(lsp_client: LanguageClient):
    yield
    if lsp_client.capabilities is not None and lsp_client.error is None:
        await lsp_client.shutdown_session()


def mine(client, uri, version):
    return [p for p in client.published if p.uri == uri and p.version == version]


def spans(p):
    return [(d.code, d.range.start.character, d.range.end.character) for d in p.diagnostics]


async def test_two_phase_publish_and_carry_over(slow_client, workspace):
    client = slow_client
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", "Kami lambat sekali merubah.\n")
    await wait_for(lambda: len(mine(client, uri, 1)) >= 2, what="fast and slow publish")
    fast, slow = mine(client, uri, 1)[:2]
    assert codes(fast) == ["House.Baku"]
    assert spans(slow) == [("Slow.Word", 5, 11), ("House.Baku", 19, 26)]

    # an edit before the backend's finding: the fast publish already carries it, moved
    change_doc(client, uri, 2, "x ", types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)))
    await wait_for(lambda: len(mine(client, uri, 2)) >= 2, what="v2 publishes")
    fast, slow = mine(client, uri, 2)[:2]
    assert spans(fast) == [("Slow.Word", 7, 13), ("House.Baku", 21, 28)]
    assert spans(slow) == spans(fast)

    # an edit of the flagged word itself: it is not carried over
    r = types.Range(start=types.Position(line=0, character=7), end=types.Position(line=0, character=13))
    change_doc(client, uri, 3, "cepat", r)
    await wait_for(lambda: len(mine(client, uri, 3)) >= 2, what="v3 publishes")
    fast, slow = mine(client, uri, 3)[:2]
    assert codes(fast) == ["House.Baku"] and codes(slow) == ["House.Baku"]
    # versions never go back
    versions = [p.version for p in client.published if p.uri == uri]
    assert versions == sorted(versions)


CONSISTENT = """\
type: consistency
level: warning
message: "Pakai satu bentuk: ‘{first}’."
either:
  daring: online
"""


async def test_document_level_checks_in_second_phase(client, workspace):
    (workspace / "styles" / "House" / "Consistent.yml").write_text(CONSISTENT, encoding="utf-8")
    await start(client, workspace)
    uri = open_doc(client, workspace / "a.md", "Rapat daring kemarin, rapat online besok, merubah.\n")
    # a document just opened: the paragraph phase first, then everything
    await wait_for(lambda: len(mine(client, uri, 1)) >= 2, what="two publishes")
    first, complete = mine(client, uri, 1)[:2]
    assert spans(first) == [("House.Baku", 42, 49)]
    assert spans(complete) == [("House.Consistent", 28, 34), ("House.Baku", 42, 49)]

    change_doc(client, uri, 2, "Ya. ", types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)))
    await wait_for(lambda: len(mine(client, uri, 2)) >= 2, what="v2 publishes")
    first, second = mine(client, uri, 2)[:2]
    # while typing: block checks first, the document-level finding carried over (moved)
    assert spans(first) == [("House.Consistent", 32, 38), ("House.Baku", 46, 53)]
    assert spans(second) == spans(first)

    # the first form changes: the carried finding is corrected by the second publish
    r = types.Range(start=types.Position(line=0, character=10), end=types.Position(line=0, character=16))
    change_doc(client, uri, 3, "online", r)
    await wait_for(lambda: len(mine(client, uri, 3)) >= 2, what="v3 publishes")
    first, second = mine(client, uri, 3)[:2]
    assert codes(first) == ["House.Consistent", "House.Baku"]  # carried: not yet re-checked
    assert codes(second) == ["House.Baku"]
    versions = [p.version for p in client.published if p.uri == uri]
    assert versions == sorted(versions)
