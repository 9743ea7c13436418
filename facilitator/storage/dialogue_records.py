"""Everything stored about one dialogue: the dialogue, its sessions and its bookings.

The one place the summary, the check and the shared text read sessions from. Which sessions
belong to the dialogue comes from the index, so that a summary reads the files of that
dialogue's meetings only, however many meetings are stored.
"""

from __future__ import annotations

from facilitator.domain.summary import DialogueRecords, LeftOut
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.prep import PrepStore
from facilitator.storage.store import UnknownId


def dialogue_records(prep: PrepStore, dialogue_id: str) -> DialogueRecords:
    """The dialogue with every readable session and booking of it.

    A session file that cannot be read may belong to any dialogue, so each one is named as left
    out rather than silently skipped.
    """
    store = prep.store
    records = DialogueRecords(prep.load_dialogue(dialogue_id))
    # In the order of the sessions list (newest first): the summary's order follows it.
    rows = store.index.query(
        "SELECT id, damaged FROM sessions WHERE dialogue_id = ? OR damaged IS NOT NULL"
        " ORDER BY coalesce(started, '9999') DESC, id DESC",
        (dialogue_id,),
    )
    for row in rows:
        name = f"{row['id']}.json"
        if row["damaged"] is not None:
            records.left_out.append(LeftOut(name, row["damaged"]))
            continue
        try:
            records.sessions.append(store.load_session(row["id"]))
        except DamagedFile as error:
            records.left_out.append(LeftOut(name, error.reason))
        except UnknownId:
            continue  # deleted since it was listed
    records.bookings = [b for b in prep.bookings() if b.dialogue_id == dialogue_id]
    return records
