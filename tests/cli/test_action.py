"""The GitHub Action (``action.yml``, issue 10.10): its "Check" step's script, run the way
GitHub runs a ``shell: bash`` step (``bash --noprofile --norc -eo pipefail {0}``), with the
step's ``env:`` filled in from the inputs' defaults and the event, against a stub ``sunting``
(to see the arguments and exit statuses) and the real one (to see the annotations)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cli_helpers import REPO

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None,
                                reason="needs git and bash")

ACTION = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
STEP = next(s for s in ACTION["runs"]["steps"] if s.get("id") == "check")


def _env(inputs: dict, github: dict) -> dict:
    """The step's env: as GitHub expands it (``${{ inputs.x }}``, ``${{ github.x.y }}``)."""
    values = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}
    values.update(inputs)

    def expand(template: str) -> str:
        def one(m):
            expr = m.group(1).strip()
            if expr.startswith("inputs."):
                return values[expr[len("inputs."):]]
            if expr.startswith("github."):
                return github.get(expr[len("github."):], "")
            raise AssertionError(expr)
        return re.sub(r"\$\{\{(.*?)\}\}", one, template)

    return {k: expand(str(v)) for k, v in STEP["env"].items()}


def git(cwd, *args) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True).stdout.strip()


@pytest.fixture
def repo(project):
    git(project, "init", "-q", "-b", "main")
    git(project, "config", "user.email", "t@example.com")
    git(project, "config", "user.name", "T")
    git(project, "config", "commit.gpgsign", "false")
    (project / "docs").mkdir()
    (project / "docs" / "lama.md").write_text("Dia merubah rencana.\n\nBaris dua.\n", encoding="utf-8")
    (project / "docs" / "tetap.md").write_text("Dia merubah jadwal.\n", encoding="utf-8")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "base")
    return project


def _stub(folder: Path, status: int) -> Path:
    """A ``sunting`` that records its arguments and exits with ``status``."""
    bin_dir = folder / "bin"
    bin_dir.mkdir(exist_ok=True)
    stub = bin_dir / "sunting"
    stub.write_text(f'#!/usr/bin/env bash\nprintf "%s\\n" "$@" > "{folder}/args.txt"\nexit {status}\n')
    stub.chmod(0o755)
    return bin_dir


def _run_step(cwd: Path, bin_dir: Path, inputs=None, github=None):
    script = cwd.parent / "step.sh"
    script.write_text(STEP["run"], encoding="utf-8")
    out = cwd.parent / "github_output"
    out.write_text("")
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "HOME": os.environ.get("HOME", "/tmp"),
           "GITHUB_OUTPUT": str(out), **_env(inputs or {}, github or {})}
    proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=cwd, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
    outputs = dict(line.split("=", 1) for line in out.read_text().splitlines() if "=" in line)
    return proc, outputs


@pytest.mark.parametrize("status", [0, 1, 2])
def test_exit_code_output_is_written_whatever_sunting_returns(repo, status):
    bin_dir = _stub(repo.parent, status)
    proc, outputs = _run_step(repo, bin_dir, github={"event_name": "workflow_dispatch"})
    assert proc.returncode == status, proc.stderr
    assert outputs == {"exit-code": str(status)}
    args = (repo.parent / "args.txt").read_text().split("\n")
    assert args[:6] == ["check", "--format", "github", "--fail-level", "error", "--force-exclude"]
    assert args[-3:] == ["--", ".", ""]


def test_pull_request_checks_changed_files_and_by_default_only_changed_lines(repo):
    base = git(repo, "rev-parse", "HEAD")
    (repo / "docs" / "lama.md").write_text("Dia merubah rencana.\n\nBaris dua merubah.\n", encoding="utf-8")
    (repo / "docs" / "baru.md").write_text("Naskah baru merubah.\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "pr")
    bin_dir = _stub(repo.parent, 1)
    proc, outputs = _run_step(repo, bin_dir, github={"event_name": "pull_request", "event.pull_request.base.sha": base})
    assert outputs == {"exit-code": "1"} and proc.returncode == 1
    args = (repo.parent / "args.txt").read_text().split("\n")[:-1]
    assert args == ["check", "--format", "github", "--fail-level", "error", "--force-exclude",
                    "--changed-since", base, "--", "docs/baru.md", "docs/lama.md"]
    assert "memeriksa 2 berkas yang berubah" in proc.stdout


def test_no_changed_prose_file(repo):
    base = git(repo, "rev-parse", "HEAD")
    (repo / "kode.py").write_text("x = 1\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "code only")
    bin_dir = _stub(repo.parent, 1)
    proc, outputs = _run_step(repo, bin_dir, github={"event_name": "push", "event.before": base})
    assert proc.returncode == 0 and outputs == {"exit-code": "0"}
    assert not (repo.parent / "args.txt").exists()


def test_real_sunting_annotates_only_the_changed_lines(repo):
    base = git(repo, "rev-parse", "HEAD")
    (repo / "docs" / "lama.md").write_text("Dia merubah rencana.\n\nBaris dua sekedar.\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "pr")
    bin_dir = Path(sys.executable).parent  # the sunting installed with the tests
    proc, outputs = _run_step(repo, bin_dir, inputs={"fail-level": "warning"},
                              github={"event_name": "pull_request", "event.pull_request.base.sha": base})
    annotations = [line for line in proc.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1, proc.stdout
    assert annotations[0].startswith("::warning file=docs/lama.md,line=3,")
    assert "sekedar" in annotations[0]
    assert outputs == {"exit-code": "1"} and proc.returncode == 1
