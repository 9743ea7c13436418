"""Colour themes read from the `themes/` data files into Textual `Theme` objects."""

from __future__ import annotations

import json
from importlib import resources

from textual.theme import Theme

DEFAULT_THEME = "fjord-dark"


def load_themes() -> list[Theme]:
    """Every theme shipped in `facilitator.themes` (the repository's `themes/` folder)."""
    themes = []
    for entry in sorted(resources.files("facilitator.themes").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            themes.append(Theme(**json.loads(entry.read_text(encoding="utf-8"))))
    return themes
