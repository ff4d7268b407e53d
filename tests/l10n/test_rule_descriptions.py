"""Every built-in rule explains itself in Indonesian (EYD V register), with a whole first
sentence for `sunting rules`, no development paths, and an English translation that is
English. New rules are covered as they are added: the test walks the shipped packs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prose_language import looks_english, looks_indonesian
from sunting.config import Config
from sunting.engine import load_rules

RULES = load_rules(Config(root=Path(__file__).resolve().parent)).rules
DEV_PATH = re.compile(r"\.\./|shared/reference|tests/|build_tables|\w\.(?:tsv|py|txt)\b|server/sunting")


def test_all_packs_are_here():
    assert {r.pack for r in RULES} >= {"EYD", "Typography", "Newsroom"} and len(RULES) > 40


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_description_is_indonesian(rule):
    assert rule.description.strip(), f"{rule.id} has no description"
    assert looks_indonesian(rule.description), f"{rule.id}: the description reads as English: {rule.description!r}"
    english = rule.translations.get("en", {}).get("description")
    if english:
        assert looks_english(english), f"{rule.id}: translations.en.description is not English"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_no_development_paths_for_users(rule):
    for lang in ("id", "en"):
        assert not DEV_PATH.search(rule.description_in(lang)), (rule.id, lang, DEV_PATH.search(rule.description_in(lang)))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_summary_is_a_whole_first_sentence(rule):
    for lang in ("id", "en"):
        flat = " ".join(rule.description_in(lang).split())
        summary = rule.summary(lang)
        assert flat.startswith(summary)
        assert re.search(r"[.!?…][”’\")]?$", summary), (rule.id, lang, summary)
        assert len(summary) < len(flat) or flat == summary


def test_an_english_description_is_caught():
    english = ("KBBI and EYD V list one standard form for each of these words: nasal assimilation of "
               "meng-/peng- (merubah → mengubah). A capitalised match inside a sentence is taken for a name.")
    assert not looks_indonesian(english)
