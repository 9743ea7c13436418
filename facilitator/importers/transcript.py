"""Teams transcripts: WebVTT (.vtt, with `<v Name>` voice tags or, as Microsoft Stream writes
it, without) and the Word document (.docx) Teams offers for download.

`read_transcript(path)` gives the transcript's lines (text, speaker, seconds from the start of the
recording); `ImportProblem` says, in the user's words, why a file gives none.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path

from docx.text.paragraph import Paragraph

from facilitator.domain.transcript_record import TranscriptLine
from facilitator.importers.docx import docx_paragraphs
from facilitator.importers.encoding import decode, read_limited
from facilitator.importers.outline import Block, ImportProblem

MAX_BYTES = 20 * 1024 * 1024
_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?"
#: A cue's timing line: "00:00:12.200 --> 00:00:13.080" (Teams' Word file: "0:0:0.0 --> 0:0:4.3").
_CUE_TIMES = re.compile(rf"^\s*({_TIME})\s*-->\s*({_TIME})")
#: A speaker line in Teams' newer Word transcripts: "Anna Svensson   0:03" or "... 1:02:03".
_SPEAKER_AT = re.compile(r"^\s*(\S.*?)\s+(\d{1,2}:\d{2}(?::\d{2})?)\s*$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]*)>(.*?)(?:</v>|(?=<v[\s.])|$)", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def read_transcript(path: Path | str) -> list[TranscriptLine]:
    """The lines of the transcript file at `path`."""
    path = Path(path)
    return parse_transcript(read_limited(path, MAX_BYTES, "office.transcript.too_large"), path.name)


def parse_transcript(data: bytes, name: str = "") -> list[TranscriptLine]:
    if data.startswith(b"PK\x03\x04"):
        texts = [p.text for p in docx_paragraphs(data) if isinstance(p, Paragraph)]
        lines = _from_document_lines(line for text in texts for line in text.splitlines())
    else:
        text = decode(data).text
        if not text.lstrip("\ufeff \r\n").startswith("WEBVTT"):
            raise ImportProblem("office.transcript.not_transcript", name=name or "?")
        lines = _from_vtt(text)
    if not lines:
        raise ImportProblem("office.transcript.empty", name=name or "?")
    return lines


def seconds(value: str) -> float:
    """"01:02:03.500", "2:03.5" or "0:0:4.340" as seconds."""
    parts = value.replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part or 0)
    return total


def _from_vtt(text: str) -> list[TranscriptLine]:
    lines: list[TranscriptLine] = []
    for cue in re.split(r"\r?\n\s*\r?\n", text.replace("\r\n", "\n")):
        rows = [row for row in cue.split("\n") if row.strip()]
        timing = next((i for i, row in enumerate(rows) if _CUE_TIMES.match(row)), None)
        if timing is None or timing > 1:
            continue  # the header, a NOTE, STYLE or REGION block
        match = _CUE_TIMES.match(rows[timing])
        assert match is not None
        start, end = seconds(match.group(1)), seconds(match.group(2))
        payload = " ".join(row.strip() for row in rows[timing + 1 :])
        voices = _VOICE.findall(payload)
        if not voices:
            voices = [("", payload)]
        for speaker, said in voices:
            words = _plain(said)
            if words:
                lines.append(TranscriptLine(words, _plain(speaker), start, end))
    return lines


def _plain(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", text)).split())


def _from_document_lines(rows: Iterable[str]) -> list[TranscriptLine]:
    """Teams' Word transcript: "0:0:0.0 --> 0:0:4.3", the speaker, then what they said; or, in
    newer files, "Speaker   0:03" followed by what they said."""
    lines: list[TranscriptLine] = []
    pending_speaker = False
    for raw in rows:
        row = raw.strip()
        if not row:
            continue
        cue = _CUE_TIMES.match(row)
        if cue:
            lines.append(TranscriptLine("", "", seconds(cue.group(1)), seconds(cue.group(2))))
            pending_speaker = True
            continue
        header = _SPEAKER_AT.match(row)
        if header and not pending_speaker:
            at = seconds(header.group(2))
            lines.append(TranscriptLine("", _plain(header.group(1)), at, at))
            continue
        if not lines:
            continue  # the title, date and length above the first line
        if pending_speaker:
            lines[-1].speaker = _plain(row)
            pending_speaker = False
            continue
        lines[-1].text = f"{lines[-1].text} {_plain(row)}".strip()
    return [line for line in lines if line.text]


def looks_like_transcript(blocks: list[Block]) -> bool:
    """Whether a document's paragraphs are a transcript's (three or more timed speaker lines)."""
    timed = sum(
        1 for block in blocks if _CUE_TIMES.search(block.text) or _SPEAKER_AT.match(block.text)
    )
    return timed >= 3 and timed * 4 >= len(blocks)
