STRINGS: dict[str, tuple[str, str]] = {}
