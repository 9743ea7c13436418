"""Everything stored about one dialogue: the dialogue, its sessions and its bookings.

The one place the summary, the check and the shared text read sessions from, so that reading
can move to an index without touching them.
"""

from __future__ import annotations

from facilitator.domain.summary import DialogueRecords, LeftOut
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.ids import UnknownId
from facilitator.storage.prep import PrepStore


def dialogue_records(prep: PrepStore, dialogue_id: str) -> DialogueRecords:
    """The dialogue with every readable session and booking of it.

    A session file that cannot be read may belong to any dialogue, so each one is named as left
    out rather than silently skipped.
    """
    store = prep.store
    records = DialogueRecords(prep.load_dialogue(dialogue_id))
    for summary in store.summaries():
        if summary.damaged is not None:
            records.left_out.append(LeftOut(summary.path.name, summary.damaged))
            continue
        if summary.dialogue_id != dialogue_id:
            continue
        try:
            records.sessions.append(store.load_session(summary.id))
        except DamagedFile as error:
            records.left_out.append(LeftOut(summary.path.name, error.reason))
        except UnknownId:
            continue  # deleted since it was listed
    records.bookings = [b for b in prep.bookings() if b.dialogue_id == dialogue_id]
    return records
