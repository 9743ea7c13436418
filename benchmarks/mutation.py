"""Mutation testing of the code that guards the public version, saving and locks.

Plants small deliberate bugs ("mutants") in each module below, one at a time, with mutmut 3, runs
the module's own fast tests against each, and prints per module how many mutants there were, how
many the tests killed, which survived (with their diff) and the kill ratio. A surviving mutant is
a bug the tests would not notice; one that cannot change behaviour is listed, with the reason, in
`mutation_equivalent.txt` beside this script and is not counted against the module.

Run (after `pip install -e ".[test,mutation]"`):

    python benchmarks/mutation.py                      # every module, one at a time
    python benchmarks/mutation.py minutes confidential # modules whose path contains a word
    python benchmarks/mutation.py --budget 600 --jobs 2

Targets: no survivor in the public-version path (domain/minutes, domain/confidential, export/, and
the functions of domain/summary that carry the dialogue summary's public filter); at most 10 %
elsewhere. The exit status is 1 when a target is missed, 2 when mutmut failed.
Each module runs in its own copy of the project under `.mutants/` (deleted afterwards unless
`--keep`), so the work tree is never touched.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".mutants"
EQUIVALENT_FILE = Path(__file__).resolve().parent / "mutation_equivalent.txt"

#: The property test (tests/unit/test_public_property.py) is left out: it is slow and random.
_PUBLIC_TESTS = ("tests/unit/test_public_version.py",)
#: The renderers write the minutes and the dialogue summary (whose tables only it has).
_EXPORT_TESTS = (
    *_PUBLIC_TESTS,
    "tests/unit/test_minutes.py",
    "tests/unit/test_minutes_details.py",
    "tests/unit/test_format_details.py",
    "tests/unit/test_export_formats.py",
    "tests/unit/test_docx_export.py",
    "tests/unit/test_html_export.py",
    "tests/unit/test_summary.py",
    "tests/unit/test_public_report.py",
)


#: Slow tests of the exports (property tests; LibreOffice opening the DOCX, seconds a run) that
#: add little against single mutants.
_EXPORT_PROPERTIES = (
    "tests/unit/test_export_formats.py::test_any_characters_come_out_literally_in_every_format",
    "tests/unit/test_export_formats.py::test_file_names_are_safe_whatever_the_title",
    "tests/unit/test_export_formats.py::test_libreoffice_converts_the_docx",
    "tests/unit/test_summary.py::test_no_supplier_name_survives_anonymising_whatever_it_is",
)


@dataclass(frozen=True)
class Target:
    """A module to mutate and the tests that should notice any change to it."""

    path: str
    tests: tuple[str, ...]
    #: Part of the public-version path: no survivor allowed.
    public: bool = False
    #: Tests to leave out of the selection (slow ones that add nothing for this module).
    deselect: tuple[str, ...] = ()
    #: Functions of a module not otherwise in the public-version path that are (mutmut's names
    #: without the `x_` prefix, `Class.method` for a method): no survivor allowed in them.
    public_functions: tuple[str, ...] = ()

    def in_public_path(self, mutant: str) -> bool:
        """Whether `mutant` plants its bug in the public-version path."""
        if self.public:
            return True
        function = mutant.rpartition("__mutmut_")[0].rpartition(".")[2]
        function = function.removeprefix("x_").removeprefix("xǁ").replace("ǁ", ".")
        return function in self.public_functions


#: The minutes laid out as a document, whatever the format: what the minutes say, word for word.
_DOCUMENT_TESTS = (
    *_PUBLIC_TESTS,
    "tests/unit/test_minutes.py",
    "tests/unit/test_minutes_details.py",
    "tests/unit/test_format_details.py",
)
#: The dialogue summary, the contact log, the equal-treatment check and the information to all,
#: laid out as documents and written by their commands.
_SUMMARY_TESTS = (
    "tests/unit/test_cli_report.py",
    "tests/unit/test_public_report.py",
    "tests/unit/test_summary.py",
    "tests/unit/test_summary_details.py",
)


def _export(path: str) -> Target:
    """A module of the public-version path, checked by the minutes and export tests."""
    return Target(path, _EXPORT_TESTS, public=True, deselect=_EXPORT_PROPERTIES)


#: Every module under test, in the order run. Add a module here with the tests that cover it.
TARGETS: tuple[Target, ...] = (
    Target(
        "facilitator/domain/confidential.py",
        ("tests/unit/test_confidential.py", *_PUBLIC_TESTS),
        public=True,
    ),
    _export("facilitator/domain/minutes.py"),
    _export("facilitator/export/__init__.py"),
    # The layout alone needs no renderer's own tests: those of the minutes read every format.
    Target("facilitator/export/document.py", _DOCUMENT_TESTS, public=True),
    _export("facilitator/export/markdown.py"),
    _export("facilitator/export/html.py"),
    _export("facilitator/export/docx.py"),
    _export("facilitator/export/text.py"),
    _export("facilitator/export/wording.py"),
    Target(
        "facilitator/export/summary.py",
        _SUMMARY_TESTS,
        public=True,
        deselect=_EXPORT_PROPERTIES[-1:],
    ),
    # The dialogue summary: its public version withholds what the public minutes withhold; the
    # functions that carry `public` to the minutes' filter are held to the public path's target.
    Target(
        "facilitator/domain/summary.py",
        _SUMMARY_TESTS,
        deselect=_EXPORT_PROPERTIES[-1:],
        public_functions=(
            "_Build.__init__",
            "_Build.item",
            "_Build.logged",
            "_Build.answers",
            "_information",
            "build_summary",
        ),
    ),
    Target(
        "facilitator/storage/atomic.py",
        (
            "tests/unit/test_atomic_write.py",
            "tests/unit/test_storage_safety.py",
            "tests/unit/test_storage_roundtrip.py",
            "tests/unit/test_storage_lock.py",
        ),
    ),
    Target("facilitator/storage/lock.py", ("tests/unit/test_storage_lock.py",)),
    Target(
        "facilitator/ui/saving.py",
        (
            "tests/unit/test_screen_saving.py",
            "tests/app/test_full_disk.py",
            "tests/app/test_exit_signals.py",
            "tests/app/test_read_only_window.py",
            # A save that fails with an error other than OSError leaves the meeting running.
            "tests/app/test_screen_base.py::"
            "test_a_save_that_fails_unexpectedly_is_told_and_the_notes_are_saved_later",
        ),
    ),
)

#: Most modules may keep this share of survivors (equivalent mutants aside).
ALLOWED_SURVIVORS = 0.10

_RESULT = re.compile(r"^\s+(?P<name>\S+): (?P<status>.+)$")
#: mutmut statuses that mean the tests noticed the mutant.
_CAUGHT = {"killed", "timeout", "segfault", "caught by type check"}


@dataclass
class Outcome:
    target: Target
    statuses: dict[str, str] = field(default_factory=dict)
    equivalent: dict[str, str] = field(default_factory=dict)
    diffs: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    finished: bool = True
    error: str = ""

    @property
    def killed(self) -> int:
        return sum(s in _CAUGHT for s in self.statuses.values())

    @property
    def survivors(self) -> list[str]:
        return sorted(
            name
            for name, status in self.statuses.items()
            if status not in _CAUGHT and status != "not checked" and name not in self.equivalent
        )

    @property
    def unchecked(self) -> int:
        return sum(s == "not checked" for s in self.statuses.values())

    @property
    def ratio(self) -> float:
        judged = self.killed + len(self.survivors)
        return self.killed / judged if judged else 1.0

    @property
    def met(self) -> bool:
        if self.error or not self.finished:
            return False
        if any(self.target.in_public_path(name) for name in self.survivors):
            return False
        judged = self.killed + len(self.survivors)
        return len(self.survivors) <= ALLOWED_SURVIVORS * judged


def load_equivalent(path: Path = EQUIVALENT_FILE) -> dict[str, str]:
    """`mutant name: reason` lines; `#` starts a comment."""
    if not path.exists():
        return {}
    known = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition(":")
        known[name.strip()] = reason.strip()
    return known


def _mutmut_config(target: Target) -> str:
    tests = ", ".join(f'"{t}"' for t in target.tests)
    deselect = "".join(f', "--deselect", "{d}"' for d in target.deselect)
    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["facilitator"]\n'
        f'only_mutate = ["{target.path}"]\n'
        f"pytest_add_cli_args_test_selection = [{tests}]\n"
        f'pytest_add_cli_args = ["-p", "no:cacheprovider"{deselect}]\n'
        "use_git_change_detection = false\n"
    )


def _place(target: Target) -> Path:
    return WORK / target.path.removeprefix("facilitator/").removesuffix(".py").replace("/", "-")


def _workspace(target: Target) -> Path:
    """A copy of the project to mutate in, with mutmut told what to mutate and which tests run."""
    place = _place(target)
    shutil.rmtree(place, ignore_errors=True)
    place.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "facilitator", place / "facilitator", ignore=ignore)
    # The wheel maps facilitator.themes to themes/; the copy must find it in the package.
    shutil.copytree(ROOT / "themes", place / "facilitator" / "themes", ignore=ignore)
    shutil.copytree(ROOT / "tests", place / "tests", ignore=ignore)
    _configure(place, target)
    return place


def _configure(place: Path, target: Target) -> None:
    """pyproject.toml in `place`, telling mutmut what to mutate and which tests to run."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pyproject = re.sub(r"\n\[tool\.mutmut\].*?(?=\n\[|\Z)", "", pyproject, flags=re.S)
    (place / "pyproject.toml").write_text(pyproject + _mutmut_config(target), encoding="utf-8")


def _mutmut(place: Path, *args: str, timeout: float | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-m", "mutmut", *args],
        cwd=place,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _statuses(place: Path) -> dict[str, str]:
    statuses = {}
    for line in _mutmut(place, "results", "--all", "true").stdout.splitlines():
        match = _RESULT.match(line)
        if match:
            statuses[match["name"]] = match["status"].strip()
    return statuses


def _recheck(target: Target) -> tuple[Path, list[str], dict[str, str]]:
    """The kept copy of an earlier run with today's tests, and its mutants to run again: those
    that survived or were not reached (the copy's source is not refreshed), and the statuses of
    that run."""
    place = _place(target)
    if not (place / "mutants").is_dir():
        raise SystemExit(f"no earlier run of {target.path} kept in {place}: run with --keep")
    shutil.rmtree(place / "tests")
    shutil.copytree(ROOT / "tests", place / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    _configure(place, target)  # today's test selection, with any test file added since
    earlier = _statuses(place)
    names = [n for n, status in earlier.items() if status not in _CAUGHT]
    return place, names, earlier


def _public_patterns(target: Target) -> list[str]:
    """mutmut name patterns of the mutants in `target`'s public-path functions."""
    module = target.path.removesuffix(".py").replace("/", ".")
    patterns = []
    for function in target.public_functions:
        owner, _, name = function.rpartition(".")
        mangled = f"xǁ{owner}ǁ{name}" if owner else f"x_{name}"
        patterns.append(f"{module}.{mangled}__mutmut_*")
    return patterns


def run_target(
    target: Target,
    jobs: int,
    budget: float,
    keep: bool,
    recheck: bool = False,
    public_only: bool = False,
) -> Outcome:
    outcome = Outcome(target)
    place, names, earlier = _recheck(target) if recheck else (_workspace(target), [], {})
    if public_only and target.public_functions:
        if recheck:
            names = [n for n in names if target.in_public_path(n)]
        else:
            names = _public_patterns(target)
    start = time.monotonic()
    try:
        try:
            run = _mutmut(place, "run", "--max-children", str(jobs), *names, timeout=budget)
            if run.returncode != 0:
                outcome.error = (run.stdout + run.stderr).strip()[-2000:]
        except subprocess.TimeoutExpired:
            outcome.finished = False
        outcome.seconds = time.monotonic() - start
        statuses = _statuses(place)
        if recheck:  # mutmut forgets the verdicts of mutants it was not asked to run again
            statuses = {**earlier, **{n: statuses[n] for n in names if n in statuses}}
        outcome.statuses = statuses
        known = load_equivalent()
        outcome.equivalent = {n: r for n, r in known.items() if n in outcome.statuses}
        for name in outcome.survivors:
            outcome.diffs[name] = _mutmut(place, "show", name).stdout.strip()
    finally:
        if not keep:
            shutil.rmtree(place, ignore_errors=True)
    return outcome


def report(outcome: Outcome) -> None:
    target = outcome.target
    kind = "public path: no survivor" if target.public else "at most 10 % survivors"
    if target.public_functions:
        kind += f"; none in {', '.join(target.public_functions)}"
    print(f"\n== {target.path} ({kind})")
    if outcome.error:
        print(f"mutmut failed:\n{outcome.error}")
    total = len(outcome.statuses)
    print(
        f"mutants {total}, killed {outcome.killed}, survived {len(outcome.survivors)}, "
        f"equivalent {len(outcome.equivalent)}, not checked {outcome.unchecked}; "
        f"kill ratio {outcome.ratio:.1%}; {outcome.seconds:.0f} s"
        + ("" if outcome.finished else " (time budget ran out)")
    )
    for name in outcome.survivors:
        public = " (public path)" if target.in_public_path(name) and not target.public else ""
        print(f"-- survived{public}: {name} ({outcome.statuses[name]})")
        diff = [line for line in outcome.diffs.get(name, "").splitlines() if line[:1] in "+-@"]
        print("\n".join("   " + line for line in diff))
    stale = [n for n in outcome.equivalent if outcome.statuses.get(n) in _CAUGHT]
    for name in stale:
        print(f"-- listed as equivalent but killed (remove it from the list): {name}")
    print("target met" if outcome.met else "TARGET MISSED")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="run only modules whose path contains this")
    parser.add_argument("--jobs", type=int, default=2, help="tests run in parallel (default 2)")
    parser.add_argument(
        "--budget", type=float, default=900, help="seconds per module at most (default 900)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the copies under .mutants/")
    parser.add_argument(
        "--recheck",
        action="store_true",
        help="after adding tests: run the survivors of a kept run again (and those not reached)",
    )
    parser.add_argument(
        "--public-only",
        action="store_true",
        help="in a module with public-path functions named, mutate only those (quicker)",
    )
    parser.add_argument("--list", action="store_true", help="list the modules and their tests")
    args = parser.parse_args(argv)
    targets = [t for t in TARGETS if not args.modules or any(m in t.path for m in args.modules)]
    if args.list:
        for target in targets:
            public = " (public path)" if target.public else ""
            if target.public_functions:
                public = f" (public path: {', '.join(target.public_functions)})"
            print(f"{target.path}{public}")
            print("".join(f"    {test}\n" for test in target.tests), end="")
        return 0
    if not targets:
        print(f"no module matches {' '.join(args.modules)}", file=sys.stderr)
        return 2
    outcomes = []
    for target in targets:
        outcome = run_target(
            target,
            args.jobs,
            args.budget,
            args.keep or args.recheck,
            args.recheck,
            args.public_only,
        )
        report(outcome)
        outcomes.append(outcome)
    print("\n== summary")
    print(f"{'module':42} {'mutants':>7} {'killed':>6} {'survived':>8} {'equiv.':>6} {'ratio':>6}")
    for o in outcomes:
        print(
            f"{o.target.path:42} {len(o.statuses):7} {o.killed:6} {len(o.survivors):8} "
            f"{len(o.equivalent):6} {o.ratio:6.1%}{'' if o.met else '  missed'}"
        )
    if any(o.error for o in outcomes):
        return 2
    return 0 if all(o.met for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
