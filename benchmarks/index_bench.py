"""How fast the lists, search, registers and summary are with 1,000 stored meetings (the index).

Run: python3 benchmarks/index_bench.py [--quick] [--keep DIR]

Makes data folders of 10 and 1,000 meetings of 200 entries and notes each with the benchmarks'
generator (`bench_data`: dialogues of ten meetings), then prints one line per figure: median,
p95, the reference where there is one, the target and whether it is met:

- the cold index build of the 1,000 meetings, by the clock and in CPU seconds;
- `list` and the home screen at 1,000 against 10, measured in turn;
- `search`, `needs`, `actions`, `insights` and `report` (one dialogue's summary) at 1,000, each
  as a whole command by the clock and in CPU seconds (the machine's load inflates the first);
- a save of a 200-entry meeting (the index reads it again at the next look, so a save costs
  only its file), and that next look.

The index is kept in the run's folder, never in the user's cache. `--keep DIR` makes the folders
in DIR and leaves them there to try the app on (`facilitator --data-dir DIR/stored-1000`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import DataFolders
from bench_measure import ENV, Figure, facilitator_command, in_turn

from facilitator.cache import CACHE_ENV_VAR
from facilitator.storage.store import Store

#: Whole commands timed at N = 1,000, each to answer in under half a second.
COMMANDS = {
    "search": ["search", "jouren"],
    "search_supplier": ["search", "ramavtal", "--supplier", "östgöta"],
    "needs": ["needs"],
    "actions": ["actions", "--open"],
    "insights": ["insights"],
    "report": ["report", "demo-hantverk"],
    "report_public": ["report", "demo-hantverk", "--public", "--anonymous"],
}
ANSWER_MS = 500


def timed(action: Callable[[], Any], runs: int) -> tuple[list[float], list[float]]:
    """Milliseconds of `runs` calls after one not counted: by the clock and of CPU (this process
    and the commands it ran)."""
    wall: list[float] = []
    cpu: list[float] = []
    for index in range(runs + 1):
        began, used = time.perf_counter(), _cpu()
        action()
        if index:
            wall.append((time.perf_counter() - began) * 1000)
            cpu.append((_cpu() - used) * 1000)
    return wall, cpu


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def command(root: Path, *args: str) -> Callable[[], float]:
    """The `facilitator` command on `root`, output thrown away: seconds it took."""
    argv = [*facilitator_command(), "--data-dir", str(root), "--lang", "sv", *args]

    def run() -> float:
        began = time.perf_counter()
        done = subprocess.run(argv, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.decode(errors='replace')}")
        return time.perf_counter() - began

    return run


def home_shown(root: Path) -> float:
    """Seconds from starting the app to the home screen's list filled in."""
    from textual.widgets import DataTable

    from facilitator.ui.app import FacilitatorApp

    async def once() -> float:
        began = time.perf_counter()
        app = FacilitatorApp(Store(root), "sv")
        async with app.run_test(size=(80, 24)) as pilot:
            table = None
            while table is None or table.row_count == 0:
                await pilot.pause(0.005)
                found = app.screen.query("#sessions")
                table = found.first(DataTable) if found else None
            return time.perf_counter() - began

    return asyncio.run(once())


def figures(small: Path, big: Path, runs: int) -> list[Figure]:
    result = []
    store = Store(big)
    builds, build_cpu = timed(store.index.rebuild, max(1, runs // 2))
    result.append(Figure("index.build.cold.n1000", "ms", builds, [], 10_000, "value"))
    result.append(Figure("index.build.cold.cpu.n1000", "ms", build_cpu, [], 10_000, "value"))

    for name, measure in (
        ("list.command", lambda root: command(root, "list")),
        ("home.shown", lambda root: lambda: home_shown(root)),
    ):
        a, b = in_turn(measure(big), measure(small), runs)
        result.append(
            Figure(f"{name}.n1000_vs_n10", "ms", a, b, 1.2, note="reference: the same at N = 10")
        )

    for name, args in COMMANDS.items():
        wall, cpu = timed(command(big, *args), runs)
        result.append(Figure(f"cli.{name}.n1000", "ms", wall, [], ANSWER_MS, "value"))
        result.append(Figure(f"cli.{name}.cpu.n1000", "ms", cpu, [], ANSWER_MS, "value"))

    session = store.load_session(store.session_ids()[0])
    saves, next_looks = [], []
    for i in range(10 * runs):
        session.notes[session.questions[0].id] = f"Anteckning {i}"
        began = time.perf_counter()
        store.save_session(session)
        saves.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        store.summaries()
        next_looks.append((time.perf_counter() - began) * 1000)
    result.append(
        Figure("save.meeting200", "ms", saves, [], 10, "p95", note="with fsync; the index waits")
    )
    result.append(
        Figure("save.next_list.n1000", "ms", next_looks, note="reads the saved meeting again")
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs of each instead of 7")
    parser.add_argument("--keep", type=Path, help="make the data folders here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="index-bench-") as temp:
        base = args.keep or Path(temp)
        os.environ[CACHE_ENV_VAR] = ENV[CACHE_ENV_VAR] = str(Path(temp) / "cache")
        data = DataFolders(base)
        small, big = data.stored(10), data.stored(1000)
        missed = []
        for figure in figures(small, big, 3 if args.quick else 7):
            print(figure.line(), flush=True)
            if figure.ok is False:
                missed.append(figure.name)
        print(f"# missed: {', '.join(missed) or 'none'}; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
