"""A screen that explains why there is nothing to read (every file failed to open)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing.core.safe_text import visible


class NothingToReadScreen(Screen[None]):
    """Shown when no article could be opened; lists each file's error."""

    BINDINGS = [("q", "app.quit", "Quit")]

    def __init__(self, errors: list[str]) -> None:
        super().__init__()
        self._errors = errors

    def compose(self) -> ComposeResult:
        text = Text("No article could be opened.\n\n", style="bold")
        for error in self._errors:
            text.append(f"• {visible(error)}\n")
        text.append("\nPress q to quit.", style="dim")
        with VerticalScroll(id="nothing-box"):
            yield Static(text)
        yield Footer()
