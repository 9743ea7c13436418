"""Strings of setting the app up: keymaps, terminal settings."""

STRINGS: dict[str, tuple[str, str]] = {
    "setup.keymap.damaged": (
        "Tangentfilen {path} används inte: {reason}",
        "The keymap file {path} is not used: {reason}",
    ),
    "setup.keymap.unreadable": ("den kan inte läsas ({detail})", "it cannot be read ({detail})"),
    "setup.keymap.not_json": ("det är inte JSON ({detail})", "it is not JSON ({detail})"),
    "setup.keymap.not_keymap": (
        'skriv id och tangenter som {{"meeting.end_meeting": "f10"}}',
        'write ids and keys as {{"meeting.end_meeting": "f10"}}',
    ),
    "setup.keymap.unknown": (
        "Tangentfilen {path} nämner okända id: {ids} (se \u201dfacilitator keys\u201d).",
        "The keymap file {path} names unknown ids: {ids} (see \u201cfacilitator keys\u201d).",
    ),
    "setup.keys.file": ("Egna tangenter läses från {path}", "Your own keys are read from {path}"),
    "setup.keys.id": ("id", "id"),
    "setup.keys.key": ("tangent", "key"),
    "setup.keys.action": ("gör", "does"),
    "setup.mac_option": (
        "Tangenten Option skrev \u201d{character}\u201d i stället för alt+{letter}. Låt Option "
        "fungera som Meta: i Terminal, Inställningar \u2192 Profiler \u2192 Tangentbord \u2192 "
        "\u201dAnvänd Alternativ som metatangent\u201d; i iTerm2, Settings \u2192 Profiles \u2192 "
        "Keys \u2192 Left Option key: Esc+.",
        "The Option key typed \u201c{character}\u201d instead of alt+{letter}. Let Option act as "
        "Meta: in Terminal, Settings \u2192 Profiles \u2192 Keyboard \u2192 \u201cUse Option as "
        "Meta key\u201d; in iTerm2, Settings \u2192 Profiles \u2192 Keys \u2192 Left Option key: "
        "Esc+.",
    ),
    # progress of long work on the command line
    "maint.doctor.checking": ("Kontrollerar filerna", "Checking the files"),
    "progress.import": ("Läser {file}", "Reading {file}"),
    "progress.minutes": ("Skriver minnesanteckningarna", "Writing the minutes"),
}
