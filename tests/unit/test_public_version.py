"""The public version withholds every confidential item, of every kind, in every format, whichever
way it is made (the domain's rendering, `facilitator minutes --public`); the internal one shows it.

Each test names the leak it would catch: a confidential item of one kind shown in the public
version, a notes line marked without a reason taken for an open one, the command printing the
internal minutes, the front matter claiming the wrong version.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session
from facilitator.export import FORMATS, render_minutes
from facilitator.storage.store import Store
from tests.unit.minutes_helpers import (
    WITHHELD,
    confidential_entry_meeting,
    confidential_note_lines_meeting,
    docx_text,
    every_readable_text,
    markdown_parts,
    open_text,
    secret,
    visible_text,
)

LANGS = ("sv", "en")
#: Every detail of a confidential entry; none may reach the public version.
ENTRY_SECRETS = ("skäl", "behov", "ägare")


def _leaks(found: str, words: list[str]) -> list[str]:
    return [word for word in words if word in found]


def _entry_secrets(kind: EntryKind) -> list[str]:
    return [secret(kind.value)] + [secret(label) for label in ENTRY_SECRETS] + ["2031"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", list(EntryKind), ids=lambda k: k.value)
def test_a_confidential_entry_of_every_kind_is_withheld_from_the_public_minutes(
    kind: EntryKind, fmt: str
) -> None:
    session = confidential_entry_meeting(kind)
    for lang in LANGS:
        result = render_minutes(session, fmt, lang, public=True)
        assert not _leaks(every_readable_text(fmt, result), _entry_secrets(kind)), lang
        shown = visible_text(fmt, result)
        assert shown.count(WITHHELD[lang]) == 1, "a placeholder where the entry was"
        assert open_text(kind.value) in shown, "the open entry of the same kind stays"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", list(EntryKind), ids=lambda k: k.value)
def test_a_confidential_entry_of_every_kind_is_shown_marked_in_the_internal_minutes(
    kind: EntryKind, fmt: str
) -> None:
    session = confidential_entry_meeting(kind)
    for lang, marked in (("sv", "Sekretessmarkerad"), ("en", "Confidential")):
        shown = visible_text(fmt, render_minutes(session, fmt, lang, public=False))
        assert secret(kind.value) in shown and secret("skäl") in shown, lang
        assert f"{marked}: {secret(kind.value)}" in shown
        assert WITHHELD[lang] not in shown


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_confidential_note_logged_outside_any_question_is_withheld(fmt: str) -> None:
    session = confidential_entry_meeting(EntryKind.NOTE, outside_question=True)
    assert all(e.question_id is None for e in session.entries)
    for lang in LANGS:
        public = render_minutes(session, fmt, lang, public=True)
        assert not _leaks(every_readable_text(fmt, public), _entry_secrets(EntryKind.NOTE))
        assert visible_text(fmt, public).count(WITHHELD[lang]) == 1
        internal = visible_text(fmt, render_minutes(session, fmt, lang))
        assert secret(EntryKind.NOTE.value) in internal and open_text("note") in internal


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lock_marked_notes_line_with_or_without_a_reason_is_withheld(fmt: str) -> None:
    session = confidential_note_lines_meeting()
    words = [secret("utanskäl"), secret("medskäl"), secret("skäl")]
    for lang in LANGS:
        public = render_minutes(session, fmt, lang, public=True)
        assert not _leaks(every_readable_text(fmt, public), words), lang
        shown = visible_text(fmt, public)
        assert shown.count(WITHHELD[lang]) == 2, "one placeholder per marked line"
        assert open_text("rad") in shown


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lock_marked_notes_line_shows_in_the_internal_minutes_with_its_reason(fmt: str) -> None:
    session = confidential_note_lines_meeting()
    shown = visible_text(fmt, render_minutes(session, fmt, "en"))
    assert f"Confidential: {secret('utanskäl')}" in shown, "marked although no reason was given"
    assert f"Confidential: {secret('medskäl')}" in shown
    assert f"Supplier's reason: {secret('skäl')}" in shown
    assert "🔒" not in shown, "the mark is read, not printed"


@pytest.mark.parametrize("lang", LANGS)
def test_the_front_matter_says_which_version_it_is(lang: str) -> None:
    session = confidential_note_lines_meeting()
    public = render_minutes(session, "md", lang, public=True)
    internal = render_minutes(session, "md", lang, public=False)
    assert isinstance(public, str) and isinstance(internal, str)
    assert markdown_parts(public)[0]["public"] is True
    assert markdown_parts(internal)[0]["public"] is False


# ---------------------------------------------------------------- the command line


def _stored(tmp_path: Path, session: Session) -> Path:
    data = tmp_path / "data"
    session.id = "abc123def456"
    Store(data).save_session(session)
    return data


def _cli_minutes(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, lang: str, *extra: str
) -> str | bytes:
    """What `facilitator --lang LANG minutes abc --format FMT [extra]` prints or writes."""
    # One file per meeting, language and version: an existing file is not replaced.
    target = data.parent / f"out-{lang}-{'-'.join(extra) or 'internal'}.{fmt}"
    args = ["--data-dir", str(data), "--lang", lang, "minutes", "abc", "--format", fmt, *extra]
    if fmt == "docx":
        args += ["-o", str(target), "--force"]
    assert main(args) == 0
    out = capsys.readouterr().out
    return target.read_bytes() if fmt == "docx" else out


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_public_option_of_the_minutes_command_withholds_every_kind(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind in EntryKind:
        data = _stored(tmp_path / kind.value, confidential_entry_meeting(kind))
        for lang in LANGS:
            result = _cli_minutes(data, tmp_path, capsys, fmt, lang, "--public")
            assert not _leaks(every_readable_text(fmt, result), _entry_secrets(kind)), (kind, lang)
            shown = visible_text(fmt, result)
            assert shown.count(WITHHELD[lang]) == 1 and open_text(kind.value) in shown


def test_public_markdown_from_the_command_is_the_public_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`facilitator minutes ID --public --format md` prints the public version, and says so."""
    data = _stored(tmp_path, confidential_note_lines_meeting())
    public = _cli_minutes(data, tmp_path, capsys, "md", "sv", "--public")
    assert isinstance(public, str)
    meta, body = markdown_parts(public)
    assert meta["public"] is True
    assert secret("medskäl") not in public and secret("utanskäl") not in public
    assert "Offentlig version" in body
    internal = _cli_minutes(data, tmp_path, capsys, "md", "sv")
    assert isinstance(internal, str)
    assert markdown_parts(internal)[0]["public"] is False
    assert secret("medskäl") in internal and secret("utanskäl") in internal


def test_a_public_word_file_from_the_command_is_named_and_read_as_public(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _stored(tmp_path, confidential_note_lines_meeting())
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["--data-dir", str(data), "--lang", "en", "minutes", "abc", "-f", "docx",
                 "--public"]) == 0
    (written,) = work.iterdir()
    assert written.name.endswith("-en-public.docx")
    text = docx_text(written.read_bytes())
    assert secret("medskäl") not in text and text.count(WITHHELD["en"]) == 2
