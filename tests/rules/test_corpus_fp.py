"""The default packs stay within the false-positive budget on the real news corpus.

Runs benchmarks/corpus_fp.py against ../shared/corpus/id-news and the hand-judged list in
benchmarks/corpus_fp_judged.tsv. A rule change that adds many findings nobody has judged
fails too: judge them (see the benchmark's docstring) and update the judged list.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.corpus
def test_false_positive_budget(shared, tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("corpus_fp", REPO / "benchmarks" / "corpus_fp.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    dump = tmp_path / "findings.tsv"
    code = mod.main(["--corpus", str(shared / "corpus" / "id-news"), "--dump", str(dump)])
    out = capsys.readouterr().out
    assert code == 0, out
    rows = mod.read_tsv(dump)
    unjudged = [r for r in rows if not r["verdict"]]
    assert len(unjudged) <= max(10, len(rows) // 20), (
        f"{len(unjudged)} of {len(rows)} warnings are not judged yet: "
        + "; ".join(f"{r['rule']} {r['text']!r} in {r['file']}:{r['line']}" for r in unjudged[:10])
    )
