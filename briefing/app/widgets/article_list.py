"""The list of open articles; choosing one shows it in the text pane."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.core.safe_text import visible


class ArticleList(OptionList):
    """One row per article: its title and script."""

    BINDINGS = [("j", "cursor_down", "Down"), ("k", "cursor_up", "Up")]

    @dataclass
    class ArticleChosen(Message):
        """The reader highlighted article ``index``."""

        index: int

    def show_articles(self, rows: list[tuple[str, str]]) -> None:
        """Replace the rows; each is ``(title, script label)``."""
        current = self.highlighted
        self.clear_options()
        self.add_options(
            Option(Text.assemble(visible(title), (f" {script}", "dim"), no_wrap=True, overflow="ellipsis"), id=f"article-{i}")
            for i, (title, script) in enumerate(rows)
        )
        if rows:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = current if current is not None and current < len(rows) else 0

    def mark_current(self, index: int) -> None:
        """Highlight ``index`` without announcing it (the app already switched)."""
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = index

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.ArticleChosen(event.option_index))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.ArticleChosen(event.option_index))
