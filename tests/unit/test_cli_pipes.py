"""Output into a pipe whose reader stops early (`facilitator ... | head -1`)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from facilitator.cli import PIPE_CLOSED, main


class _ClosedPipe:
    """Standard output whose reader has gone."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")


def test_a_closed_pipe_ends_the_command_quietly(
    tmp_path: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    args = ["--data-dir", str(tmp_path), "questions", "demo", "--format", "json"]
    assert main(args) == PIPE_CLOSED
    assert capsys.readouterr().err == ""


def test_json_for_scripts_is_laid_out_as_json_dumps_lays_it_out() -> None:
    """Rows are encoded a row at a time for speed; scripts get the same text as before."""
    from facilitator.cli.output import json_text

    rows = [
        {"id": "0a1b", "supplier": "Åkes \"Bygg\" AB\nfilial", "started": None, "done": True},
        {},
        {"hours": 1.5, "count": 3, "line": "a\\b\tc\u2028 🙂", "note": "\ud800"},
    ]
    for data in (rows, [], [{"nested": {"a": [1, 2]}}], {"questions": rows}):
        assert json_text(data) == json.dumps(data, ensure_ascii=False, indent=2)
