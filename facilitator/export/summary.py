"""The dialogue summary and the information shared with all, laid out as documents.

The same `Document` the minutes use, so the four renderers (`render_document`) write them.
"""

from __future__ import annotations

from typing import Any

from facilitator.domain.equal_treatment import Finding, findings
from facilitator.domain.starters import theme_runs
from facilitator.domain.summary import Answer, Answered, DialogueSummary, Logged
from facilitator.export import FORMATS, safe_name
from facilitator.export.document import (
    Block,
    Bullets,
    Document,
    Fields,
    Heading,
    Paragraph,
    Span,
    Table,
    item_spans,
    plain,
)
from facilitator.export.wording import format_date, format_duration, format_time
from facilitator.i18n import t

#: What the equal-treatment matrix shows for each answer.
MATRIX_MARK = {Answered.ASKED: "✓", Answered.SKIPPED: "✗", Answered.NOT_REACHED: "–"}


def _em(text: str) -> Paragraph:
    return Paragraph((Span(text, "em"),))


def _when(moment: Any, lang: str) -> str:
    if moment is None:
        return t("minutes.not_recorded", lang)
    return f"{format_date(moment, lang)} {format_time(moment)}"


def _logged(entries: list[Logged], lang: str, empty_key: str) -> Block:
    if not entries:
        return _em(t(empty_key, lang))
    return Bullets(
        tuple(
            (Span(f"{e.supplier}:", "strong"), Span(" "), *item_spans(e.item, lang))
            for e in entries
        )
    )


def _notice(summary: DialogueSummary, lang: str, *, marks: bool) -> list[Block]:
    """Public or internal (when the document lists the `marks`), and anonymous or not."""
    lines = []
    if summary.public:
        lines.append(t("summary.public_notice", lang))
    elif marks and summary.marks:
        lines.append(t("summary.internal_notice", lang))
    if summary.anonymous:
        lines.append(t("summary.anonymous_notice", lang))
    return [_em(line) for line in lines]


def _about(summary: DialogueSummary, lang: str) -> Fields:
    missing = t("minutes.not_recorded", lang)
    return Fields(
        (
            (t("minutes.dialogue", lang), summary.title),
            (t("minutes.reference", lang), summary.reference or missing),
            (t("minutes.organisation", lang), summary.organisation or missing),
            (t("minutes.purpose", lang), summary.purpose or missing),
            (t("summary.suppliers_met", lang), str(len(summary.met))),
            (t("summary.meetings_held", lang), str(len(summary.meetings))),
            (t("summary.made", lang), _when(summary.made_at, lang)),
        )
    )


def _people(groups: Any, lang: str) -> str:
    out = []
    for group in groups:
        names = [n for n, _ in group.people if n]
        unnamed = len(group.people) - len(names)
        if unnamed:
            key = "summary.people" if unnamed > 1 else "summary.person"
            names.append(t(key, lang, count=unnamed))
        out.append(f"{group.organisation}: {', '.join(names)}")
    return "; ".join(out) or t("minutes.no_participants", lang)


def _meetings(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("summary.section.meetings", lang))]
    if summary.meetings:
        header = tuple(
            t(f"summary.col.{k}", lang) for k in ("supplier", "date", "format", "length", "people")
        )
        rows = tuple(
            (
                m.supplier,
                _when(m.start, lang),
                t(f"format.{m.format.value}", lang),
                format_duration(m.length_seconds, lang),
                _people(m.participants, lang),
            )
            for m in summary.meetings
        )
        blocks.append(Table(header, rows))
    else:
        blocks.append(_em(t("summary.no_meetings_held", lang)))
    if summary.never_met:
        blocks.append(plain(t("summary.never_met", lang, names=", ".join(summary.never_met))))
    return blocks


def _answer(answer: Answer, lang: str) -> tuple[Span, ...]:
    spans: list[Span] = [Span(f"{answer.supplier}:", "strong"), Span(" ")]
    if answer.answered is not Answered.ASKED:
        spans.append(Span(t(f"summary.answered.{answer.answered.value}", lang), "em"))
    elif not answer.notes:
        spans.append(Span(t("summary.asked_no_notes", lang), "em"))
    for index, note in enumerate(answer.notes):
        if index or answer.answered is not Answered.ASKED:
            spans.append(Span(" · "))
        spans += item_spans(note, lang)
    return tuple(spans)


def _answers(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("summary.section.answers", lang))]
    if not summary.met:
        return [*blocks, _em(t("summary.no_meetings_held", lang))]
    for theme, questions in theme_runs(summary.questions):
        blocks.append(Heading(3, t(f"theme.{theme.value}", lang)))
        for row in questions:
            blocks.append(Heading(4, f"{row.number}. {row.text}"))
            blocks.append(Bullets(tuple(_answer(a, lang) for a in row.answers)))
    return blocks


def _insights(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("minutes.section.insights", lang))]
    if not summary.insights:
        return [*blocks, _em(t("minutes.no_insights", lang))]
    themes = [q.theme for q in summary.questions]
    order = list(dict.fromkeys(themes))
    for theme in [*order, None]:
        entries = [e for e in summary.insights if e.theme is theme]
        entries.sort(key=lambda e: e.item.question_number or len(summary.questions) + 1)
        if entries:
            title = t(f"theme.{theme.value}", lang) if theme else t("summary.no_question", lang)
            blocks += [Heading(3, title), _logged(entries, lang, "minutes.no_insights")]
    return blocks


def _information(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("minutes.section.information", lang))]
    if not summary.information:
        return [*blocks, _em(t("summary.no_information", lang))]
    items = []
    for piece in summary.information:
        spans = [*item_spans(piece.item, lang)]
        spans.append(Span(" — " + t("summary.given_to", lang, names=", ".join(piece.given_to))))
        if piece.shared and summary.shared_at is not None:
            when = _when(summary.shared_at, lang)
            spans.append(Span("; " + t("summary.shared_with_all", lang, when=when)))
        elif piece.not_told:
            spans.append(Span("; "))
            not_told = t("summary.not_told", lang, names=", ".join(piece.not_told))
            spans.append(Span(not_told, "strong"))
        items.append(tuple(spans))
    return [*blocks, Bullets(tuple(items))]


def finding_text(finding: Finding, lang: str, dialogue_id: str) -> str:
    """What a finding says, and what to do about it."""
    return t(
        f"summary.finding.{finding.code}",
        lang,
        names=", ".join(finding.suppliers),
        subject=t("minutes.withheld", lang) if finding.withheld else finding.subject,
        number=finding.number,
        dialogue=dialogue_id,
    )


def _check(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("summary.section.check", lang))]
    if not summary.met:
        return [*blocks, _em(t("summary.no_meetings_held", lang))]
    header = (t("summary.col.supplier", lang), *(str(q.number) for q in summary.questions))
    rows = tuple(
        (
            supplier,
            *(
                next(MATRIX_MARK[a.answered] for a in q.answers if a.supplier == supplier)
                for q in summary.questions
            ),
        )
        for supplier in summary.met
    )
    blocks += [Heading(3, t("summary.check.questions", lang)), Table(header, rows)]
    blocks.append(_em(t("summary.check.legend", lang)))
    total = len(summary.opening_statements)
    blocks.append(Heading(3, t("summary.check.opening", lang)))
    blocks.append(
        Table(
            (t("summary.col.supplier", lang), t("summary.col.heard", lang)),
            tuple(
                (
                    supplier,
                    t(
                        "summary.heard",
                        lang,
                        heard=len(summary.opening_heard.get(supplier, [])),
                        total=total,
                    ),
                )
                for supplier in summary.met
            ),
        )
    )
    blocks.append(Heading(3, t("summary.check.findings", lang)))
    found = findings(summary)
    if not found:
        blocks.append(_em(t("summary.check.none", lang)))
    else:
        texts = [finding_text(f, lang, summary.dialogue_id) for f in found]
        blocks.append(Bullets(tuple((Span(text),) for text in texts)))
    return blocks


def _contacts(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("summary.section.contacts", lang))]
    if not summary.contacts:
        return [*blocks, _em(t("summary.no_contacts", lang))]
    header = tuple(
        t(f"summary.col.{k}", lang) for k in ("date", "supplier", "format", "people", "state")
    )
    rows = tuple(
        (
            _when(c.when, lang),
            c.supplier,
            t(f"format.{c.format.value}", lang),
            ", ".join(c.people) or t("minutes.no_participants", lang),
            t(f"summary.state.{c.state}", lang),
        )
        for c in summary.contacts
    )
    return [*blocks, Table(header, rows)]


def contacts_document(summary: DialogueSummary, lang: str) -> Document:
    """The supplier contact log alone, for the procurement's documentation."""
    lang = "sv" if lang == "sv" else "en"
    title, blocks = _start(summary, lang, "summary.contacts_title")
    blocks += _contacts(summary, lang)
    return Document(lang, title, _metadata(summary, lang), blocks)


def _cost(summary: DialogueSummary, lang: str) -> list[Block]:
    cost = summary.cost
    rows = [
        (t("summary.meetings_held", lang), str(cost.meetings)),
        (t("summary.total_time", lang), format_duration(cost.seconds, lang)),
        (
            t("summary.person_hours", lang),
            t("summary.hours", lang, hours=_decimal(cost.person_hours, lang)),
        ),
    ]
    sek = cost.sek
    if sek is None:
        rows.append((t("summary.cost_sek", lang), t("summary.no_rate", lang)))
    else:
        rows.append((t("summary.rate", lang), t("summary.sek", lang, sek=_sek(cost.rate))))
        rows.append((t("summary.cost_sek", lang), t("summary.sek", lang, sek=_sek(sek))))
    return [Heading(2, t("summary.section.cost", lang)), Fields(tuple(rows))]


def _decimal(value: float, lang: str) -> str:
    """One decimal, with a decimal comma in Swedish: "2,5" / "2.5"."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "sv" else text


def _sek(amount: float) -> str:
    """Whole kronor with a thin space between thousands: "12 345"."""
    return f"{round(amount):,}".replace(",", "\u00a0")


def _marks(summary: DialogueSummary, lang: str) -> list[Block]:
    if summary.public or not summary.marks:
        return []
    items = []
    for mark in summary.marks:
        spans = [Span(f"{mark.supplier}:", "strong"), Span(" "), Span(mark.item.text)]
        spans.append(Span(f" — {t('summary.ground', lang)}: {mark.item.ground}", "strong"))
        if mark.item.reason:
            spans.append(Span(f" ({t('minutes.reason', lang)}: {mark.item.reason})"))
        items.append(tuple(spans))
    return [
        Heading(2, t("summary.section.marks", lang)),
        plain(t("summary.marks_intro", lang)),
        Bullets(tuple(items)),
    ]


def _metadata(summary: DialogueSummary, lang: str) -> dict[str, Any]:
    return {
        "title": summary.title,
        "reference": summary.reference,
        "organisation": summary.organisation,
        "language": lang,
        "public": summary.public,
        "anonymous": summary.anonymous,
        "meetings": len(summary.meetings),
        "suppliers": len(summary.suppliers),
        "made": summary.made_at.isoformat(),
        "timezone": summary.timezone,
    }


def _left_out(summary: DialogueSummary, lang: str) -> list[Block]:
    if not summary.left_out:
        return []
    return [
        Heading(2, t("summary.section.left_out", lang)),
        Bullets(
            tuple(
                (Span(t("summary.left_out", lang, name=f.name, reason=f.reason)),)
                for f in summary.left_out
            )
        ),
    ]


def _start(summary: DialogueSummary, lang: str, title_key: str) -> tuple[str, list[Block]]:
    """The title, and the blocks every document about the dialogue starts with."""
    title = t(title_key, lang, title=summary.title)
    notice = _notice(summary, lang, marks=title_key == "summary.title")
    blocks: list[Block] = [Heading(1, title), *notice, _about(summary, lang)]
    return title, blocks + _left_out(summary, lang)


def check_document(summary: DialogueSummary, lang: str) -> Document:
    """The equal-treatment check alone (`facilitator check`)."""
    lang = "sv" if lang == "sv" else "en"
    title, blocks = _start(summary, lang, "summary.check_title")
    blocks += _check(summary, lang)[1:]
    return Document(lang, title, _metadata(summary, lang), blocks)


def summary_filename(summary: DialogueSummary, kind: str, fmt: str, lang: str) -> str:
    """A safe file name: what it is, the dialogue, the language, and public or anonymous."""
    words = {
        "summary": ("sammanstallning", "summary"),
        "contacts": ("kontakter", "contacts"),
        "check": ("likabehandling", "equal-treatment"),
        "shared": ("information-till-alla", "information-to-all"),
    }[kind]
    parts = [words[0] if lang == "sv" else words[1], safe_name(summary.title), lang]
    if summary.public and kind != "shared":
        parts.append("offentlig" if lang == "sv" else "public")
    if summary.anonymous and kind != "shared":
        parts.append("anonym" if lang == "sv" else "anonymous")
    return "-".join(p for p in parts if p) + f".{FORMATS[fmt]}"


def summary_document(summary: DialogueSummary, lang: str) -> Document:
    """The dialogue summary as a document in `lang` ("sv" or "en")."""
    lang = "sv" if lang == "sv" else "en"
    title, blocks = _start(summary, lang, "summary.title")
    if summary.is_empty:
        blocks.append(_em(t("summary.empty", lang)))
        return Document(lang, title, _metadata(summary, lang), blocks)
    blocks += _meetings(summary, lang)
    blocks += _answers(summary, lang)
    blocks += _insights(summary, lang)
    for heading, entries, none in (
        ("minutes.section.mismatches", summary.mismatches, "minutes.no_mismatches"),
        ("minutes.section.tips", summary.tips, "minutes.no_tips"),
        ("summary.section.open_actions", summary.actions, "summary.no_open_actions"),
    ):
        blocks += [Heading(2, t(heading, lang)), _logged(entries, lang, none)]
    blocks += _information(summary, lang)
    blocks += _check(summary, lang)
    blocks += _contacts(summary, lang)
    blocks += _cost(summary, lang)
    blocks += _marks(summary, lang)
    return Document(lang, title, _metadata(summary, lang), blocks)


def shared_document(summary: DialogueSummary, lang: str) -> Document:
    """Every piece of information given, once each, fit to publish: no supplier named, nothing
    confidential. Build it from an anonymous, public summary."""
    lang = "sv" if lang == "sv" else "en"
    title = t("summary.shared_title", lang, title=summary.title)
    texts = [p.item.text for p in summary.information if not p.item.withheld]
    withheld = sum(1 for p in summary.information if p.item.withheld)
    blocks: list[Block] = [Heading(1, title)]
    rows = [(t("minutes.dialogue", lang), summary.title)]
    if summary.reference:
        rows.append((t("minutes.reference", lang), summary.reference))
    if summary.organisation:
        rows.append((t("minutes.organisation", lang), summary.organisation))
    rows.append((t("summary.made", lang), _when(summary.made_at, lang)))
    blocks += [Fields(tuple(rows)), plain(t("summary.shared_intro", lang))]
    if texts:
        blocks.append(Bullets(tuple((Span(text),) for text in texts)))
    else:
        blocks.append(_em(t("summary.no_information", lang)))
    if withheld:
        blocks.append(_em(t("summary.shared_withheld", lang, count=withheld)))
    return Document(lang, title, _metadata(summary, lang), blocks)
