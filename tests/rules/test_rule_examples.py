"""Every rule's own examples, run through the real engine.

A ``flag`` example must yield a finding of that rule (on ``match`` when given, with
``suggestion`` as the first suggestion when given); a ``pass`` example must yield none of
that rule. Each rule is checked by an engine that holds only that rule, and again by the
engine with all the default packs (so merging with other rules' findings cannot hide it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sunting.config import Config
from sunting.engine import Engine
from sunting.loader import load_rules
from sunting.text.document import Document

REPO = Path(__file__).resolve().parents[2]

ALL_RULES = load_rules(Config(root=REPO)).rules
# spelling and acronyms have their own example tests beside their checks
RULES = {r.id: r for r in ALL_RULES}


@pytest.fixture(scope="module")
def full_engine():
    return Engine(Config(root=REPO))


def _engine(rule):
    return Engine(Config(root=REPO), rules=[rule])


def _run(engine, text, kind):
    return engine.check(Document(text, None, kind or "plain"))


def test_every_rule_has_examples_and_docs():
    missing = []
    for r in ALL_RULES:
        if r.id in ("EYD.Spelling", "Newsroom.Acronyms"):
            continue
        if r.id == "EYD.RealWord" and r.pass_examples and r.description and r.link:
            continue  # reports only with a house lexicon: its flag cases are in tests/lexicon/test_realword.py
        if not (r.flag_examples and r.pass_examples and r.description and r.link):
            missing.append(r.id)
    assert not missing, f"rules without flag+pass examples, description or link: {missing}"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_flag_examples(rule_id, full_engine):
    rule = RULES[rule_id]
    engine = _engine(rule)
    for ex in rule.flag_examples:
        found = [f for f in _run(engine, ex.text, ex.kind) if f.rule == rule_id]
        assert found, f"{rule_id}: no finding in flag example {ex.text!r}"
        if ex.match is not None:
            on = [f for f in found if f.text == ex.match]
            assert on, f"{rule_id}: flagged {[f.text for f in found]!r}, expected {ex.match!r} in {ex.text!r}"
            found = on
        if ex.suggestion is not None:
            firsts = [f.suggestions[0] if f.suggestions else None for f in found]
            assert ex.suggestion in firsts, (
                f"{rule_id}: first suggestion {firsts!r}, expected {ex.suggestion!r} in {ex.text!r}"
            )
        # with every default rule loaded, the range is still reported (possibly merged with
        # another rule's finding on the same range) and still offers the suggestion
        everything = _run(full_engine, ex.text, ex.kind)
        target = ex.match if ex.match is not None else found[0].text
        same = [f for f in everything if f.text == target]
        assert same, f"{rule_id}: with all rules, nothing reported on {target!r} in {ex.text!r}"
        if ex.suggestion is not None:
            assert any(ex.suggestion in f.suggestions for f in same), (
                f"{rule_id}: with all rules, {ex.suggestion!r} is not offered for {target!r}"
            )


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_pass_examples(rule_id):
    rule = RULES[rule_id]
    engine = _engine(rule)
    for ex in rule.pass_examples:
        found = [f for f in _run(engine, ex.text, ex.kind) if f.rule == rule_id]
        assert not found, f"{rule_id}: flagged {[f.text for f in found]!r} in pass example {ex.text!r}"
