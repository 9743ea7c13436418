"""HTML: an announcement page, or a Word or LibreOffice document saved as a web page.

The page is cleaned first (scripts, styles, comments, navigation and page furniture dropped; Word's
list paragraphs with their typed numbers turned into real list items; short all-bold paragraphs
turned into headings) and then converted to Markdown with markdownify and read as Markdown.
The page is parsed with lxml, which repairs unclosed list items the way browsers do and is
several times faster than Python's own parser on large pages.
"""

from __future__ import annotations

import re
import warnings

from bs4 import (
    BeautifulSoup,
    Comment,
    Declaration,
    Doctype,
    MarkupResemblesLocatorWarning,
    ProcessingInstruction,
    Tag,
    XMLParsedAsHTMLWarning,
)
from bs4.element import PageElement
from markdownify import MarkdownConverter

from facilitator.importers.markdown import read_markdown
from facilitator.importers.outline import Outline, looks_like_question, table_blocks

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
_FLAT_LEVEL = re.compile(r"^lst-kix_\w+-(\d+)$")
_MSO_LIST_CLASS = re.compile(r"^msolistparagraph", re.IGNORECASE)
_MSO_IGNORE = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
#: The tiny spacer Word writes after a typed list marker ("·", "1.", "o") in a filtered export.
_MARKER_SPACER = re.compile(r"font\s*:\s*7\.0pt", re.IGNORECASE)
_HANGING_INDENT = re.compile(r"text-indent\s*:\s*-", re.IGNORECASE)
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
    with warnings.catch_warnings():
        # XHTML and pages that look like a file name are read as HTML on purpose.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
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
    """The part of the page that holds the content, cleaned for conversion.

    The tree is walked once and its elements sorted into what each step needs, which keeps a
    10 MB page from being searched a dozen times over.
    """
    tags: list[Tag] = []
    for node in list(soup.descendants):
        if isinstance(node, Tag):
            tags.append(node)
        elif isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            node.extract()
    # Ids of removed elements (a removed element's own state cannot be asked cheaply).
    gone: set[int] = set()
    for tag in tags:
        if id(tag) not in gone and (
            tag.name in _FURNITURE or _MSO_IGNORE.search(str(tag.attrs.get("style") or ""))
        ):
            gone.update(id(d) for d in tag.descendants)
            gone.add(id(tag))
            tag.decompose()
    live = [tag for tag in tags if id(tag) not in gone]
    _lists_out_of_headings([tag for tag in live if tag.name in _HEADINGS])
    _nest_flat_lists([tag for tag in live if tag.name in ("ul", "ol")])
    _tables_of_questions([tag for tag in live if tag.name == "table"], soup)
    paragraphs = [tag for tag in live if tag.name == "p"]
    for paragraph in paragraphs:
        if "MsoTitle" in (paragraph.attrs.get("class") or []):
            paragraph.name = "h1"  # Word's Title style is a paragraph, not a heading
    paragraphs = [tag for tag in paragraphs if tag.name == "p"]
    gone |= _word_lists(paragraphs, soup)
    _bold_headings([p for p in paragraphs if id(p) not in gone], soup)
    return _content_root(soup, [tag for tag in live if id(tag) not in gone])


def _content_root(soup: BeautifulSoup, tags: list[Tag]) -> Tag:
    mains = [tag for tag in tags if tag.name in ("main", "article")]
    if len(mains) == 1:
        return mains[0]
    role = next((tag for tag in tags if tag.attrs.get("role") == "main"), None)
    if role is not None:
        return role
    body = next((tag for tag in tags if tag.name == "body"), None)
    return body if body is not None else soup


def _lists_out_of_headings(headings: list[Tag]) -> None:
    """An unclosed heading swallows what follows it; move that content out, after the heading."""
    for heading in headings:
        first = next(
            (c for c in heading.contents if isinstance(c, Tag) and c.name in _BLOCKS), None
        )
        if first is None:
            continue
        anchor: PageElement = heading
        for node in [first, *first.next_siblings]:
            anchor.insert_after(node.extract())
            anchor = node


def _nest_flat_lists(lists: list[Tag]) -> None:
    """Google Docs writes a nested list as sibling lists with classes "lst-kix_<id>-<level>";
    put each deeper one inside the last item of the list before it."""
    previous: Tag | None = None
    for current in lists:
        match = next(filter(None, map(_FLAT_LEVEL.match, current.attrs.get("class") or [])), None)
        level = int(match.group(1)) if match else 0
        if level > 0 and previous is not None and current.find_previous_sibling() is previous:
            items = previous.find_all("li")
            if items:
                items[-1].append(current.extract())
                continue
        previous = current


def _tables_of_questions(tables: list[Tag], soup: BeautifulSoup) -> None:
    """A table whose rows are the questions becomes a list (other tables are left as they are;
    a table holding lists or other tables is page layout)."""
    for table in tables:
        if table.find(["table", "ul", "ol"]) is not None:
            continue
        rows = [
            [cell.get_text("\n", strip=True) for cell in row.find_all(["td", "th"])]
            for row in table.find_all("tr")
        ]
        blocks = table_blocks(rows, only_questions=True)
        if not blocks:
            continue
        top = soup.new_tag("ul")
        last: Tag | None = None
        for block in blocks:
            item = soup.new_tag("li")
            item.string = block.text
            if block.level and last is not None:
                nested = last.find("ul")
                if not isinstance(nested, Tag):
                    nested = soup.new_tag("ul")
                    last.append(nested)
                nested.append(item)
                continue
            top.append(item)
            last = item
        table.replace_with(top)


def _word_level(tag: Tag) -> int | None:
    """The list level of a Word list paragraph (1 = top), None if it is not one."""
    if tag.name != "p":
        return None
    match = _MSO_LEVEL.search(str(tag.attrs.get("style", "")))
    if match:
        return int(match.group(1))
    classes = tag.get_attribute_list("class")
    if any(_MSO_LIST_CLASS.match(str(c)) for c in classes if c):
        return 1
    return None


def _word_lists(paragraphs: list[Tag], soup: BeautifulSoup) -> set[int]:
    """Word writes a list as paragraphs with typed numbers; make them nested <ul>s.

    Returns the ids of the paragraphs replaced and of everything in them.
    """
    replaced: set[int] = set()
    for paragraph in paragraphs:
        if id(paragraph) in replaced or _word_level(paragraph) is None:
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
        replaced.update(id(d) for p in run for d in (p, *p.descendants))
        _replace_with_list(run, soup)
    return replaced


def _strip_typed_marker(paragraph: Tag) -> bool:
    """Take out the list marker Word typed before the text (a filtered export keeps it as text,
    followed by a small spacer); whether there was one."""
    spacer = paragraph.find("span", style=_MARKER_SPACER)
    if not isinstance(spacer, Tag):
        return False
    holder = spacer if spacer.parent is paragraph else spacer.parent
    if not isinstance(holder, Tag):
        return False
    for sibling in list(holder.previous_siblings):
        sibling.extract()
    holder.decompose()
    return True


def _is_continuation(paragraph: Tag) -> bool:
    """A list paragraph without a marker of its own carries on the item above it (Word's "List
    Paragraph" style used for the wrapped rest of an item)."""
    if _MSO_LEVEL.search(str(paragraph.attrs.get("style", ""))):
        return False
    marked = _strip_typed_marker(paragraph)
    return not marked and not _HANGING_INDENT.search(str(paragraph.attrs.get("style", "")))


def _replace_with_list(run: list[Tag], soup: BeautifulSoup) -> None:
    top = soup.new_tag("ul")
    run[0].insert_before(top)
    stack: list[tuple[int, Tag]] = [(1, top)]
    last_item: Tag | None = None
    for paragraph in run:
        if _is_continuation(paragraph) and last_item is not None:
            last_item.string = f"{last_item.get_text()} {paragraph.get_text(' ', strip=True)}"
            paragraph.decompose()
            continue
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


def _bold_headings(paragraphs: list[Tag], soup: BeautifulSoup) -> None:
    """A short paragraph that is all bold and not a question reads as a heading."""
    for paragraph in paragraphs:
        if not _all_bold(paragraph):
            continue
        text = paragraph.get_text(" ", strip=True)
        if len(text) <= 80 and not looks_like_question(text):
            heading = soup.new_tag("h3")
            heading.string = text
            paragraph.replace_with(heading)


def _all_bold(tag: Tag, depth: int = 0) -> bool:
    """Every piece of text in `tag` is inside <b> or <strong> (through at most two wrappers)."""
    found = False
    for child in tag.contents:
        if not isinstance(child, Tag):
            if str(child).strip():
                return False
        elif child.name in ("b", "strong"):
            found = True
        elif not child.get_text(strip=True):
            continue
        elif depth < 2 and _all_bold(child, depth + 1):
            found = True
        else:
            return False
    return found
