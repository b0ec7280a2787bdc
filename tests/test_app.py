"""The app driven by real key presses through Textual's Pilot."""

from __future__ import annotations

from pathlib import Path


from briefing.app.app import BriefingApp
from briefing.app.screens.help import HelpScreen
from briefing.app.screens.message import NothingToReadScreen
from briefing.app.widgets.article_list import ArticleList
from briefing.app.widgets.entity_sidebar import EntitySidebar
from briefing.app.widgets.outline import OutlineList
from briefing.app.widgets.status_bar import StatusBar
from briefing.app.widgets.text_pane import BlockView, TextPane
from briefing.core.model import ScriptMode


async def settle(pilot) -> None:
    """Wait until loading, conversion and extraction workers (which start one another) are done."""
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def pane_text(app: BriefingApp) -> str:
    return "\n".join(view.plain for view in app.query_one(TextPane).block_views)


def status(app: BriefingApp) -> str:
    return str(app.query_one(StatusBar).render())


async def test_t_converts_traditional_to_simplified(articles_dir: Path) -> None:
    app = BriefingApp([articles_dir / "clean_traditional.txt"])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "過境" in pane_text(app) and "过境" not in pane_text(app)
        await pilot.press("t")
        await settle(pilot)
        assert app.mode is ScriptMode.SIMPLIFIED
        assert "过境" in pane_text(app) and "過境" not in pane_text(app)
        assert "t2s" in status(app)
        for _ in range(len(ScriptMode) - 1):
            await pilot.press("t")
        await settle(pilot)
        assert app.mode is ScriptMode.ORIGINAL and "過境" in pane_text(app)


async def test_guo_becomes_simplified(tmp_path: Path) -> None:
    path = tmp_path / "guo.txt"
    path.write_text("國家隊出線\n\n國家隊昨晚在主場以二比零獲勝，提前一輪出線。\n", encoding="utf-8")
    app = BriefingApp([path])
    async with app.run_test() as pilot:
        await settle(pilot)
        assert "國" in pane_text(app)
        await pilot.press("t")
        await settle(pilot)
        assert "国" in pane_text(app) and "國" not in pane_text(app)


async def test_brackets_move_between_sections(seeds_dir: Path) -> None:
    app = BriefingApp([seeds_dir])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        pane = app.query_one(TextPane)
        outline = app.query_one(OutlineList)
        assert pane.current_section == 0
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert pane.current_section == 1 and outline.highlighted == 1
        heading = pane._section_starts[1]
        assert heading.kind in ("heading", "title")
        assert heading.virtual_region.y == round(pane.scroll_y)
        await pilot.press("right_square_bracket", "right_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert pane.current_section == 2
        assert "section 3/" in status(app)


async def test_tab_moves_between_panes_and_enter_opens_article(seeds_dir: Path) -> None:
    app = BriefingApp([seeds_dir])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, TextPane)
        await pilot.press("tab")
        assert isinstance(app.focused, EntitySidebar)
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleList)
        await pilot.press("tab")
        assert isinstance(app.focused, OutlineList)
        await pilot.press("shift+tab", "j")
        await settle(pilot)
        assert app.article_index == 1
        assert app.query_one(TextPane).border_title == app.briefing.articles[1].title


async def test_j_and_k_scroll_the_text(seeds_dir: Path) -> None:
    app = BriefingApp([seeds_dir])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        pane = app.query_one(TextPane)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert pane.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert pane.scroll_y == 2


async def test_markup_and_escapes_show_literally(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text("標題\n\n正文[bold]不是粗體[/bold]，\x1b[31m紅色\x1b[0m與[link=x]連結[/link]。\n", encoding="utf-8")
    app = BriefingApp([path])
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        body = app.query(BlockView).last()
        lines = body.render_lines(body.region.reset_offset)
        rendered = "".join(segment.text for line in lines for segment in line).replace(" ", "")
        assert "[bold]不是粗體[/bold]" in rendered
        assert "\x1b" not in rendered and "␛[31m" in rendered


async def test_help_lists_the_keys(seeds_dir: Path) -> None:
    app = BriefingApp([seeds_dir])
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("q")
    assert app.return_code == 0


async def test_bad_files_are_reported_and_good_ones_open(tmp_path: Path, articles_dir: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    app = BriefingApp([tmp_path / "empty.txt", articles_dir / "clean_traditional.txt"])
    async with app.run_test() as pilot:
        await settle(pilot)
        assert len(app.briefing.articles) == 1
        assert any("empty.txt" in n.message for n in app._notifications)


async def test_nothing_to_read_screen(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    app = BriefingApp([tmp_path / "empty.txt"])
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.screen, NothingToReadScreen)
        await pilot.press("q")


async def test_huge_article_opens_in_batches_and_jumps_anywhere(tmp_path: Path) -> None:
    from briefing.app.widgets.text_pane import BATCH

    path = tmp_path / "huge.txt"
    path.write_text("".join(f"第{i}節消息\n\n今天的第{i}則消息到此為止。\n\n" for i in range(600)), encoding="utf-8")
    app = BriefingApp([path])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        pane = app.query_one(TextPane)
        assert len(pane.block_views) <= BATCH < len(app.article.blocks)
        pane.jump_to_section(500)
        await settle(pilot)
        assert pane.current_section == 500
        target = pane.block_views[pane._section_first[500]]
        assert target.plain == app.article.sections[500].title
        assert target.virtual_region.y == round(pane.scroll_y)  # at the top, as for near jumps
