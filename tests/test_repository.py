"""One repository URL and one version (issue 10.11).

``sunting.REPOSITORY_URL`` is the truth; every file that names sunting's repository names
exactly it (SARIF's informationUri, the rule schema's $id, pyproject.toml, the pre-commit
hook, the GitHub Action, the VS Code extension, the README). No example pins a release tag
that does not exist, and the versions of the Python package and the extension agree.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from sunting import REPOSITORY_URL, __version__

REPO = Path(__file__).resolve().parent.parent
#: a mention of sunting's repository: the host, an owner, then /sunting (also in git+https and uses:)
MENTION = re.compile(r"(?:github\.com/|uses:\s*)([\w.-]+)/sunting\b")


def _tracked_text_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, check=True, stdout=subprocess.PIPE).stdout
        names = [n for n in out.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    files = []
    for name in names:
        p = REPO / name
        if p.suffix in {".py", ".md", ".yml", ".yaml", ".json", ".toml", ".ts", ".mjs", ".txt", ".sh", ""} and p.is_file():
            files.append(p)
    return files


def test_every_file_names_the_one_repository():
    owner = REPOSITORY_URL.removeprefix("https://github.com/").split("/")[0]
    wrong = []
    for p in _tracked_text_files():
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for m in MENTION.finditer(text):
            if m.group(1) != owner:
                wrong.append(f"{p.relative_to(REPO)}: {m.group(0)}")
    assert wrong == []


def test_the_places_that_need_the_url_use_the_constant():
    from sunting.output.sarif import INFO_URI

    assert INFO_URI == REPOSITORY_URL
    schema = json.loads((REPO / "rules" / "schema.json").read_text(encoding="utf-8"))
    assert schema["$id"].startswith(REPOSITORY_URL + "/")
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert f'Repository = "{REPOSITORY_URL}"' in pyproject
    ext = json.loads((REPO / "vscode-extension" / "package.json").read_text(encoding="utf-8"))
    assert ext["repository"]["url"].removesuffix(".git") == REPOSITORY_URL
    assert f"repo: {REPOSITORY_URL}" in (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert f"git+{REPOSITORY_URL}@" in (REPO / "action.yml").read_text(encoding="utf-8")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"pipx install git+{REPOSITORY_URL}" in readme


def _tags() -> set[str]:
    out = subprocess.run(["git", "tag", "-l"], cwd=REPO, stdout=subprocess.PIPE, text=True).stdout
    return set(out.split())


def test_no_pin_to_a_tag_that_does_not_exist():
    tags = _tags()
    for p in (REPO / "README.md", REPO / ".pre-commit-hooks.yaml", REPO / "action.yml"):
        text = p.read_text(encoding="utf-8")
        pins = re.findall(r"(?:rev:\s*|sunting@)(v\d+(?:\.\d+)*)\b", text)
        assert [v for v in pins if v not in tags] == [], p.name


def test_versions_agree():
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    [version] = re.findall(r'(?m)^version = "([^"]+)"', pyproject)
    ext = json.loads((REPO / "vscode-extension" / "package.json").read_text(encoding="utf-8"))
    assert version == __version__ == ext["version"]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"sunting-{version}.vsix" in readme and f"sunting-{version}-py3-none-any.whl" in readme
