"""Strings of what every screen shares: unexpected errors and the error log."""

STRINGS: dict[str, tuple[str, str]] = {
    "screens.unexpected": (
        "Något gick fel ({reason}). Detaljerna finns i {path}",
        "Something went wrong ({reason}). The details are in {path}",
    ),
    "screens.log_unwritable": (
        "Felloggen kan inte skrivas i {path} ({reason}). Appen fungerar ändå, men fel sparas "
        "inte i någon logg.",
        "The error log cannot be written in {path} ({reason}). The app works all the same, but "
        "errors are kept in no log.",
    ),
    "screens.no_log": ("ingen logg", "no log"),
    "screens.cannot_read": ("Kunde inte läsa: {reason}", "Could not read: {reason}"),
}
