"""Whatever a meeting holds, no text of a confidential item (nor its reason or details) appears in
any public rendering, in any format, in either language.

Every generated text carries a random marker word between arbitrary characters, so "the marker
is not in the file" means the item really is not there, and the open markers that must be there
show the rendering is not simply empty.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.confidential import NoteLine, format_line, mark_entry
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session
from facilitator.export import FORMATS, render_minutes
from tests.conftest import FakeClock
from tests.unit.minutes_helpers import START, every_readable_text, visible_text

#: Marker words: letters no format escapes, long enough never to appear by chance.
_MARKER = st.text(alphabet="BCDFGHJKLMNPQRSTVWXZ", min_size=12, max_size=12).map(lambda s: "Q" + s)
#: Arbitrary characters around a marker (a notes line cannot hold a line break).
_NOISE = st.text(st.characters(blacklist_characters="\n"), max_size=12)


_counter = iter(range(1 << 62))


def _unique(marker: str) -> str:
    """The marker made unique by a tag of letters, so no item shares another's marker."""
    number, tag = next(_counter), ""
    while True:
        number, digit = divmod(number, 20)
        tag += "BCDFGHJKLMNPQRSTVWXZ"[digit]
        if not number:
            return f"{marker}Y{tag}Y"


@st.composite
def _text(draw: st.DrawFn) -> tuple[str, str]:
    """(text, the marker in it)."""
    marker = _unique(draw(_MARKER))
    return f"{draw(_NOISE)} {marker} {draw(_NOISE)}", marker


@dataclass
class Meeting:
    session: Session
    #: Words that appear only in confidential items (text, reason, details).
    secrets: list[str]
    #: Words of open items, which both versions show.
    open: list[str]


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    clock = FakeClock(START)
    session = Session(dialogue=demo_dialogue(), supplier="Exempel Bygg AB")
    session.start(clock)
    secrets: list[str] = []
    opened: list[str] = []
    questions = [q.id for q in session.questions]
    for qid in draw(st.lists(st.sampled_from(questions), max_size=3, unique=True)):
        session.go_to(qid, clock)
        lines = []
        for _ in range(draw(st.integers(1, 4))):
            text, marker = draw(_text())
            if draw(st.booleans()):
                reason, why = draw(_text()) if draw(st.booleans()) else ("", "")
                lines.append(format_line(NoteLine(text, True, reason)))
                secrets += [marker] + ([why] if why else [])
            else:
                lines.append(text if not text.lstrip().startswith("🔒") else f"x{text}")
                opened.append(marker)
        session.set_note(qid, "\n".join(lines), clock)
        clock.advance(draw(st.integers(0, 600)))
        if draw(st.booleans()):
            session.skip_current(clock)  # notes of a question not discussed are shown too
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(list(EntryKind)))
        text, marker = draw(_text())
        confidential = draw(st.booleans())
        details = {"future_needs": draw(_text()), "owner": draw(_text())}
        entry = session.log(
            kind,
            text,
            clock,
            confidential=confidential,
            **{name: value for name, (value, _) in details.items()},
        )
        entry.question_id = draw(st.sampled_from([None, "gone", *questions]))
        words = [marker] + [m for _, m in details.values()]
        if confidential:
            reason, why = draw(_text())
            mark_entry(entry, reason=reason)
            secrets += [*words, why]
        else:
            opened += words
    session.end(clock)
    return Meeting(session, secrets, opened)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(meetings())
def test_no_confidential_text_reaches_any_public_rendering(meeting: Meeting) -> None:
    for fmt in FORMATS:
        for lang in ("sv", "en"):
            result = render_minutes(meeting.session, fmt, lang, public=True)
            found = every_readable_text(fmt, result)
            assert not [word for word in meeting.secrets if word in found], (fmt, lang)
            shown = visible_text(fmt, result)
            assert all(word in shown for word in meeting.open), (fmt, lang)
    internal = render_minutes(meeting.session, "txt", "en")
    assert all(word in internal for word in meeting.secrets + meeting.open)
