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
from facilitator.i18n import N_, t, tn
from facilitator.i18n.labels import MEETING_FORMATS, THEMES
from facilitator.storage.damage import damage_text

#: What the equal-treatment matrix shows for each answer.
MATRIX_MARK = {Answered.ASKED: "✓", Answered.SKIPPED: "✗", Answered.NOT_REACHED: "–"}


def _em(text: str) -> Paragraph:
    return Paragraph((Span(text, "em"),))


def _when(moment: Any, lang: str) -> str:
    if moment is None:
        return t("Not recorded", lang)
    return f"{format_date(moment, lang)} {format_time(moment)}"


def _entries(entries: list[Logged], lang: str) -> Bullets:
    return Bullets(
        tuple(
            (Span(f"{e.supplier}:", "strong"), Span(" "), *item_spans(e.item, lang))
            for e in entries
        )
    )


def _logged(entries: list[Logged], lang: str, none: str) -> Block:
    """The entries by supplier, or `none` when there are none."""
    if not entries:
        return _em(t(none, lang))
    return _entries(entries, lang)


def _notice(summary: DialogueSummary, lang: str, *, marks: bool) -> list[Block]:
    """Public or internal (when the document lists the `marks`), and anonymous or not."""
    lines = []
    if summary.public:
        lines.append(t("Public version: confidential information has been withheld.", lang))
    elif marks and summary.marks:
        lines.append(
            t(
                "Internal version: contains information marked confidential (listed at the end).",
                lang,
            )
        )
    if summary.anonymous:
        lines.append(
            t(
                "The suppliers are anonymised and named Supplier A, B, … in the order they "
                "were first in contact.",
                lang,
            )
        )
    return [_em(line) for line in lines]


def _about(summary: DialogueSummary, lang: str) -> Fields:
    missing = t("Not recorded", lang)
    return Fields(
        (
            (t("Dialogue", lang), summary.title),
            (t("Reference number", lang), summary.reference or missing),
            (t("Organisation", lang), summary.organisation or missing),
            (t("Purpose of the dialogue", lang), summary.purpose or missing),
            (t("Suppliers met", lang), str(len(summary.met))),
            (t("Meetings", lang), str(len(summary.meetings))),
            (t("Compiled", lang), _when(summary.made_at, lang)),
        )
    )


def _people(groups: Any, lang: str) -> str:
    out = []
    for group in groups:
        names = [n for n, _ in group.people if n]
        unnamed = len(group.people) - len(names)
        if unnamed:
            names.append(tn("{count} person", "{count} people", unnamed, lang))
        out.append(f"{group.organisation}: {', '.join(names)}")
    return "; ".join(out) or t("No participants recorded.", lang)


def _meetings(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("Meetings held", lang))]
    if summary.meetings:
        header = tuple(
            t(heading, lang)
            for heading in (
                N_("Supplier"),
                N_("Date"),
                N_("Format"),
                N_("Length"),
                N_("Participants"),
            )
        )
        rows = tuple(
            (
                m.supplier,
                _when(m.start, lang),
                t(MEETING_FORMATS[m.format.value], lang),
                format_duration(m.length_seconds, lang),
                _people(m.participants, lang),
            )
            for m in summary.meetings
        )
        blocks.append(Table(header, rows))
    else:
        blocks.append(_em(t("No meetings have been held yet.", lang)))
    if summary.never_met:
        blocks.append(
            plain(t("Signed up but never met: {names}.", lang, names=", ".join(summary.never_met)))
        )
    return blocks


#: Why a supplier has no answer to a question.
_UNASKED = {"skipped": N_("(skipped)"), "not_reached": N_("(not reached)")}
#: Whether a contact with a supplier was a meeting held, running or only booked.
_CONTACT_STATES = {"held": N_("held"), "running": N_("running"), "booked": N_("booked")}


def _answer(answer: Answer, lang: str) -> tuple[Span, ...]:
    spans: list[Span] = [Span(f"{answer.supplier}:", "strong"), Span(" ")]
    if answer.answered is not Answered.ASKED:
        spans.append(Span(t(_UNASKED[answer.answered.value], lang), "em"))
    elif not answer.notes:
        spans.append(Span(t("(asked, no notes)", lang), "em"))
    for index, note in enumerate(answer.notes):
        if index or answer.answered is not Answered.ASKED:
            spans.append(Span(" · "))
        spans += item_spans(note, lang)
    return tuple(spans)


def _answers(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("Answers per question", lang))]
    if not summary.met:
        return [*blocks, _em(t("No meetings have been held yet.", lang))]
    for theme, questions in theme_runs(summary.questions):
        blocks.append(Heading(3, t(THEMES[theme.value], lang)))
        for row in questions:
            blocks.append(Heading(4, f"{row.number}. {row.text}"))
            blocks.append(Bullets(tuple(_answer(a, lang) for a in row.answers)))
    return blocks


def _insights(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("Market insights", lang))]
    if not summary.insights:
        return [*blocks, _em(t("No market insights recorded.", lang))]
    themes = [q.theme for q in summary.questions]
    order = list(dict.fromkeys(themes))
    for theme in [*order, None]:
        entries = [e for e in summary.insights if e.theme is theme]
        entries.sort(key=lambda e: e.item.question_number or len(summary.questions) + 1)
        if entries:
            title = t(THEMES[theme.value], lang) if theme else t("Not under a question", lang)
            blocks += [Heading(3, title), _entries(entries, lang)]
    return blocks


def _information(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("Information given", lang))]
    if not summary.information:
        return [*blocks, _em(t("No information given to the suppliers recorded.", lang))]
    items = []
    for piece in summary.information:
        spans = [*item_spans(piece.item, lang)]
        spans.append(Span(" — " + t("given to {names}", lang, names=", ".join(piece.given_to))))
        if piece.shared and summary.shared_at is not None:
            when = _when(summary.shared_at, lang)
            spans.append(Span("; " + t("shared with all on {when}", lang, when=when)))
        elif piece.not_told:
            spans.append(Span("; "))
            not_told = t("not given to {names}", lang, names=", ".join(piece.not_told))
            spans.append(Span(not_told, "strong"))
        items.append(tuple(spans))
    return [*blocks, Bullets(tuple(items))]


#: What each kind of equal-treatment finding says, and what to do about it.
_FINDINGS = {
    "skipped": N_(
        'Question {number} "{subject}" was not asked of {names} (skipped). Ask it in writing, '
        "or record why not."
    ),
    "not_reached": N_(
        'Question {number} "{subject}" was not reached with {names}. Ask it in writing.'
    ),
    "opening": N_('{names} did not hear the opening statement "{subject}". Send it in writing.'),
    "information": N_(
        'The information "{subject}" has not reached {names}. Share it with all: facilitator '
        "shared {dialogue}"
    ),
    "left_out": N_(
        "A session file could not be read and is missing from the check ({subject}). Run "
        "facilitator doctor."
    ),
}


def finding_text(finding: Finding, lang: str, dialogue_id: str) -> str:
    """What a finding says, and what to do about it."""
    return t(
        _FINDINGS[finding.code],
        lang,
        names=", ".join(finding.suppliers),
        subject=t("[Withheld: confidential]", lang) if finding.withheld else finding.subject,
        number=finding.number,
        dialogue=dialogue_id,
    )


def _check(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("Equal treatment", lang))]
    if not summary.met:
        return [*blocks, _em(t("No meetings have been held yet.", lang))]
    header = (t("Supplier", lang), *(str(q.number) for q in summary.questions))
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
    blocks += [Heading(3, t("Questions per supplier", lang)), Table(header, rows)]
    blocks.append(_em(t("✓ asked · ✗ skipped · – not reached", lang)))
    total = len(summary.opening_statements)
    blocks.append(Heading(3, t("Opening statements", lang)))
    blocks.append(
        Table(
            (t("Supplier", lang), t("Opening statements", lang)),
            tuple(
                (
                    supplier,
                    t(
                        "{heard} of {total}",
                        lang,
                        heard=len(summary.opening_heard.get(supplier, [])),
                        total=total,
                    ),
                )
                for supplier in summary.met
            ),
        )
    )
    blocks.append(Heading(3, t("To put right", lang)))
    found = findings(summary)
    if not found:
        blocks.append(
            _em(
                t(
                    "Nothing to put right: every supplier got the same questions and information.",
                    lang,
                )
            )
        )
    else:
        texts = [finding_text(f, lang, summary.dialogue_id) for f in found]
        blocks.append(Bullets(tuple((Span(text),) for text in texts)))
    return blocks


def _contacts(summary: DialogueSummary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(2, t("Contacts with suppliers", lang))]
    if not summary.contacts:
        return [*blocks, _em(t("No contacts recorded.", lang))]
    header = tuple(
        t(heading, lang)
        for heading in (N_("Date"), N_("Supplier"), N_("Format"), N_("Participants"), N_("Status"))
    )
    rows = tuple(
        (
            _when(c.when, lang),
            c.supplier,
            t(MEETING_FORMATS[c.format.value], lang),
            ", ".join(c.people) or t("No participants recorded.", lang),
            t(_CONTACT_STATES[c.state], lang),
        )
        for c in summary.contacts
    )
    return [*blocks, Table(header, rows)]


def contacts_document(summary: DialogueSummary, lang: str) -> Document:
    """The supplier contact log alone, for the procurement's documentation."""
    lang = "sv" if lang == "sv" else "en"
    title, blocks = _start(summary, lang, N_("Contacts with suppliers: {title}"))
    blocks += _contacts(summary, lang)
    return Document(lang, title, _metadata(summary, lang), blocks)


def _cost(summary: DialogueSummary, lang: str) -> list[Block]:
    cost = summary.cost
    rows = [
        (t("Meetings", lang), str(cost.meetings)),
        (t("Total meeting time", lang), format_duration(cost.seconds, lang)),
        (
            t("Own organisation's time (meeting time × participants)", lang),
            t("{hours} hours", lang, hours=_decimal(cost.person_hours, lang)),
        ),
    ]
    sek = cost.sek
    if sek is None:
        rows.append((t("Cost", lang), t("no hourly cost set (--rate SEK)", lang)))
    else:
        rows.append((t("Hourly cost", lang), t("SEK {sek}", lang, sek=_sek(cost.rate))))
        rows.append((t("Cost", lang), t("SEK {sek}", lang, sek=_sek(sek))))
    return [Heading(2, t("What the dialogue cost in time", lang)), Fields(tuple(rows))]


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
        spans.append(Span(f" — {t('Ground', lang)}: {mark.item.ground}", "strong"))
        if mark.item.reason:
            reason = t("Supplier's reason", lang)
            spans.append(Span(f" ({reason}: {mark.item.reason})"))
        items.append(tuple(spans))
    return [
        Heading(2, t("Confidentiality marks to review", lang)),
        plain(t("Review each mark against its ground before the document is released.", lang)),
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
        Heading(2, t("Files that could not be read", lang)),
        Bullets(
            tuple(
                (
                    Span(
                        t(
                            "{name} could not be read and is left out ({reason}). Run facilitator "
                            "doctor.",
                            lang,
                            name=f.name,
                            reason=damage_text(f.reason, lang),
                        )
                    ),
                )
                for f in summary.left_out
            )
        ),
    ]


def _start(summary: DialogueSummary, lang: str, heading: str) -> tuple[str, list[Block]]:
    """The title, and the blocks every document about the dialogue starts with."""
    title = t(heading, lang, title=summary.title)
    notice = _notice(summary, lang, marks=heading == N_("Dialogue summary: {title}"))
    blocks: list[Block] = [Heading(1, title), *notice, _about(summary, lang)]
    return title, blocks + _left_out(summary, lang)


def check_document(summary: DialogueSummary, lang: str) -> Document:
    """The equal-treatment check alone (`facilitator check`)."""
    lang = "sv" if lang == "sv" else "en"
    title, blocks = _start(summary, lang, N_("Equal treatment: {title}"))
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
    title, blocks = _start(summary, lang, N_("Dialogue summary: {title}"))
    if summary.is_empty:
        blocks.append(_em(t("No meetings have been held or booked in this dialogue yet.", lang)))
        return Document(lang, title, _metadata(summary, lang), blocks)
    blocks += _meetings(summary, lang)
    blocks += _answers(summary, lang)
    blocks += _insights(summary, lang)
    for heading, entries, none in (
        (N_("Mismatches and future needs"), summary.mismatches, N_("No mismatches recorded.")),
        (N_("Tips given"), summary.tips, N_("No tips recorded.")),
        (N_("Open actions"), summary.actions, N_("No open actions.")),
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
    title = t("Information to all suppliers: {title}", lang, title=summary.title)
    texts = [p.item.text for p in summary.information if not p.item.withheld]
    withheld = sum(1 for p in summary.information if p.item.withheld)
    blocks: list[Block] = [Heading(1, title)]
    rows = [(t("Dialogue", lang), summary.title)]
    if summary.reference:
        rows.append((t("Reference number", lang), summary.reference))
    if summary.organisation:
        rows.append((t("Organisation", lang), summary.organisation))
    rows.append((t("Compiled", lang), _when(summary.made_at, lang)))
    blocks += [
        Fields(tuple(rows)),
        plain(
            t(
                "During the dialogue the following information was given to one or more suppliers. "
                "It is shared here with all, so that everyone has the same information.",
                lang,
            )
        ),
    ]
    if texts:
        blocks.append(Bullets(tuple((Span(text),) for text in texts)))
    else:
        blocks.append(_em(t("No information given to the suppliers recorded.", lang)))
    if withheld:
        blocks.append(
            _em(
                tn(
                    "{count} item is marked confidential and is not included.",
                    "{count} items are marked confidential and are not included.",
                    withheld,
                    lang,
                )
            )
        )
    return Document(lang, title, _metadata(summary, lang), blocks)
