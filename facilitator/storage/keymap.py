"""The user's own keys: a JSON file mapping binding ids to keys, in the user's settings folder.

It lives in the user's configuration folder, not in the data folder: a data folder may be shared
with a colleague, while keys follow the person and the keyboard. `FACILITATOR_KEYMAP` names
another file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_path

from facilitator.i18n import N_

ENV_VAR = "FACILITATOR_KEYMAP"


class KeymapError(Exception):
    """The keymap file exists but cannot be read, or is not a JSON object of ids to keys.

    `problem` is "unreadable" (then `detail` is the system's reason), "not_json" or "not_keymap".
    """

    def __init__(self, path: Path, problem: str, detail: str = "") -> None:
        super().__init__(f"{path}: {problem} {detail}".strip())
        self.path = path
        self.problem = problem
        self.detail = detail


#: Why a keymap file is not used, by `KeymapError.problem`.
PROBLEMS = {
    "unreadable": N_("it cannot be read ({detail})"),
    "not_json": N_("it is not JSON ({detail})"),
    "not_keymap": N_('write ids and keys as {{"meeting.end_meeting": "f10"}}'),
}


def keymap_path() -> Path:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return user_config_path("facilitator", appauthor=False) / "keymap.json"


def read_keymap(path: Path) -> dict[str, str]:
    """Binding id -> keys ("ctrl+j" or "ctrl+j,f2"); empty when there is no file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise KeymapError(path, "unreadable", error.strerror or str(error)) from error
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise KeymapError(path, "not_json", str(error)) from error
    if not isinstance(data, dict) or not all(
        isinstance(key, str) and isinstance(value, str) and value.strip()
        for key, value in data.items()
    ):
        raise KeymapError(path, "not_keymap")
    return {key: value.replace(" ", "") for key, value in data.items()}
