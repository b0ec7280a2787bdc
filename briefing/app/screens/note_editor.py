"""The note editor: a modal with the quote, a note body and tags; returns them or None."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static, TextArea

from briefing.core.safe_text import visible


@dataclass(frozen=True)
class NoteInput:
    """What the reader typed: the note and its tags."""

    text: str
    tags: tuple[str, ...]


def parse_tags(raw: str) -> tuple[str, ...]:
    """Tags separated by commas or spaces (， and 、 too), without duplicates."""
    for separator in "，、,":
        raw = raw.replace(separator, " ")
    return tuple(dict.fromkeys(t.strip().lstrip("#") for t in raw.split() if t.strip().lstrip("#")))


class NoteEditor(ModalScreen[NoteInput | None]):
    """Write or edit a note. ctrl+s saves, escape cancels."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, title: str, quote: str, text: str = "", tags: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.heading = title
        self.quote = quote
        self.initial_text = text
        self.initial_tags = tags

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box") as box:
            box.border_title = self.heading
            box.border_subtitle = "ctrl+s save · escape cancel"
            if self.quote:
                yield Static(Text(visible(self.quote), style="italic"), id="note-quote")
            yield Label("Note")
            yield TextArea(self.initial_text, id="note-text", soft_wrap=True)
            yield Label("Tags (comma or space separated)")
            yield Input(" ".join(self.initial_tags), id="note-tags", placeholder="e.g. 投资 follow-up")
            with Horizontal(id="note-buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        text = self.query_one(TextArea).text.strip()
        tags = parse_tags(self.query_one(Input).value)
        self.dismiss(NoteInput(text, tags))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_save() if event.button.id == "save" else self.action_cancel()
