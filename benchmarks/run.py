"""How fast facilitator opens, answers and ends, against references measured in the same run.

    python benchmarks/run.py [--quick] [--json] [--only GROUP ...]

Makes its own data folders in a temporary folder (N = 10, 1,000 and 10,000 stored meetings of
200 entries and notes each, a three-hour meeting of 2,000 entries and one of 10,000), then prints
one line per figure: median, p95, the reference's median measured in turn with it, the ratio, the
target and whether it is met. `--json` prints one object keyed by figure instead. `--quick` takes
fewer repetitions of the same sizes (under five minutes). Groups: startup, cli, save, keystroke,
minutes. Needs tmux for the terminal figures and Linux for peak memory (VmHWM).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_app import MINIMAL_READY  # noqa: E402
from bench_data import DataFolders, Meeting  # noqa: E402
from bench_measure import (  # noqa: E402
    ENV,
    HERE,
    PYTHON,
    Figure,
    Terminal,
    facilitator_command,
    in_turn,
    run_command,
)

#: What the home screen shows once its list is filled (the hint under the list).
HOME_READY = "Enter öppnar eller återupptar"
#: What the meeting screen shows once it is drawn.
MEETING_READY = "Anteckningar"
#: The minutes' title on screen, in Swedish and in English.
MINUTES_SV, MINUTES_EN = "Minnesanteckningar:", "Minutes:"

#: Commands other features add, timed at N = 1,000 when this version has them.
OPTIONAL_COMMANDS = {
    "search": ["search", "ramavtal"],
    "needs": ["needs"],
    "actions": ["actions"],
    "insights": ["insights"],
    "report": ["report", "demo-hantverk"],
}


@dataclass
class Plan:
    """Repetitions of each kind of figure."""

    commands: int
    startup: int
    startup_large: int
    keystrokes: int
    saves: int
    minutes: int
    screens: int
    #: Seconds after which a command's warm-up run makes it timed once only (a register or
    #: report that takes half a minute would otherwise take minutes of a quick run).
    slow_command: float = float("inf")


FULL = Plan(commands=10, startup=7, startup_large=3, keystrokes=200, saves=30, minutes=7, screens=7)
QUICK = Plan(
    commands=3,
    startup=3,
    startup_large=1,
    keystrokes=60,
    saves=10,
    minutes=3,
    screens=3,
    slow_command=5.0,
)


class Bench:
    def __init__(self, data: DataFolders, plan: Plan, say: Callable[[str], None]) -> None:
        self.data = data
        self.plan = plan
        self.say = say
        self.app = facilitator_command()
        self._terminal: Terminal | None = None

    @property
    def terminal(self) -> Terminal:
        if self._terminal is None:
            self._terminal = Terminal()
        return self._terminal

    def close(self) -> None:
        if self._terminal is not None:
            self._terminal.close()

    # ---------------------------------------------------------------- start-up
    def _tmux_start(self, argv: list[str], ready: str, memory: list[float]) -> float:
        term = self.terminal
        began = term.start(argv)
        shown = term.wait_for(ready)
        memory.append(term.peak_memory_mib())
        term.stop()
        return shown - began

    def _headless(self, kind: str, data: Path | None = None) -> float:
        argv = [PYTHON, str(HERE / "bench_app.py"), "headless", kind]
        if data is not None:
            argv.append(str(data))
        began = time.time()
        done = subprocess.run(argv, env=ENV, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not done.stdout.strip():
            raise RuntimeError(f"headless {kind} failed: {done.stderr[-2000:]}")
        return float(done.stdout.split()[-1]) - began

    def startup(self) -> Iterator[Figure]:
        minimal = [PYTHON, str(HERE / "bench_app.py"), "minimal"]
        ref_memory: list[float] = []
        home: dict[str, dict[int, list[float]]] = {"tmux": {}, "headless": {}}
        for count in (10, 1000, 10000):
            folder = self.data.stored(count)
            runs = self.plan.startup if count < 10000 else self.plan.startup_large
            # One untimed round at every size. Writing the 10,000 meetings and their index (1.7
            # GB) pushes the libraries out of this machine's small page cache, and whichever
            # program starts first then reads them from the disk: 1 to 4 s for the app and the
            # minimal one alike, as after `echo 3 > /proc/sys/vm/drop_caches`. That is a cold
            # start, not a start at N = 10,000.
            warmup = 1
            memory: list[float] = []
            self.say(f"start-up at N = {count}")
            a, b = in_turn(
                lambda f=folder, m=memory: self._tmux_start(
                    [*self.app, "--data-dir", str(f), "--lang", "sv"], HOME_READY, m
                ),
                lambda: self._tmux_start(minimal, MINIMAL_READY, ref_memory),
                runs,
                warmup=warmup,
            )
            home["tmux"][count] = a
            yield Figure(f"startup.home.tmux.n{count}", "ms", a, b, 1.5)
            if count == 10000:
                yield Figure(
                    "memory.home.n10000", "MiB", memory[-runs:], ref_memory[-runs:], 100, "value"
                )
            a, b = in_turn(
                lambda f=folder: self._headless("home", f),
                lambda: self._headless("minimal"),
                runs,
                warmup=warmup,
            )
            home["headless"][count] = a
            yield Figure(f"startup.home.headless.n{count}", "ms", a, b, 1.5)
        for how, figures in home.items():
            yield Figure(
                f"startup.home.{how}.n10000_vs_n10",
                "ms",
                figures[10000],
                figures[10],
                1.2,
                note="reference: the same at N = 10",
            )
        folder = self.data.stored(10)
        unused: list[float] = []
        a, b = in_turn(
            lambda: self._tmux_start(
                [*self.app, "--data-dir", str(folder), "--lang", "sv", "demo"],
                MEETING_READY,
                unused,
            ),
            lambda: self._tmux_start(minimal, MINIMAL_READY, unused),
            self.plan.startup,
        )
        yield Figure("startup.demo.tmux", "ms", a, b, 1.5)
        a, b = in_turn(
            lambda: self._headless("demo", folder),
            lambda: self._headless("minimal"),
            self.plan.startup,
        )
        yield Figure("startup.demo.headless", "ms", a, b, 1.5)

    # -------------------------------------------------------------- commands
    def _command_figure(self, name: str, argv: list[str], target: float = 2.0) -> Figure:
        reference = [PYTHON, "-c", "import rich"]
        warm_up = run_command(argv)
        run_command(reference)
        runs = self.plan.commands if warm_up < self.plan.slow_command else 1
        a, b = in_turn(
            lambda: run_command(argv), lambda: run_command(reference), runs, warmup=0
        )
        return Figure(name, "ms", a, b, target)

    def _has_command(self, name: str) -> bool:
        done = subprocess.run(
            [*self.app, name, "--help"], env=ENV, capture_output=True, check=False
        )
        return done.returncode == 0

    def cli(self) -> Iterator[Figure]:
        self.say("commands")
        yield self._command_figure("cli.help", [*self.app, "--help"])
        for count in (10, 1000):
            folder = self.data.stored(count)
            base = [*self.app, "--data-dir", str(folder), "--lang", "sv"]
            session_id = sorted((folder / "sessions").glob("*.json"))[0].stem
            yield self._command_figure(f"cli.list.n{count}", [*base, "list"])
            yield self._command_figure(f"cli.list_json.n{count}", [*base, "list", "--json"])
            yield self._command_figure(f"cli.minutes.n{count}", [*base, "minutes", session_id])
        folder = self.data.stored(1000)
        base = [*self.app, "--data-dir", str(folder), "--lang", "sv"]
        doctor = self._command_figure("cli.doctor.n1000", [*base, "doctor"])
        doctor.target, doctor.target_of = 2000, "value"
        yield doctor
        for name, args in OPTIONAL_COMMANDS.items():
            if self._has_command(name):
                yield self._command_figure(f"cli.{name}.n1000", [*base, *args])

    # ----------------------------------------------------------------- saving
    def save(self) -> Iterator[Figure]:
        self.say("saving")
        cases: list[tuple[str, Path, str]] = []
        for count in (10, 1000):
            folder = self.data.stored(count)
            first = sorted((folder / "sessions").glob("*.json"))[0].stem
            cases.append((f"n{count}", folder, first))
        meeting = self.data.long_meeting(10000, finished=False)
        cases.append(("meeting10000", meeting.root, meeting.session_id))
        for label, folder, session_id in cases:
            done = subprocess.run(
                [
                    PYTHON,
                    str(HERE / "bench_app.py"),
                    "save",
                    str(folder),
                    session_id,
                    str(self.plan.saves),
                ],
                env=ENV,
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(done.stdout)
            for what in ("entry", "notes"):
                yield Figure(
                    f"save.{what}.ui.{label}",
                    "ms",
                    result[f"{what}_ui"],
                    [],
                    5,
                    "value",
                    note="the part on the UI thread",
                )
                yield Figure(f"save.{what}.total.{label}", "ms", result[f"{what}_total"])

    # ------------------------------------------------------------- keystrokes
    def _keystroke_figure(self, name: str, argv: list[str], memory: str | None) -> Iterator[Figure]:
        term = self.terminal
        term.start(argv)
        term.wait_for(MEETING_READY)
        time.sleep(1.0)
        samples = term.keystrokes(self.plan.keystrokes, 0.05)
        peak = term.peak_memory_mib()
        term.stop()
        ordered = sorted(samples)
        figure = Figure(name, "ms", samples, [], 33, "p99")
        figure.extra = {
            "p99": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))],
            "max": ordered[-1],
        }
        yield figure
        if memory:
            yield Figure(memory, "MiB", [peak], [], 100, "value")

    def keystroke(self) -> Iterator[Figure]:
        self.say("keystrokes")
        folder = self.data.stored(10)
        yield from self._keystroke_figure(
            "keystroke.demo", [*self.app, "--data-dir", str(folder), "--lang", "sv", "demo"], None
        )
        meeting = self.data.long_meeting(10000, finished=False)
        yield from self._keystroke_figure(
            "keystroke.meeting10000", self._open(meeting), "memory.meeting10000"
        )

    def _open(self, meeting: Meeting) -> list[str]:
        return [PYTHON, str(HERE / "bench_app.py"), "open", str(meeting.root), meeting.session_id]

    # ---------------------------------------------------------------- minutes
    def minutes(self) -> Iterator[Figure]:
        self.say("minutes")
        meeting = self.data.long_meeting(2000, finished=True)
        done = subprocess.run(
            [
                PYTHON,
                str(HERE / "bench_app.py"),
                "minutes",
                str(meeting.root),
                meeting.session_id,
                str(self.plan.minutes),
            ],
            env=ENV,
            capture_output=True,
            text=True,
            check=True,
        )
        for fmt, samples in json.loads(done.stdout).items():
            target = 300 if fmt == "docx" else 100
            yield Figure(f"minutes.{fmt}.meeting2000", "ms", samples, [], target, "value")
        term = self.terminal
        shown: list[float] = []
        switched: list[float] = []
        for _ in range(self.plan.screens):
            term.start([*self.app, "--data-dir", str(meeting.root), "--lang", "sv"])
            term.wait_for(HOME_READY)
            time.sleep(0.3)
            began = term.keys("Enter")
            shown.append((term.wait_for(MINUTES_SV) - began) * 1000)
            time.sleep(0.3)
            began = term.keys("l")
            switched.append((term.wait_for(MINUTES_EN) - began) * 1000)
            term.stop()
        yield Figure("minutes_screen.show.meeting2000", "ms", shown, [], 300, "value")
        yield Figure("minutes_screen.switch.meeting2000", "ms", switched, [], 300, "value")


GROUPS = ("startup", "cli", "save", "keystroke", "minutes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (< 5 minutes)")
    parser.add_argument("--json", action="store_true", help="one JSON object keyed by figure")
    parser.add_argument("--only", nargs="+", choices=GROUPS, help="only these groups")
    args = parser.parse_args(argv)
    began = time.perf_counter()

    def say(message: str) -> None:
        if not args.json:
            print(f"# {message}", flush=True)

    figures: dict[str, Figure] = {}
    # An app may still be saving as it exits when the folder goes: that is no failure.
    with tempfile.TemporaryDirectory(
        prefix="facilitator-bench-", ignore_cleanup_errors=True
    ) as folder:
        # The session index (where there is one) goes in the run's folder, not the user's cache.
        os.environ["FACILITATOR_CACHE"] = ENV["FACILITATOR_CACHE"] = str(Path(folder) / "cache")
        bench = Bench(
            DataFolders(Path(folder), log=not args.json), QUICK if args.quick else FULL, say
        )
        try:
            for group in args.only or GROUPS:
                for figure in getattr(bench, group)():
                    figures[figure.name] = figure
                    if not args.json:
                        print(figure.line(), flush=True)
        finally:
            bench.close()
    if args.json:
        print(json.dumps({name: f.as_json() for name, f in figures.items()}, indent=2))
    else:
        missed = [name for name, f in figures.items() if f.ok is False]
        print(
            f"# {len(figures)} figures in {time.perf_counter() - began:.0f} s; "
            f"missed: {', '.join(missed) or 'none'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
