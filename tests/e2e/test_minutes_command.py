"""The installed `facilitator minutes` command, run as a user would run it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from facilitator.storage.store import Store
from tests.e2e.tmux_app import COMMAND
from tests.unit.minutes_helpers import SECRETS, docx_text, finished_meeting, markdown_parts

pytestmark = pytest.mark.skipif(COMMAND is None, reason="facilitator is not installed")


def facilitator(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LANG": "sv_SE.UTF-8", "LC_ALL": "", "COLUMNS": "40"}
    return subprocess.run(
        [str(COMMAND), *args], cwd=cwd, env=env, capture_output=True, timeout=60, check=False
    )


def test_minutes_in_every_format_from_the_installed_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    session, _ = finished_meeting()
    Store(data).save_session(session)
    prefix = session.id[:5]

    md = facilitator("--data-dir", str(data), "minutes", prefix, "--public", cwd=tmp_path)
    assert md.returncode == 0, md.stderr
    meta, body = markdown_parts(md.stdout.decode("utf-8"))
    assert meta["language"] == "sv" and meta["public"] is True
    assert "## Diskuterade frågor" in body
    assert not [word for word in SECRETS if word in body]

    docx = facilitator("--data-dir", str(data), "minutes", prefix, "-f", "docx", cwd=tmp_path)
    assert docx.returncode == 0, docx.stderr
    (written,) = tmp_path.glob("*.docx")
    # The path is printed whole on one line, however narrow the terminal.
    assert docx.stdout.decode("utf-8").strip() == f"Skrev {written.name}"
    assert "HEMLIGTPRIS" in docx_text(written.read_bytes())

    missing = facilitator("--data-dir", str(data), "minutes", "nosuchid", cwd=tmp_path)
    assert missing.returncode == 2
    assert b"nosuchid" in missing.stderr and missing.stdout == b""


@pytest.mark.parametrize("command", [("questions", "demo", "--format", "json"), ("dialogues",)])
def test_output_into_a_pipe_closed_early_ends_quietly(tmp_path: Path, command) -> None:
    env = {**os.environ, "LANG": "sv_SE.UTF-8", "LC_ALL": ""}
    args = [str(COMMAND), "--data-dir", str(tmp_path / "data"), *command]
    # The reader is gone before the command has started (as `| head -1` after its first line).
    process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=60) == 1
    assert err == b""
