"""The front matter of the minutes is the YAML `yaml.safe_dump` writes, for any metadata, also
where it is written without loading YAML."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from facilitator.export.document import Document
from facilitator.export.markdown import front_matter

TRICKY = [
    "", " ", "yes", "No", "TRUE", "off", "On", "null", "Null", "~", "y", "n", "yEs", "nULL",
    "0051e853676c", "0b1101", "0b12ab", "1234", "0777", "0x1f", "1e10", "1.5", ".inf", "-", "-x",
    "a: b", "a:b", "a #b", "a#b", "ab:", "#x", "x ", " x", "x\ty", "x\ny", "x\u2028y", "x\x85y",
    "it's", '"quoted"', "'single'", "KS 2026/0142", "Göteborgs Golv & Kakel", "漢字の会社",
    "Åke [AB]", "{x}", "a, b", "?x", "x?", "!x", "&x", "*x", "|x", ">x", "%x", "@x", "`x",
    "2020-02-07", "2020-2-7", "2020-02-07T00:00:00+01:00", "2020-02-07T00:00:00.123456+01:00",
    "2020-02-07T00:00:00", "2020-02-07 00:00:00", "x" * 600, "\ufeffx", "x\ufeff",
    "\u0662\u0660\u0662\u0660-\u0660\u0662-\u0660\u0667",  # a date in Arabic-Indic digits
    "Ölands\u00a0El", "🚀 Rymd AB", "<<", "=", "Dialog 10",
]
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.sampled_from(TRICKY),
    st.text(max_size=30),
    st.text(st.characters(categories=("L", "N", "Zs", "P", "S")), max_size=30),
    st.datetimes(timezones=st.just(timezone(timedelta(hours=1)))).map(datetime.isoformat),
    st.dates().map(lambda d: d.isoformat()),
)
KEYS = st.sampled_from(["title", "supplier", "date", "start", "length_minutes", "public"])


def yaml_front_matter(metadata: dict[str, Any]) -> str:
    body = yaml.safe_dump(
        metadata, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000
    )
    return f"---\n{body}---"


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(KEYS, VALUES, max_size=6))
@example({"title": "Dialog 10", "date": "2020-02-07", "session": "0051e853676c"})
def test_front_matter_is_what_yaml_writes(metadata: dict[str, Any]) -> None:
    document = Document(lang="sv", title="x", metadata=metadata, blocks=[])
    assert front_matter(document) == yaml_front_matter(metadata)


def test_each_tricky_text_is_written_as_yaml_writes_it() -> None:
    for text in TRICKY:
        metadata = {"title": text, "finalised": None, "version": 2, "public": False}
        document = Document(lang="sv", title="x", metadata=metadata, blocks=[])
        assert front_matter(document) == yaml_front_matter(metadata), text
