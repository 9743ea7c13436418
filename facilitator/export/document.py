"""The minutes laid out as a document: headings, fields, paragraphs and lists, in one language.

Every format renders this same `Document`, so Markdown, HTML, DOCX and text say the same things in
the same order; a format only decides how a heading or a list looks and how text is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from facilitator.domain.minutes import Item, Minutes, QuestionMinutes
from facilitator.export.wording import format_date, format_duration, format_time
from facilitator.i18n import N_, t, tp
from facilitator.i18n.labels import MEETING_FORMATS, ROLES, THEMES


@dataclass(frozen=True)
class Span:
    text: str
    #: "" (plain), "strong" or "em".
    style: str = ""


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Fields:
    """Label and value rows ("Supplier: Exempel Bygg AB")."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Bullets:
    items: tuple[tuple[Span, ...], ...]


@dataclass(frozen=True)
class Table:
    """Rows of plain-text cells under a header row."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Paragraph | Fields | Bullets | Table


@dataclass
class Document:
    lang: str
    title: str
    #: Machine-readable facts (the Markdown front matter), language-neutral keys and codes.
    metadata: dict[str, Any]
    blocks: list[Block] = field(default_factory=list)


def plain(*texts: str) -> Paragraph:
    return Paragraph(tuple(Span(text) for text in texts))


def item_spans(item: Item, lang: str) -> tuple[Span, ...]:
    """How one note or entry reads: its text, its details, and its confidentiality."""
    if item.withheld:
        return (Span(t("[Withheld: confidential]", lang), "em"),)
    spans: list[Span] = []
    if item.confidential:
        spans.append(Span(f"{tp('minutes', 'Confidential', lang)}:", "strong"))
        spans.append(Span(" "))
    spans.append(Span(item.text))
    details = []
    if item.future_needs.strip():
        details.append(f"{t('Future needs', lang)}: {item.future_needs.strip()}")
    if item.owner.strip():
        details.append(f"{t('Owner', lang)}: {item.owner.strip()}")
    if item.due is not None:
        details.append(f"{tp('minutes', 'Due', lang)}: {format_date(item.due, lang)}")
    if item.question_number is not None:
        details.append(t("Question {number}", lang, number=item.question_number))
    if item.confidential and item.ground_given:
        details.append(f"{t('Ground', lang)}: {item.ground}")
    if item.confidential and item.reason:
        details.append(t("Supplier's reason", lang) + f": {item.reason}")
    if details:
        spans.append(Span(" (" + "; ".join(details) + ")"))
    return tuple(spans)


def _bullets(items: list[Item], lang: str) -> Bullets:
    return Bullets(tuple(item_spans(i, lang) for i in items))


def _items(items: list[Item], lang: str, none: str) -> Block:
    """The items as a list, or `none` when there are none."""
    if not items:
        return Paragraph((Span(t(none, lang), "em"),))
    return _bullets(items, lang)


def _time_used(question: QuestionMinutes, lang: str) -> str:
    used_minutes = int(max(0.0, question.seconds_used) / 60 + 0.5)
    used = format_duration(question.seconds_used, lang)
    box = format_duration(question.timebox_minutes * 60, lang)
    if used_minutes > question.timebox_minutes:
        over = format_duration((used_minutes - question.timebox_minutes) * 60, lang)
        return t("{used} of {box}, {over} over", lang, used=used, box=box, over=over)
    return t("{used} of {box}", lang, used=used, box=box)


def _question_heading(question: QuestionMinutes, lang: str) -> Heading:
    return Heading(
        3, t("{number}. {text}", lang, number=question.number, text=question.text)
    )


def _status(minutes: Minutes, lang: str) -> list[Block]:
    blocks: list[Block] = []
    if minutes.version is not None and minutes.finalised_at is not None:
        line = t(
            "Version {version}, finalised {date} at {time}",
            lang,
            version=minutes.version,
            date=format_date(minutes.finalised_at, lang),
            time=format_time(minutes.finalised_at),
        )
    elif minutes.previous_versions:
        line = t(
            "Draft of version {version} (correction of finalised version {previous})",
            lang,
            version=minutes.draft_version,
            previous=minutes.previous_versions[-1][0],
        )
    else:
        line = t("Draft, not finalised", lang)
    blocks.append(Paragraph((Span(line, "strong"),)))
    for number, at in reversed(minutes.previous_versions):
        blocks.append(
            plain(
                t(
                    "Replaces version {version}, finalised {date} at {time}.",
                    lang,
                    version=number,
                    date=format_date(at, lang),
                    time=format_time(at),
                )
            )
        )
    if minutes.public:
        blocks.append(
            Paragraph(
                (
                    Span(
                        t("Public version: confidential information has been withheld.", lang), "em"
                    ),
                )
            )
        )
    elif _any_confidential(minutes):
        blocks.append(
            Paragraph(
                (
                    Span(
                        t("Internal version: contains information marked confidential.", lang), "em"
                    ),
                )
            )
        )
    return blocks


def _all_items(minutes: Minutes) -> list[Item]:
    notes = [n for q in minutes.discussed + minutes.undiscussed for n in q.notes]
    return (
        notes
        + minutes.other_notes
        + minutes.mismatches
        + minutes.tips
        + minutes.insights
        + minutes.actions
        + minutes.information
    )


def _any_confidential(minutes: Minutes) -> bool:
    return any(i.confidential for i in _all_items(minutes))


def _meeting(minutes: Minutes, lang: str) -> Fields:
    missing = t("Not recorded", lang)
    rows = [
        (t("Dialogue", lang), minutes.title),
        (t("Reference number", lang), minutes.reference or missing),
        (t("Purpose of the dialogue", lang), minutes.purpose or missing),
        (t("Organisation", lang), minutes.organisation or missing),
        (t("Supplier", lang), minutes.supplier),
        (
            t("Date", lang),
            format_date(minutes.meeting_date, lang) if minutes.meeting_date else missing,
        ),
        (t("Start", lang), format_time(minutes.start) if minutes.start else missing),
        (t("End", lang), format_time(minutes.end) if minutes.end else missing),
        (
            t("Length", lang),
            t(
                "{length} (planned {planned})",
                lang,
                length=format_duration(minutes.length_seconds, lang),
                planned=format_duration(minutes.planned_minutes * 60, lang),
            ),
        ),
        (tp("minutes", "Format", lang), t(MEETING_FORMATS[minutes.format.value], lang)),
        (t("Time zone", lang), minutes.timezone),
    ]
    if minutes.transcribed:
        said = t(
            "The meeting was recorded and transcribed with the supplier's consent. The "
            "transcript is not part of the minutes.",
            lang,
        )
        rows.append((t("Transcript", lang), said))
    return Fields(tuple(rows))


def _participants(minutes: Minutes, lang: str) -> list[Block]:
    if not minutes.participants:
        return [Paragraph((Span(t("No participants recorded.", lang), "em"),))]
    blocks: list[Block] = []
    for group in minutes.participants:
        blocks.append(Heading(3, group.organisation or t("Organisation not given", lang)))
        blocks.append(
            Bullets(
                tuple(
                    (Span(name), Span(f", {t(ROLES[role.value], lang)}"))
                    for name, role in group.people
                )
            )
        )
    return blocks


def _discussed(minutes: Minutes, lang: str) -> list[Block]:
    if not minutes.discussed:
        return [Paragraph((Span(t("No questions were discussed.", lang), "em"),))]
    blocks: list[Block] = []
    for question in minutes.discussed:
        blocks.append(_question_heading(question, lang))
        blocks.append(
            Fields(
                (
                    (t("Theme", lang), t(THEMES[question.theme.value], lang)),
                    (t("Time", lang), _time_used(question, lang)),
                )
            )
        )
        blocks.append(_items(question.notes, lang, N_("No notes.")))
    return blocks


def _undiscussed(minutes: Minutes, lang: str) -> list[Block]:
    if not minutes.undiscussed:
        return [Paragraph((Span(t("All questions were discussed.", lang), "em"),))]
    rows = []
    for question in minutes.undiscussed:
        state = t(N_("skipped") if question.skipped else N_("not reached"), lang)
        rows.append((Span(f"{question.number}. {question.text}"), Span(f" ({state})", "em")))
    blocks: list[Block] = [Bullets(tuple(rows))]
    for question in minutes.undiscussed:
        if question.notes:
            blocks.append(_question_heading(question, lang))
            blocks.append(_bullets(question.notes, lang))
    return blocks


def _closing(minutes: Minutes, lang: str) -> list[Block]:
    blocks: list[Block] = []
    if minutes.written_at is not None:
        when = {
            "date": format_date(minutes.written_at, lang),
            "time": format_time(minutes.written_at),
        }
        if minutes.author:
            blocks.append(
                plain(
                    t(
                        "Minutes taken by {author} on {date} at {time}.",
                        lang,
                        author=minutes.author,
                        **when,
                    )
                )
            )
        else:
            blocks.append(plain(t("Minutes taken on {date} at {time}.", lang, **when)))
    if minutes.changed_at is not None:
        changed = minutes.changed_at
        blocks.append(
            plain(
                t(
                    "Last changed on {date} at {time}.",
                    lang,
                    date=format_date(changed, lang),
                    time=format_time(changed),
                )
            )
        )
    return blocks


def metadata(minutes: Minutes, lang: str) -> dict[str, Any]:
    def iso(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "title": minutes.title,
        "reference": minutes.reference,
        "organisation": minutes.organisation,
        "supplier": minutes.supplier,
        "date": iso(minutes.meeting_date),
        "start": iso(minutes.start),
        "end": iso(minutes.end),
        "length_minutes": int(max(0.0, minutes.length_seconds) / 60 + 0.5),
        "format": minutes.format.value,
        "timezone": minutes.timezone,
        "language": lang,
        "status": "draft" if minutes.is_draft else "final",
        "version": minutes.version if minutes.version is not None else minutes.draft_version,
        "finalised": iso(minutes.finalised_at),
        "changed": iso(minutes.changed_at),
        "public": minutes.public,
        "author": minutes.author,
        "session": minutes.session_id,
    }


def build_document(minutes: Minutes, lang: str) -> Document:
    """The minutes as a document in `lang` ("sv" or "en")."""
    lang = "sv" if lang == "sv" else "en"
    title = t("Minutes: {title}", lang, title=minutes.title)
    blocks: list[Block] = [Heading(1, title)]
    blocks += _status(minutes, lang)
    blocks += [Heading(2, t("About the meeting", lang)), _meeting(minutes, lang)]
    blocks += [Heading(2, t("Participants", lang))]
    blocks += _participants(minutes, lang)
    blocks += [Heading(2, t("Opening statements", lang))]
    if minutes.opening:
        blocks += [
            plain(t("The following was said at the start of the meeting:", lang)),
            Bullets(tuple((Span(s),) for s in minutes.opening)),
        ]
    else:
        blocks.append(Paragraph((Span(t("No opening statements recorded.", lang), "em"),)))
    blocks += [Heading(2, t("Questions discussed", lang))]
    if minutes.discussed or minutes.undiscussed:
        blocks += _discussed(minutes, lang)
        blocks += [Heading(2, t("Questions not discussed", lang)), *_undiscussed(minutes, lang)]
    else:
        blocks.append(Paragraph((Span(t("The dialogue had no questions.", lang), "em"),)))
    if minutes.other_notes:
        blocks += [
            Heading(2, t("Other notes", lang)),
            _bullets(minutes.other_notes, lang),
        ]
    for heading, items, none in (
        (N_("Mismatches and future needs"), minutes.mismatches, N_("No mismatches recorded.")),
        (N_("Tips given"), minutes.tips, N_("No tips recorded.")),
        (N_("Market insights"), minutes.insights, N_("No market insights recorded.")),
        (N_("Actions"), minutes.actions, N_("No actions recorded.")),
        (
            N_("Information given"),
            minutes.information,
            N_("No information given to the supplier recorded."),
        ),
    ):
        blocks += [Heading(2, t(heading, lang)), _items(items, lang, none)]
    blocks += _closing(minutes, lang)
    return Document(lang=lang, title=title, metadata=metadata(minutes, lang), blocks=blocks)
