"""Where a command's document goes: standard output, or a file named by `-o` (or after the
document, in the current folder), written whole or not at all; and JSON for scripts."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from facilitator.cli.context import CliError, Context
from facilitator.i18n import t


def target_file(name: str, output: str | None) -> Path:
    """The file `-o` names (a folder: `name` in it), else `name` in the current folder."""
    path = Path(name) if output is None else Path(output).expanduser()
    return path / name if path.is_dir() else path


def refuse_existing(path: Path, force: bool, lang: str) -> None:
    """Stop, saying why, before an existing file would be replaced without `--force`."""
    if path.exists() and not force:
        raise CliError(
            t(
                "{path} exists already and is not replaced; give --force to replace it, or "
                "another file with -o.",
                lang,
                path=str(path),
            )
        )


def write_stdout(context: Context, result: str | bytes) -> None:
    """A rendered document on standard output (bytes as they are)."""
    if isinstance(result, bytes):
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None or sys.stdout.isatty():
            raise CliError(
                t(
                    "{format} is a binary format and is not written to the terminal; name a "
                    "file with -o FILE or redirect the output (> file).",
                    context.lang,
                    format="DOCX",
                )
            )
        stream.write(result)
        stream.flush()
        return
    context.out_file.write(result)
    context.out_file.flush()


def write_file(path: Path, data: bytes, lang: str, *, mode: int) -> None:
    """Write a rendered document through a temporary file, so that an existing file is replaced
    whole or not at all; a new file gets `mode` (less the umask)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        with open(os.open(tmp, flags, mode), "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError as error:
        reason = error.strerror or str(error)
        try:
            tmp.unlink(missing_ok=True)
        except OSError as left:
            why = left.strerror or str(left)
            reason += " " + t("({path} is left behind: {reason})", lang, path=str(tmp), reason=why)
        raise CliError(
            t("cannot write {path}: {reason}", lang, path=str(path), reason=reason)
        ) from error


#: Encodes one flat row as `json.dumps(indent=2)` lays it out inside a list, by the C encoder
#: (which `indent` turns off: ten times slower for the thousands of rows of a register).
_ROW = json.JSONEncoder(ensure_ascii=False, separators=(",\n    ", ": "))


def print_json(context: Context, data: Any) -> None:
    """`data` on standard output as `json.dumps(data, ensure_ascii=False, indent=2)` writes it."""
    context.out_file.write(json_text(data) + "\n")


def json_text(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`; a list of flat objects (the rows of a
    list or a register) is encoded a row at a time by json's C encoder, to the same text."""
    flat = isinstance(data, list) and all(
        isinstance(row, dict) and not any(isinstance(v, (dict, list, tuple)) for v in row.values())
        for row in data
    )
    if not flat or not data:
        return json.dumps(data, ensure_ascii=False, indent=2)
    rows = [_ROW.encode(row) for row in data]
    return "[\n  " + ",\n  ".join(
        f"{{\n    {row[1:-1]}\n  }}" if row != "{}" else row for row in rows
    ) + "\n]"
