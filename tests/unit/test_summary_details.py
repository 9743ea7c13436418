"""Details of the dialogue summary a reader relies on: question numbers that are the dialogue's
whatever order a meeting had them in, and times in the meetings' own time zone."""

from __future__ import annotations

import dataclasses

from facilitator.domain.summary import build_summary
from facilitator.export import render_document
from facilitator.export.summary import summary_document
from facilitator.i18n import t
from tests.unit.summary_helpers import NOW, SUPPLIERS, three_meetings


def test_entries_carry_the_dialogues_question_number_not_the_meetings() -> None:
    """The dialogue's questions were put in another order after Alfa's meeting: the summary
    numbers the question an insight was logged under as the dialogue does now."""
    records = three_meetings()
    alfa = next(s for s in records.sessions if s.supplier == SUPPLIERS[0])
    asked = alfa.questions[2].id  # third in Alfa's meeting, where the insights were logged
    reordered = list(reversed(records.dialogue.questions))
    number = next(i for i, q in enumerate(reordered, start=1) if q.id == asked)
    assert number != 3
    records = dataclasses.replace(
        records, dialogue=dataclasses.replace(records.dialogue, questions=reordered)
    )
    summary = build_summary(records, now=NOW)
    assert [e.item.question_number for e in summary.insights] == [number, number]
    shown = render_document(summary_document(summary, "en"), "txt")
    assert t("minutes.under_question", "en", number=number) in str(shown)


def test_times_are_in_the_meetings_time_zone() -> None:
    records = three_meetings()
    for session in records.sessions:
        session.timezone = "Europe/London"
    summary = build_summary(records, now=NOW)
    assert summary.timezone == "Europe/London"
    assert summary.made_at.utcoffset() is not None and summary.made_at.hour == NOW.hour
    assert {m.start.hour for m in summary.meetings if m.start} == {9}  # 09:00 UTC is 09:00 there
