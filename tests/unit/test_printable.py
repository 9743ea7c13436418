"""Names with terminal escapes, bells, carriage returns and right-to-left overrides never act on
the terminal and are never shown as `\\u` escapes; right-to-left letters and emoji sequences are
shown as they are. Names are cleaned of such characters where they come in."""

from __future__ import annotations

import pytest

from facilitator.cli import main
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import new_session
from facilitator.domain.text import clean_name, printable
from facilitator.storage.store import Store

HOSTILE = "Röd\x1b[31m AB\x07\r\n[/] שלום مرحبا \u202eBA kraM"
TERMINAL_CODES = ("\x1b", "\x07", "\r", "\u202e")


WORKER = "\U0001f477\u200d\u2640\ufe0f"  # 👷‍♀️: woman construction worker, one figure
SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"


def test_printable_leaves_out_control_and_invisible_characters_only() -> None:
    assert printable(HOSTILE) == "Röd[31m AB  [/] שלום مرحبا BA kraM"
    assert printable("rad ett\nrad två\t", keep_newlines=True) == "rad ett\nrad två "
    assert printable("\ud800 trasig") == " trasig"
    assert "\\u" not in printable(HOSTILE + "\u200b\ufeff\u2066")
    plain = "Åkes Bygg & Måleri 🎉 — אבג"
    assert printable(plain) is plain


def test_emoji_sequences_stay_one_figure() -> None:
    assert printable(f"Bygg {WORKER} AB") == f"Bygg {WORKER} AB"
    assert clean_name(f"Bygg {WORKER} AB") == f"Bygg {WORKER} AB"
    assert clean_name(f"Skotska {SCOTLAND} Bygg") == f"Skotska {SCOTLAND} Bygg"
    assert clean_name("کتاب\u200cها") == "کتاب\u200cها", "a joiner between letters stays"
    assert clean_name("AB \u200d Bygg\u200d") == "AB Bygg", "a joiner joining nothing goes"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  Bygg\x1b[31m AB\x07 ", "Bygg[31m AB"),
        ("Åkes\r\nBygg\tAB", "Åkes Bygg AB"),
        ("\u202eBA kraM\u202c", "BA kraM"),
        ("Zero\u200bwidth\u2060Bygg\ufeff", "ZerowidthBygg"),
        ("Anna\u00adLena", "AnnaLena"),
        ("Åkes  Bygg\u00a0& Måleri", "Åkes Bygg & Måleri"),
        ("\x00\x1b", ""),
    ],
)
def test_names_are_cleaned_where_they_come_in(typed: str, kept: str) -> None:
    assert clean_name(typed) == kept


def test_list_shows_hostile_names_as_text(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    dialogue = demo_dialogue()
    dialogue.title = "Titel [bold]fet[/bold]\x1b]0;kapad\x07"
    store.save_session(new_session(dialogue, HOSTILE))
    assert main(["--data-dir", str(store.root), "list"]) == 0
    out = capsys.readouterr().out
    assert not [code for code in TERMINAL_CODES if code in out]
    assert "Röd[31m AB  [/] שלום مرحبا BA kraM" in out
    assert "Titel [bold]fet[/bold]]0;kapad" in out, "brackets are not markup"
    assert "\\u" not in out


def test_names_given_on_the_command_line_are_cleaned(tmp_path) -> None:
    from facilitator.storage.prep import PrepStore

    data = tmp_path / "data"
    args = ["--data-dir", str(data), "--lang", "en", "book", "demo", "--at", "2030-03-12T10:00"]
    supplier = f"Bygg\x1b[2J {WORKER}\u200b AB\r\n"
    assert main([*args, "--supplier", supplier, "--contact", "Anna\u202e Berg\x07"]) == 0
    (booking,) = PrepStore(Store(data)).bookings()
    assert booking.supplier == f"Bygg[2J {WORKER} AB"
    assert [c.name for c in booking.contacts] == ["Anna Berg"]


def test_names_in_an_invite_are_cleaned() -> None:
    from facilitator.importers.calendar import parse_invite

    invite = parse_invite(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
            "DTSTART:20300312T090000Z\r\n"
            'ATTENDEE;CN="Per\u200b \u202eÅkesson\x1b":mailto:per@bygg.se\r\n'
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()
    )
    assert [a.name for a in invite.attendees] == ["Per Åkesson"]
