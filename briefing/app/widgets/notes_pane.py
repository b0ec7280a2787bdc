"""The notes pane: the reader's highlights in this article and notes on entities."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.core.safe_text import visible


@dataclass(frozen=True)
class NoteRow:
    """A note as the pane lists it."""

    id: int
    label: str
    detail: str
    tags: tuple[str, ...]


class NotesPane(OptionList):
    """One row per note; enter jumps to it."""

    BINDINGS = [("j", "cursor_down", "Down"), ("k", "cursor_up", "Up")]

    @dataclass
    class NoteChosen(Message):
        """The reader chose note ``note_id``."""

        note_id: int

    def show_notes(self, rows: list[NoteRow], current: int | None = None) -> None:
        self.clear_options()
        for row in rows:
            text = Text(visible(row.label), style="bold")
            if row.detail:
                text.append(" — " + visible(row.detail))
            if row.tags:
                text.append("  " + " ".join("#" + visible(t) for t in row.tags), "dim")
            self.add_option(Option(text, id=f"note-{row.id}"))
        self.border_subtitle = f"{len(rows)} notes"
        if current is not None:
            with self.prevent(OptionList.OptionHighlighted):
                for i, row in enumerate(rows):
                    if row.id == current:
                        self.highlighted = i

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.NoteChosen(int(event.option.id.split("-", 1)[1])))
