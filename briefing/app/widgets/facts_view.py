"""The facts view: what the chosen entity's (or the current) sentences state, and which
other source corroborates (=) or contradicts (≠) each value."""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from briefing.core.safe_text import visible

RELATION_MARKS = {"corroborates": ("=", "bold green"), "differs": ("≠", "bold red"), "": ("·", "dim")}


@dataclass(frozen=True)
class FactRow:
    """One fact as the view shows it (texts already in the current script)."""

    id: str
    relation: str
    entity: str
    value: str
    normalized: str
    source: str
    sentence: str
    current: bool = False


class FactsView(Static):
    """A table of facts; the current one is shown in reverse."""

    def show_rows(self, title: str, rows: list[FactRow]) -> None:
        self.border_title = title
        if not rows:
            self.update(Text("No facts here: choose an entity (tab to the sidebar), or press l for the next linked fact.", style="dim"))
            return
        table = Table(box=None, expand=True, show_header=True, header_style="bold", padding=(0, 1))
        table.add_column("", width=1, no_wrap=True)
        table.add_column("value · entity", ratio=3, min_width=16, no_wrap=True, overflow="ellipsis")
        table.add_column("normalised", ratio=2, min_width=10, no_wrap=True, overflow="ellipsis")
        table.add_column("source", ratio=2, min_width=8, no_wrap=True, overflow="ellipsis")
        table.add_column("sentence", ratio=5, no_wrap=True, overflow="ellipsis")
        for row in rows:
            mark, style = RELATION_MARKS.get(row.relation, RELATION_MARKS[""])
            fact = Text(visible(row.value), style="bold")
            fact.append(" · " + visible(row.entity), style="dim")
            table.add_row(
                Text(mark, style=style),
                fact,
                Text(visible(row.normalized), style="dim"),
                Text(visible(row.source)),
                Text(visible(row.sentence)),
                style="reverse" if row.current else None,
            )
        self.update(table)
