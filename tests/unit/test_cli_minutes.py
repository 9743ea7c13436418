"""`facilitator minutes ID [--format] [--lang] [--public] [-o FILE]`."""

from __future__ import annotations

import io
import os
import stat
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.domain.session import Status
from facilitator.storage.lock import SessionLock
from facilitator.storage.store import Store
from tests.unit.minutes_helpers import (
    SECRETS,
    TRICKY,
    docx_text,
    finished_meeting,
    html_text,
    markdown_parts,
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    session, _ = finished_meeting()
    session.id = "abc123def456"
    Store(folder).save_session(session)
    return folder


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_markdown_to_stdout_in_the_global_language(data: Path, capsys) -> None:
    assert run(data, "--lang", "en", "minutes", "abc123def456") == 0
    out = capsys.readouterr().out
    meta, body = markdown_parts(out)
    assert meta["language"] == "en" and meta["supplier"] == "Exempel Bygg AB"
    assert "## Questions discussed" in body and "HEMLIGTPRIS" in body


def test_the_commands_own_lang_wins(data: Path, capsys) -> None:
    assert run(data, "--lang", "en", "minutes", "abc", "--lang", "sv") == 0
    assert "## Diskuterade frågor" in capsys.readouterr().out


def test_a_unique_prefix_is_enough(data: Path, capsys) -> None:
    assert run(data, "--lang", "sv", "minutes", "abc", "--format", "txt") == 0
    out = capsys.readouterr().out
    assert out.startswith("Minnesanteckningar: Ramavtal hantverkstjänster\n")


def test_unknown_id_is_a_clear_error(data: Path, capsys) -> None:
    assert run(data, "minutes", "zzz") == 2
    captured = capsys.readouterr()
    assert "No session with id \u201czzz\u201d" in captured.err and captured.out == ""


def test_ambiguous_prefix_is_a_clear_error(data: Path, capsys) -> None:
    other, _ = finished_meeting("Annan AB")
    other.id = "abc999"
    Store(data).save_session(other)
    assert run(data, "minutes", "abc") == 2
    err = capsys.readouterr().err
    assert "ambiguous" in err and "abc123def456" in err and "abc999" in err


def test_unknown_language_is_refused(data: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(data, "minutes", "abc", "--lang", "de")
    assert exit_info.value.code == 2


def test_public_version_on_stdout_has_no_secrets(data: Path, capsys) -> None:
    assert run(data, "--lang", "sv", "minutes", "abc", "--public", "-f", "html") == 0
    text = html_text(capsys.readouterr().out)
    assert not [word for word in SECRETS if word in text]
    assert text.count("[Uppgift undantagen, sekretess]") == 4


def test_docx_goes_to_a_safe_file_in_the_current_folder(
    tmp_path: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "data"
    session, _ = finished_meeting(TRICKY)
    session.dialogue.title = "../../Ramavtal/el"
    Store(folder).save_session(session)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert run(folder, "--lang", "sv", "minutes", session.id[:6], "-f", "docx") == 0
    written = list(work.iterdir())
    assert len(written) == 1 and written[0].suffix == ".docx"
    assert written[0].name.startswith("minnesanteckningar-Ramavtal-el-")
    assert capsys.readouterr().out.strip() == f"Skrev {written[0].name}"
    assert TRICKY in docx_text(written[0].read_bytes())
    assert not list(tmp_path.glob("*.docx"))


def test_output_file_and_output_folder(data: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "protokoll.md"
    target.write_text("old")
    assert run(data, "--lang", "en", "minutes", "abc", "-o", str(target)) == 2
    assert "exists already and is not replaced; give --force" in capsys.readouterr().err
    assert target.read_text() == "old"
    assert run(data, "--lang", "en", "minutes", "abc", "-o", str(target), "--force") == 0
    assert capsys.readouterr().out.strip() == f"Wrote {target}"
    assert markdown_parts(target.read_text(encoding="utf-8"))[0]["language"] == "en"
    folder = tmp_path / "out"
    folder.mkdir()
    assert (
        run(data, "--lang", "en", "minutes", "abc", "-f", "txt", "--public", "-o", str(folder)) == 0
    )
    (written,) = folder.iterdir()
    assert written.name.endswith("-en-public.txt")
    assert "[Withheld: confidential]" in written.read_text(encoding="utf-8")


def test_unwritable_output_is_a_clear_error(data: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "missing" / "x.md"
    assert run(data, "minutes", "abc", "-o", str(target)) == 2
    assert "x.md" in capsys.readouterr().err
    assert not target.parent.exists()


def test_a_temporary_file_that_cannot_be_removed_is_named(
    data: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write fails, and so does removing its temporary file: both are told, and the
    existing file is untouched."""
    target = tmp_path / "x.md"
    target.write_text("earlier", encoding="utf-8")

    def refuse(*args: object, **options: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(Path, "unlink", refuse)
    assert run(data, "minutes", "abc", "-o", str(target), "--force", "--lang", "sv") == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "x.md" in err and "Permission denied" in err
    assert f"(.x.md.{os.getpid()}.tmp ligger kvar: Permission denied)" in err.replace(
        str(tmp_path) + os.sep, ""
    )
    assert target.read_text(encoding="utf-8") == "earlier"


def test_finalise_stamps_a_version_and_keeps_it(data: Path, capsys) -> None:
    assert run(data, "--lang", "sv", "minutes", "abc", "--finalise", "--author", "Josefine") == 0
    captured = capsys.readouterr()
    assert "fastställda som version 1" in captured.err
    meta, body = markdown_parts(captured.out)
    assert (meta["status"], meta["version"], meta["author"]) == ("final", 1, "Josefine")
    assert "**Version 1, fastställd" in body
    stored = Store(data).load_session("abc123def456")
    assert [v.number for v in stored.minutes_versions] == [1]
    assert "Antecknat av Josefine" in stored.minutes_versions[0].markdown["sv"]
    # Unchanged minutes stay version 1.
    assert run(data, "minutes", "abc", "--finalise") == 0
    assert len(Store(data).load_session("abc123def456").minutes_versions) == 1


def test_minutes_of_a_running_meeting_are_not_finalised(data: Path, capsys) -> None:
    store = Store(data)
    session = store.load_session("abc123def456")
    session.status = Status.PAUSED
    store.save_session(session)
    assert run(data, "--lang", "en", "minutes", "abc", "--finalise") == 2
    assert "has not ended" in capsys.readouterr().err
    assert store.load_session("abc123def456").minutes_versions == []


def test_a_session_open_elsewhere_is_not_finalised(data: Path, capsys) -> None:
    store = Store(data)
    with SessionLock(store, "abc123def456"):
        assert run(data, "--lang", "en", "minutes", "abc", "--finalise") == 1
    assert "is open in" in capsys.readouterr().err
    assert store.load_session("abc123def456").minutes_versions == []


def test_the_output_files_extension_chooses_the_format(data: Path, tmp_path: Path) -> None:
    text_file = tmp_path / "minnesanteckningar.txt"
    assert run(data, "--lang", "sv", "minutes", "abc", "-o", str(text_file)) == 0
    assert text_file.read_text(encoding="utf-8").startswith("Minnesanteckningar: Ramavtal")
    page = tmp_path / "sida.HTM"
    assert run(data, "--lang", "sv", "minutes", "abc", "-o", str(page)) == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # --format says otherwise: it wins.
    forced = tmp_path / "anteckningar.txt"
    assert run(data, "--lang", "sv", "minutes", "abc", "-o", str(forced), "-f", "md") == 0
    assert markdown_parts(forced.read_text(encoding="utf-8"))[0]["language"] == "sv"


class _Terminal:
    """Standard output that is a terminal."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.text = io.StringIO()

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return self.text.write(text)

    def flush(self) -> None:
        self.text.flush()


def test_docx_is_not_written_to_a_terminal(
    data: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert run(data, "--lang", "sv", "minutes", "abc", "-f", "docx", "-o", "-") == 2
    assert terminal.buffer.getvalue() == b""
    err = capsys.readouterr().err
    assert "DOCX är ett binärt format och skrivs inte till terminalen" in err


def test_docx_to_standard_output_when_it_is_redirected(data: Path, capsysbinary) -> None:
    assert run(data, "minutes", "abc", "-f", "docx", "-o", "-") == 0
    assert capsysbinary.readouterr().out.startswith(b"PK\x03\x04")


def test_an_id_prefix_in_capitals_is_found(data: Path, capsys) -> None:
    assert run(data, "--lang", "en", "minutes", "ABC123", "-f", "txt") == 0
    assert capsys.readouterr().out.startswith("Minutes: Ramavtal")


@pytest.mark.skipif(os.name == "nt", reason="no mode bits on Windows")
def test_minutes_with_confidential_details_are_readable_by_the_owner_only(
    data: Path, tmp_path: Path
) -> None:
    internal = tmp_path / "intern.md"
    public = tmp_path / "offentlig.md"
    old_umask = os.umask(0o022)
    try:
        assert run(data, "minutes", "abc", "-o", str(internal)) == 0
        assert run(data, "minutes", "abc", "--public", "-o", str(public)) == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(internal.stat().st_mode) == 0o600
    assert stat.S_IMODE(public.stat().st_mode) == 0o644


def test_a_docx_of_another_meeting_is_not_written_over(
    data: Path,
    tmp_path: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = Store(data)
    first = store.load_session("abc123def456")
    assert first.started_at is not None
    second, _ = finished_meeting()
    second.id = "fed654cba321"
    second.started_at = first.started_at + timedelta(hours=2)
    store.save_session(second)
    monkeypatch.chdir(tmp_path)
    assert run(data, "--lang", "sv", "minutes", "abc", "-f", "docx") == 0
    assert run(data, "--lang", "sv", "minutes", "fed", "-f", "docx") == 0
    assert len(list(tmp_path.glob("*.docx"))) == 2
    capsys.readouterr()
    assert run(data, "--lang", "sv", "minutes", "fed", "-f", "docx") == 2
    assert "finns redan och ersätts inte; ange --force" in capsys.readouterr().err


def test_finalising_from_the_command_line_rewrites_the_saved_minutes(data: Path) -> None:
    from facilitator.export import render_minutes

    store = Store(data)
    session = store.load_session("abc123def456")
    for _ in range(2):  # a second save used to keep the first as .bak
        store.write_minutes(session.id, "en", render_minutes(session, "txt", "en"), "public.txt")
    store.write_minutes(session.id, "sv", render_minutes(session, "md", "sv"))
    assert run(data, "minutes", "abc", "--finalise") == 0
    files = {p.name: p.read_text(encoding="utf-8") for p in store.minutes_dir.iterdir()}
    assert set(files) == {"abc123def456.en.public.txt", "abc123def456.sv.md"}
    assert "Version 1, finalised" in files["abc123def456.en.public.txt"]
    assert "Version 1, fastställd" in files["abc123def456.sv.md"]
