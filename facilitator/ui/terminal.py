"""What a terminal sends instead of the keys the app expects, and how to tell the user."""

from __future__ import annotations

import sys

#: What macOS types for Option with a letter the app binds to alt (US and Swedish layouts), when
#: the terminal does not send Option as Meta. Letters Swedish users type (å, ä, ö) are left out.
MAC_OPTION_CHARACTERS = {
    "µ": "m", "π": "p", "ß": "s", "†": "t", "˚": "k", "ç": "c", "ø": "o", "©": "g"
}


def mac_option_letter(character: str | None, platform: str | None = None) -> str | None:
    """The letter of the alt key meant, when `character` is what Option typed on a Mac."""
    if (platform or sys.platform) != "darwin" or not character:
        return None
    return MAC_OPTION_CHARACTERS.get(character)
