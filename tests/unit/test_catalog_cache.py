"""The Swedish catalog is compiled once and kept in the cache folder: used again while its `.po`
file stays as it was, compiled again when that changes, and a kept copy that is damaged or cannot
be written costs only the compiling."""

from __future__ import annotations

import gettext
import io
import os
import shutil
from pathlib import Path

import pytest

from facilitator.i18n import catalog
from facilitator.i18n.catalog import compile_mo, compiled, compiled_path, parse_po, po_path

SWEDISH_MEETINGS = 'msgstr "Möten"'


def translate(mo: bytes, message: str) -> str:
    return gettext.GNUTranslations(io.BytesIO(mo)).gettext(message)


def fresh_compile(path: Path) -> bytes:
    return compile_mo(*parse_po(path.read_text(encoding="utf-8"), path.name))


@pytest.fixture
def own_po(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the Swedish `.po` file that the test may change."""
    original = po_path("sv")
    locale_dir = tmp_path / "locale"
    copy = locale_dir / "sv" / "LC_MESSAGES" / original.name
    copy.parent.mkdir(parents=True)
    shutil.copy2(original, copy)
    monkeypatch.setattr(catalog, "LOCALE_DIR", locale_dir)
    return copy


def test_the_second_start_uses_the_kept_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    first = compiled("sv")
    assert first == fresh_compile(po_path("sv"))
    assert compiled_path("sv").exists()

    def no_parsing(*args: object) -> object:
        raise AssertionError("the .po file was compiled again")

    monkeypatch.setattr(catalog, "parse_po", no_parsing)
    assert compiled("sv") == first


def test_a_changed_po_file_is_compiled_again(own_po: Path) -> None:
    assert translate(compiled("sv"), "Meetings") == "Möten"
    text = own_po.read_text(encoding="utf-8")
    assert SWEDISH_MEETINGS in text
    own_po.write_text(text.replace(SWEDISH_MEETINGS, 'msgstr "Mötena"'), encoding="utf-8")
    assert translate(compiled("sv"), "Meetings") == "Mötena"


def test_a_change_of_the_same_size_is_seen_by_its_time(own_po: Path) -> None:
    assert translate(compiled("sv"), "Meetings") == "Möten"
    before = own_po.stat()
    text = own_po.read_text(encoding="utf-8")
    own_po.write_text(text.replace(SWEDISH_MEETINGS, 'msgstr "Mö en"'), encoding="utf-8")
    os.utime(own_po, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    assert own_po.stat().st_size == before.st_size
    assert translate(compiled("sv"), "Meetings") == "Mö en"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"garbage",
        lambda data: data[: len(data) // 2],  # cut off while written by another program
        lambda data: b"",
    ],
)
def test_a_damaged_kept_catalog_is_compiled_again(damage: object) -> None:
    good = compiled("sv")
    kept = compiled_path("sv")
    assert callable(damage)
    kept.write_bytes(damage(kept.read_bytes()))
    assert compiled("sv") == good
    assert translate(kept.read_bytes().partition(b"\n")[2], "Meetings") == "Möten"


def test_a_cache_that_cannot_be_written_still_gives_the_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("FACILITATOR_CACHE", str(blocked))
    assert compiled("sv") == fresh_compile(po_path("sv"))
    assert capsys.readouterr() == ("", "")
    assert blocked.read_text(encoding="utf-8") == "a file where the cache folder would be"
