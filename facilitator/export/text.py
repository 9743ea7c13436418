"""Minutes as plain text, for pasting into a Teams chat or an e-mail."""

from __future__ import annotations

from facilitator.export.document import (
    Bullets,
    Document,
    Fields,
    Heading,
    Paragraph,
    Span,
    Table,
)


def _spans(spans: tuple[Span, ...]) -> str:
    return "".join(span.text for span in spans).strip()


def _hang(text: str, indent: str) -> str:
    """Continuation lines indented under the first."""
    return text.replace("\n", "\n" + indent)


def _table(table: Table) -> str:
    """Columns padded to their widest cell, separated by " | "."""
    rows = [table.header, *table.rows]
    cells = [[" ".join(c.split()) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(table.header))]
    lines = [
        " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def render(document: Document) -> str:
    parts: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            line = " ".join(block.text.split())
            if block.level == 1:
                parts.append(f"{line}\n{'=' * min(len(line), 72)}")
            elif block.level == 2:
                parts.append(f"{line.upper()}")
            else:
                parts.append(line)
        elif isinstance(block, Paragraph):
            parts.append(_spans(block.spans))
        elif isinstance(block, Fields):
            parts.append(
                "\n".join(f"{label}: {_hang(value.strip(), '  ')}" for label, value in block.rows)
            )
        elif isinstance(block, Bullets):
            parts.append("\n".join(f"• {_hang(_spans(item), '  ')}" for item in block.items))
        elif isinstance(block, Table):
            parts.append(_table(block))
    return "\n\n".join(part for part in parts if part) + "\n"
