"""The future needs register as a document, rendered by the same formats as the minutes; search hits
and question insights as the rows a terminal shows (the commands and the screens alike)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from facilitator.domain.registers import Need, QuestionInsight
from facilitator.domain.text import printable
from facilitator.i18n import t
from facilitator.i18n.labels import NEED_STATUS_NAMES

if TYPE_CHECKING:
    from rich.text import Text

    from facilitator.export.document import Document
    from facilitator.storage.registers import SearchHit


def need_status_text(need: Need, lang: str) -> str:
    text = t(NEED_STATUS_NAMES[need.status], lang)
    if need.status == "planned" and need.planned_in.strip():
        text = t("Planned in {procurement}", lang, procurement=need.planned_in.strip())
    return text


def needs_document(needs: list[Need], lang: str, now: datetime) -> Document:
    """The register grouped by dialogue, newest meeting first within each."""
    # The document's model (that of the minutes) is loaded only for the register as a document.
    from facilitator.export.document import Bullets, Document, Heading, Span, plain

    title = t("Future needs", lang)
    document = Document(
        lang=lang, title=title, metadata={"register": "future_needs", "changed": now.isoformat()}
    )
    document.blocks.append(Heading(1, title))
    if not needs:
        document.blocks.append(plain(t("No mismatches logged yet, so no future needs.", lang)))
        return document
    dialogues: dict[str, list[Need]] = {}
    for need in needs:
        dialogues.setdefault(need.meeting.title or need.meeting.dialogue_id, []).append(need)
    for dialogue, items in dialogues.items():
        document.blocks.append(Heading(2, dialogue))
        bullets = []
        for need in items:
            spans = [
                Span(f"{need.meeting.supplier}, {need.meeting.day()}", "strong"),
                Span(f" ({need_status_text(need, lang)}): "),
                Span(need.future_needs.strip() or "–"),
            ]
            if need.mismatch.strip():
                spans.append(Span(f" — {t('mismatch', lang)}: {need.mismatch.strip()}"))
            bullets.append(tuple(spans))
        document.blocks.append(Bullets(tuple(bullets)))
    return document


def marked(hit: SearchHit) -> Text:
    """The line found, the words found in bold reverse (shared with the search screen)."""
    from rich.text import Text

    return Text.assemble(
        *((printable(text), "bold reverse" if found else "") for text, found in hit.pieces())
    )


def question_cells(q: QuestionInsight, lang: str) -> tuple[Text, str, str, str, Text]:
    """A question's row: text, times asked, rating, minutes against timebox, flags (the command
    and the insights screen show the same)."""
    from rich.text import Text

    return (
        Text(printable(q.text)),
        str(q.asked),
        rating_text(q.rating, len(q.ratings)),
        f"{q.average_minutes:.1f} / {q.average_timebox:.0f}",
        Text(flags_text(q.often_overruns, q.rates_low, lang), style="bold red"),
    )


def rating_text(rating: float | None, count: int) -> str:
    """An average rating as a percentage of "yes", with how many ratings it rests on."""
    return "–" if rating is None else f"{rating * 100:.0f} % ({count})"


def flags_text(overruns: bool, low: bool, lang: str) -> str:
    flags = [t("often overruns", lang)] if overruns else []
    flags += [t("seldom opens the talk", lang)] if low else []
    return ", ".join(flags)
