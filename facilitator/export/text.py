"""Minutes as plain text, for pasting into a Teams chat or an e-mail."""

from __future__ import annotations

from facilitator.export.document import Bullets, Document, Fields, Heading, Paragraph, Span


def _spans(spans: tuple[Span, ...]) -> str:
    return "".join(span.text for span in spans).strip()


def _hang(text: str, indent: str) -> str:
    """Continuation lines indented under the first."""
    return text.replace("\n", "\n" + indent)


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
    return "\n\n".join(part for part in parts if part) + "\n"
