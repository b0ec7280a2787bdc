"""Layout snapshots (pytest-textual-snapshot). Update with `pytest --snapshot-update`."""

from __future__ import annotations

from pathlib import Path

from briefing.app.app import BriefingApp
from briefing.core.entities.link import AliasBook

ARTICLES = Path(__file__).parent / "data" / "articles"


async def _settle(pilot) -> None:
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def test_reader_layout(snap_compare) -> None:
    app = BriefingApp([ARTICLES / "clean_traditional.txt", ARTICLES / "wrapped_simplified.txt"])
    assert snap_compare(app, terminal_size=(110, 30), run_before=_settle)


def test_reader_layout_simplified_mode(snap_compare) -> None:
    async def convert(pilot) -> None:
        await _settle(pilot)
        await pilot.press("t")
        await _settle(pilot)

    app = BriefingApp([ARTICLES / "clean_traditional.txt"])
    assert snap_compare(app, terminal_size=(110, 30), run_before=convert)


def test_entity_sidebar_with_a_selected_entity(snap_compare) -> None:
    async def choose(pilot) -> None:
        await _settle(pilot)
        await pilot.press("tab")
        await pilot.pause()
        await pilot.press("n")
        await _settle(pilot)

    app = BriefingApp([ARTICLES / "clean_traditional.txt", ARTICLES / "wrapped_simplified.txt"], aliases=AliasBook())
    assert snap_compare(app, terminal_size=(140, 32), run_before=choose)
