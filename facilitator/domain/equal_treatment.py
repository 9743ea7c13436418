"""The equal-treatment check of a dialogue: what one supplier was asked or told and another not.

Every supplier should get the same questions, hear the same opening statements and receive the
same information. `findings(summary)` lists each gap with what it concerns, so that it can be put
right (ask in writing, send the statement, share the information with all).
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain.summary import Answered, DialogueSummary


@dataclass(frozen=True)
class Finding:
    #: "skipped", "not_reached", "opening", "information" or "left_out".
    code: str
    #: The suppliers it concerns (shown names: aliases in an anonymous summary).
    suppliers: tuple[str, ...]
    #: The question, opening statement, information or file it is about.
    subject: str
    #: The question's number, for "skipped" and "not_reached".
    number: int | None = None
    #: The information is withheld (a confidential item in a public summary).
    withheld: bool = False


def findings(summary: DialogueSummary) -> list[Finding]:
    """Everything that needs attention for every supplier to be treated alike."""
    # The file by name: what is wrong with it is said where the files left out are listed.
    result = [Finding("left_out", (), f.name) for f in summary.left_out]
    for question in summary.questions:
        for code, answered in (
            ("skipped", Answered.SKIPPED),
            ("not_reached", Answered.NOT_REACHED),
        ):
            who = tuple(a.supplier for a in question.answers if a.answered is answered)
            if who:
                result.append(Finding(code, who, question.text, question.number))
    for index, statement in enumerate(summary.opening_statements):
        who = tuple(s for s in summary.met if index not in summary.opening_heard.get(s, []))
        if who:
            result.append(Finding("opening", who, statement, index + 1))
    for piece in summary.information:
        if piece.not_told:
            result.append(
                Finding(
                    "information",
                    tuple(piece.not_told),
                    piece.item.text,
                    withheld=piece.item.withheld,
                )
            )
    return result
