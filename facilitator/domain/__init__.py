"""The procurement dialogue in plain Python: no Textual, no storage, no terminal."""
