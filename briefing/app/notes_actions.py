"""The reader's notes in the app: a sentence cursor, highlights, notes on entities, the
notes pane, jumping between notes, editing, deleting and exporting.

A mixin of :class:`briefing.app.app.BriefingApp`, kept apart so the app module stays
about wiring. Every write to the notes store runs in a worker thread (SQLite may wait on
another running instance) and the app says "saved" only after the commit returned.
"""

from __future__ import annotations

from pathlib import Path

from textual import work

from briefing.app.screens.confirm import Confirm
from briefing.app.screens.export_dialog import ExportChoice, ExportDialog
from briefing.app.screens.note_editor import NoteEditor, NoteInput
from briefing.app.widgets.notes_pane import NoteRow, NotesPane
from briefing.app.widgets.text_pane import TextPane
from briefing.core.convert import convert, convert_text
from briefing.core.errors import BriefingError
from briefing.core.export import export_document, to_markdown, write_export
from briefing.core.facts import sentences
from briefing.core.model import ScriptMode
from briefing.core.notes import Note, NoteStore, Placement, notes_for_article

NOTE_STYLE = "on #5c4a00"
CURSOR_STYLE = "on #283850"


class NotesActions:
    """Mixed into the app: needs ``briefing``, ``article_index``, ``mode``, ``entities``."""

    notes_path: Path | None
    store: NoteStore | None
    notes: list[Note]
    current_note: int | None
    cursor: tuple[int, int, int] | None  # block, start, end in the block's own text

    # ----- store -------------------------------------------------------------------------

    def open_store(self) -> None:
        """Open the notes file; on any problem say so and keep reading without notes."""
        try:
            self.store = NoteStore(self.notes_path) if self.notes_path else None
        except BriefingError as exc:
            self.store = None
            self.notify(f"{exc}\nNotes are off for this session; the file was not touched.", title="Notes", severity="error", timeout=20)
            return
        self.reload_notes()

    @work(thread=True, exclusive=True, group="notes-read", exit_on_error=False)
    def reload_notes(self) -> None:
        if self.store is None:
            return
        try:
            notes = self.store.all()
        except BriefingError as exc:
            self.call_from_thread(self.notify, str(exc), title="Notes", severity="error", timeout=15)
            return
        self.call_from_thread(self._notes_loaded, notes)

    def _notes_loaded(self, notes: list[Note]) -> None:
        self.notes = notes
        self.refresh_marks()
        self.refresh_notes_pane()

    def placements(self) -> list[tuple[Note, Placement]]:
        article = self.article
        if article is None:
            return []
        return sorted(notes_for_article(self.notes, article), key=lambda p: (p[1].block, p[1].start))

    def note_marks(self) -> dict[int, list[tuple[int, int, str]]]:
        marks: dict[int, list[tuple[int, int, str]]] = {}
        for note, place in self.placements():
            marks.setdefault(place.block, []).append((*self.display_span(place.block, place.start, place.end), NOTE_STYLE))
        if self.cursor is not None:
            block, start, end = self.cursor
            marks.setdefault(block, []).append((*self.display_span(block, start, end), CURSOR_STYLE))
        return marks

    def display_span(self, block: int, start: int, end: int) -> tuple[int, int]:
        """A span of a block's own text, in the text as shown in the current mode."""
        if self.mode is ScriptMode.ORIGINAL:
            return start, end
        return convert(self.article.blocks[block].text, self.mode).converted_span(start, end)

    def refresh_notes_pane(self) -> None:
        rows = []
        for note, place in self.placements():
            rows.append(NoteRow(note.id, convert_text(_clip(note.quote), self.mode), convert_text(note.text, self.mode), note.tags))
        for note in self.notes:
            if note.kind == "entity":
                rows.append(NoteRow(note.id, "◆ " + convert_text(note.entity_name, self.mode), convert_text(note.text, self.mode), note.tags))
        self.query_one(NotesPane).show_notes(rows, self.current_note)

    # ----- the sentence cursor -----------------------------------------------------------

    def action_next_sentence(self) -> None:
        self._move_cursor(+1)

    def action_previous_sentence(self) -> None:
        self._move_cursor(-1)

    def _sentence_spans(self) -> list[tuple[int, int, int]]:
        article = self.article
        spans = []
        for b, block in enumerate(article.blocks):
            spans.extend((b, s.start, s.end) for s in sentences(self.article_index, b, block.text))
        return spans

    def _move_cursor(self, step: int) -> None:
        if self.article is None:
            return
        spans = self._sentence_spans()
        if not spans:
            return
        if self.cursor in spans:
            index = max(0, min(len(spans) - 1, spans.index(self.cursor) + step))
        else:
            top = self.query_one(TextPane).first_visible_block()
            index = next((i for i, s in enumerate(spans) if s[0] >= top), 0)
        self.cursor = spans[index]
        self.facts_focus = "cursor"
        self.refresh_facts()
        self.query_one(TextPane).scroll_to_block(self.cursor[0])

    def cursor_or_first_visible(self, paragraph: bool) -> tuple[int, int, int] | None:
        if self.article is None:
            return None
        if self.cursor is None:
            self._move_cursor(0)
        if self.cursor is None:
            return None
        block, start, end = self.cursor
        if paragraph:
            return block, 0, len(self.article.blocks[block].text)
        return block, start, end

    # ----- adding, editing, deleting -----------------------------------------------------

    def action_highlight_sentence(self) -> None:
        self._highlight(paragraph=False)

    def action_highlight_paragraph(self) -> None:
        self._highlight(paragraph=True)

    def _highlight(self, paragraph: bool) -> None:
        if self.store is None:
            self.notify("Notes are off: the notes file could not be opened.", severity="warning")
            return
        target = self.cursor_or_first_visible(paragraph)
        if target is None:
            return
        block, start, end = target
        quote = self.article.blocks[block].text[start:end]
        article_index = self.article_index

        def save(result: NoteInput | None) -> None:
            if result is not None:
                self.write_note("add-highlight", article_index, block, start, end, result)

        self.push_screen(NoteEditor("Highlight and note", convert_text(quote, self.mode)), save)

    def action_note_entity(self) -> None:
        entity = self.entity
        if entity is None:
            self.notify("Choose an entity first (tab to the sidebar, or ctrl+p).", timeout=4)
            return
        if self.store is None:
            self.notify("Notes are off: the notes file could not be opened.", severity="warning")
            return

        def save(result: NoteInput | None) -> None:
            if result is not None:
                self.write_note("add-entity", entity.key, entity.name, result)

        self.push_screen(NoteEditor(f"Note on {convert_text(entity.name, self.mode)}", ""), save)

    def _current_note(self) -> Note | None:
        return next((n for n in self.notes if n.id == self.current_note), None)

    def action_edit_note(self) -> None:
        note = self._current_note()
        if note is None:
            self.notify("Go to a note first (m, or enter in the notes pane).", timeout=4)
            return

        def save(result: NoteInput | None) -> None:
            if result is not None:
                self.write_note("update", note, result)

        self.push_screen(NoteEditor("Edit note", convert_text(note.quote or note.entity_name, self.mode), note.text, note.tags), save)

    def action_delete_note(self) -> None:
        note = self._current_note()
        if note is None:
            self.notify("Go to a note first (m, or enter in the notes pane).", timeout=4)
            return

        def answer(yes: bool) -> None:
            if yes:
                self.write_note("delete", note)

        self.push_screen(Confirm("Delete this note?", _clip(note.quote or note.entity_name, 60) + (" — " + _clip(note.text, 60) if note.text else "")), answer)

    @work(thread=True, group="notes-write", exit_on_error=False)
    def write_note(self, operation: str, *args) -> None:
        store = self.store
        try:
            if operation == "add-highlight":
                article_index, block, start, end, result = args
                note = store.add_highlight(self.briefing.articles[article_index], block, start, end, result.text, result.tags)
                message = "Highlight saved."
            elif operation == "add-entity":
                key, name, result = args
                note = store.add_entity_note(key, name, result.text, result.tags)
                message = "Note saved."
            elif operation == "update":
                old, result = args
                note = store.update(old, result.text, result.tags)
                message = "Note updated."
            else:
                (old,) = args
                store.delete(old)
                note, message = None, "Note deleted."
        except BriefingError as exc:
            self.call_from_thread(self.notify, str(exc), title="Not saved", severity="error", timeout=15)
            self.call_from_thread(self.reload_notes)
            return
        self.call_from_thread(self._note_written, note, message)

    def _note_written(self, note: Note | None, message: str) -> None:
        self.current_note = note.id if note is not None else None
        self.notify(message, timeout=3)
        self.reload_notes()

    # ----- moving between notes ----------------------------------------------------------

    async def action_next_note(self) -> None:
        await self._step_note(+1)

    async def action_previous_note(self) -> None:
        await self._step_note(-1)

    async def _step_note(self, step: int) -> None:
        placed = self.placements()
        if not placed:
            self.notify("No notes in this article yet: h highlights the sentence at the cursor.", timeout=4)
            return
        ids = [n.id for n, _ in placed]
        index = (ids.index(self.current_note) + step) % len(ids) if self.current_note in ids else (0 if step > 0 else len(ids) - 1)
        self.go_to_note(ids[index])

    def go_to_note(self, note_id: int) -> None:
        self.current_note = note_id
        place = next((p for n, p in self.placements() if n.id == note_id), None)
        if place is not None:
            self.cursor = (place.block, place.start, place.end)
            self.query_one(TextPane).scroll_to_block(place.block)
        self.refresh_marks()
        self.refresh_notes_pane()

    def on_notes_pane_note_chosen(self, event: NotesPane.NoteChosen) -> None:
        self.go_to_note(event.note_id)

    # ----- export ------------------------------------------------------------------------

    def action_export(self) -> None:
        default = Path.home() / "briefing-notes.md"

        def chosen(choice: ExportChoice | None) -> None:
            if choice is None:
                return
            if choice.path.exists():
                self.push_screen(
                    Confirm(f"{choice.path} exists. Overwrite it?", "The file will be replaced."),
                    lambda yes: self.export_notes(choice, True) if yes else None,
                )
            else:
                self.export_notes(choice, False)

        self.push_screen(ExportDialog(default), chosen)

    @work(thread=True, group="export", exit_on_error=False)
    def export_notes(self, choice: ExportChoice, force: bool) -> None:
        import json

        try:
            notes = self.store.all() if self.store is not None else []
            document = export_document(self.briefing, self.entities, self.sheet, notes, self.mode)
            content = to_markdown(document) if choice.format == "md" else json.dumps(document, ensure_ascii=False, indent=2)
            write_export(choice.path, content, force=force)
        except BriefingError as exc:
            self.call_from_thread(self.notify, str(exc), title="Export failed", severity="error", timeout=15)
            return
        self.call_from_thread(self.notify, f"Exported {len(notes)} notes to {choice.path}", timeout=8)


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
