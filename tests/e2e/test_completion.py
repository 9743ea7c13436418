"""Shell completion: the installed command tells bash, zsh or PowerShell what may follow."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e.tmux_app import COMMAND

pytestmark = pytest.mark.skipif(COMMAND is None, reason="facilitator is not installed")


def completions(line: str, tmp_path: Path) -> list[str]:
    """What the shell's completion hook gets back for the command line typed so far."""
    out = tmp_path / "completions"
    env = {
        **os.environ,
        "_ARGCOMPLETE": "1",
        "COMP_LINE": line,
        "COMP_POINT": str(len(line)),
        "_ARGCOMPLETE_STDOUT_FILENAME": str(out),
        "_ARGCOMPLETE_IFS": "\n",
    }
    subprocess.run([str(COMMAND)], env=env, capture_output=True, timeout=60, check=False)
    return out.read_text().split()


def test_commands_and_their_options_are_completed(tmp_path: Path) -> None:
    assert "report" in completions("facilitator rep", tmp_path)
    assert {"--public", "--anonymous"} <= set(completions("facilitator report demo --", tmp_path))
