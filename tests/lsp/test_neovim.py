"""A second real client: Neovim headless (Debian ``neovim``, 0.7+) with its built-in LSP
client runs ``sunting serve``, and we read the diagnostics Neovim itself received.

Neovim 0.7 has no ``vim.lsp.start`` (0.8+): the client is started with
``vim.lsp.start_client`` and attached from a FileType autocmd, after ``filetype on``
(init.lua runs before Neovim enables file types). Neovim reports columns in bytes, so the
emoji before the flagged word checks the UTF-16 ranges end to end.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from lsp_helpers import make_workspace

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        shutil.which("nvim") is None,
        reason="Neovim is not installed (apt-get install neovim): the second-client test needs `nvim`",
    ),
]

INIT_LUA = r"""
vim.cmd('filetype on')
local cmd = vim.fn.json_decode(os.getenv('SUNTING_NVIM_CMD'))
local root = os.getenv('SUNTING_NVIM_ROOT')
vim.api.nvim_create_autocmd('FileType', {
  pattern = {'markdown', 'text', 'html'},
  callback = function(args)
    local id = vim.lsp.start_client({name = 'sunting', cmd = cmd, root_dir = root})
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
"""

CHECK_LUA = r"""
local out = os.getenv('SUNTING_NVIM_OUT')
local buf = vim.api.nvim_get_current_buf()
local function snapshot()
  local res = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(res, {lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
                       code = d.code or lsp.code, source = d.source, severity = d.severity,
                       message = d.message})
  end
  return res
end
local function codes()
  local s = {}
  for _, d in ipairs(snapshot()) do table.insert(s, d.code) end
  return table.concat(s, ',')
end
local result = {}
result.opened = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
result.first = snapshot()
-- an edit in the editor: merubah → mengubah (bytes 10..17 of line 0)
vim.api.nvim_buf_set_text(buf, 0, 10, 0, 17, {'mengubah'})
result.edited = vim.wait(30000, function() return not codes():find('House.Baku', 1, true) and #vim.diagnostic.get(buf) > 0 end, 50)
result.second = snapshot()
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd('qa!')
"""


def test_neovim_receives_diagnostics(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    doc = ws / "artikel.md"
    doc.write_text("Kami 😀 merubah yang yang kantoor.\n", encoding="utf-8")
    (tmp_path / "init.lua").write_text(INIT_LUA, encoding="utf-8")
    (tmp_path / "check.lua").write_text(CHECK_LUA, encoding="utf-8")
    out = tmp_path / "out.json"
    xdg = tmp_path / "xdg"
    env = {
        **os.environ,
        "SUNTING_NVIM_CMD": json.dumps([sys.executable, "-m", "sunting", "serve"]),
        "SUNTING_NVIM_ROOT": str(ws),
        "SUNTING_NVIM_OUT": str(out),
        # keep Neovim's logs, swap and shada out of $HOME
        "XDG_CONFIG_HOME": str(xdg / "config"),
        "XDG_CACHE_HOME": str(xdg / "cache"),
        "XDG_DATA_HOME": str(xdg / "data"),
        "XDG_STATE_HOME": str(xdg / "state"),
    }
    proc = subprocess.run(
        ["nvim", "--headless", "-n", "-i", "NONE", "-u", str(tmp_path / "init.lua"), str(doc),
         "-c", f"luafile {tmp_path / 'check.lua'}"],
        cwd=ws, env=env, capture_output=True, text=True, timeout=120,
    )
    assert out.exists(), f"Neovim wrote no result (exit {proc.returncode}): {proc.stderr[-2000:]}"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["opened"], "no diagnostics reached Neovim"
    first = [(d["code"], d["lnum"], d["col"], d["end_col"], d["source"]) for d in result["first"]]
    # byte columns: "Kami " 5 bytes, the emoji 4, a space → merubah at byte 10
    assert first == [
        ("House.Baku", 0, 10, 17, "sunting"),
        ("House.Repetition", 0, 18, 27, "sunting"),
        ("House.Spelling", 0, 28, 35, "sunting"),
    ]
    assert result["edited"], "diagnostics did not follow the edit made in Neovim"
    second = [(d["code"], d["col"], d["end_col"]) for d in result["second"]]
    assert second == [("House.Repetition", 19, 28), ("House.Spelling", 29, 36)]
