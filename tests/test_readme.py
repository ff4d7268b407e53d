"""Every example in the README is run (issue 10.4): the ``sunting.yaml`` blocks are loaded
as configs (and every rule id they name exists), the rule file block is loaded and its
examples checked, the suppression comments parse, the pre-commit and workflow blocks name
hooks and action inputs that exist, and every ``sunting …`` command line parses. A fenced
YAML block that no test recognises fails the suite, so a new example cannot go unchecked.
"""

from __future__ import annotations

import logging
import re
import shlex
from pathlib import Path

import pytest
import yaml

from sunting import REPOSITORY_URL
from sunting.config import CONFIG_SCHEMA, load_config
from sunting.engine import Engine, load_rules
from sunting.text.document import Document

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
BLOCKS = [(m.group(1), m.group(2), README.count("\n", 0, m.start()) + 1) for m in FENCE.finditer(README)]
CONFIG_KEYS = set(CONFIG_SCHEMA["properties"])


def _yaml_blocks():
    return [(text, line) for lang, text, line in BLOCKS if lang == "yaml"]


def _kind(text: str) -> str:
    first = text.lstrip().splitlines()[0]
    if re.match(r"#\s*\S+/\S+\.ya?ml\s*$", first) and "pre-commit" not in first and "workflows" not in first:
        return "rule"
    if first.startswith("# .pre-commit-config.yaml"):
        return "pre-commit"
    if "uses:" in text or "runs-on:" in text:
        return "workflow"
    data = yaml.safe_load(text)
    if isinstance(data, dict) and set(data) <= CONFIG_KEYS:
        return "config"
    return "unknown"


def test_every_yaml_example_is_recognised():
    kinds = [(_kind(text), line) for text, line in _yaml_blocks()]
    assert [k for k in kinds if k[0] == "unknown"] == []
    assert {k for k, _ in kinds} >= {"config", "rule", "pre-commit", "workflow"}


def _project_for(config_text: str, folder: Path) -> Path:
    """A folder holding the config and the files it points at (pack folders, word lists)."""
    data = yaml.safe_load(config_text)
    for p in data.get("paths", []):
        (folder / p).mkdir(parents=True, exist_ok=True)
    for files in (data.get("vocabularies") or {}).values():
        for f in files:
            (folder / f).parent.mkdir(parents=True, exist_ok=True)
            (folder / f).write_text("contoh\n", encoding="utf-8")
    cfg = folder / "sunting.yaml"
    cfg.write_text(config_text, encoding="utf-8")
    return cfg


@pytest.mark.parametrize("text,line", [b for b in _yaml_blocks() if _kind(b[0]) == "config"],
                         ids=lambda v: f"line{v}" if isinstance(v, int) else "")
def test_config_example_loads_and_names_only_real_rules(tmp_path, caplog, text, line):
    cfg = load_config(_project_for(text, tmp_path))
    with caplog.at_level(logging.WARNING, logger="sunting"):
        ruleset = load_rules(cfg)
    assert [r.getMessage() for r in caplog.records] == []
    everything = load_rules(load_config(None, root=tmp_path))
    known = {r.id for r in everything.rules} | {r.pack for r in everything.rules}
    for rid in cfg.rule_levels:
        if not rid.startswith("LanguageTool"):
            assert rid in known, f"README line {line}: no rule or pack {rid}"
    assert ruleset.rules
    Engine(cfg)  # vocabularies and all


@pytest.mark.parametrize("text,line", [b for b in _yaml_blocks() if _kind(b[0]) == "rule"],
                         ids=lambda v: f"line{v}" if isinstance(v, int) else "")
def test_rule_example_loads_and_its_examples_hold(tmp_path, text, line):
    rel = text.lstrip().splitlines()[0].lstrip("#").strip()  # styles/House/Kantor.yml
    path = tmp_path / rel
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    pack = path.parent.name
    (tmp_path / "sunting.yaml").write_text(f"packs: [{pack}]\npaths: [{path.parent.parent.name}]\n", encoding="utf-8")
    engine = Engine(load_config(tmp_path / "sunting.yaml"))
    [rule] = engine.rules
    assert rule.id == f"{pack}.{path.stem}"
    assert rule.flag_examples and rule.pass_examples
    for ex in rule.flag_examples:
        found = [f for f in engine.check(Document(ex.text, "x.txt", ex.kind)) if f.rule == rule.id]
        assert found, ex.text
        if ex.suggestion:
            assert found[0].suggestions[0] == ex.suggestion
    for ex in rule.pass_examples:
        assert [f for f in engine.check(Document(ex.text, "x.txt", ex.kind)) if f.rule == rule.id] == [], ex.text


def test_suppression_example_parses_and_names_real_rules():
    [text] = [t for lang, t, _ in BLOCKS if lang == "md" and "sunting-" in t]
    doc = Document(text, "x.md", "markdown")
    assert [s.verb for s in doc.suppressions] == ["disable", "enable", "ignore-next-line"]
    known = {r.id for r in load_rules(load_config(None)).rules}
    for s in doc.suppressions:
        assert s.rules <= known


def _hook_ids() -> set[str]:
    return {h["id"] for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}


def test_pre_commit_example_names_this_repository_and_its_hooks():
    [(text, _)] = [b for b in _yaml_blocks() if _kind(b[0]) == "pre-commit"]
    [repo] = yaml.safe_load(text)["repos"]
    assert repo["repo"] == REPOSITORY_URL
    assert {h["id"] for h in repo["hooks"]} <= _hook_ids()
    assert not re.fullmatch(r"v\d+(\.\d+)*", str(repo["rev"])), "no release tag exists yet"


def _steps(data):
    if isinstance(data, list):
        return data
    return [s for job in data.get("jobs", {}).values() for s in job.get("steps", [])]


def test_workflow_examples_use_real_action_inputs_and_commands():
    inputs = set(yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))["inputs"])
    ours = 0
    for text, line in [b for b in _yaml_blocks() if _kind(b[0]) == "workflow"]:
        for step in _steps(yaml.safe_load(text)):
            uses = step.get("uses", "")
            if uses.startswith(REPOSITORY_URL.removeprefix("https://github.com/") + "@"):
                ours += 1
                assert set(step.get("with", {})) <= inputs, f"README line {line}"
                assert not re.fullmatch(r"v\d+(\.\d+)*", uses.split("@")[1]), "no release tag exists yet"
            for cmd in re.findall(r"(?:^|&&\s*)(sunting [^&|]+)", step.get("run", "")):
                _parses(cmd, line)
    assert ours >= 1


def _parses(command: str, line: int) -> None:
    from sunting.cli import build_parser

    words = shlex.split(command.split("#", 1)[0].split("<")[0].split(">")[0])
    assert words[0] == "sunting", command
    try:
        build_parser().parse_args(words[1:])
    except SystemExit as e:  # argparse's way of saying no
        raise AssertionError(f"README line {line}: `{command}` does not parse") from e


def test_every_sunting_command_line_parses():
    n = 0
    for lang, text, line in BLOCKS:
        if lang != "sh":
            continue
        for i, row in enumerate(text.splitlines()):
            for cmd in re.findall(r"(?:^|&&\s*|\.venv/bin/)(sunting (?:check|rules|serve)\b[^&|]*)", row):
                _parses(cmd, line + i + 1)
                n += 1
    assert n >= 10


def test_readme_installs_nothing_from_pypi():
    assert not re.search(r"pip(?:x)? install (?:-\S+ )*['\"]?sunting(?:\[|\b)(?!-)", README), \
        "sunting is not on PyPI: install from a clone, a wheel or git+URL"
