"""Fixtures for the language-server tests (helpers in ``lsp_helpers.py``)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
import pytest_lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from lsp_helpers import SERVER_CMD, make_client, make_workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "ws")


@pytest_lsp.fixture(
    config=ClientServerConfig(
        server_command=SERVER_CMD,
        client_factory=make_client,
        server_env={**os.environ, "PYTHONUNBUFFERED": "1"},
    ),
)
async def client(lsp_client: LanguageClient):
    yield
    if lsp_client.capabilities is not None and lsp_client.error is None and not getattr(lsp_client, "shut", False):
        try:
            await asyncio.wait_for(lsp_client.shutdown_session(), 10)
        except Exception:
            pass
