"""How the benchmarks take their figures: whole commands timed against a reference in turn, the
app in a real terminal (a private tmux server), and keystrokes timed to the screen."""

from __future__ import annotations

import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
#: The environment of every command: Swedish, a terminal that Textual knows, no size forced.
ENV = {
    **{k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TEXTUAL")},
    "LANG": "sv_SE.UTF-8",
    "LC_ALL": "",
    "TERM": "xterm-256color",
    "PYTHONDONTWRITEBYTECODE": "",
}


def facilitator_command() -> list[str]:
    """The installed command, next to this Python (so the same environment is measured)."""
    beside = Path(PYTHON).with_name("facilitator")
    found = str(beside) if beside.exists() else shutil.which("facilitator")
    if found is None:
        raise SystemExit("the facilitator command is not installed: pip install -e .")
    return [found]


def percentile(samples: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (p95: `share` 0.95) of the samples."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Figure:
    """One line of the report."""

    name: str
    unit: str
    samples: list[float]
    #: The reference's samples, taken in the same run in turn with these (empty: no reference).
    reference: list[float] = field(default_factory=list)
    #: The target: the ratio to the reference when there is one, else the figure itself.
    target: float | None = None
    #: "ratio", "value" (median under target), "p95" or "p99" (that percentile under target).
    target_of: str = "ratio"
    note: str = ""
    #: Extra figures shown on the line (p99 and max of keystrokes).
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 0.95)

    @property
    def reference_median(self) -> float | None:
        return statistics.median(self.reference) if self.reference else None

    @property
    def ratio(self) -> float | None:
        ref = self.reference_median
        return self.median / ref if ref else None

    @property
    def ok(self) -> bool | None:
        if self.target is None:
            return None
        if self.target_of == "ratio":
            return self.ratio is not None and self.ratio <= self.target
        if self.target_of == "p99":
            return self.extra.get("p99", math.inf) <= self.target
        if self.target_of == "p95":
            return self.p95 <= self.target
        return self.median <= self.target

    def as_json(self) -> dict[str, object]:
        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 3)

        result: dict[str, object] = {
            "median": rounded(self.median),
            "p95": rounded(self.p95),
            "unit": self.unit,
            "reference": rounded(self.reference_median),
            "ratio": rounded(self.ratio),
            "target": self.target_text(),
            "ok": self.ok,
        }
        result.update({key: rounded(value) for key, value in self.extra.items()})
        if self.note:
            result["note"] = self.note
        return result

    def target_text(self) -> str | None:
        if self.target is None:
            return None
        if self.target_of == "ratio":
            return f"ratio <= {self.target:g}"
        if self.target_of in ("p95", "p99"):
            return f"{self.target_of} < {self.target:g} {self.unit}"
        return f"< {self.target:g} {self.unit}"

    def line(self) -> str:
        def number(value: float | None) -> str:
            if value is None:
                return "—"
            return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"

        ref = self.reference_median
        ratio = self.ratio
        ok = {True: "ok", False: "MISSED", None: "—"}[self.ok]
        extra = "".join(f" {key} {number(value)}" for key, value in self.extra.items())
        return (
            f"{self.name:<34} median {number(self.median):>6} {self.unit:<3}"
            f" p95 {number(self.p95):>6}{extra}  ref {number(ref):>6}"
            f"  ratio {'—' if ratio is None else f'{ratio:.2f}':>5}"
            f"  target {self.target_text() or '—':<14} {ok}"
            + (f"  ({self.note})" if self.note else "")
        )


def run_command(argv: Sequence[str], *, cwd: Path | None = None) -> float:
    """Seconds the command takes, its output thrown away; it must succeed."""
    began = time.perf_counter()
    done = subprocess.run(
        list(argv),
        env=ENV,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    elapsed = time.perf_counter() - began
    if done.returncode not in (0, 1):  # doctor says 1 when something needs attention
        raise RuntimeError(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace')}")
    return elapsed


def in_turn(
    measure: Callable[[], float], reference: Callable[[], float], runs: int, *, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """`measure` and `reference` taken in turn (A B A B …) after `warmup` rounds; both in ms."""
    a: list[float] = []
    b: list[float] = []
    for index in range(warmup + runs):
        first, second = measure(), reference()
        if index >= warmup:
            a.append(first * 1000)
            b.append(second * 1000)
    return a, b


# --------------------------------------------------------------------- tmux
_CSI = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|.)")


def _control_payload(line: bytes) -> bytes:
    """The text a control-mode `%output` line carries, octal escapes undone, escapes removed."""
    data = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m[1], 8)]), line)
    return _CSI.sub(b"", data)


#: Seconds after which a keystroke not yet drawn is counted as taking this long.
KEY_TIMEOUT = 5.0


class Terminal:
    """A program in an 80x24 pane of a private tmux server (socket `perf-bench-<pid>`)."""

    def __init__(self, width: int = 80, height: int = 24) -> None:
        if shutil.which("tmux") is None:
            raise SystemExit("tmux is needed for the terminal figures")
        self.socket = f"perf-bench-{os.getpid()}"
        self.size = (width, height)
        self._control: subprocess.Popen[bytes] | None = None

    def tmux(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=20,
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def start(self, argv: Sequence[str]) -> float:
        """Start `argv` in a new pane (replacing any); the perf_counter time it was started."""
        self.stop()
        width, height = self.size
        # Bytecode is written and used, as an installed app has it (pip compiles it).
        passed = (
            "LANG", "TERM", "PATH", "PYTHONPATH", "FACILITATOR_CACHE", "PYTHONDONTWRITEBYTECODE"
        )
        env = [f"{key}={value}" for key, value in ENV.items() if key in passed]
        command = ["env", "-u", "COLUMNS", "-u", "LINES", "LC_ALL=", *env, *argv]
        began = time.perf_counter()
        self.tmux(
            "new-session",
            "-d",
            "-s",
            "bench",
            "-x",
            str(width),
            "-y",
            str(height),
            " ".join(_quote(part) for part in command),
        )
        self.tmux("set-option", "-t", "bench", "remain-on-exit", "on")
        return began

    def pid(self) -> int:
        return int(self.tmux("list-panes", "-t", "bench", "-F", "#{pane_pid}").split()[0])

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "bench")

    def wait_for(self, text: str, timeout: float = 120.0) -> float:
        """The perf_counter time at which the screen first showed `text`."""
        deadline = time.perf_counter() + timeout
        while True:
            shown = self.screen()
            if text in shown:
                return time.perf_counter()
            if time.perf_counter() > deadline:
                raise RuntimeError(f"never showed {text!r}; the screen:\n{shown}")
            time.sleep(0.005)

    def keys(self, *keys: str) -> float:
        began = time.perf_counter()
        self.tmux("send-keys", "-t", "bench", *keys)
        return began

    def peak_memory_mib(self) -> float:
        """VmHWM of the program in the pane (started without a shell, so it is the pane)."""
        status = Path(f"/proc/{self.pid()}/status").read_text()
        found = re.search(r"VmHWM:\s+(\d+) kB", status)
        if found is None:
            raise RuntimeError("no VmHWM in /proc (Linux only)")
        return int(found[1]) / 1024

    def keystrokes(self, count: int, gap: float) -> list[float]:
        """Milliseconds from each typed character to the terminal receiving it drawn.

        A control-mode client sees what the program writes as it writes it. Each character is
        one of a set that appears nowhere else on screen, and not yet on the line being typed
        (a new line is begun when the set is used up), so the first output holding it is the
        keystroke drawn. Keys are sent by a `tmux send-keys` started when the clock starts, so
        each figure includes starting that client (a few ms): the figures err on the slow side.
        """
        marks = "§¤¶µ÷±×£¢¥¬°¿¡«»"
        control = subprocess.Popen(
            ["tmux", "-L", self.socket, "-C", "attach", "-t", "bench"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
        )
        self._control = control
        assert control.stdin is not None and control.stdout is not None
        width, height = self.size
        control.stdin.write(f"refresh-client -C {width}x{height}\n".encode())
        time.sleep(0.5)
        os.set_blocking(control.stdout.fileno(), False)
        buffer = b""

        def drain() -> None:
            nonlocal buffer
            while True:
                try:
                    chunk = os.read(control.stdout.fileno(), 65536)  # type: ignore[union-attr]
                except BlockingIOError:
                    return
                if not chunk:
                    return
                buffer += chunk

        latencies = []
        used = 0
        for _ in range(count):
            if used == len(marks):
                self.tmux("send-keys", "-t", "bench", "Enter")
                time.sleep(max(gap, 0.1))
                used = 0
            mark = marks[used]
            used += 1
            time.sleep(gap)
            drain()
            buffer = b""
            began = time.perf_counter()
            self.tmux("send-keys", "-t", "bench", "-l", mark)
            wanted = mark.encode()
            while True:
                drain()
                *lines, buffer = buffer.split(b"\n")
                if any(
                    line.startswith(b"%output") and wanted in _control_payload(line)
                    for line in lines
                ):
                    latencies.append((time.perf_counter() - began) * 1000)
                    break
                if time.perf_counter() - began > KEY_TIMEOUT:
                    # Counted as the time given up after: the figure says it was missed.
                    latencies.append(KEY_TIMEOUT * 1000)
                    break
                time.sleep(0.0005)
        control.stdin.write(b"detach\n")
        control.wait(timeout=5)
        self._control = None
        return latencies

    def stop(self) -> None:
        """End the program in the pane (tmux hangs it up) and wait until it has gone."""
        if self._control is not None:
            self._control.kill()
            self._control = None
        try:
            pid = self.pid()
        except (RuntimeError, ValueError, IndexError):
            pid = None
        self.tmux("kill-session", "-t", "bench", check=False)
        deadline = time.perf_counter() + 10
        while pid is not None and Path(f"/proc/{pid}").exists():
            if time.perf_counter() > deadline:
                break
            time.sleep(0.02)

    def close(self) -> None:
        self.stop()
        self.tmux("kill-server", check=False)


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"
