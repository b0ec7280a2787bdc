"""The source text of one article: one widget per block, styled by block kind.

Text is always handed to Rich as a ``Text`` object built from :func:`visible`, so
``[bold]`` in an article shows literally and control characters never reach the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from briefing.app.wrapped import WrappedText
from briefing.core.safe_text import visible


#: Rich styles of highlighted mentions; the current one stands out.
MENTION_STYLE = "bold black on #e5c07b"
CURRENT_MENTION_STYLE = "bold black on #61afef"

Span = tuple[int, int]


class BlockView(Static):
    """One block of the article; its CSS class (``-heading``, ``-caption``, ...) is its kind."""

    def __init__(self, text: str, kind: str, index: int) -> None:
        super().__init__(classes=f"block -{kind}", markup=False)
        self.index = index
        self.kind = kind
        self.plain = text
        self.highlights: tuple[Span, ...] = ()
        self.current: Span | None = None
        self.marks: tuple[tuple[int, int, str], ...] = ()
        self._refresh_text()

    def _refresh_text(self) -> None:
        text = Text(visible(self.plain))
        for start, end, style in self.marks:
            text.stylize(style, start, end)
        for start, end in self.highlights:
            text.stylize(CURRENT_MENTION_STYLE if (start, end) == self.current else MENTION_STYLE, start, end)
        self.update(WrappedText(text))

    def set_text(self, text: str) -> None:
        """Show ``text`` (already converted to the current script mode)."""
        self.plain = text
        self._refresh_text()

    def set_marks(self, marks: tuple[tuple[int, int, str], ...]) -> None:
        """Style spans of the shown text (linked facts), under any mention highlight."""
        if marks != self.marks:
            self.marks = marks
            self._refresh_text()

    def set_highlights(self, spans: tuple[Span, ...], current: Span | None = None) -> None:
        """Highlight ``spans`` of the shown text; ``current`` gets the stronger style."""
        if spans != self.highlights or current != self.current:
            self.highlights, self.current = spans, current
            self._refresh_text()


@dataclass(frozen=True)
class PaneBlock:
    """What the pane needs of a block: its kind, its text in the current mode, its section."""

    kind: str
    text: str
    section: int


class TextPane(VerticalScroll, can_focus=True):
    """Scrollable article text with section-wise navigation."""

    BINDINGS = [
        ("j", "scroll_down", "Scroll down"),
        ("k", "scroll_up", "Scroll up"),
    ]

    @dataclass
    class SectionChanged(Message):
        """The section at the top of the pane is now ``index``."""

        index: int

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.current_section = 0
        self._section_starts: list[BlockView] = []

    @property
    def block_views(self) -> list[BlockView]:
        return list(self.query(BlockView))

    async def show_blocks(self, blocks: list[PaneBlock]) -> None:
        """Replace the content with ``blocks`` and scroll to the top."""
        await self.remove_children()
        views = [BlockView(b.text, b.kind, i) for i, b in enumerate(blocks)]
        await self.mount_all(views)
        starts: dict[int, BlockView] = {}
        for view, block in zip(views, blocks):
            starts.setdefault(block.section, view)
        self._section_starts = [starts[i] for i in sorted(starts)]
        self.current_section = 0
        self.scroll_home(animate=False)

    def update_texts(self, texts: list[str]) -> None:
        """Swap in converted texts, block by block, keeping the scroll position."""
        for view, text in zip(self.block_views, texts):
            if view.plain != text:
                view.set_text(text)

    def set_highlights(self, spans: dict[int, tuple[Span, ...]], current: tuple[int, int, int] | None = None) -> None:
        """Highlight mention spans per block index; scroll the ``(block, start, end)`` current one into view."""
        for view in self.block_views:
            here = current[1:] if current is not None and current[0] == view.index else None
            view.set_highlights(spans.get(view.index, ()), here)
        if current is not None:
            views = self.block_views
            if 0 <= current[0] < len(views):
                self.scroll_to_widget(views[current[0]], animate=False, top=False)
                self._sync_section_to_scroll()

    def set_marks(self, marks: dict[int, tuple[tuple[int, int, str], ...]]) -> None:
        """Styled spans per block index (values whose facts are linked)."""
        for view in self.block_views:
            view.set_marks(marks.get(view.index, ()))

    def first_visible_block(self) -> int:
        """Index of the first block at or below the top of the pane."""
        top = self.scroll_y
        for view in self.block_views:
            if view.virtual_region.bottom > top:
                return view.index
        return 0

    def scroll_to_block(self, index: int) -> None:
        """Bring block ``index`` into view and update the current section."""
        views = self.block_views
        if 0 <= index < len(views):
            self.scroll_to_widget(views[index], animate=False, top=False)
            self._sync_section_to_scroll()

    def _sync_section_to_scroll(self) -> None:
        top = round(self.scroll_y)
        current = 0
        for i, view in enumerate(self._section_starts):
            if view.virtual_region.y <= top + 1:
                current = i
        self._set_section(current)

    def jump_to_section(self, index: int) -> None:
        """Scroll so section ``index`` starts at the top of the pane."""
        if not self._section_starts:
            return
        index = max(0, min(index, len(self._section_starts) - 1))
        self.scroll_to_widget(self._section_starts[index], top=True, animate=False)
        self._set_section(index)

    def action_next_section(self) -> None:
        self.jump_to_section(self.current_section + 1)

    def action_previous_section(self) -> None:
        self.jump_to_section(self.current_section - 1)

    def _set_section(self, index: int) -> None:
        if index != self.current_section:
            self.current_section = index
            self.post_message(self.SectionChanged(index))

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if not self._section_starts or abs(new - old) < 0.5:
            return
        # The section whose first block is at or above the top edge is the current one.
        top = round(new)
        current = 0
        for i, view in enumerate(self._section_starts):
            if view.virtual_region.y <= top + 1:
                current = i
        at_bottom = new >= self.max_scroll_y - 0.5 and self.current_section > current
        if not at_bottom:
            self._set_section(current)
