"""The entity sidebar, highlighting and n/N, driven by real key presses."""

from __future__ import annotations

from pathlib import Path

from briefing.app.app import BriefingApp
from briefing.app.widgets.entity_sidebar import EntitySidebar
from briefing.app.widgets.text_pane import TextPane
from briefing.core.entities.link import AliasBook

TRAD = "颱風消息\n\n德國總理朔爾茨昨日抵達北京，與中國領導人會談。\n\n朔爾茨表示，兩國合作十分重要。\n"
SIMP = "会谈消息\n\n德国总理朔尔茨结束访问。朔尔茨说，双方达成共识。\n"


async def settle(pilot) -> None:
    """Wait until loading, conversion and extraction workers (which start one another) are done."""
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def make_app(tmp_path: Path) -> BriefingApp:
    (tmp_path / "a.txt").write_text(TRAD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SIMP, encoding="utf-8")
    return BriefingApp([tmp_path / "a.txt", tmp_path / "b.txt"], aliases=AliasBook())


async def choose_person(pilot) -> None:
    await pilot.press("tab")  # text -> entity sidebar
    assert isinstance(pilot.app.focused, EntitySidebar)
    await pilot.pause()  # focus lands on the first entity: the person


async def test_sidebar_lists_entities_with_counts(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        sidebar = app.query_one(EntitySidebar)
        groups = [str(node.label) for node in sidebar.root.children]
        assert groups[0].startswith("People")
        person = sidebar.root.children[0].children[0]
        assert str(person.label) == "朔爾茨  2/4"


async def test_selecting_highlights_and_n_crosses_articles(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await choose_person(pilot)
        assert app.entity is not None and app.entity.name in ("朔爾茨", "朔尔茨")
        pane = app.query_one(TextPane)
        highlighted = [v for v in pane.block_views if v.highlights]
        assert [v.plain[s:e] for v in highlighted for s, e in v.highlights] == ["朔爾茨", "朔爾茨"]
        await pilot.press("n")
        await settle(pilot)
        assert app.mention_cursor == 0 and app.article_index == 0
        await pilot.press("n", "n")
        await settle(pilot)
        assert app.article_index == 1 and app.mention_cursor == 2
        current = [v for v in pane.block_views if v.current]
        assert current and current[0].plain[slice(*current[0].current)] == "朔尔茨"
        await pilot.press("N", "N")
        await settle(pilot)
        assert app.article_index == 0 and app.mention_cursor == 0


async def test_highlights_follow_the_script_toggle(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await choose_person(pilot)
        await pilot.press("t")
        await settle(pilot)
        pane = app.query_one(TextPane)
        marked = [v.plain[s:e] for v in pane.block_views for s, e in v.highlights]
        assert marked == ["朔尔茨", "朔尔茨"]
        person = app.query_one(EntitySidebar).root.children[0].children[0]
        assert str(person.label).startswith("朔尔茨")


async def test_palette_jumps_to_an_entity_by_its_other_script(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"朔尔茨")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert app.entity is not None and "朔爾茨" in app.entity.forms
        assert app.mention_cursor == 0


async def test_n_without_an_entity_explains(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert any("entity" in n.message for n in app._notifications)


async def test_palette_finds_an_entity_by_an_alias_book_name(tmp_path: Path) -> None:
    from briefing.core.entities.link import load_aliases

    (tmp_path / "a.txt").write_text("選舉消息\n\n美國前總統特朗普表示將再次參選。\n", encoding="utf-8")
    app = BriefingApp([tmp_path / "a.txt"], aliases=load_aliases(tmp_path / "none.toml"))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"川普")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert app.entity is not None and "特朗普" in app.entity.forms
