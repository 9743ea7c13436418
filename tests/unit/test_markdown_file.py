"""The minutes screen writes the Markdown file from the text it shows: it must be the file the
`minutes` command writes, byte for byte, in both languages, internal and public."""

from __future__ import annotations

import pytest

from facilitator.export import document_preview, markdown_file, minutes_document, render_document
from tests.unit.minutes_helpers import finished_meeting


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("public", [False, True])
def test_the_file_from_the_preview_is_the_markdown_file(lang: str, public: bool) -> None:
    session, clock = finished_meeting()
    document = minutes_document(session, lang, public, clock.now())
    assert markdown_file(document, document_preview(document)) == render_document(document, "md")
