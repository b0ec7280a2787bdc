"""One line under the panes: which article and section, and the script mode, always visible."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from briefing.core.safe_text import visible


class StatusBar(Static):
    """Shows ``article i/n · section j/m · script: MODE (article is SCRIPT)``."""

    def show(self, *, article: int, articles: int, section: int, sections: int, mode_label: str, script: str, busy: str = "", mention: str = "") -> None:
        text = Text()
        if articles:
            text.append(f"article {article + 1}/{articles}", "bold")
            text.append(f" · section {section + 1}/{sections}")
        text.append(" · script: ")
        text.append(mode_label, "reverse")
        if script:
            text.append(f" (written in {script})", "dim")
        if mention:
            text.append(" · ")
            text.append(visible(mention), "bold")
        if busy:
            text.append(f" · {visible(busy)}", "italic")
        self.update(text)
