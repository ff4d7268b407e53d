"""The engine's phase interface (what the doors schedule by) and its thread safety."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from sunting.checks import check_types
from sunting.checks.base import Check
from sunting.config import Config
from sunting.engine import ALL_PHASES, CheckEngine, Engine, Phase
from sunting.findings import merge_findings
from sunting.loader import build_schema, parse_rule
from sunting.selection import Selection
from sunting.text.document import Document

REPO = Path(__file__).resolve().parents[2]

ARTICLE = (
    "# Kementerian Komunikasi dan Informatika (Kominfo) menggelar rapat\n\n"
    "Kementerian Komunikasi dan Informatika (Kominfo) menggelar rapat di Jakarta. "
    "Pemerintah akan merubah aturan itu, kata Komimfo kemarin.\n\n"
    "Rapat itu membahas aturan yangl baru tentang data. Kominfo juga hadir  di sana\n"
)


@pytest.fixture(scope="module")
def engine():
    return Engine(Config(root=REPO))


def test_phases_partition_the_findings(engine):
    doc = Document(ARTICLE, "a.md", "markdown")
    whole = engine.check(doc)
    assert engine.phases == (Phase.PARAGRAPH, Phase.DOCUMENT)  # no backend configured
    parts = [engine.check(Document(ARTICLE, "a.md", "markdown"), phases={p}) for p in Phase]
    assert merge_findings([f for part in parts for f in part]) == whole
    for phase, part in zip(Phase, parts, strict=True):
        assert {engine.phase_of(f.rule) for f in part} <= {phase}
    by_rule = {f.rule: f for f in whole}
    assert engine.phase_of("EYD.BakuForms") is Phase.PARAGRAPH and "EYD.BakuForms" in by_rule
    assert engine.phase_of("Newsroom.Acronyms") is Phase.DOCUMENT
    assert parts[2] == []  # BACKENDS: none configured


def test_phase_of_follows_the_rule_options():
    quotes = parse_rule("type: punctuation\nlevel: warning\nmessage: m\ncheck: quotes\n", "T/Q.yml", "T.Quotes")
    final = parse_rule("type: punctuation\nlevel: warning\nmessage: m\ncheck: final\n", "T/F.yml", "T.Final")
    e = Engine(Config(root=REPO), rules=[quotes, final])
    assert e.phase_of("T.Quotes") is Phase.DOCUMENT
    assert e.phase_of("T.Final") is Phase.PARAGRAPH
    with pytest.raises(KeyError):
        e.phase_of("T.Nothing")


def test_engine_satisfies_the_door_protocol(engine):
    door: CheckEngine = engine  # what a door may use, typed (mypy checks this line)
    assert door.check(Document("Dia merubah rencana.", None, "plain"), ALL_PHASES)


def test_registry_is_derived_from_the_check_classes():
    types = check_types()
    declared = {}
    stack = list(Check.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.__dict__.get("type_name") and cls.__module__.startswith("sunting.checks."):
            declared[cls.__dict__["type_name"]] = cls
    assert dict(types) == declared
    assert {"substitution", "spelling", "acronyms", "punctuation"} <= set(types)
    assert build_schema()["properties"]["type"]["enum"] == sorted(types)


def test_selection_leaves_rules_out_of_the_engine():
    e = Engine(Config(root=REPO), selection=Selection(select=frozenset({"EYD"}), ignore=frozenset({"EYD.Spelling"})))
    assert e.rules and all(r.id.startswith("EYD.") for r in e.rules)
    assert "EYD.Spelling" not in e.rules_by_id
    found = e.check(Document(ARTICLE, "a.md", "markdown"))
    assert {f.rule for f in found} <= set(e.rules_by_id)


def test_one_engine_serves_several_threads(engine):
    """Checks keep no per-document state: documents checked at once on several threads get
    exactly the findings they get one at a time (no lock needed in the doors)."""
    texts = [ARTICLE.replace("Jakarta", f"Kota{n}").replace("yangl", "yangl " * (n % 3 + 1)) + "Kansong dan Kanzong.\n"
             for n in range(8)]
    fresh = Engine(Config(root=REPO))
    expected = [fresh.check(Document(t, f"{n}.md", "markdown")) for n, t in enumerate(texts)]
    shared = Engine(Config(root=REPO))
    results: dict[int, list] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(len(texts))

    def work(n: int) -> None:
        try:
            start.wait()
            for _ in range(3):
                doc = Document(texts[n], f"{n}.md", "markdown")
                # the two phases of one document on different calls, as the language server does
                first = shared.check(doc, phases={Phase.PARAGRAPH})
                rest = shared.check(doc, phases={Phase.DOCUMENT, Phase.BACKENDS})
                results[n] = merge_findings(first + rest)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert [results[n] for n in range(len(texts))] == expected
