"""Two rules on one range: the more serious finding speaks (issue 13: an acronym's
"defined but not used again" hint must not take over an outdated-name info and its fix)."""

from __future__ import annotations

from sunting.findings import Finding, Severity, merge_findings


def _f(rule, severity, message, suggestions=(), specificity=0):
    return Finding(rule, severity, message, 10, 21, "Kemenkumham", tuple(suggestions), specificity=specificity)


def test_more_serious_finding_wins_the_message():
    hint = _f("Newsroom.Acronyms", Severity.HINT, "didefinisikan, tidak dipakai lagi", specificity=30)
    info = _f("Newsroom.OutdatedInstitutions", Severity.INFO, "nama lama", ["Kemenkum"])
    (merged,) = merge_findings([hint, info])
    assert (merged.rule, merged.severity, merged.message, merged.suggestions) == (
        "Newsroom.OutdatedInstitutions", Severity.INFO, "nama lama", ("Kemenkum",))


def test_equally_serious_findings_keep_the_most_specific_message():
    spelling = _f("EYD.Spelling", Severity.WARNING, "salah ketik", ["Kominfo"], specificity=1)
    acronym = _f("Newsroom.Acronyms", Severity.WARNING, "tidak cocok", ["Kominfo", "Kemkominfo"], specificity=30)
    (merged,) = merge_findings([spelling, acronym])
    assert (merged.rule, merged.message, merged.suggestions) == ("Newsroom.Acronyms", "tidak cocok", ("Kominfo", "Kemkominfo"))
