"""Every record on disk: TinyDB files written atomically, one per session, dialogue and booking."""
