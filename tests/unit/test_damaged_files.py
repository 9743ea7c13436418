"""A damaged data file is classified, and worded, the same by `list`, `minutes` and `doctor`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import new_session
from facilitator.storage.store import Store

GOOD_ID = "a00000000001"
BAD_ID = "b00000000001"


def good_tables(store: Store) -> dict:
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    session.id = GOOD_ID
    store.save_session(session)
    return json.loads(store.session_path(GOOD_ID).read_text(encoding="utf-8"))


def damaged(store: Store, how: str) -> bytes:
    tables = good_tables(store)
    if how == "empty":
        return b""
    if how == "not_json":
        return b'{"_meta": {"1": {"schema": 1, "kind": "session"'
    if how == "wrong_kind":
        tables["_meta"]["1"]["kind"] = "dialogue"
    elif how == "newer_version":
        tables["_meta"]["1"]["schema"] = 99
    elif how == "bad_content":
        tables["session"]["1"]["started_at"] = "i tisdags"
    return json.dumps(tables).encode()


WORDS = {
    "empty": "filen är tom",
    "not_json": "filen är trasig (inte läsbar som data)",
    "wrong_kind": "filen är inte en facilitator-fil av rätt slag",
    "newer_version": "filen är skriven av en nyare version av facilitator",
    "bad_content": "filen har oväntat innehåll",
}
PYTHON_WORDS = ("Error", "Expecting", "char ", "line 1", "Traceback", "schema", "(")


@pytest.mark.parametrize("how", list(WORDS))
def test_list_minutes_and_doctor_say_the_same_in_plain_words(
    tmp_path: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # the doctor's table is not wrapped
    store = Store(tmp_path / "data")
    path = store.session_path(BAD_ID)
    store.ensure()
    content = damaged(store, how)
    path.write_bytes(content)
    path.chmod(0o600)
    words = WORDS[how]

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["--data-dir", str(store.root), "--lang", "sv", *args])
        out, err = capsys.readouterr()
        return status, out, err

    status, out, _ = run("list", "--json")
    rows = {row["id"]: row for row in json.loads(out)}
    assert rows[BAD_ID]["status"] == "damaged" and rows[BAD_ID]["damaged"] == how
    assert rows[BAD_ID]["problem"].startswith(words)
    assert rows[GOOD_ID]["status"] == "planned"

    status, out, err = run("minutes", BAD_ID[:4])
    assert status == 2 and out == ""
    problem = err.split(": ", 1)[1]
    assert problem.startswith(f"Mötet {BAD_ID} kan inte öppnas: {words}")
    assert not [w for w in PYTHON_WORDS if w in problem.replace("(inte läsbar som data)", "")]

    status, out, _ = run("doctor")
    assert status == 1
    (line,) = [line for line in out.splitlines() if f"{BAD_ID}.json " in line]
    assert words in line
    assert not [w for w in PYTHON_WORDS[:5] if w in out]
    assert path.read_bytes() == content, "nothing is changed"
