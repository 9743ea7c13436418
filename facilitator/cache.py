"""The user's cache folder: what facilitator derives from its files and can make again (the
session index, the compiled Swedish catalog), never the record itself."""

from __future__ import annotations

import os
from pathlib import Path

#: Where the cache lives instead of the user's cache folder (tests, portable installs).
CACHE_ENV_VAR = "FACILITATOR_CACHE"


def cache_dir() -> Path:
    """$FACILITATOR_CACHE, else the user's cache folder for facilitator."""
    env = os.environ.get(CACHE_ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_path  # only where no folder is named

    return user_cache_path("facilitator", appauthor=False)
