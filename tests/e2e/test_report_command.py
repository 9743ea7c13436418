"""The installed `facilitator report`, `check` and `shared` on three demo meetings, as a user
would run them."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.storage.store import Store
from tests.e2e.tmux_app import COMMAND, facilitator
from tests.unit.minutes_helpers import docx_text, html_text
from tests.unit.summary_helpers import INFO, SECRETS, SUPPLIERS, save_records, three_meetings

pytestmark = pytest.mark.skipif(COMMAND is None, reason="facilitator is not installed")


def test_summary_check_and_shared_from_the_installed_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    records = three_meetings()
    records.bookings = []
    save_records(Store(data), records)
    where = ("--data-dir", str(data))

    html = facilitator(
        *where,
        "report",
        "demo",
        "-f",
        "html",
        "--public",
        "--anonymous",
        "-o",
        "ut.html",
        cwd=tmp_path,
    )
    assert html.returncode == 0, html.stderr
    seen = html_text((tmp_path / "ut.html").read_text(encoding="utf-8"))
    assert "Leverantör A" in seen and "Gör bara elarbeten" in seen
    assert not [word for word in (*SECRETS, *SUPPLIERS) if word in seen]

    docx = facilitator(*where, "report", "demo", "-f", "docx", "--lang", "en", cwd=tmp_path)
    assert docx.returncode == 0, docx.stderr
    (written,) = tmp_path.glob("*.docx")
    text = docx_text(written.read_bytes())
    assert "Dialogue summary" in text and "HEMLIGINSIKT" in text and "OSL 19:3" in text

    check = facilitator(*where, "check", "demo", cwd=tmp_path)
    assert check.returncode == 1
    out = check.stdout.decode("utf-8")
    assert "ställdes inte till Beta Service AB" in out
    assert "har inte nått Beta Service AB, Gamma El AB" in " ".join(out.split())

    shared = facilitator(*where, "shared", "demo", "-f", "txt", cwd=tmp_path)
    assert shared.returncode == 0, shared.stderr
    assert INFO in shared.stdout.decode("utf-8")
    after = facilitator(*where, "check", "demo", cwd=tmp_path)
    assert "har inte nått" not in after.stdout.decode("utf-8")
