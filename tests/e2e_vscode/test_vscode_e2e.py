"""The VS Code extension in a real VS Code (code-server + headless Chromium).

Runs ``drive.mjs`` beside this file: builds and packages ``vscode-extension/``,
installs the .vsix into code-server 4.100.3, opens a copy of the seed article,
checks the Problems panel and the quick fixes, applies the fix for ``antata``
through the UI. Setup (Debian chromium, code-server, npm packages):
``bash .ci/vscode-setup.sh``. Skipped with the reason when that setup is missing.

Environment: ``SUNTING_PYTHON`` (python that has sunting; default the repo's
``.venv/bin/python``, else this interpreter), ``SUNTING_E2E_UPDATE_SCREENSHOT=1``
to refresh ``vscode-extension/images/screenshot.png`` (otherwise the screenshot
goes to pytest's tmp dir so the work tree stays clean).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
EXT = REPO / "vscode-extension"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SETUP_HINT = "run `bash .ci/vscode-setup.sh`"


def _node_major() -> int | None:
    node = shutil.which("node")
    if not node:
        return None
    out = subprocess.run([node, "-p", "process.versions.node.split('.')[0]"], capture_output=True, text=True)
    try:
        return int(out.stdout.strip())
    except ValueError:
        return None


def _missing() -> str | None:
    major = _node_major()
    if major is None:
        return "node is not installed"
    if major != 20:
        return f"node 20 is needed for code-server 4.100.3 (found node {major})"
    if not Path(CHROMIUM).exists():
        return f"chromium not found at {CHROMIUM}; {SETUP_HINT}"
    if not (HERE / "node_modules" / "code-server" / "out" / "node" / "entry.js").exists():
        return f"code-server is not installed in tests/e2e_vscode/node_modules; {SETUP_HINT}"
    if not (HERE / "node_modules" / "playwright-core").exists():
        return f"playwright-core is not installed in tests/e2e_vscode/node_modules; {SETUP_HINT}"
    if not (EXT / "node_modules" / ".bin" / "vsce").exists():
        return f"the extension's npm packages are not installed (npm ci in vscode-extension/); {SETUP_HINT}"
    shared = Path(os.environ.get("SUNTING_SHARED", REPO.parent / "shared"))
    if not (shared / "corpus" / "seed" / "seed-article.txt").exists() and not (REPO / "examples" / "seed-article.txt").exists():
        return f"seed article not found under {shared} nor in examples/"
    return None


def _python() -> str:
    if os.environ.get("SUNTING_PYTHON"):
        return os.environ["SUNTING_PYTHON"]
    venv = REPO / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Runs cmd in its own process group; on timeout the whole group is killed."""
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        # SIGTERM lets drive.mjs clean up its own children; SIGKILL the rest.
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            out, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
        pytest.fail(f"{' '.join(cmd)} timed out after {timeout} s\n{out}")
    return subprocess.CompletedProcess(cmd, proc.returncode, out, None)


def test_extension_unit_tests() -> None:
    """`npm test` in vscode-extension/: server discovery, settings forwarding, status, CLI results."""
    if _node_major() is None:
        pytest.skip("node is not installed")
    if not (EXT / "node_modules" / ".bin" / "tsc").exists():
        pytest.skip(f"the extension's npm packages are not installed (npm ci in vscode-extension/); {SETUP_HINT}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("VSCODE_")}
    result = _run(["npm", "test", "--silent"], EXT, env, timeout=180)
    assert result.returncode == 0, f"npm test failed:\n{result.stdout}"
    assert "# fail 0" in result.stdout, result.stdout


def test_extension_in_real_vscode(tmp_path: Path) -> None:
    reason = _missing()
    if reason:
        pytest.skip(reason)

    env = {k: v for k, v in os.environ.items() if not k.startswith("VSCODE_")}
    build = _run(["npm", "run", "--silent", "package"], EXT, env, timeout=180)
    assert build.returncode == 0, f"npm run package failed:\n{build.stdout}"
    version = __import__("json").loads((EXT / "package.json").read_text())["version"]
    vsix = EXT / f"sunting-{version}.vsix"
    assert vsix.exists(), f"{vsix} was not produced:\n{build.stdout}"

    screenshot = (
        EXT / "images" / "screenshot.png"
        if os.environ.get("SUNTING_E2E_UPDATE_SCREENSHOT") == "1"
        else tmp_path / "screenshot.png"
    )
    env.update(SUNTING_PYTHON=_python(), SUNTING_VSIX=str(vsix), SUNTING_E2E_SCREENSHOT=str(screenshot))
    result = _run(["node", str(HERE / "drive.mjs")], HERE, env, timeout=240)
    print(result.stdout)
    assert result.returncode == 0, f"VS Code end-to-end test failed:\n{result.stdout}"
    assert "PASS" in result.stdout
    assert screenshot.exists() and screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
