"""The editor and the CLI agree (issue 12): random incremental edits applied to real
articles through the real ``sunting serve`` over stdio — inserts, deletions, misspelt
words, paragraphs split and joined, pastes, emoji before flagged words, whole-text
replacements, line endings — then, once the last version's diagnostics are complete, they
must equal ``sunting check --format json`` on the same final text: the same ranges (and the
text in them), rules and messages, nothing more and nothing less.

The articles are the shared corpus's (``../shared/corpus/id-news``), never the held-out
ones (``benchmarks/heldout.txt``); each example edits one article in its own file. Bounded:
``SUNTING_AGREE_EXAMPLES`` examples (default 12), derandomized; ``SUNTING_AGREE_RANDOM=1``
draws fresh edits.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raw import RawServer
from sunting.lsp.positions import UTF16, LineIndex

pytestmark = [pytest.mark.e2e, pytest.mark.corpus]

EXAMPLES = int(os.environ.get("SUNTING_AGREE_EXAMPLES", "12"))
RANDOM = os.environ.get("SUNTING_AGREE_RANDOM") == "1"
REPO = Path(__file__).resolve().parents[2]
MAX_WORDS = 900  # articles up to this long: the examples stay quick

TYPOS = ["kebakarn", "pemerintha", "yangl", "antata", "Komimfo", "merubah", "sekedar", "di rumah", "dirumah", "nggak"]
INSERTS = [" ", ".", ",", " yang yang ", " (KPK) ", "\n", "\n\n", "\r\n", "“kutipan”", " — ", "Rp 400.000", "😀", "👍🏽", "e\u0301"]


def articles(shared: Path) -> list[str]:
    held = {ln.strip() for ln in (REPO / "benchmarks" / "heldout.txt").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")}
    out = []
    for f in sorted((shared / "corpus" / "id-news").glob("*.md")):
        if f.name in held:
            continue
        text = f.read_text(encoding="utf-8")
        if len(text.split()) <= MAX_WORDS:
            out.append(text)
        if len(out) >= 60:
            break
    return out


# ---------------------------------------------------------------------- edits
def edit_ops(paste_sources: list[str]):
    """An edit: (kind, a, b, payload) with a, b in [0, 1) — fractions of the current text,
    so one drawn edit applies to whatever text the edits before it left."""
    frac = st.floats(0, 1, allow_nan=False, exclude_max=True)
    return st.one_of(
        st.tuples(st.just("insert"), frac, st.just(0.0), st.sampled_from(INSERTS)),
        st.tuples(st.just("typo"), frac, st.just(0.0), st.sampled_from(TYPOS)),
        st.tuples(st.just("delete"), frac, st.floats(0, 0.05), st.just("")),
        st.tuples(st.just("split"), frac, st.just(0.0), st.just("\n\n")),
        st.tuples(st.just("join"), frac, st.just(0.0), st.just(" ")),
        st.tuples(st.just("paste"), frac, frac, st.sampled_from(paste_sources)),
        st.tuples(st.just("emoji_before"), frac, st.just(0.0), st.sampled_from(["😀", "🇮🇩", "👍🏽 "])),
        st.tuples(st.just("replace_all"), st.just(0.0), st.just(0.0), st.sampled_from(paste_sources)),
    )


def apply(text: str, op) -> tuple[int, int, str] | None:
    """The (start, end, new text) in code points of an edit of ``text``, or None."""
    kind, a, b, payload = op
    n = len(text)
    at = int(a * (n + 1))
    if kind == "insert":
        return at, at, payload
    if kind == "typo":
        at = text.rfind(" ", 0, at) + 1  # at the start of a word
        return at, at, payload + " "
    if kind == "delete":
        return at, min(n, at + 1 + int(b * 200)), ""
    if kind == "split":
        sp = text.find(" ", at)
        return (sp, sp + 1, "\n\n") if sp >= 0 else None
    if kind == "join":
        nl = text.find("\n\n", at)
        return (nl, nl + 2, " ") if nl >= 0 else None
    if kind == "paste":
        lo = int(b * len(payload))
        return at, at, payload[lo:lo + 300]
    if kind == "emoji_before":
        # right before a word that is likely flagged: positions after the emoji must hold
        for w in ("merubah", "sekedar", "yang yang", "kebakarn"):
            i = text.find(w, at)
            if i >= 0:
                return i, i, payload
        return at, at, payload
    if kind == "replace_all":
        return None  # handled by the caller: a whole-text change
    raise AssertionError(kind)


# ---------------------------------------------------------------------- comparing
def from_lsp(text: str, diagnostics: list[dict]) -> list[tuple]:
    index = LineIndex(text)
    out = []
    for d in diagnostics:
        r = d["range"]
        from lsprotocol.types import Position

        a = index.offset(Position(line=r["start"]["line"], character=r["start"]["character"]), UTF16)
        b = index.offset(Position(line=r["end"]["line"], character=r["end"]["character"]), UTF16)
        out.append((a, b, text[a:b], d["code"], d["message"]))
    return sorted(out)


def from_cli(text: str, findings: list[dict]) -> list[tuple]:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    out = []
    for f in findings:
        a = starts[f["line"] - 1] + f["column"] - 1
        b = starts[f["end_line"] - 1] + f["end_column"] - 1
        assert text[a:b] == f["text"], f
        out.append((a, b, f["text"], f["rule"], f["message"]))
    return sorted(out)


def test_editor_and_cli_agree_after_random_edits(shared, tmp_path):
    texts = articles(shared)
    assert len(texts) >= 20
    ws = tmp_path / "ws"
    ws.mkdir()
    server = RawServer(ws)
    server.initialize()
    counter = itertools.count(1)
    finals: dict[str, tuple[str, list[dict]]] = {}  # file name → (final text, its last diagnostics)

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=not RANDOM, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(pick=st.integers(0, len(texts) - 1), ops=st.lists(edit_ops(texts), min_size=1, max_size=14),
           burst=st.booleans())
    def run(pick, ops, burst):
        name = f"ex-{next(counter)}.md"
        uri = (ws / name).as_uri()
        text = texts[pick]
        server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        version = 1
        for op in ops:
            version += 1
            if op[0] == "replace_all":
                text = op[3]
                change = {"text": text}
            else:
                got = apply(text, op)
                if got is None:
                    version -= 1
                    continue
                a, b, new = got
                index = LineIndex(text)
                start, end = index.position(a, UTF16), index.position(b, UTF16)
                change = {"range": {"start": {"line": start.line, "character": start.character},
                                    "end": {"line": end.line, "character": end.character}}, "text": new}
                text = text[:a] + new + text[b:]
            server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
            if not burst:
                server.wait_for(lambda m, v=version: any(p["version"] == v for p in server.published(uri)), what=f"v{version}")
        # settled: the last version's complete publish (the second one)
        server.wait_for(lambda m: len([p for p in server.published(uri) if p["version"] == version]) >= 2, timeout=60,
                        what=f"the complete diagnostics of v{version}")
        last = [p for p in server.published(uri) if p["version"] == version][-1]
        finals[name] = (text, last["diagnostics"])
        server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})

    run()
    assert server.shutdown_and_exit() == 0
    for name, (text, _) in finals.items():
        (ws / name).write_bytes(text.encode("utf-8"))
    proc = subprocess.run([sys.executable, "-m", "sunting", "check", "--format", "json", "--min-level", "hint",
                               *sorted(finals)],
                          cwd=ws, capture_output=True, text=True, timeout=600)
    assert proc.returncode in (0, 1), proc.stderr
    by_file: dict[str, list[dict]] = {}
    for f in json.loads(proc.stdout):
        by_file.setdefault(Path(f["path"]).name, []).append(f)
    differences = []
    for name, (text, diagnostics) in sorted(finals.items()):
        editor, cli = from_lsp(text, diagnostics), from_cli(text, by_file.get(name, []))
        if editor != cli:
            differences.append((name, sorted(set(editor) - set(cli)), sorted(set(cli) - set(editor))))
    assert differences == [], differences
    assert sum(len(d) for _, d in finals.values()) > 0
