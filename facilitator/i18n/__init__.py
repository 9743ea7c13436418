"""Swedish and English strings, as gettext catalogs.

The code says each text in English, and that English text is the message id:
`t("Meetings", lang)`. The Swedish translations are in the catalog
`facilitator/locale/sv/LC_MESSAGES/facilitator.po`, read with the standard library's `gettext`.
A text that shows a count gives both English forms, `tn("{count} question", "{count} questions",
count, lang)`, and the catalog the Swedish ones (`ngettext`). Where one English text needs two
Swedish ones, a context tells them apart: `tp("minutes", "Format", lang)` (`pgettext`). A text
chosen at run time is marked with `N_` where it is written (a table of statuses, an error's
message) and translated with `t` where it is shown.
"""

from __future__ import annotations

import errno
import gettext
import io
import os
import re
from functools import cache

LANGS = ("sv", "en")


def N_(text: str) -> str:
    """Mark `text` as a message to translate where it is shown (with `t`): it is returned as it
    is, and found by the test that checks every message has a translation."""
    return text


@cache
def _catalog(lang: str) -> gettext.NullTranslations:
    if lang != "sv":
        return gettext.NullTranslations()  # English: the message ids themselves
    from facilitator.i18n.catalog import compiled

    return gettext.GNUTranslations(io.BytesIO(compiled(lang)))


def _filled(text: str, values: dict[str, object]) -> str:
    return text.format(**values) if values else text


def t(message: str, lang: str, /, **values: object) -> str:
    """`message` (English) in `lang` ("sv" or "en"), with `values` filled in."""
    return _filled(_catalog(lang).gettext(message), values)


def tn(singular: str, plural: str, count: int, lang: str, /, **values: object) -> str:
    """The form of a text for `count` in `lang`, with `count` and `values` filled in (a `count`
    among `values` is shown instead, as "200+")."""
    return _filled(_catalog(lang).ngettext(singular, plural, count), {"count": count, **values})


def tp(context: str, message: str, lang: str, /, **values: object) -> str:
    """`message` in `lang` in the sense `context` gives it ("minutes", "log level")."""
    return _filled(_catalog(lang).pgettext(context, message), values)


def has(message: str, context: str | None = None) -> bool:
    """Whether the Swedish catalog translates `message` (in `context`)."""
    catalog = _catalog("sv")
    lookup = catalog.gettext(message) if context is None else catalog.pgettext(context, message)
    return lookup is not message


_OS_REASONS = {
    "ENOENT": N_("no such file or folder"),
    "EACCES": N_("permission denied"),
    "EPERM": N_("operation not permitted"),
    "ENOSPC": N_("the disk is full"),
    "EDQUOT": N_("the disk quota is used up"),
    "EROFS": N_("read-only file system"),
    "EISDIR": N_("it is a folder"),
    "ENOTDIR": N_("part of the path is not a folder"),
    "EEXIST": N_("already exists"),
    "EBUSY": N_("in use by another program"),
    "ENAMETOOLONG": N_("the name is too long"),
    "EIO": N_("input/output error on the disk"),
}


def os_reason(error: OSError, lang: str) -> str:
    """Why an operating-system call failed ("disken är full"), in `lang` for the common causes;
    the system's own words otherwise."""
    reason = _OS_REASONS.get(errno.errorcode.get(error.errno or 0, ""))
    if reason is not None:
        return t(reason, lang)
    return error.strerror or str(error)


def from_english(source: str, text: str, lang: str) -> str:
    """`text`, written in English by `source` ("argparse", "textual"), in `lang`: the catalog's
    translation in the context `source`; as it is when there is none."""
    return _catalog(lang).pgettext(source, text)


def default_lang() -> str:
    """Swedish for a Swedish locale, English otherwise.

    The environment decides where it names a locale (`sv_SE.UTF-8` on Linux and macOS); Windows
    sets no such variable and names its locale `Swedish_Sweden`.
    """
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return lang_of_locale(value)
    import locale  # only where the environment names none

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
