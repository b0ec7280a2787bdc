"""The export dialog: choose Markdown or JSON and a file; returns the choice or None."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet


@dataclass(frozen=True)
class ExportChoice:
    """The format (``md`` or ``json``) and where to write it."""

    format: str
    path: Path


class ExportDialog(ModalScreen[ExportChoice | None]):
    """Pick a format and a path; enter or ctrl+s exports, escape cancels."""

    BINDINGS = [Binding("ctrl+s", "export", "Export", priority=True), Binding("escape", "cancel", "Cancel")]

    def __init__(self, default_path: Path) -> None:
        super().__init__()
        self.default_path = default_path

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = "Export notes"
            box.border_subtitle = "enter export · escape cancel"
            with RadioSet(id="export-format"):
                yield RadioButton("Markdown", value=True, id="md")
                yield RadioButton("JSON", id="json")
            yield Label("File")
            yield Input(str(self.default_path), id="export-path")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        field = self.query_one(Input)
        suffix = ".json" if event.pressed.id == "json" else ".md"
        field.value = str(Path(field.value).with_suffix(suffix))

    def action_export(self) -> None:
        pressed = self.query_one(RadioSet).pressed_button
        fmt = "json" if pressed is not None and pressed.id == "json" else "md"
        raw = self.query_one(Input).value.strip()
        if not raw:
            self.notify("Give a file name.", severity="warning")
            return
        self.dismiss(ExportChoice(fmt, Path(raw).expanduser()))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_export() if event.button.id == "export" else self.action_cancel()
