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


def test_a_settle_collects_the_garbage_and_may_freeze_what_lives(collector: None) -> None:
    alive = Node()
    for freeze in (False, True):
        cycle = Node()
        cycle.other = cycle
        gone = weakref.ref(cycle)
        del cycle
        gc.unfreeze()
        heap.settle(freeze=freeze)
        assert gone() is None, "garbage in a cycle is collected"
        assert (gc.get_freeze_count() > 0) is freeze
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


def test_a_settle_freezes_now_and_then_only() -> None:
    """Each freeze keeps what later becomes garbage until the screen closes."""
    pauses = heap.Pauses(opened=0.0)
    assert pauses.freeze_due(1.0), "the first: what the screen made to be drawn"
    assert not pauses.freeze_due(1.0 + heap.SETTLE_EVERY)
    assert pauses.freeze_due(1.0 + heap.FREEZE_EVERY)
