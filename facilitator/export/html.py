"""Minutes as one standalone HTML file: inline CSS, no scripts, prints well on A4."""

from __future__ import annotations

from html import escape

from facilitator.export.document import (
    Bullets,
    Document,
    Fields,
    Heading,
    Paragraph,
    Span,
    Table,
)

_CSS = """
@page { size: A4; margin: 20mm 18mm; }
html { font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 11pt; line-height: 1.45;
       color: #1a1a1a; background: #fff; }
body { max-width: 174mm; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 .4em; }
h2 { font-size: 14pt; margin: 1.4em 0 .4em; border-bottom: 1px solid #999; padding-bottom: .1em; }
h3 { font-size: 12pt; margin: 1em 0 .3em; }
h1, h2, h3 { page-break-after: avoid; break-after: avoid; }
p, li { orphans: 3; widows: 3; }
ul { margin: .3em 0 .6em; padding-left: 1.4em; }
li { margin: .15em 0; page-break-inside: avoid; break-inside: avoid; }
table.fields { border-collapse: collapse; margin: .4em 0; }
table.fields th { font-weight: 600; text-align: left; vertical-align: top; padding: .1em 1em .1em 0;
                  white-space: nowrap; }
table.fields td { vertical-align: top; padding: .1em 0; white-space: pre-line; }
table.fields tr { page-break-inside: avoid; break-inside: avoid; }
table.grid { border-collapse: collapse; margin: .4em 0 .8em; }
table.grid th, table.grid td { border: 1px solid #999; padding: .15em .5em; text-align: left;
                               vertical-align: top; white-space: pre-line; }
table.grid tr { page-break-inside: avoid; break-inside: avoid; }
.item { white-space: pre-line; }
em.withheld { font-style: italic; color: #555; }
@media print { body { margin: 0; max-width: none; padding: 0; } }
"""


def _text(text: str) -> str:
    return escape(text, quote=True)


def _spans(spans: tuple[Span, ...]) -> str:
    out = []
    for span in spans:
        text = _text(span.text)
        if span.style == "strong":
            text = f"<strong>{text}</strong>"
        elif span.style == "em":
            text = f"<em>{text}</em>"
        out.append(text)
    return "".join(out).strip()


def render(document: Document) -> str:
    body: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 6)
            body.append(f"<h{level}>{_text(' '.join(block.text.split()))}</h{level}>")
        elif isinstance(block, Paragraph):
            body.append(f'<p class="item">{_spans(block.spans)}</p>')
        elif isinstance(block, Fields):
            rows = "".join(
                f'<tr><th scope="row">{_text(label)}</th><td>{_text(value.strip())}</td></tr>'
                for label, value in block.rows
            )
            body.append(f'<table class="fields"><tbody>{rows}</tbody></table>')
        elif isinstance(block, Bullets):
            items = "".join(f'<li class="item">{_spans(item)}</li>' for item in block.items)
            body.append(f"<ul>{items}</ul>")
        elif isinstance(block, Table):
            head = "".join(f'<th scope="col">{_text(c)}</th>' for c in block.header)
            rows = "".join(
                "<tr>" + "".join(f"<td>{_text(c)}</td>" for c in row) + "</tr>"
                for row in block.rows
            )
            body.append(
                f'<table class="grid"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
            )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_text(document.lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(document.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
