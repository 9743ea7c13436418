"""facilitator: lead a supplier dialogue meeting and hand over the minutes when the call ends."""

__version__ = "0.1.0"
