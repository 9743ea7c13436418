"""Sessions, dialogues and settings on disk: TinyDB files written atomically, one per session."""
