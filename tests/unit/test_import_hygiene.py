"""The core (domain, storage, export, importers, strings, command line) never imports Textual:
it must run, and be tested, without a terminal. Only `facilitator.ui` may."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import facilitator

CORE = ("domain", "storage", "export", "importers", "i18n", "cli")


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(facilitator.__path__, "facilitator."):
        if info.name.split(".")[1] in CORE:
            names.append(info.name)
    return names


def test_the_core_never_imports_textual() -> None:
    modules = core_modules()
    assert "facilitator.domain.session" in modules and "facilitator.cli.sessions" in modules
    code = (
        "import sys\n"
        f"for name in {modules!r}: __import__(name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
