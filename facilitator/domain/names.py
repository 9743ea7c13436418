"""Finding a name in free text: a person's (for erasure) or a supplier's (for anonymising)."""

from __future__ import annotations

import re
import unicodedata


class NameMatcher:
    """Finds a name in text: whole words, any case, any spacing, with a genitive s ("Annas")."""

    def __init__(self, name: str) -> None:
        parts = unicodedata.normalize("NFC", name).split()
        if not parts:
            raise ValueError("the name is empty")
        body = r"\s+".join(re.escape(part) for part in parts)
        self.pattern = re.compile(rf"(?<!\w){body}(?:s|'s|’s)?(?!\w)", re.IGNORECASE)

    def replace(self, text: str, replacement: str) -> tuple[str, int]:
        """The text with every mention replaced, and how many there were."""
        normal = unicodedata.normalize("NFC", text)
        result, count = self.pattern.subn(lambda _: replacement, normal)
        return (result, count) if count else (text, 0)


def name_key(name: str) -> str:
    """One key for every spelling of a name that differs only in case and spacing."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()
