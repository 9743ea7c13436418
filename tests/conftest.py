"""Shared fixtures: a fake clock and a store in a temporary data folder."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from facilitator.cache import CACHE_ENV_VAR
from facilitator.storage.store import Store


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | None = None, boot: str = "fake-boot") -> None:
        self._wall = start or datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
        self._mono = 1000.0
        self.boot = boot

    def now(self) -> datetime:
        return self._wall

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)
        self._mono += seconds


@pytest.fixture(autouse=True)
def index_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test keeps the session index in a folder of its own, never in the user's cache."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv(CACHE_ENV_VAR, str(folder))
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "data")
    store.ensure()
    return store


@pytest.fixture(autouse=True)
def own_keymap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's keymap file (none unless the test writes it), never the user's own."""
    path = tmp_path / "keymap.json"
    monkeypatch.setenv("FACILITATOR_KEYMAP", str(path))
    return path


@pytest.fixture
def new_york_computer(monkeypatch: pytest.MonkeyPatch):
    """The computer's own time zone is neither the meeting's nor UTC."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
