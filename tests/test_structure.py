"""Structure: block kinds, sections, titles and source offsets, on our own test articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.load import read_document
from briefing.core.model import BlockKind, Document, Script
from briefing.core.structure import LEAD_SECTION_TITLE, build_article, classify


@pytest.mark.parametrize(
    ("text", "single_line", "kind"),
    [
        ("▲強風吹倒路邊樹木。資料圖片", True, BlockKind.CAPTION),
        ("●機場管理局表示，昨日共有超過300班航班取消。", True, BlockKind.BULLET),
        ("这是3月5日在北京拍摄的会议现场。", True, BlockKind.PHOTO),
        ("綜合報道", True, BlockKind.BYLINE),
        ("本報記者整理", True, BlockKind.BYLINE),
        ("颱風過境 本港交通大致恢復", True, BlockKind.HEADING),
        ("票价与换乘安排", True, BlockKind.HEADING),
        ("票价与换乘安排", False, BlockKind.BODY),
        ("天文台昨日下午取消八號烈風信號，各區交通大致恢復正常。", True, BlockKind.BODY),
        ("市民出行前應留意最新交通消息。", True, BlockKind.BODY),
    ],
)
def test_classify(text: str, single_line: bool, kind: BlockKind) -> None:
    assert classify(text, single_line) is kind


def test_clean_traditional_article(articles_dir: Path) -> None:
    article = build_article(read_document(articles_dir / "clean_traditional.txt"))
    assert article.title == "颱風過境 本港交通大致恢復"
    assert article.script is Script.TRADITIONAL
    kinds = [b.kind for b in article.blocks]
    assert kinds == [
        BlockKind.TITLE, BlockKind.BYLINE, BlockKind.BODY, BlockKind.BODY,
        BlockKind.BULLET, BlockKind.CAPTION, BlockKind.BYLINE,
    ]
    assert article.blocks[1].text == "【本報訊】"


def test_wrapped_simplified_article(articles_dir: Path) -> None:
    article = build_article(read_document(articles_dir / "wrapped_simplified.txt"))
    assert article.script is Script.SIMPLIFIED
    assert [s.title for s in article.sections] == ["城市轨道交通迎来新线路", "票价与换乘安排"]
    bodies = [b.text for b in article.blocks if b.kind is BlockKind.BODY]
    assert any("预计在2028年前全部建成。届时" in b for b in bodies), bodies  # column break re-joined
    assert all("\n" not in b for b in bodies)


def test_blocks_keep_source_offsets(articles_dir: Path) -> None:
    document = read_document(articles_dir / "wrapped_simplified.txt")
    for block in build_article(document).blocks:
        assert document.text[block.start] == block.text[0]
        assert document.text[block.end - 1] == block.text[-1]
        start, end = block.source_span(0, 2)
        assert document.text[start:end].replace("\n", "").replace(" ", "").startswith(block.text[:2].replace(" ", ""))


def test_article_without_title_line_gets_a_lead_section(tmp_path: Path) -> None:
    text = "天文台昨日下午取消八號烈風信號，各區交通大致恢復正常。\n\n交通消息\n\n運輸署指出部分道路仍然封閉。\n"
    article = build_article(Document(tmp_path / "a.txt", text, "utf-8"))
    assert [s.title for s in article.sections] == [LEAD_SECTION_TITLE, "交通消息"]
    assert article.title == "交通消息"


def test_seeds_find_headings(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        article = build_article(read_document(path))
        assert len(article.sections) >= 2, path
        assert all(s.blocks or s.heading for s in article.sections)
