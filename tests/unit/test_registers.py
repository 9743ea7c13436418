"""Across meetings on the command line: search, future needs, open actions and insights."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from rich.text import Text

from facilitator.cli import main
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session
from facilitator.storage.lock import SessionLock
from facilitator.storage.registers import fts_query, open_actions_for, search
from facilitator.storage.store import Store
from tests.conftest import FakeClock
from tests.unit.register_helpers import stored_meeting


@pytest.fixture
def meetings(store: Store, clock: FakeClock) -> list[Session]:
    return [stored_meeting(store, clock, name, overrun=name != "Åkes Bygg AB")
            for name in ("Åkes Bygg AB", "Målarna i Norr", "El & VVS Öst")]


def _run(store: Store, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(["--data-dir", str(store.root), "--lang", "en", *args])
    return status, capsys.readouterr().out


def test_search_finds_a_word_typed_in_a_note_by_its_start(
    store: Store, meetings: list[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(store, capsys, "search", "elektr", "umeå", "--json")
    assert status == 0
    hits = json.loads(out)
    assert {h["supplier"] for h in hits} == {"Åkes Bygg AB", "Målarna i Norr", "El & VVS Öst"}
    hit = hits[0]
    assert hit["kind"] == "note" and hit["line"] == "Vi behöver fler elektriker i Umeå."
    assert hit["question"] == meetings[0].questions[0].text
    # å, ä and ö are letters of their own: "Umea" is another word.
    assert json.loads(_run(store, capsys, "search", "Umea", "--json")[1]) == []
    status, out = _run(store, capsys, "search", "elektr")
    assert status == 0 and "Vi behöver fler elektriker i Umeå." in out and "3 hits" in out


def test_search_narrows_by_supplier_kind_dialogue_and_date(
    store: Store, meetings: list[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    def suppliers(*args: str) -> list[str]:
        hits = json.loads(_run(store, capsys, "search", *args, "--json")[1])
        return [h["supplier"] for h in hits]

    assert suppliers("solceller", "--supplier", "åkes") == ["Åkes Bygg AB"]
    assert suppliers("solceller", "--kind", "note") == []
    assert len(suppliers("solceller", "--kind", "mismatch")) == 3
    assert suppliers("solceller", "--kind", "info") == []
    assert suppliers("solceller", "--dialogue", "nope") == []
    assert len(suppliers("solceller", "--dialogue", "demo")) == 3
    since = (meetings[2].started_at.date()).isoformat()
    assert suppliers("solceller", "--since", since) == ["El & VVS Öst"]


@pytest.mark.parametrize(
    "words",
    ['"', '""', "*", "-", "a\"b", "NEAR(a b)", "body:x", "(", ")", "AND", "OR NOT", "^x",
     "el*", "-elektr", "'", "\\", "x AND (y OR", "\x00", "🔒"],
)
def test_search_never_fails_on_what_is_typed(store: Store, meetings: list[Session], words: str):
    search(store, words)  # no FTS syntax error, whatever was typed


def test_search_words_are_quoted_prefixes() -> None:
    assert fts_query('el "stor" -') == '"el"* """stor"""*'
    assert fts_query("* - ()") is None


def test_needs_lists_the_future_needs_and_keeps_the_status_in_the_session(
    store: Store, meetings: list[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(store, capsys, "needs", "--json")
    rows = json.loads(out)
    assert status == 0 and len(rows) == 3
    assert rows[0]["future_needs"] == "Solceller på förskolor"
    assert rows[0]["status"] == "new" and rows[0]["dialogue"] == "Ramavtal hantverkstjänster"
    entry = rows[0]["entry_id"]
    status, out = _run(
        store, capsys, "needs", "--set", entry[:6], "planned", "--procurement", "Solel 2027",
        "--json",
    )
    assert status == 0
    changed = next(r for r in json.loads(out) if r["entry_id"] == entry)
    assert changed["status"] == "planned" and changed["planned_in"] == "Solel 2027"
    stored = store.load_session(changed["session_id"]).entry(entry)
    assert stored is not None and stored.need_status == "planned"
    status, out = _run(store, capsys, "needs")
    assert "Planned in" in out and "Solel" in out
    assert _run(store, capsys, "needs", "--set", entry, "maybe")[0] == 2


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_needs_as_a_document(
    store: Store, meetings: list[Session], capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    status, out = _run(store, capsys, "needs", "--format", fmt)
    assert status == 0 and "Future needs" in out and out.count("Solceller på förskolor") == 3


def test_needs_as_docx_goes_to_a_file(
    store: Store, meetings: list[Session], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    status, _out = _run(store, capsys, "needs", "--format", "docx")
    assert status == 0
    assert (tmp_path / "future-needs.docx").read_bytes()[:2] == b"PK"


def test_actions_overdue_first_and_ticked_done_in_the_record(
    store: Store, meetings: list[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = json.loads(_run(store, capsys, "actions", "--json")[1])
    assert len(rows) == 6
    assert [r["overdue"] for r in rows] == [True] * 3 + [False] * 3
    assert rows[3]["due"] is None and rows[3]["owner"] == "Örjan"
    assert len(json.loads(_run(store, capsys, "actions", "--owner", "örjan", "--json")[1])) == 3
    entry = rows[0]["entry_id"]
    status, out = _run(store, capsys, "actions", "--open", "--done", entry[:8], "--json")
    assert status == 0
    open_rows = json.loads(out.split("\n", 1)[1])
    assert entry not in {r["entry_id"] for r in open_rows} and len(open_rows) == 5
    stored = store.load_session(rows[0]["session_id"]).entry(entry)
    assert stored is not None and stored.done
    status, out = _run(store, capsys, "actions")
    assert status == 0 and "✓" in out


def test_an_action_of_a_meeting_open_elsewhere_is_not_ticked(
    store: Store, meetings: list[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = json.loads(_run(store, capsys, "actions", "--json")[1])
    with SessionLock(store, rows[0]["session_id"]):
        status = main(["--data-dir", str(store.root), "actions", "--done", rows[0]["entry_id"]])
    assert status == 1 and "open in" in capsys.readouterr().err
    assert not store.load_session(rows[0]["session_id"]).entry(rows[0]["entry_id"]).done


def test_an_action_open_elsewhere_is_told_wholly_in_swedish(
    store: Store, meetings: list[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = json.loads(_run(store, capsys, "actions", "--json")[1])
    session_id = rows[0]["session_id"]
    with SessionLock(store, session_id):
        argv = ["--data-dir", str(store.root), "--lang", "sv", "actions", "--done"]
        status = main([*argv, rows[0]["entry_id"]])
    err = " ".join(capsys.readouterr().err.split())
    assert status == 1
    assert f"Sessionen {session_id} är öppen hos " in err and " på " in err and " sedan " in err
    assert " on " not in err and " since " not in err


def test_open_actions_for_a_meeting_are_those_of_the_supplier_or_dialogue_still_open(
    store: Store, clock: FakeClock
) -> None:
    from facilitator.domain.dialogue import Dialogue, Question
    from facilitator.domain.session import new_session

    same = stored_meeting(store, clock, "Åkes Bygg AB")
    ticked = stored_meeting(store, clock, "  ÅKES BYGG AB ")
    for entry in ticked.entries:
        entry.done = True
    store.save_session(ticked)
    other = Dialogue("Annan dialog", questions=[Question("Fråga?")], id="annan")
    elsewhere = new_session(other, "Målarna i Norr")
    elsewhere.log(EntryKind.ACTION, "Ring tillbaka", clock, owner="Eva")
    store.save_session(elsewhere)
    by_name = new_session(other, "åkes bygg ab ")
    by_name.log(EntryKind.ACTION, "Skicka prislista", clock)
    store.save_session(by_name)
    longer_name = new_session(other, "Åkes Bygg AB i Umeå")
    longer_name.log(EntryKind.ACTION, "Boka möte", clock)
    store.save_session(longer_name)

    def found(supplier: str, dialogue: str, but: str) -> list[tuple[str, str]]:
        actions = open_actions_for(store, supplier, dialogue, but=but)
        return sorted((a.meeting.session_id, a.text) for a in actions)

    # A new meeting in another dialogue with the supplier: its open actions, whatever the case
    # and spaces of its name; not those ticked done, nor another supplier's name holding it.
    assert found("Åkes bygg AB", "ny", but="x") == sorted(
        [(same.id, "Skicka underlaget"), (same.id, "Boka uppföljning"),
         (by_name.id, "Skicka prislista")]
    )
    # A meeting in the dialogue: every open action of it, but none of itself.
    assert found("Nytt AB", "annan", but=by_name.id) == sorted(
        [(elsewhere.id, "Ring tillbaka"), (longer_name.id, "Boka möte")]
    )


def test_insights_rate_questions_flag_overruns_and_sum_the_time(
    store: Store, meetings: list[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(store, capsys, "insights", "--json")
    data = json.loads(out)
    first, second = (next(q for q in data["questions"] if q["question"] == m.text)
                     for m in meetings[0].questions[:2])
    assert first["asked"] == 3 and first["rating"] == 1.0 and not first["rates_low"]
    assert second["rating"] == pytest.approx((0.5 + 0 + 0) / 3) and second["rates_low"]
    assert second["overruns"] == 2 and second["often_overruns"]
    assert len(data["lessons"]) == 3
    (year,) = data["years"]
    assert year["meetings"] == 3
    seconds = sum(m.meeting_seconds for m in meetings)
    people = len(meetings[0].participants)
    assert year["hours"] == round(seconds / 3600, 2)
    assert year["person_hours"] == round(seconds * people / 3600, 2)
    status, out = _run(store, capsys, "insights")
    assert status == 0 and "often overruns" in out and "Kamera på hos Åkes Bygg AB." in out


def test_a_register_looks_at_the_session_files_once(
    store: Store, meetings: list[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A thousand files are looked at once per register, not once per query it makes."""
    from facilitator.storage.index import SessionIndex
    from facilitator.storage.registers import actions, insights, needs

    looks = []
    on_disk = SessionIndex._on_disk
    monkeypatch.setattr(SessionIndex, "_on_disk", lambda self: looks.append(1) or on_disk(self))
    assert len(needs(store)) == 3 and len(looks) == 1
    assert len(actions(store)) == 6 and len(looks) == 2
    assert len(insights(store).years) == 1 and len(looks) == 3


def test_the_registers_list_nothing_for_an_empty_folder(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(store, capsys, "needs")[1].startswith("No mismatches")
    assert _run(store, capsys, "actions")[1].startswith("No actions")
    assert json.loads(_run(store, capsys, "insights", "--json")[1])["years"] == []
    assert _run(store, capsys, "search", "x")[0] == 1


def test_since_must_be_a_date(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--data-dir", str(store.root), "search", "x", "--since", "igår"])
    assert "not a date" in capsys.readouterr().err
    assert date.today() - timedelta(days=1)  # the option takes YYYY-MM-DD only


def test_a_long_future_need_wraps_whole_and_ids_are_never_cut(
    store: Store, clock: FakeClock, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    session = stored_meeting(store, clock, "Ett mycket långt leverantörsnamn Aktiebolag i Norden")
    need = "Solceller på förskolornas tak och laddstolpar vid alla äldreboenden i kommunen"
    session.entries_of(EntryKind.MISMATCH)[0].future_needs = need
    store.save_session(session)
    status, out = _run(store, capsys, "needs")
    lines = out.splitlines()
    assert status == 0 and all(len(line) <= 80 for line in lines)
    entry = session.entries_of(EntryKind.MISMATCH)[0].id[:8]
    first = next(n for n, line in enumerate(lines) if line.endswith(entry))
    assert lines[first].startswith(session.started_at.date().isoformat())
    column = lines[first].index("Solceller")
    words = " ".join(line[column:].split("  ")[0].strip() for line in lines[first : first + 5])
    assert need in words


def test_overdue_actions_are_red_on_a_terminal_and_plain_in_a_pipe(
    store: Store, meetings: list[Session]
) -> None:
    from rich.console import Console

    from facilitator.cli.columns import print_columns

    rows = [(Text("2026-01-10", style="bold red"), "Skicka underlaget"), ("–", "Boka")]
    for terminal, red in ((True, True), (False, False)):
        console = Console(file=io.StringIO(), force_terminal=terminal, width=80)
        print_columns(console, ["Due", "Action"], rows)
        out = console.file.getvalue()
        assert ("\x1b[1;31m2026-01-10\x1b[0m" in out) is red
        assert "Skicka underlaget" in out and "Boka" in out


def test_columns_line_up_after_wide_and_combining_characters() -> None:
    """A supplier written in CJK, with an emoji or with a combining accent takes as many cells
    as the terminal gives it, so the next column starts in the same place on every line."""
    from rich.cells import cell_len
    from rich.console import Console

    from facilitator.cli.columns import print_columns

    names = ["漢字の会社", "Åkes Bygg", "Cafe\u0301 Öst", "🚀 Rymd AB", "Ölands El"]
    rows = [(name, f"rad{n}") for n, name in enumerate(names)]
    console = Console(file=io.StringIO(), force_terminal=False, width=80)
    print_columns(console, ["Leverantör", "Rad"], rows)
    lines = console.file.getvalue().splitlines()[2:]
    starts = {cell_len(line[: line.index(f"rad{n}")]) for n, line in enumerate(lines)}
    assert len(lines) == len(names) and starts == {cell_len("漢字の会社") + 2}


@pytest.mark.parametrize("words", ["elektr", "umeå", "el", "a"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_search_to_a_pipe_writes_what_rich_writes_there(
    store: Store, meetings: list[Session], capsys: pytest.CaptureFixture[str], words: str,
    lang: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without Rich's console (a pipe) the hits are the same bytes as through it."""
    from rich.console import Console

    from facilitator.cli import build_parser
    from facilitator.cli.context import Context
    from facilitator.cli.registers import run_search
    from facilitator.storage.paths import DataDir

    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    argv = ["--data-dir", str(store.root), "--lang", lang, "search", words]
    assert main(argv) == 0
    plain = capsys.readouterr().out
    console = Console(file=io.StringIO(), force_terminal=False, soft_wrap=True, width=80)
    context = Context(DataDir(store.root, "option"), lang, out=console)
    assert run_search(build_parser(lang, "search").parse_args(argv), context) == 0
    assert plain == console.file.getvalue()  # type: ignore[attr-defined]
    assert plain.count("\n") > 3
