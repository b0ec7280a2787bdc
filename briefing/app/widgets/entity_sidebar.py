"""The entity sidebar: entities grouped by type, most mentioned first, with counts for
the current article and for all open articles. Choosing one announces it to the app."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import Tree

from briefing.core.safe_text import visible

TYPE_LABELS = {
    "person": "People 人物",
    "organization": "Organisations 機構",
    "place": "Places 地點",
    "product": "Products 產品",
    "work": "Works 作品",
    "event": "Events 事件",
}


@dataclass(frozen=True)
class SidebarRow:
    """One entity as the sidebar shows it (name already in the current script)."""

    index: int
    name: str
    type: str
    here: int
    total: int


class EntitySidebar(Tree[int]):
    """A tree: type groups, then entities as ``name  here/total``."""

    BINDINGS = [("j", "cursor_down", "Down"), ("k", "cursor_up", "Up")]

    @dataclass
    class EntityChosen(Message):
        """The reader chose entity ``index`` (an index into the app's entity list)."""

        index: int

    def __init__(self, **kwargs) -> None:
        super().__init__("entities", **kwargs)
        self.show_root = False
        self.guide_depth = 2

    def show_rows(self, rows: list[SidebarRow], selected: int | None = None) -> None:
        """Rebuild the tree from ``rows``, keeping ``selected`` under the cursor."""
        self.clear()
        groups: dict[str, object] = {}
        target = None
        for row in sorted(rows, key=lambda r: (list(TYPE_LABELS).index(r.type), -r.here, -r.total, r.name)):
            group = groups.get(row.type)
            if group is None:
                group = groups[row.type] = self.root.add(TYPE_LABELS[row.type], expand=True)
            label = Text(visible(row.name))
            label.append(f"  {row.here}/{row.total}", "dim")
            node = group.add_leaf(label, data=row.index)
            if row.index == selected:
                target = node
        for group in groups.values():
            group.allow_expand = True
        if target is not None:
            self.call_after_refresh(self.move_cursor, target)

    def on_focus(self) -> None:
        """Land on an entity, not on a group heading, when the sidebar gets focus."""
        node = self.cursor_node
        if (node is None or node.data is None) and self.root.children and self.root.children[0].children:
            self.move_cursor(self.root.children[0].children[0])

    def on_tree_node_selected(self, event: Tree.NodeSelected[int]) -> None:
        event.stop()
        if event.node.data is not None:
            self.post_message(self.EntityChosen(event.node.data))

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[int]) -> None:
        event.stop()
        if event.node.data is not None and self.has_focus:
            self.post_message(self.EntityChosen(event.node.data))
