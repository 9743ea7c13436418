"""Finding names in free text: a person's (for erasure) or the suppliers' (for anonymising)."""

from __future__ import annotations

import re
import unicodedata

#: A genitive ending ("Annas", "Anna's") belongs to the name it follows.
_GENITIVE = "(?:s|'s|’s)?"


def _body(name: str) -> str:
    """The name as a pattern: its words in any case, with any spacing between them."""
    return r"\s+".join(re.escape(part) for part in unicodedata.normalize("NFC", name).split())


class NameMatcher:
    """Finds a name in text: whole words, any case, any spacing, with a genitive s ("Annas")."""

    def __init__(self, name: str) -> None:
        if not name.split():
            raise ValueError("the name is empty")
        self.pattern = re.compile(rf"(?<!\w){_body(name)}{_GENITIVE}(?!\w)", re.IGNORECASE)

    def replace(self, text: str, replacement: str) -> tuple[str, int]:
        """The text with every mention replaced, and how many there were."""
        normal = unicodedata.normalize("NFC", text)
        result, count = self.pattern.subn(lambda _: replacement, normal)
        return (result, count) if count else (text, 0)


class NamesReplacer:
    """Replaces each of several names (as `NameMatcher` finds them) by its own replacement, in
    one pass; a longer name wins over a shorter one it contains."""

    def __init__(self, replacements: dict[str, str]) -> None:
        names = sorted((n for n in replacements if n.split()), key=len, reverse=True)
        #: The replacement of each name, by the name of the group that finds it.
        self.by_group = {f"n{i}": replacements[name] for i, name in enumerate(names)}
        body = "|".join(f"(?P<n{i}>{_body(name)})" for i, name in enumerate(names))
        self.pattern = (
            re.compile(rf"(?<!\w)(?:{body}){_GENITIVE}(?!\w)", re.IGNORECASE) if names else None
        )

    def _replacement(self, match: re.Match[str]) -> str:
        return self.by_group[str(match.lastgroup)]

    def replace(self, text: str) -> str:
        if self.pattern is None or not text:
            return text
        normal = unicodedata.normalize("NFC", text)
        result, count = self.pattern.subn(self._replacement, normal)
        return result if count else text


def name_key(name: str) -> str:
    """One key for every spelling of a name that differs only in case and spacing."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()
