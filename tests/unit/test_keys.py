"""Keys by id: the keymap file that changes them, `facilitator keys`, and the README's list."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.storage.keymap import KeymapError, read_keymap
from facilitator.ui.bindings import all_bindings
from facilitator.ui.terminal import mac_option_letter

ROOT = Path(__file__).resolve().parents[2]


def test_every_key_of_the_meeting_has_an_id_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Your own keys", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `([a-z_]+\.[A-Za-z_0-9]+)` \|", section, re.M))
    ids = all_bindings()
    assert documented <= ids.keys(), f"no such ids: {documented - ids.keys()}"
    needed = {i for i in ids if i.split(".")[0] in {"meeting", "quick_log", "wrap_up", "minutes"}}
    assert needed <= documented, f"not in the README: {sorted(needed - documented)}"


def test_ids_are_unique_and_name_screen_and_action() -> None:
    ids = all_bindings()
    assert ids["meeting.next_question"][0] == "alt+n"
    assert ids["meeting.quick_log_mismatch"][0] == "alt+m"
    assert ids["participant_form.save"][0] == "ctrl+s", "a form's inherited keys get its own id"


def test_a_missing_keymap_file_changes_nothing(tmp_path: Path) -> None:
    assert read_keymap(tmp_path / "none.json") == {}


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"{not json", "not_json"), (b'["alt+n"]', "not_keymap"), (b'{"meeting.x": 3}', "not_keymap")],
)
def test_a_keymap_file_that_cannot_be_used_says_why(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "keymap.json"
    path.write_bytes(content)
    with pytest.raises(KeymapError) as raised:
        read_keymap(path)
    assert raised.value.problem == problem


def test_a_keymap_written_by_windows_notepad_is_read(tmp_path: Path) -> None:
    path = tmp_path / "keymap.json"
    path.write_bytes(b'\xef\xbb\xbf{"meeting.end_meeting": "f10, ctrl+e"}')  # with a BOM
    assert read_keymap(path) == {"meeting.end_meeting": "f10,ctrl+e"}


def test_keys_command_lists_ids_and_the_users_own_keys(
    own_keymap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own_keymap.write_text('{"meeting.next_question": "ctrl+j"}')
    assert main(["--lang", "sv", "keys", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["meeting.next_question"]["keys"] == "ctrl+j"
    assert rows["meeting.next_question"]["default"] == "alt+n"
    assert rows["meeting.next_question"]["description"] == "Nästa fråga"


def test_keys_command_names_unknown_ids(
    own_keymap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own_keymap.write_text('{"meeting.nxt": "ctrl+j"}')
    assert main(["--lang", "en", "keys"]) == 1
    assert "meeting.nxt" in capsys.readouterr().err


def test_the_macs_option_characters_are_recognised_only_on_a_mac() -> None:
    assert mac_option_letter("µ", "darwin") == "m"
    assert mac_option_letter("©", "darwin") == "g", "Option-g: information given"
    assert mac_option_letter("µ", "win32") is None
    assert mac_option_letter("å", "darwin") is None, "å is a Swedish letter, not a stray key"
