"""The command line speaks the user's language: help, argparse's errors and our own errors."""

from __future__ import annotations

import argparse
import locale
from pathlib import Path

import pytest

from facilitator.cli import build_parser, main
from facilitator.i18n import has

LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += parsers(sub)
    return found


def english_texts() -> list[str]:
    texts: list[str] = []
    for parser in parsers(build_parser("en")):
        texts += [parser.description or ""]
        for action in parser._actions:
            texts += [action.help or "", action.metavar if isinstance(action.metavar, str) else ""]
            if isinstance(action, argparse._SubParsersAction):
                texts += [command.help or "" for command in action._choices_actions]
    return [text for text in texts if text]


def test_every_help_text_has_a_swedish_translation() -> None:
    missing = [text for text in english_texts() if not has(text, "argparse")]
    assert missing == []


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as done:
        status = int(done.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_help_of_every_command_is_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    commands = [p.prog.split()[-1] for p in parsers(build_parser("en"))[1:]]
    assert "minutes" in commands and "book" in commands
    for command in [None, *commands]:
        argv = ["--lang", "sv", *([command] if command else []), "--help"]
        status, out, _ = run(capsys, *argv)
        assert status == 0
        assert out.startswith("användning: facilitator"), command
        assert "flaggor:" in out and "visa den här hjälpen och avsluta" in out, command
        for english in ("usage", "options", "show this help", "default:"):
            assert english not in out, (command, english)
    _, out, _ = run(capsys, "--lang", "sv", "minutes", "--help")
    assert "-o FIL, --output FIL" in out and "minnesanteckningarnas språk" in out


def test_argparse_errors_are_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--lang", "sv", "list", "--bogus")
    assert status == 2
    assert err.startswith("användning: facilitator")
    assert "facilitator: fel: okända argument: --bogus" in err
    _, _, err = run(capsys, "--lang=sv", "minutes")
    assert "facilitator minutes: fel: följande argument krävs: ID" in err
    _, _, err = run(capsys, "--lang", "sv", "minutes", "x", "--format", "pdf")
    assert "argumentet --format/-f: ogiltigt val: 'pdf' (välj bland" in err
    _, _, err = run(capsys, "--lang", "sv", "tolk")
    assert "argumentet KOMMANDO: ogiltigt val: 'tolk'" in err


def test_english_stays_english_after_a_swedish_run(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--lang", "sv", "list", "--bogus")
    _, _, err = run(capsys, "--lang", "en", "list", "--bogus")
    assert "usage: facilitator" in err and "error: unrecognized arguments: --bogus" in err


def test_a_windows_swedish_locale_gives_swedish_help(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *args: ("Swedish_Sweden", "1252"))
    _, out, _ = run(capsys, "--help")
    assert out.startswith("användning: facilitator")
    _, _, err = run(capsys, "minutes")
    assert "fel: följande argument krävs: ID" in err


def test_our_own_errors_are_swedish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    status, _, err = run(capsys, "--lang", "sv", "--data-dir", str(data), "minutes", "zzz")
    assert status == 2
    assert "Inget möte med id ”zzz”" in err
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    _, _, err = run(capsys, "--lang", "sv", "--data-dir", str(blocker), "book", "demo",
                    "--supplier", "AB")
    assert "Datamappen" in err and "är ingen mapp" in err


def test_counts_in_the_erasure_report_read_right(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from facilitator.domain.demo import demo_dialogue
    from facilitator.domain.session import new_session
    from facilitator.storage.store import Store

    store = Store(tmp_path / "data")
    store.ensure()
    store.save_session(new_session(demo_dialogue(), "Annas Bygg AB"))
    data = ["--data-dir", str(store.root)]
    _, out, _ = run(capsys, "--lang", "sv", *data, "forget", "--person", "Annas Bygg AB", "--yes")
    assert "Annas Bygg AB är borttaget på 1 ställe i 1 fil." in out
    person = "Josefine Upphandlare"
    _, out, _ = run(capsys, "--lang", "en", *data, "forget", "--person", person, "--yes")
    assert f"{person} is removed in 2 places in 1 file." in out
