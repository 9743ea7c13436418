"""The dialogues a new session can be started from."""

from __future__ import annotations

from facilitator.domain.demo import DEMO_DIALOGUE_ID, demo_dialogue
from facilitator.domain.dialogue import Dialogue
from facilitator.storage.store import Store


def all_dialogues(store: Store) -> list[Dialogue]:
    stored = store.dialogues()
    builtin = [] if any(d.id == DEMO_DIALOGUE_ID for d in stored) else [demo_dialogue()]
    return stored + builtin
