"""The outline of the current article: one row per section; choosing one jumps there."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.core.safe_text import visible


class OutlineList(OptionList):
    """Section titles of the article in the text pane, the current one highlighted."""

    BINDINGS = [("j", "cursor_down", "Down"), ("k", "cursor_up", "Up")]

    @dataclass
    class SectionChosen(Message):
        """The reader chose section ``index`` in the outline."""

        index: int

    def show_sections(self, titles: list[str]) -> None:
        """Replace the rows with these section titles."""
        self.clear_options()
        self.add_options(Option(Text(visible(title), no_wrap=True, overflow="ellipsis"), id=f"section-{i}") for i, title in enumerate(titles))

    def mark_current(self, index: int) -> None:
        """Highlight ``index`` without announcing it (the text pane already moved)."""
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.SectionChosen(event.option_index))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self.has_focus:
            self.post_message(self.SectionChosen(event.option_index))
