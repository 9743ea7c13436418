"""Details of the dialogue summary a reader relies on: question numbers that are the dialogue's
whatever order a meeting had them in, and times in the meetings' own time zone."""

from __future__ import annotations

import dataclasses

from facilitator.domain.entries import EntryKind
from facilitator.domain.summary import build_summary
from facilitator.export import render_document
from facilitator.export.document import Heading
from facilitator.export.summary import summary_document
from facilitator.i18n import t
from tests.conftest import FakeClock
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


def test_a_dialogue_of_one_meeting_is_in_that_meetings_time_zone() -> None:
    records = three_meetings()
    records = dataclasses.replace(records, sessions=records.sessions[:1])
    records.sessions[0].timezone = "Europe/London"
    assert build_summary(records, now=NOW).timezone == "Europe/London"


def test_an_action_ticked_done_hides_only_itself() -> None:
    records = three_meetings()
    alfa = next(s for s in records.sessions if s.supplier == SUPPLIERS[0])
    clock = FakeClock(NOW)
    done = alfa.log(EntryKind.ACTION, "Redan gjord", clock)
    alfa.log(EntryKind.ACTION, "Ännu inte gjord", clock)
    done.done = True
    texts = [a.item.text for a in build_summary(records, now=NOW).actions]
    assert texts == ["Skicka volymuppgifter", "Ännu inte gjord"]


def test_insights_stand_under_the_theme_of_their_question() -> None:
    records = three_meetings()
    summary = build_summary(records, now=NOW)
    alfa = next(s for s in records.sessions if s.supplier == SUPPLIERS[0])
    theme = t(f"theme.{alfa.questions[2].theme.value}", "en")
    assert {e.theme for e in summary.insights} == {alfa.questions[2].theme}
    document = summary_document(summary, "en")
    headings = [b.text for b in document.blocks if isinstance(b, Heading)]
    start = headings.index(t("minutes.section.insights", "en"))
    assert headings[start + 1] == theme
    assert t("summary.no_question", "en") not in headings
