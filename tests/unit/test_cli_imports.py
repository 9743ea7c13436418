"""Each command loads only what it needs: `facilitator --help` answers without the TUI, Word,
HTML, YAML, TinyDB or Rich's console, and a command still finds what it needs when it runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

#: Libraries that no command's help needs (each costs tens of milliseconds to import), nor the
#: models, the store and the layout of documents that the commands work with.
HEAVY = (
    "textual", "docx", "lxml", "bs4", "markdownify", "yaml", "tinydb", "filelock",
    "rich.console", "rich.table", "facilitator.domain.session", "facilitator.storage.store",
    "facilitator.export.document", "tempfile", "facilitator.domain.dialogue", "dataclasses",
    "threading",
)


def loaded_after(args: list[str], tmp_path: Path) -> tuple[int, set[str], str]:
    """Exit status, the heavy modules imported, and the output of `facilitator ARGS`."""
    code = (
        "import sys\n"
        "from facilitator.cli import main\n"
        "try:\n"
        f"    status = main({args!r})\n"
        "except SystemExit as done:\n"
        "    status = done.code or 0\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "sys.stderr.write('\\nLOADED ' + ' '.join(heavy) + '\\n')\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    loaded = done.stderr.rsplit("LOADED", 1)[-1].split()
    return done.returncode, set(loaded), done.stdout


def test_help_lists_every_command_without_loading_heavy_libraries(tmp_path: Path) -> None:
    status, loaded, out = loaded_after(["--help"], tmp_path)
    assert status == 0
    for command in ("list", "minutes", "doctor", "dialogues", "book", "tips", "demo"):
        assert command in out
    assert loaded == set()


def test_a_command_help_loads_nothing_heavy_either(tmp_path: Path) -> None:
    status, loaded, out = loaded_after(["minutes", "--help"], tmp_path)
    assert status == 0 and "--format" in out
    assert loaded == set()


def test_list_loads_the_store_but_not_word_html_or_the_tui(tmp_path: Path) -> None:
    data = tmp_path / "data"
    status, loaded, out = loaded_after(["--data-dir", str(data), "list", "--json"], tmp_path)
    assert status == 0 and json.loads(out) == []
    assert not loaded & {"textual", "docx", "lxml", "bs4", "markdownify", "yaml"}


def test_commands_still_run_with_their_imports_inside(tmp_path: Path) -> None:
    """Handlers import what they use when they run: each command group does its work."""
    data = str(tmp_path / "data")
    status, _, out = loaded_after(["--data-dir", data, "dialogues", "--json"], tmp_path)
    assert status == 0 and "Ramavtal hantverkstjänster" in out
    status, _, out = loaded_after(["--data-dir", data, "questions", "demo-hantverk"], tmp_path)
    assert status == 0 and "Hur snabbt kan ni rycka ut" in out
    status, _, out = loaded_after(["--data-dir", data, "new", "Städ", "--starter", "sv"], tmp_path)
    assert status == 0
    status, _, out = loaded_after(["--data-dir", data, "--lang", "en", "doctor"], tmp_path)
    assert status == 0 and "All is well" in out
    status, _, out = loaded_after(["--data-dir", data, "--lang", "en", "tips"], tmp_path)
    assert status == 0 and out.strip()
    status, _, out = loaded_after(["--data-dir", data, "--lang", "en", "bookings"], tmp_path)
    assert status == 0


def test_documents_and_json_printed_to_a_pipe_load_no_rich_console(tmp_path: Path) -> None:
    """Text printed as it is (minutes, JSON) needs no console, nor does a progress bar that is
    not shown when the output is not a terminal."""
    from facilitator.domain.demo import demo_dialogue
    from facilitator.domain.session import new_session
    from facilitator.storage.store import Store

    data = tmp_path / "data"
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    Store(data).save_session(session)
    base = ["--data-dir", str(data), "--lang", "sv"]
    status, loaded, out = loaded_after([*base, "minutes", session.id], tmp_path)
    assert status == 0 and "# Minnesanteckningar" in out and "Exempel Bygg AB" in out
    assert "rich.console" not in loaded
    status, loaded, out = loaded_after([*base, "list", "--json"], tmp_path)
    assert status == 0 and json.loads(out)[0]["id"] == session.id
    assert "rich.console" not in loaded


def test_the_list_printed_to_a_pipe_loads_no_rich_console(tmp_path: Path) -> None:
    """Rich's console would show no styles there: the lines are written without it. Nor is
    TinyDB loaded, whose files are read without it."""
    from facilitator.domain.demo import demo_dialogue
    from facilitator.domain.session import new_session
    from facilitator.storage.store import Store

    data = tmp_path / "data"
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    Store(data).save_session(session)
    status, loaded, out = loaded_after(["--data-dir", str(data), "--lang", "sv", "list"], tmp_path)
    assert status == 0 and session.id in out and "Exempel Bygg AB" in out
    # tempfile: only for writing; threading: for the app's workers.
    assert not loaded & {"rich.console", "tinydb", "tempfile", "threading"}


def test_minutes_are_written_without_loading_yaml(tmp_path: Path) -> None:
    """The front matter of names, dates and numbers is written as YAML writes it, without it."""
    from facilitator.domain.demo import demo_dialogue
    from facilitator.domain.session import new_session
    from facilitator.storage.store import Store

    data = tmp_path / "data"
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    Store(data).save_session(session)
    args = ["--data-dir", str(data), "--lang", "sv", "minutes", session.id]
    status, loaded, out = loaded_after(args, tmp_path)
    assert status == 0 and out.startswith("---\ntitle: Ramavtal hantverkstjänster\n")
    assert "yaml" not in loaded


def test_minutes_read_the_session_without_the_store(tmp_path: Path) -> None:
    """One session file is found and read as it is, without the index or the other kinds of
    record the store holds."""
    from facilitator.domain.demo import demo_dialogue
    from facilitator.domain.session import new_session
    from facilitator.storage.store import Store

    data = tmp_path / "data"
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    Store(data).save_session(session)
    args = ["--data-dir", str(data), "--lang", "sv", "minutes", session.id[:6]]
    status, loaded, out = loaded_after(args, tmp_path)
    assert status == 0 and "Exempel Bygg AB" in out
    assert "facilitator.storage.store" not in loaded


def test_registers_printed_to_a_pipe_load_no_rich_console(tmp_path: Path) -> None:
    from facilitator.storage.store import Store
    from tests.conftest import FakeClock
    from tests.unit.register_helpers import stored_meeting

    data = tmp_path / "data"
    stored_meeting(Store(data), FakeClock(), "Exempel Bygg AB")
    base = ["--data-dir", str(data), "--lang", "sv"]
    status, loaded, out = loaded_after([*base, "needs"], tmp_path)
    assert status == 0 and "Solceller på" in out
    assert "rich.console" not in loaded
    status, loaded, out = loaded_after([*base, "needs"], tmp_path)  # the index built already
    assert status == 0 and "Solceller på" in out
    # Nor the dialogue model, which only the question insights use (through its editing), nor
    # dataclasses: a register's rows are named tuples.
    assert not loaded & {"rich.console", "facilitator.domain.dialogue", "dataclasses"}
    status, loaded, out = loaded_after([*base, "actions"], tmp_path)
    assert status == 0 and "Skicka underlaget" in out and "Boka uppföljning" in out
    assert not loaded & {"rich.console", "facilitator.domain.dialogue", "dataclasses"}
    status, loaded, out = loaded_after([*base, "search", "underlaget"], tmp_path)
    assert status == 0 and "Skicka underlaget" in out
    assert not loaded & {"rich.console", "facilitator.domain.dialogue", "dataclasses"}
