"""Adding a note with real key presses, seeing it after a restart, and exporting it."""

from __future__ import annotations

from pathlib import Path

from briefing.app.app import BriefingApp
from briefing.app.screens.export_dialog import ExportDialog
from briefing.app.screens.note_editor import NoteEditor
from briefing.app.widgets.notes_pane import NotesPane
from briefing.core.entities.link import AliasBook
from tests.test_export import ARTICLE


async def settle(pilot) -> None:
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def test_highlight_note_reopen_and_export(tmp_path: Path) -> None:
    article, notes, out = tmp_path / "a.txt", tmp_path / "notes.sqlite3", tmp_path / "notes.md"
    article.write_text(ARTICLE, encoding="utf-8")
    app = BriefingApp([article], aliases=AliasBook(), notes_path=notes)
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        await pilot.press("right_parenthesis", "right_parenthesis")
        assert app.cursor is not None
        quote = app.article.blocks[app.cursor[0]].text[app.cursor[1] : app.cursor[2]]
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"road list")
        await pilot.press("tab", *"traffic")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [n.text for n in app.notes] == ["road list"] and app.notes[0].quote == quote
        assert app.notes[0].tags == ("traffic",)
        assert app.query_one(NotesPane).option_count == 1

    reopened = BriefingApp([article], aliases=AliasBook(), notes_path=notes)
    async with reopened.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        assert [n.text for n in reopened.notes] == ["road list"]
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(reopened.screen, ExportDialog)
        await pilot.press("ctrl+u", *str(out), "enter")
        await settle(pilot)
    text = out.read_text(encoding="utf-8")
    assert f"> {quote}" in text and "road list" in text


async def test_delete_asks_first(tmp_path: Path) -> None:
    article, notes = tmp_path / "a.txt", tmp_path / "notes.sqlite3"
    article.write_text(ARTICLE, encoding="utf-8")
    app = BriefingApp([article], aliases=AliasBook(), notes_path=notes)
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        await pilot.press("right_parenthesis", "h", *"x", "ctrl+s")
        await settle(pilot)
        await pilot.press("m", "D")
        await pilot.pause()
        await pilot.press("n")  # no: keep it
        await settle(pilot)
        assert len(app.notes) == 1
        await pilot.press("D", "y")
        await settle(pilot)
        assert app.notes == []


async def test_damaged_notes_file_keeps_the_reader_going(tmp_path: Path) -> None:
    article, notes = tmp_path / "a.txt", tmp_path / "notes.sqlite3"
    article.write_text(ARTICLE, encoding="utf-8")
    notes.write_bytes(b"not a database at all" * 20)
    before = notes.read_bytes()
    app = BriefingApp([article], aliases=AliasBook(), notes_path=notes)
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        assert app.store is None and app.article is not None
        assert any("notes.sqlite3" in n.message for n in app._notifications)
        await pilot.press("h")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    assert notes.read_bytes() == before
