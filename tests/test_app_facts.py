"""Jumping between linked facts with real key presses: l, o and backspace."""

from __future__ import annotations

from pathlib import Path

from briefing.app.app import BriefingApp
from briefing.app.widgets.facts_view import FactsView
from briefing.app.widgets.text_pane import TextPane
from briefing.core.entities.link import AliasBook
from tests.test_facts import SIMP, TRAD


async def settle(pilot) -> None:
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def test_l_o_and_back(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TRAD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SIMP, encoding="utf-8")
    app = BriefingApp([tmp_path / "a.txt", tmp_path / "b.txt"], aliases=AliasBook())
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        assert app.sheet.links
        await pilot.press("l")
        await settle(pilot)
        first = app.current_fact
        assert first is not None and app.sheet.by_id()[first].article == 0
        marked = [v for v in app.query_one(TextPane).block_views if any("reverse" in m[2] for m in v.marks)]
        assert marked, "the current linked value is marked in the text"
        await pilot.press("o")
        await settle(pilot)
        assert app.article_index == 1
        other = app.sheet.by_id()[app.current_fact]
        assert other.article == 1 and any(first in link.facts and other.id in link.facts for link in app.sheet.links)
        await pilot.press("backspace")
        await settle(pilot)
        assert app.article_index == 0 and app.current_fact == first


async def test_f_toggles_the_facts_view(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TRAD, encoding="utf-8")
    app = BriefingApp([tmp_path / "a.txt"], aliases=AliasBook())
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        view = app.query_one(FactsView)
        assert view.display
        await pilot.press("f")
        await pilot.pause()
        assert not view.display


async def test_facts_view_follows_the_sentence_cursor(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TRAD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SIMP, encoding="utf-8")
    app = BriefingApp([tmp_path / "a.txt", tmp_path / "b.txt"], aliases=AliasBook())
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        for _ in range(8):
            await pilot.press("right_parenthesis")
            block, start, end = app.cursor
            if "350億美元" in app.article.blocks[block].text[start:end]:
                break
        title, rows = app._fact_rows()
        assert "cursor" in title
        assert {"350億美元", "350亿美元"} <= {row.value for row in rows}
