"""Swedish and English strings.

Each area keeps its strings in its own module (`ui`, `minutes`, `cli`, ...) as a dict of
key -> (Swedish, English). `t(key, lang, **values)` looks one up and fills in `{values}`.
"""

from __future__ import annotations

import locale
import os
from importlib import import_module

LANGS = ("sv", "en")
_AREAS = (
    "common",
    "ui",
    "minutes",
    "cli",
    "setup",
    "records",
    "summary",
    "meeting_record",
    "office",
    "registers",
)


def _load() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in _AREAS:
        strings: dict[str, tuple[str, str]] = import_module(f"{__name__}.{area}").STRINGS
        clash = merged.keys() & strings.keys()
        if clash:
            raise RuntimeError(f"i18n keys defined twice: {sorted(clash)}")
        merged.update(strings)
    return merged


_STRINGS = _load()


def t(key: str, lang: str, /, **values: object) -> str:
    """The string `key` in `lang` ("sv" or "en"), with `values` filled in."""
    pair = _STRINGS[key]
    text = pair[0] if lang == "sv" else pair[1]
    return text.format(**values) if values else text


def has(key: str) -> bool:
    return key in _STRINGS


def default_lang() -> str:
    """Swedish for a Swedish locale, English otherwise."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    code = locale.getlocale()[0] or ""
    return "sv" if code.lower().startswith("sv") else "en"


def parse_lang(value: str | None) -> str:
    """A language code from user input, or the locale's when none is given."""
    if value is None:
        return default_lang()
    value = value.strip().lower()[:2]
    if value not in LANGS:
        raise ValueError(f"unknown language {value!r}: use sv or en")
    return value
