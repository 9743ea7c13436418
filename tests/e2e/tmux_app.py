"""The installed `facilitator` command run as a user runs it: in a real terminal (a detached tmux
session per test), or as a plain command whose output is read."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
#: The command installed beside the Python that runs the tests (a virtual environment's, which
#: need not be on PATH), else the one on PATH.
COMMAND = shutil.which("facilitator", path=str(Path(sys.executable).parent)) or shutil.which(
    "facilitator"
)
PGREP = shutil.which("pgrep")

needs_tmux = pytest.mark.skipif(
    TMUX is None
    or COMMAND is None
    or not (PGREP or Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists()),
    reason="needs tmux, the installed facilitator command, and /proc or pgrep",
)

#: tmux and Textual read an ESC pair that follows other input within ~0.1 s as two keys (ESC,
#: then the letter); alt keys are therefore sent on their own with this pause around them.
KEY_PAUSE = 0.15


def facilitator(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The installed command run once in Swedish, its output captured."""
    env = {**os.environ, "LANG": "sv_SE.UTF-8", "LC_ALL": "", "COLUMNS": "40"}
    return subprocess.run(
        [str(COMMAND), *args], cwd=cwd, env=env, capture_output=True, timeout=60, check=False
    )


class TmuxApp:
    """One app in its own tmux server (a private socket), at 80x24 unless told otherwise."""

    def __init__(self, data_dir: Path, *, width: int = 80, height: int = 24) -> None:
        self.data_dir = data_dir
        self.socket = f"facilitator-e2e-{uuid.uuid4().hex[:8]}"
        self.size = (width, height)
        self.status_file = data_dir.parent / f"{self.socket}.status"
        self.socket_path = ""

    def tmux(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(
            [str(TMUX), "-L", self.socket, *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def start(self, *args: str) -> int:
        """Run `facilitator --data-dir DATA ARGS` in a shell in the pane; the app's pid.

        The shell writes the app's exit status to `self.status_file` when the app ends.
        """
        command = [str(COMMAND), "--data-dir", str(self.data_dir), *args]
        # Textual would take COLUMNS and LINES (set by some test runners) over the real size.
        env = "env -u COLUMNS -u LINES LANG=sv_SE.UTF-8 LC_ALL= TERM=xterm-256color"
        self.status_file.unlink(missing_ok=True)
        shell = f"{env} {shlex.join(command)}; echo $? > {shlex.quote(str(self.status_file))}"
        width, height = self.size
        self.tmux("kill-session", "-t", "app", check=False)
        self.tmux("new-session", "-d", "-s", "app", "-x", str(width), "-y", str(height), shell)
        self.socket_path = self.tmux("display-message", "-p", "#{socket_path}").strip()
        # The pane stays when the app ends, so that a failure shows what was on screen, and the
        # server stays without sessions, so that a restart does not meet it shutting down.
        self.tmux("set-option", "-t", "app", "remain-on-exit", "on")
        self.tmux("set-option", "-s", "exit-empty", "off")
        shell_pid = int(self.tmux("list-panes", "-t", "app", "-F", "#{pane_pid}").split()[0])
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            found = children(shell_pid)
            if found:
                return found[0]
            time.sleep(0.02)
        raise AssertionError("the app did not start")

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "app")

    def wait_for(self, *texts: str, timeout: float = 10.0) -> str:
        """The screen once it shows every one of `texts`."""
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if all(text in shown for text in texts):
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"never showed {texts!r}; the screen:\n{shown}")
            time.sleep(0.05)

    def type(self, text: str) -> float:
        """Type `text` literally; the wall time at which tmux had taken it."""
        self.tmux("send-keys", "-t", "app", "-l", text)
        return time.time()

    def key(self, name: str) -> None:
        """Press one key (tmux name: M-n, Enter), apart from the keys around it."""
        time.sleep(KEY_PAUSE)
        self.tmux("send-keys", "-t", "app", name)
        time.sleep(KEY_PAUSE)

    def exit_status(self, timeout: float = 10.0) -> int:
        """The app's exit status, once it has ended and the shell has written it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.status_file.exists() and self.status_file.read_text().strip():
                return int(self.status_file.read_text())
            time.sleep(0.05)
        raise AssertionError(f"the app did not end within {timeout} s:\n{self.screen()}")

    def close(self) -> None:
        self.tmux("kill-server", check=False)
        if self.socket_path:
            Path(self.socket_path).unlink(missing_ok=True)


def process_gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        stat = Path(f"/proc/{pid}/stat")
        if stat.exists():
            try:
                state = stat.read_text().rsplit(")", 1)[-1].split()[0]
            except (ProcessLookupError, FileNotFoundError):
                return True  # reaped between the look and the read
            if state == "Z":
                return True
        time.sleep(0.05)
    return False


def children(pid: int) -> list[int]:
    """The processes `pid` started (from /proc on Linux, else pgrep)."""
    listing = Path(f"/proc/{pid}/task/{pid}/children")
    if listing.exists():
        try:
            return [int(child) for child in listing.read_text().split()]
        except OSError:
            return []
    listed = subprocess.run(
        [str(PGREP), "-P", str(pid)], capture_output=True, text=True, check=False
    ).stdout.split()
    return [int(child) for child in listed]
