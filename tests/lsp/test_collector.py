"""The cyclic collector kept out of a keystroke's way (issue 12): a document's blocks go
with the document, without the collector; what is alive after a publish is frozen; the
idle collection freezes what survived and still frees a cycle that died once frozen."""

from __future__ import annotations

import gc
import weakref

import pytest

from sunting.config import Config
from sunting.engine import Engine
from sunting.lsp.collector import IdleCollector
from sunting.text.document import Document

TEXT = "# Judul\n\nPresiden meninjau lokasi banjir di Bogor pada Senin. Warga sudah dievakuasi.\n"


class Node:
    pass


@pytest.fixture
def no_automatic_collection():
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_documents_analysed_blocks_go_with_it(no_automatic_collection):
    engine = Engine(Config())
    doc = Document(TEXT, None, "markdown")
    engine.check(doc)
    block = doc.blocks[-1]
    assert block.analysis.sentence_ranges  # analysed: the analysis refers back to its block
    refs = [weakref.ref(b) for b in doc.blocks]
    del doc, block
    assert [r() for r in refs] == [None] * len(refs)  # freed at once, not by a collection


def test_idle_collection_frees_garbage_and_freezes_survivors(no_automatic_collection):
    collector = IdleCollector()
    collector.collect()
    kept, dead = Node(), Node()
    dead.me = dead  # a cycle: only the collector frees it
    gone = weakref.ref(dead)
    del dead
    frozen = gc.get_freeze_count()
    collector.collect()
    assert gone() is None
    assert gc.get_freeze_count() > frozen  # the survivors (kept, …) are frozen now
    assert not gc.get_objects(generation=2) or kept not in gc.get_objects(generation=2)


def test_what_is_alive_after_a_publish_is_out_of_the_collectors_way(no_automatic_collection):
    IdleCollector().collect()
    kept = [Node() for _ in range(3)]
    young = gc.get_objects(generation=0)
    assert any(o is kept[0] for o in young)
    IdleCollector.settle()
    assert not any(o is kept[0] for g in range(3) for o in gc.get_objects(generation=g))
    assert gc.collect() == 0


def test_a_cycle_that_dies_once_frozen_is_freed_when_the_frozen_set_grows(no_automatic_collection):
    collector = IdleCollector(growth=1.0)  # any growth: look at everything
    collector.collect()
    late = Node()
    late.me = late
    collector.collect()  # late is frozen now
    gone = weakref.ref(late)
    del late
    gc.collect()
    assert gone() is not None  # a frozen cycle is out of the collector's reach
    more = [Node() for _ in range(10)]  # the frozen set grows
    collector.collect()
    assert gone() is None
    assert more


def test_the_warm_up_text_exercises_the_corrector_on_two_slips():
    """The server's warm-up checks WARM_UP_TEXT before the first document opens: a word with
    two slips in it makes the corrector build its two-slip search then, not in the middle
    of the writer's first typo."""
    from sunting.lsp.scheduler import WARM_UP_TEXT

    found = Engine(Config()).check(Document(WARM_UP_TEXT, None, "markdown"))
    slip = [f for f in found if f.rule == "EYD.Spelling" and f.text == "emnhatakan"]
    assert [f.suggestions[:1] for f in slip] == [("mengatakan",)]
