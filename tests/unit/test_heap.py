"""The garbage collector kept out of the way of typing in a long meeting (`ui.heap`)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from facilitator.ui import heap


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector's settings and frozen objects as they were, after the test."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_a_settle_collects_the_garbage_and_freezes_what_lives(collector: None) -> None:
    alive = Node()
    cycle = Node()
    cycle.other = cycle
    gone = weakref.ref(cycle)
    del cycle
    gc.unfreeze()
    heap.settle()
    assert gone() is None, "garbage in a cycle is collected first"
    frozen = gc.get_freeze_count()
    assert frozen > 0
    heap.thaw()
    assert gc.get_freeze_count() == 0
    assert alive.other is None


def test_the_young_are_collected_more_often_while_a_meeting_is_up(collector: None) -> None:
    """Typing leaves garbage in cycles (Textual's rendered lines): collected in small batches
    while a meeting is up, rather than all at once in the middle of a sentence."""
    heap.tune()
    assert gc.get_threshold()[0] == heap.YOUNG_THRESHOLD
    heap.freeze()
    assert gc.get_threshold()[0] == heap.TYPING_THRESHOLD < heap.YOUNG_THRESHOLD
    heap.thaw()
    assert gc.get_threshold()[0] == heap.YOUNG_THRESHOLD


def test_a_settle_is_due_once_the_screen_is_drawn_then_at_pauses_in_typing() -> None:
    pauses = heap.Pauses(opened=100.0)
    assert not pauses.settle_due(100.0), "not while the screen opens"
    assert pauses.settle_due(100.0 + heap.PAUSE)
    assert not pauses.settle_due(100.0 + heap.PAUSE), "once"
    later = 100.0 + heap.PAUSE + heap.SETTLE_EVERY
    pauses.typed(later)
    assert not pauses.settle_due(later + heap.PAUSE / 2), "not while typing"
    assert pauses.settle_due(later + heap.PAUSE)
    assert not pauses.settle_due(later + heap.PAUSE + heap.SETTLE_EVERY / 2), "not too often"
