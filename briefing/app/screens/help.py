"""The key help: a table made from the app's own bindings, so it can never drift."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def bindings_table(bindings: list[Binding]) -> Table:
    """A two-column table of keys and what they do."""
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 2))
    table.add_column("key")
    table.add_column("does")
    for binding in bindings:
        table.add_row(binding.key_display or binding.key, binding.description)
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key binding; any of escape, q or ? closes it."""

    BINDINGS = [("escape", "dismiss", "Close"), ("q", "dismiss", "Close"), ("question_mark", "dismiss", "Close")]

    def __init__(self, bindings: list[Binding]) -> None:
        super().__init__()
        self.key_rows = bindings

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "escape to close"
            yield Static(bindings_table(self.key_rows))

    def action_dismiss(self) -> None:
        self.dismiss(None)
