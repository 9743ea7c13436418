"""The snapshot tier's data: the same on every machine, so that a screenshot only changes when
what the user sees changes."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest

from facilitator.storage.store import Store
from tests.unit.summary_helpers import save_records, three_meetings


@pytest.fixture(autouse=True)
def same_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ids are made in the same order every run (they decide some orders on screen)."""
    made = random.Random(0)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=made.getrandbits(128), version=4))


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """An empty data folder that the app shows as `data`, wherever the test runs (the test runs in
    a temporary folder of its own)."""
    monkeypatch.chdir(tmp_path)
    store = Store(Path("data"))
    store.ensure()
    return store


@pytest.fixture
def office(data: Store) -> Store:
    """A data folder after three meetings of one dialogue, with one more booked."""
    save_records(data, three_meetings())
    return data
