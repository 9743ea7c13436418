"""Colour themes shipped with facilitator (data files: see README.md)."""
