"""HTML: an announcement page, or a Word or LibreOffice document saved as a web page.

The page is cleaned first (scripts, styles, comments, navigation and page furniture dropped; Word's
list paragraphs with their typed numbers turned into real list items; short all-bold paragraphs
turned into headings) and then converted to Markdown with markdownify and read as Markdown.
The page is parsed with lxml, which repairs unclosed list items the way browsers do and is
several times faster than Python's own parser on large pages.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag
from markdownify import MarkdownConverter

from facilitator.importers.markdown import read_markdown
from facilitator.importers.outline import Outline, looks_like_question

#: Elements that never hold a dialogue's questions.
_FURNITURE = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "textarea",
    "head",
    "object",
    "embed",
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = ("ul", "ol", "p", "div", "table", "section", *_HEADINGS)
_MSO_LEVEL = re.compile(r"mso-list\s*:\s*l\d+\s+level(\d+)", re.IGNORECASE)
_MSO_LIST_CLASS = re.compile(r"^msolistparagraph", re.IGNORECASE)
_MSO_IGNORE = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
#: Removed before parsing, which is much faster than finding them in the tree: comments (and
#: Word's conditional comments), scripts, styles, and large inline data such as base64 images.
_OPENERS = re.compile(
    r"<!--|<!\[(?:if|endif)[^\]>]*\]>|<(script|style)\b[^>]*>|data:[\w/+.;=-]*,(?=[^\"'\s)>]{256})",
    re.IGNORECASE,
)
_CLOSERS = {
    "comment": re.compile(r"-->"),
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
    "data": re.compile(r"[\"'\s)>]"),
}
_TAG_PREFIX = re.compile(rb"<\s*(html|body|head|p|div|h[1-6]|ul|ol|li|meta|table)\b", re.IGNORECASE)


_CONVERTER = MarkdownConverter(
    heading_style="ATX",
    bullets="-",
    strip=["a", "img"],
    escape_asterisks=False,
    escape_underscores=False,
    escape_misc=False,
)


def looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip()
    return head[:1] == b"<" and bool(_TAG_PREFIX.search(head))


def read_html(text: str) -> Outline:
    return read_markdown(html_to_markdown(text))


def html_to_markdown(text: str) -> str:
    soup = BeautifulSoup(_pre_clean(text), "lxml")
    return _CONVERTER.convert_soup(clean(soup))


def _pre_clean(text: str) -> str:
    """`text` without comments, scripts, styles and inline data; linear even when unclosed."""
    kept: list[str] = []
    position = 0
    while (opener := _OPENERS.search(text, position)) is not None:
        kept.append(text[position : opener.start()])
        token = opener.group(0)
        if token.startswith("<!["):
            position = opener.end()
            continue
        kind = (
            "comment"
            if token == "<!--"
            else "data"
            if token[:5].lower() == "data:"
            else (opener.group(1) or "").lower()
        )
        closer = _CLOSERS[kind].search(text, opener.end())
        if closer is None:
            return "".join(kept)
        position = closer.start() if kind == "data" else closer.end()
    kept.append(text[position:])
    return "".join(kept)


def clean(soup: BeautifulSoup) -> Tag:
    """The part of the page that holds the content, cleaned for conversion."""
    for node in soup.find_all(string=True):
        if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            node.extract()
    for tag in soup.find_all(_FURNITURE):
        tag.decompose()
    for tag in soup.find_all(style=_MSO_IGNORE):
        tag.decompose()
    root = _content_root(soup)
    _lists_out_of_headings(root)
    _word_lists(root, soup)
    _bold_headings(root, soup)
    return root


def _content_root(soup: BeautifulSoup) -> Tag:
    mains = soup.find_all(["main", "article"])
    if len(mains) == 1:
        return mains[0]
    role = soup.find(attrs={"role": "main"})
    if isinstance(role, Tag):
        return role
    body = soup.find("body")
    return body if isinstance(body, Tag) else soup


def _lists_out_of_headings(root: Tag) -> None:
    """An unclosed heading swallows what follows it; move that content out, after the heading."""
    for heading in root.find_all(_HEADINGS):
        blocks = heading.find_all(_BLOCKS, recursive=False)
        if not blocks:
            continue
        anchor = heading
        for node in [blocks[0], *blocks[0].next_siblings]:
            anchor.insert_after(node.extract())
            anchor = node


def _word_level(tag: Tag) -> int | None:
    """The list level of a Word list paragraph (1 = top), None if it is not one."""
    if tag.name != "p":
        return None
    match = _MSO_LEVEL.search(str(tag.get("style", "")))
    if match:
        return int(match.group(1))
    classes = tag.get("class") or []
    if any(_MSO_LIST_CLASS.match(str(c)) for c in classes):
        return 1
    return None


def _word_lists(root: Tag, soup: BeautifulSoup) -> None:
    """Word writes a list as paragraphs with typed numbers; make them nested <ul>s."""
    for paragraph in root.find_all(lambda tag: _word_level(tag) is not None):
        if paragraph.parent is None:
            continue
        run = [paragraph]
        node = paragraph.next_sibling
        while node is not None:
            if isinstance(node, Tag):
                if _word_level(node) is None:
                    break
                run.append(node)
            elif str(node).strip():
                break
            node = node.next_sibling
        _replace_with_list(run, soup)


def _replace_with_list(run: list[Tag], soup: BeautifulSoup) -> None:
    top = soup.new_tag("ul")
    run[0].insert_before(top)
    stack: list[tuple[int, Tag]] = [(1, top)]
    last_item: Tag | None = None
    for paragraph in run:
        level = _word_level(paragraph) or 1
        while len(stack) > 1 and stack[-1][0] > level:
            stack.pop()
        if level > stack[-1][0] and last_item is not None:
            nested = soup.new_tag("ul")
            last_item.append(nested)
            stack.append((level, nested))
        item = soup.new_tag("li")
        item.string = paragraph.get_text(" ", strip=True)
        stack[-1][1].append(item)
        last_item = item
        paragraph.decompose()


def _bold_headings(root: Tag, soup: BeautifulSoup) -> None:
    """A short paragraph that is all bold and not a question reads as a heading."""
    for paragraph in root.find_all("p"):
        if paragraph.find(["b", "strong"]) is None:
            continue
        text = paragraph.get_text(" ", strip=True)
        if not text or len(text) > 80 or looks_like_question(text):
            continue
        bold = "".join(b.get_text(" ", strip=True) for b in paragraph.find_all(["b", "strong"]))
        if bold.replace(" ", "") == text.replace(" ", ""):
            heading = soup.new_tag("h3")
            heading.string = text
            paragraph.replace_with(heading)
