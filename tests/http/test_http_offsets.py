"""Offsets as LanguageTool's clients count them: UTF-16 units, in the original text of an
AnnotatedText (text and markup concatenated). Properties over generated annotations, plus the
corners: ranges at the very start and end, empty ranges, markup read as nothing or as text."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from sunting.http.annotated import parse_data
from sunting.output.languagetool import OffsetMap, utf16_index

CHARS = st.sampled_from(list("ab yz.,\n") + ["é", "😀", "🇮", "\u00a0", "ñ"])
TEXT = st.text(CHARS, min_size=1, max_size=8)
PART = st.one_of(
    st.builds(lambda t: {"text": t}, TEXT),
    st.builds(lambda m: {"markup": m}, TEXT),
    st.builds(lambda m, i: {"markup": m, "interpretAs": i}, TEXT, st.text(CHARS, max_size=3)),
)


def u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@given(st.text(CHARS, max_size=30), st.data())
def test_utf16_index_counts_surrogate_pairs(text, data):
    i = data.draw(st.integers(0, len(text)))
    assert utf16_index(text)(i) == u16(text[:i])


@settings(max_examples=300, deadline=None)
@given(st.lists(PART, min_size=1, max_size=8), st.data())
def test_a_range_inside_a_text_part_maps_to_the_same_text(parts, data):
    annotated = parse_data(json.dumps({"annotation": parts}))
    assert annotated.original == "".join(p.get("text", p.get("markup", "")) for p in parts)
    assert annotated.plain == "".join(p.get("text", p.get("interpretAs", "")) for p in parts)
    # pick a text part and a range inside it
    starts, p = [], 0
    for part in parts:
        if "text" in part:
            starts.append((p, part["text"]))
        p += len(part.get("text", part.get("interpretAs", "")))
    if not starts:
        return
    p0, t = data.draw(st.sampled_from(starts))
    a = data.draw(st.integers(0, len(t) - 1))
    b = data.draw(st.integers(a + 1, len(t)))
    oa, ob = annotated.offsets.original_range(p0 + a, p0 + b)
    assert annotated.original[oa:ob] == t[a:b]


@settings(max_examples=300, deadline=None)
@given(st.lists(PART, min_size=1, max_size=8), st.data())
def test_ranges_map_inside_the_original_nested_as_they_were(parts, data):
    annotated = parse_data(json.dumps({"annotation": parts}))
    n = len(annotated.plain)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    oa, ob = annotated.offsets.original_range(a, b)
    assert 0 <= oa <= ob <= len(annotated.original)
    if a < b:
        assert ob > oa  # something flagged is never an empty range in the client's text
    c = data.draw(st.integers(a, b))
    d = data.draw(st.integers(c, b))
    if c < d:  # a range inside another maps inside the other's image
        oc, od = annotated.offsets.original_range(c, d)
        assert oa <= oc <= od <= ob


def test_corners():
    parts = [{"markup": "<p>"}, {"text": "Kata"}, {"markup": "<br/>", "interpretAs": "\n"}, {"text": "akhir"},
             {"markup": "</p>"}]
    annotated = parse_data(json.dumps({"annotation": parts}))
    m = annotated.offsets
    assert annotated.plain == "Kata\nakhir"
    assert m.original_range(0, 4) == (3, 7)  # starts after the markup read as nothing
    assert m.original_range(4, 5) == (7, 12)  # the newline is the whole <br/>
    assert m.original_range(3, 6) == (6, 13)  # across it: the markup is inside the range
    assert m.original_range(10, 10) == (17, 17)  # an empty range at the very end
    assert m.original_range(5, 10) == (12, 17)  # "akhir", not the closing </p>
    assert OffsetMap("abc").original_range(1, 2) == (1, 2)
