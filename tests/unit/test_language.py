"""The language follows the user's locale, counts read right, and the document has one name."""

from __future__ import annotations

import locale
import re
from pathlib import Path

import pytest

from facilitator import i18n
from facilitator.i18n import default_lang, tn

LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def no_locale_vars(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    return monkeypatch


@pytest.mark.parametrize(
    ("value", "lang"),
    [
        ("sv_SE.UTF-8", "sv"),
        ("sv_FI", "sv"),
        ("sv", "sv"),
        ("sv:en", "sv"),
        ("en_GB.UTF-8", "en"),
        ("C.UTF-8", "en"),
        ("svenska-ish", "en"),
    ],
)
def test_locale_from_the_environment(
    no_locale_vars: pytest.MonkeyPatch, value: str, lang: str
) -> None:
    no_locale_vars.setenv("LANG", value)
    assert default_lang() == lang


@pytest.mark.parametrize(
    ("reported", "lang"),
    [
        (("Swedish_Sweden", "1252"), "sv"),
        (("Swedish_Finland", "1252"), "sv"),
        (("sv_SE", "UTF-8"), "sv"),
        (("English_United Kingdom", "1252"), "en"),
        ((None, None), "en"),
    ],
)
def test_windows_locale_without_environment(
    no_locale_vars: pytest.MonkeyPatch, reported: tuple[str | None, str | None], lang: str
) -> None:
    """Windows sets no LANG and reports its locale as `Swedish_Sweden`."""
    no_locale_vars.setattr(locale, "getlocale", lambda *args: reported)
    assert default_lang() == lang


def test_counts_read_right_in_both_languages() -> None:
    assert tn("ui.prep.import.done", 1, "sv", title="X") == "1 fråga importerad till X."
    assert tn("ui.prep.import.done", 2, "sv", title="X") == "2 frågor importerade till X."
    assert tn("ui.prep.import.done", 1, "en", title="X") == "1 question imported into X."
    assert tn("ui.prep.import.done", 2, "en", title="X") == "2 questions imported into X."
    assert tn("ui.prep.import.done", 0, "en", title="X") == "0 questions imported into X."


def test_every_count_text_has_both_forms() -> None:
    keys = set(i18n._STRINGS)
    for key in keys:
        stem, _, form = key.rpartition(".")
        if form == "one":
            assert f"{stem}.other" in keys, key


def test_every_key_the_code_looks_up_exists() -> None:
    package = Path(i18n.__file__).parent.parent
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for key in re.findall(r'\bt\(\s*"([a-z_.]+)"', source):
            assert i18n.has(key), f"{path}: {key}"
        for key in re.findall(r'\btn\(\s*"([a-z_.]+)"', source):
            assert i18n.has(f"{key}.one"), f"{path}: {key}"


def test_the_swedish_document_is_minnesanteckningar_never_protokoll() -> None:
    for key, (swedish, _english) in i18n._STRINGS.items():
        assert "protokoll" not in swedish.lower(), key


def test_why_the_system_refused_is_told_in_the_users_language() -> None:
    import errno

    from facilitator.i18n import os_reason

    full = OSError(errno.ENOSPC, "No space left on device")
    assert os_reason(full, "sv") == "disken är full"
    assert os_reason(full, "en") == "the disk is full"
    odd = OSError(errno.ETIMEDOUT, "Connection timed out")
    assert os_reason(odd, "sv") == "Connection timed out", "the system's words otherwise"
