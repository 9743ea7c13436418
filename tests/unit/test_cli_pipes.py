"""Output into a pipe whose reader stops early (`facilitator ... | head -1`)."""

from __future__ import annotations

import io
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
