"""The wheel, installed (not editable) in a fresh virtual environment, has all it needs."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build_wheel(into: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(into), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = into.glob("facilitator-*.whl")
    return wheel


def data_files_in_source() -> set[str]:
    """Every file of the package that is not Python: stylesheets, themes, translations."""
    found = set()
    for path in (ROOT / "facilitator").rglob("*"):
        compiled = "__pycache__" in path.parts
        if path.is_file() and path.suffix not in {".py", ".pyc"} and not compiled:
            found.add(path.relative_to(ROOT).as_posix())
    found |= {f"facilitator/themes/{theme.name}" for theme in (ROOT / "themes").glob("*.json")}
    return found


def test_the_wheel_carries_every_data_file_and_runs_from_a_fresh_venv(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path / "dist")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = data_files_in_source() - names
    assert not missing, f"not in the wheel: {sorted(missing)}"

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    # The dependencies come from the environment running the tests (no download); a .pth line
    # adds its site-packages after the new environment's own, where the wheel goes.
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )
    (purelib / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "xdg"),
           "LANG": "en_GB.UTF-8", "LC_ALL": ""}
    env.pop("FACILITATOR_DATA", None)
    command = bin_dir / "facilitator"
    version = subprocess.run([str(command), "--version"], capture_output=True, text=True,
                             env=env, cwd=tmp_path, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("facilitator ")
    listing = subprocess.run([str(command), "list"], capture_output=True, text=True,
                             env=env, cwd=tmp_path, timeout=60)
    assert listing.returncode == 0, listing.stderr
    where = subprocess.run(
        [str(python), "-c", "import facilitator, textual; print(facilitator.__file__)"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60, check=True,
    ).stdout
    assert str(purelib) in where, "the app ran from the source tree, not from the wheel"
