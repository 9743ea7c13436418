"""The future needs register as a document, rendered by the same formats as the minutes."""

from __future__ import annotations

from datetime import datetime

from facilitator.domain.registers import Need
from facilitator.export.document import Bullets, Document, Heading, Span, plain
from facilitator.i18n import t
from facilitator.i18n.labels import NEED_STATUS_NAMES


def need_status_text(need: Need, lang: str) -> str:
    text = t(NEED_STATUS_NAMES[need.status], lang)
    if need.status == "planned" and need.planned_in.strip():
        text = t("Planned in {procurement}", lang, procurement=need.planned_in.strip())
    return text


def needs_document(needs: list[Need], lang: str, now: datetime) -> Document:
    """The register grouped by dialogue, newest meeting first within each."""
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
