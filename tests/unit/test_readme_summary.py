"""The summary in the README is what facilitator writes for the three demo meetings."""

from __future__ import annotations

import re
from pathlib import Path

from facilitator.domain.summary import build_summary
from facilitator.export import render_document
from facilitator.export.summary import summary_document
from tests.unit.summary_helpers import NOW, three_meetings

README = Path(__file__).parent.parent.parent / "README.md"
BLOCK = re.compile(r"<!-- summary example -->\n```text\n(.*?)```\n", re.S)


def example() -> str:
    """`facilitator report demo --format txt --lang en --rate 650` on the three meetings."""
    records = three_meetings()
    records.bookings = []
    summary = build_summary(records, rate=650, now=NOW)
    text = render_document(summary_document(summary, "en"), "txt")
    assert isinstance(text, str)
    return text


def test_the_readme_example_is_what_the_code_writes() -> None:
    match = BLOCK.search(README.read_text(encoding="utf-8"))
    assert match is not None, "README.md lacks the summary example"
    assert match[1] == example()
