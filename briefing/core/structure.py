"""Structure: reflowed paragraphs -> an :class:`Article` of titled sections of typed blocks.

Newspaper pages and wire briefings share a few conventions that decide a block's kind:
`▲` starts a photo caption, `●` a bullet, `【…訊】` a dateline, `綜合報道` or `本報記者整理`
alone is a byline or credit, "這是…拍攝的…" describes a photo, and a short line with no
sentence punctuation is a heading. Each heading opens a section.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing.core.convert import detect_script
from briefing.core.model import Article, Block, BlockKind, Document, Section
from briefing.core.reflow import Tracked, display_width, reflow

#: Longest heading, in terminal columns (a CJK character is two).
MAX_HEADING_WIDTH = 64

_CAPTION = re.compile(r"^[▲△▼►▶]|^(?:圖|图|圖片|图片|相片|照片)\s*[：:]")
_BULLET = re.compile(r"^(?:[●•■◆◇□◎○★☆※・]|[-*+]\s|\d{1,2}[.)、]\s*)")
_PHOTO = re.compile(r"^(?:這是|这是|圖為|图为|圖片為|图片为|上圖|上图|下圖|下图).{0,60}?(?:拍攝|拍摄|攝|摄|為|为)")
_BYLINE_ALONE = re.compile(
    r"^(?:【[^】]{1,20}】|(?:綜合|综合)?[^。，；！？\s]{0,16}(?:報道|报道|整理|供稿|撰文|編譯|编译|訊|讯|電|电)"
    r"|(?:記者|记者|特約記者|特约记者|通訊員|通讯员|文|圖|图)\s*[：:]?\s*[^。，；！？]{1,20})$"
)
# A dateline that opens a body paragraph: 【本報訊】, optionally 綜合…報道： after it.
_DATELINE_PREFIX = re.compile(
    r"^【[^】]{1,20}】(?:(?:綜合|综合|據|据)[^。；：:]{0,30}(?:報道|报道|消息)[：:])?"
    r"|^(?:新華社|新华社|中新社|本報|本报)[^。，；：:\s]{0,20}(?:電|电|訊|讯)(?:[（(](?:記者|记者)[^）)]{0,12}[）)])?"
)
#: Title of the section before the first heading when the article has no title line.
LEAD_SECTION_TITLE = "Lead"

_HEADING_FORBIDDEN = re.compile(r"[。，；;]|[。！？!?]$")


def classify(text: str, single_line: bool) -> BlockKind:
    """Decide the kind of one paragraph from its text and whether it was one line."""
    if _CAPTION.match(text):
        return BlockKind.CAPTION
    if _BULLET.match(text):
        return BlockKind.BULLET
    if _PHOTO.match(text) and display_width(text) <= 160:
        return BlockKind.PHOTO
    if single_line and display_width(text) <= 40 and _BYLINE_ALONE.match(text):
        return BlockKind.BYLINE
    if text.startswith("#"):
        return BlockKind.HEADING
    if single_line and display_width(text) <= MAX_HEADING_WIDTH and not _HEADING_FORBIDDEN.search(text):
        return BlockKind.HEADING
    return BlockKind.BODY


def _block(kind: BlockKind, text: Tracked) -> Block:
    return Block(kind=kind, text=text.text, offsets=text.offsets)


def split_dateline(paragraph: Tracked) -> list[Block]:
    """Split a leading `【…訊】` dateline off a body paragraph into its own byline block."""
    match = _DATELINE_PREFIX.match(paragraph.text)
    if not match or match.end() >= len(paragraph.text):
        return [_block(BlockKind.BODY, paragraph)]
    head = paragraph.slice(0, match.end())
    rest = paragraph.slice(match.end(), len(paragraph.text)).strip()
    return [_block(BlockKind.BYLINE, head), _block(BlockKind.BODY, rest)]


def build_blocks(document: Document) -> list[Block]:
    """Reflow the document and type each paragraph; a leading dateline becomes a byline."""
    source = document.text
    blocks: list[Block] = []
    for paragraph in reflow(source).paragraphs:
        single_line = "\n" not in source[paragraph.offsets[0] : paragraph.offsets[-1] + 1]
        kind = classify(paragraph.text, single_line)
        if kind is BlockKind.BODY:
            blocks.extend(split_dateline(paragraph))
        else:
            blocks.append(_block(kind, paragraph))
    return blocks


def _title_from_text(text: str) -> str:
    text = text.lstrip("#").strip()
    first = re.split(r"(?<=[。！？!?])", text, maxsplit=1)[0]
    return first if len(first) <= 40 else first[:39] + "…"


def build_article(document: Document) -> Article:
    """Structure a document: title, then one section per heading, in reading order."""
    blocks = build_blocks(document)
    if blocks and blocks[0].kind is BlockKind.HEADING:
        blocks[0] = Block(BlockKind.TITLE, blocks[0].text, blocks[0].offsets)
        title = _title_from_text(blocks[0].text)
    else:
        first_heading = next((b for b in blocks if b.kind is BlockKind.HEADING), None)
        if first_heading is not None:
            title = _title_from_text(first_heading.text)
        elif blocks:
            title = _title_from_text(blocks[0].text)
        else:
            title = Path(document.path).stem

    sections: list[Section] = []
    heading: Block | None = blocks[0] if blocks and blocks[0].kind is BlockKind.TITLE else None
    section_title = title if heading is not None else LEAD_SECTION_TITLE
    body: list[Block] = []
    for block in blocks[1:] if heading is not None else blocks:
        if block.kind is BlockKind.HEADING:
            if heading is not None or body:
                sections.append(Section(section_title, heading, tuple(body)))
            heading, section_title, body = block, _title_from_text(block.text), []
        else:
            body.append(block)
    if heading is not None or body or not sections:
        sections.append(Section(section_title, heading, tuple(body)))
    return Article(document=document, title=title, script=detect_script(document.text), sections=tuple(sections))
