"""The seed article: the errors it was conceived from are reported with their exact ranges."""

from __future__ import annotations

from pathlib import Path

import pytest

from sunting.config import Config
from sunting.engine import Engine
from sunting.text.document import Document

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seed_findings(seed_text):
    doc = Document(seed_text, "seed-article.txt", "plain")
    engine = Engine(Config(root=REPO))
    found = []
    for f in engine.check(doc):
        (l1, c1), (l2, c2) = doc.position(f.start), doc.position(f.end)
        found.append((f, (l1 + 1, c1 + 1, l2 + 1, c2 + 1)))  # 1-based, end exclusive
    return found


def _one(found, text, rule_prefix=None):
    hits = [(f, r) for f, r in found if f.text == text and (rule_prefix is None or f.rule.startswith(rule_prefix))]
    assert hits, f"nothing reported on {text!r}; got {[(f.rule, f.text) for f, _ in found]}"
    return hits


@pytest.mark.parametrize(
    "text, rule, where, suggestion",
    [
        ("merubah", "EYD.BakuForms", (17, 104, 17, 111), "mengubah"),
        ("cuman", "EYD.InformalInQuote", (15, 106, 15, 111), "cuma"),
        ("publik trust", "Newsroom.HybridTerms", (3, 272, 3, 284), "kepercayaan publik"),
        ("masyarakat", "Typography.FinalPunctuation", (25, 222, 25, 232), "masyarakat."),
    ],
)
def test_seed_error_reported_with_exact_range(seed_findings, text, rule, where, suggestion):
    hits = _one(seed_findings, text)
    assert any(f.rule == rule and r == where and f.suggestions and f.suggestions[0] == suggestion for f, r in hits), [
        (f.rule, r, f.suggestions) for f, r in hits
    ]


def test_seed_cms_leftovers_reported(seed_findings):
    _one(seed_findings, "Tinggalkan Balasan", "Newsroom.CMSLeftovers")
    _one(seed_findings, "Alamat email Anda tidak akan dipublikasikan", "Newsroom.CMSLeftovers")


def test_seed_has_no_warnings_on_names(seed_findings):
    # Ahmad Ramadhan and Trunoyudo Wisnu Andhiko are names: their spelling is theirs
    assert not [f for f, _ in seed_findings if f.text in ("Ramadhan", "Andhiko")]
