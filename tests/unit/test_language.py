"""The language follows the user's locale, counts read right, and the document has one name."""

from __future__ import annotations

import locale

import pytest

from facilitator.i18n import default_lang, t, tn, tp
from facilitator.i18n.catalog import Message, parse_po, po_path

LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def swedish_catalog() -> list[Message]:
    path = po_path("sv")
    return parse_po(path.read_text(encoding="utf-8"), path.name)[1]


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
    def imported(count: int, lang: str) -> str:
        return tn(
            "1 question imported into {title}.",
            "{count} questions imported into {title}.",
            count,
            lang,
            title="X",
        )

    assert imported(1, "sv") == "1 fråga importerad till X."
    assert imported(2, "sv") == "2 frågor importerade till X."
    assert imported(1, "en") == "1 question imported into X."
    assert imported(2, "en") == "2 questions imported into X."
    assert imported(0, "en") == "0 questions imported into X."


def test_one_english_word_can_have_two_swedish_ones() -> None:
    assert tp("minutes", "Format", "sv") == "Mötesform"
    assert t("Format", "sv") == "Form"
    assert tp("minutes", "Format", "en") == t("Format", "en") == "Format"


def test_the_swedish_document_is_minnesanteckningar_never_protokoll() -> None:
    for message in swedish_catalog():
        for swedish in message.msgstr:
            assert "protokoll" not in swedish.lower(), message.msgid


def test_why_the_system_refused_is_told_in_the_users_language() -> None:
    import errno

    from facilitator.i18n import os_reason

    full = OSError(errno.ENOSPC, "No space left on device")
    assert os_reason(full, "sv") == "disken är full"
    assert os_reason(full, "en") == "the disk is full"
    odd = OSError(errno.ETIMEDOUT, "Connection timed out")
    assert os_reason(odd, "sv") == "Connection timed out", "the system's words otherwise"
