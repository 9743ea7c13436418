"""Swedish and English strings.

Each area keeps its strings in its own module (`ui`, `minutes`, `cli`, ...) as a dict of
key -> (Swedish, English). `t(key, lang, **values)` looks one up and fills in `{values}`.
A text that shows a count has two keys, `key.one` and `key.other`, and is looked up with
`tn(key, count, lang, **values)`.
"""

from __future__ import annotations

import errno
import locale
import os
import re
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
    "language",
    "screens",
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


def tn(key: str, count: int, lang: str, /, **values: object) -> str:
    """The singular (`key.one`) or plural (`key.other`) form of `key` for `count`, with `count`
    and `values` filled in. Swedish and English both use the singular for exactly one."""
    form = "one" if count == 1 else "other"
    return t(f"{key}.{form}", lang, count=count, **values)


def has(key: str) -> bool:
    return key in _STRINGS


def os_reason(error: OSError, lang: str) -> str:
    """Why an operating-system call failed ("disken är full"), in `lang` for the common causes;
    the system's own words otherwise."""
    key = f"oserror.{errno.errorcode.get(error.errno or 0, '')}"
    if key in _STRINGS:
        return t(key, lang)
    return error.strerror or str(error)


def from_english(source: str, text: str, lang: str) -> str:
    """`text`, written in English by `source` ("argparse", "textual"), in `lang`: looked up as
    the key `source:text`, as gettext catalogs key on the English message; as it is when there
    is no translation."""
    key = f"{source}:{text}"
    return t(key, lang) if lang != "en" and key in _STRINGS else text


def default_lang() -> str:
    """Swedish for a Swedish locale, English otherwise.

    The environment decides where it names a locale (`sv_SE.UTF-8` on Linux and macOS); Windows
    sets no such variable and names its locale `Swedish_Sweden`.
    """
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return lang_of_locale(value)
    return lang_of_locale(locale.getlocale()[0] or "")


def lang_of_locale(name: str) -> str:
    """"sv" for a Swedish locale name (`sv_SE.UTF-8`, `sv-FI`, `sv`, `Swedish_Sweden`),
    "en" for any other."""
    name = name.strip().lower()
    swedish = name.startswith("swedish") or re.match(r"sv(?:$|[_\-.:@])", name) is not None
    return "sv" if swedish else "en"


def parse_lang(value: str | None) -> str:
    """A language code from user input, or the locale's when none is given."""
    if value is None:
        return default_lang()
    value = value.strip().lower()[:2]
    if value not in LANGS:
        raise ValueError(f"unknown language {value!r}: use sv or en")
    return value
