"""The README's set-up commands are the ones CI runs, and they leave the system Python alone."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    """The shell commands of the README's set-up section, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set-up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_ci_runs_the_readme_test_command_word_for_word() -> None:
    demo, tests = readme_commands()
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert tests in ci_lines
    assert "pytest" in tests and "demo" in demo


def test_readme_commands_install_into_a_virtual_environment_not_the_system_python() -> None:
    # PEP 668: a system Python refuses `pip install` outside a virtual environment.
    for command in readme_commands():
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install")
        assert "python3 -m pip" not in command
