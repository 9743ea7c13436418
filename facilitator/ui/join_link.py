"""A booked meeting's join link on the meeting screen: shown short, copied through the terminal
(OSC 52), or opened with the system's opener (the default browser, which hands a Teams link to
the Teams app)."""

from __future__ import annotations

import webbrowser
from urllib.parse import urlsplit

from textual.app import App

from facilitator.i18n import t


def short_link(link: str, width: int = 36) -> str:
    """The link as its host and the start of its path, to fit a border ("" without a link)."""
    if not link:
        return ""
    parts = urlsplit(link)
    shown = f"{parts.netloc}{parts.path}" or link
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def copy_link(app: App[object], link: str, lang: str) -> None:
    if not link:
        app.notify(
            t("The meeting has no join link (it comes from the booking's Teams invite).", lang),
            severity="warning",
        )
        return
    app.copy_to_clipboard(link)
    app.notify(
        t("The join link was copied (if the terminal allows it): {link}", lang, link=link),
        markup=False,
        timeout=10,
    )


def open_link(app: App[object], link: str, lang: str, copy_key: str) -> None:
    """Open the link with the system's opener; only web addresses are opened. May run on a
    worker thread (`App.notify` is thread-safe). A failure names `copy_key`, which copies it."""
    if not link.startswith("https://"):
        app.notify(
            t("The meeting has no join link (it comes from the booking's Teams invite).", lang),
            severity="warning",
        )
        return
    try:
        opened = webbrowser.open(link)
    except webbrowser.Error as error:
        app.notify(
            t(
                "The join link could not be opened ({reason}). Copy it with {copy}.",
                lang,
                copy=copy_key,
                reason=str(error),
            ),
            severity="error",
        )
        return
    if not opened:
        app.notify(
            t(
                "The join link could not be opened ({reason}). Copy it with {copy}.",
                lang,
                copy=copy_key,
                reason="-",
            ),
            severity="error",
        )
