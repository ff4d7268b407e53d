"""``sunting check`` is a pipeline over typed options (issue 12.2): no argparse Namespace
below ``cli.py``, no module-level state in the pipeline and project modules, configurations
never edited, one table of output formats."""

from __future__ import annotations

import ast
import dataclasses
import io
import json
from pathlib import Path

import pytest

from sunting.runner import CheckOptions, Streams, run_check

PACKAGE = Path(__file__).resolve().parents[2] / "server" / "sunting"
PIPELINE = ["runner.py", "batch.py", "project.py", "discovery.py", "selection.py", "loader.py", "engine.py",
            "config.py", "output/__init__.py", "output/formats.py", "output/text.py", "output/json.py",
            "output/sarif.py", "output/github.py"]
#: the one slot a forked worker process fills, once, with the job it inherited
ALLOWED_STATE = {("batch.py", "_worker_job")}


@pytest.mark.parametrize("name", PIPELINE)
def test_no_namespace_below_the_cli(name):
    tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            assert "argparse" not in mods, f"{name}:{node.lineno} imports argparse"
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names = [a.arg for a in node.args.args + node.args.kwonlyargs]
            assert "args" not in names, f"{name}:{node.lineno}: {node.name}(args) — pass typed options"


MUTATORS = {"append", "extend", "insert", "update", "setdefault", "pop", "popitem", "clear", "add", "discard",
            "remove", "move_to_end"}


@pytest.mark.parametrize("name", PIPELINE)
def test_no_module_level_mutable_state(name):
    """No ``global``, and no module-level container that the module changes at run time
    (constant tables such as ``COLORS`` are fine: nothing writes to them)."""
    tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
    module_names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        module_names |= {t.id for t in targets if isinstance(t, ast.Name)}
    written = []
    for node in ast.walk(tree):
        assert not isinstance(node, ast.Global), f"{name}:{node.lineno}: global"
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
            for target in targets:
                base = target.value if isinstance(target, (ast.Subscript, ast.Attribute)) else None
                if isinstance(base, ast.Name) and base.id in module_names:
                    written.append((base.id, node.lineno))
                if isinstance(node, ast.AugAssign) and isinstance(target, ast.Name) and target.id in module_names:
                    written.append((target.id, node.lineno))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MUTATORS:
            base = node.func.value
            if isinstance(base, ast.Name) and base.id in module_names:
                written.append((base.id, node.lineno))
    bad = [f"{name}:{line}: writes module-level {n}" for n, line in written if (name, n) not in ALLOWED_STATE]
    assert not bad, "\n".join(bad)


def test_options_are_frozen():
    opts = CheckOptions()
    with pytest.raises(dataclasses.FrozenInstanceError):
        opts.format = "json"  # type: ignore[misc]


def _run(opts: CheckOptions, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_check(opts, Streams(io.BytesIO(stdin), out, err))
    return code, out.getvalue(), err.getvalue()


def test_runs_in_one_process_share_nothing(tmp_path, monkeypatch):
    """Two runs with other options in the same process: each sees only its own options, and
    --min-level does not leak into the next run through a cached configuration."""
    (tmp_path / "sunting.yaml").write_text("min_level: info\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("Dia merubah rencana yangl di sana  kemarin.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(CheckOptions(paths=("a.md",), format="json", min_level=None))
    everything = {(f["rule"], f["severity"]) for f in json.loads(out)}
    assert code == 0 and ("EYD.BakuForms", "warning") in everything
    code, out, _ = _run(CheckOptions(paths=("a.md",), format="json", select=("EYD.Spelling",)))
    assert [f["rule"] for f in json.loads(out)] == ["EYD.Spelling"]
    code, out, _ = _run(CheckOptions(paths=("a.md",), format="json", min_level=Severity_error()))
    assert json.loads(out) == []
    code, out, _ = _run(CheckOptions(paths=("a.md",), format="json"))
    assert {(f["rule"], f["severity"]) for f in json.loads(out)} == everything


def Severity_error():
    from sunting.findings import Severity

    return Severity.ERROR


def test_standard_input_through_the_streams(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(CheckOptions(paths=("-",), format="json", stdin_filename="x.md"), b"Dia merubah rencana.\n")
    assert code == 0 and [f["text"] for f in json.loads(out)] == ["merubah"]
    code, out, err = _run(CheckOptions(paths=("-",), fix=True, stdin_filename="x.md"), b"Dia merubah rencana.\n")
    assert out == "Dia mengubah rencana.\n"


def test_the_format_table_is_what_the_cli_offers():
    from sunting.cli import build_parser
    from sunting.output.formats import FORMATS

    check = next(a for a in build_parser()._subparsers._group_actions[0].choices["check"]._actions  # noqa: SLF001
                 if a.dest == "format")
    assert list(check.choices) == list(FORMATS) == ["text", "json", "sarif", "github"]
