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


#: Blocks mounted at a time: a huge file shows its start at once and grows as you read.
BATCH = 200


class TextPane(VerticalScroll, can_focus=True):
    """Scrollable article text with section-wise navigation.

    Blocks are mounted in batches of :data:`BATCH` as the reader scrolls or jumps, so a
    file with thousands of paragraphs opens as fast as a short one.
    """

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
        self._blocks: list[PaneBlock] = []
        self._views: list[BlockView] = []
        self._section_first: list[int] = []  # first block index of each section
        self._highlights: dict[int, tuple[Span, ...]] = {}
        self._current: tuple[int, int, int] | None = None
        self._marks: dict[int, tuple[tuple[int, int, str], ...]] = {}

    @property
    def block_views(self) -> list[BlockView]:
        """The mounted block widgets, in reading order."""
        return list(self._views)

    async def show_blocks(self, blocks: list[PaneBlock]) -> None:
        """Replace the content with ``blocks`` and scroll to the top."""
        await self.remove_children()
        self._blocks, self._views = list(blocks), []
        self._highlights, self._current, self._marks = {}, None, {}
        first: dict[int, int] = {}
        for index, block in enumerate(blocks):
            first.setdefault(block.section, index)
        self._section_first = [first[i] for i in sorted(first)]
        self.current_section = 0
        await self._grow(BATCH - 1)
        self.scroll_home(animate=False)

    def _new_views(self, upto: int) -> list[BlockView]:
        views = []
        for index in range(len(self._views), min(len(self._blocks), upto + 1)):
            block = self._blocks[index]
            view = BlockView(block.text, block.kind, index)
            view.marks = self._marks.get(index, ())
            here = self._current[1:] if self._current is not None and self._current[0] == index else None
            view.highlights, view.current = self._highlights.get(index, ()), here
            view._refresh_text()
            views.append(view)
        return views

    def _grow(self, upto: int):
        """Mount blocks up to ``upto`` (and a batch beyond); returns the mount awaitable."""
        if upto < len(self._views) or len(self._views) >= len(self._blocks):
            return None
        views = self._new_views(max(upto, len(self._views) + BATCH - 1))
        self._views.extend(views)
        return self.mount_all(views)

    def _view_at(self, index: int, then) -> None:
        """Call ``then(view)`` once block ``index`` is mounted (at once if it already is)."""
        if not 0 <= index < len(self._blocks):
            return
        pending = self._grow(index)
        if pending is None:
            then(self._views[index])
            return

        async def after_mount() -> None:
            await pending
            # Mounted; the blocks are laid out after one refresh and the pane's scrollable
            # height after the next, so scroll only then.
            self.call_after_refresh(lambda: self.call_after_refresh(lambda: then(self._views[index])))

        self.run_worker(after_mount(), group="text-pane-mount")

    def update_texts(self, texts: list[str]) -> None:
        """Swap in converted texts, block by block, keeping the scroll position."""
        self._blocks = [PaneBlock(b.kind, t, b.section) for b, t in zip(self._blocks, texts)]
        for view, text in zip(self._views, texts):
            if view.plain != text:
                view.set_text(text)

    def set_highlights(self, spans: dict[int, tuple[Span, ...]], current: tuple[int, int, int] | None = None) -> None:
        """Highlight mention spans per block index; scroll the ``(block, start, end)`` current one into view."""
        self._highlights, self._current = spans, current
        for view in self._views:
            here = current[1:] if current is not None and current[0] == view.index else None
            view.set_highlights(spans.get(view.index, ()), here)
        if current is not None:
            self.scroll_to_block(current[0])

    def set_marks(self, marks: dict[int, tuple[tuple[int, int, str], ...]]) -> None:
        """Styled spans per block index (values whose facts are linked, notes, the cursor)."""
        self._marks = marks
        for view in self._views:
            view.set_marks(marks.get(view.index, ()))

    def first_visible_block(self) -> int:
        """Index of the first block at or below the top of the pane."""
        top = self.scroll_y
        for view in self._views:
            if view.virtual_region.bottom > top:
                return view.index
        return 0

    def scroll_to_block(self, index: int) -> None:
        """Bring block ``index`` into view and update the current section."""

        def scroll(view: BlockView) -> None:
            self.scroll_to_widget(view, animate=False, top=False)
            self._sync_section_to_scroll()

        self._view_at(index, scroll)

    def _section_at(self, top: float) -> int:
        current = 0
        for i, first in enumerate(self._section_first):
            if first >= len(self._views):
                break
            view = self._views[first]
            if view.size.height == 0:
                break  # mounted but not laid out yet: its position is not known
            if view.virtual_region.y <= top + 1:
                current = i
        return current

    def _sync_section_to_scroll(self) -> None:
        self._set_section(self._section_at(round(self.scroll_y)))

    def jump_to_section(self, index: int) -> None:
        """Scroll so section ``index`` starts at the top of the pane."""
        if not self._section_first:
            return
        index = max(0, min(index, len(self._section_first) - 1))

        def scroll(view: BlockView, tries: int = 8) -> None:
            # After a batch is mounted the pane's scrollable height lags a few refreshes
            # behind; scrolling early would stop short, so wait until it can reach.
            target = view.virtual_region.y
            self.scroll_to(y=target, animate=False, immediate=True)
            self._set_section(index)
            if self.scroll_y < target and self.max_scroll_y < target + self.size.height and tries:
                self.call_after_refresh(scroll, view, tries - 1)

        self._set_section(index)
        self._view_at(self._section_first[index], scroll)

    @property
    def _section_starts(self) -> list[BlockView]:
        """The mounted first block of each section (for tests and the outline)."""
        return [self._views[i] for i in self._section_first if i < len(self._views)]

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
        if len(self._views) < len(self._blocks) and new >= self.max_scroll_y - 2 * self.size.height:
            self._grow(len(self._views))
        if not self._section_first or abs(new - old) < 0.5:
            return
        # The section whose first block is at or above the top edge is the current one.
        current = self._section_at(round(new))
        at_bottom = new >= self.max_scroll_y - 0.5 and self.current_section > current
        if not at_bottom:
            self._set_section(current)
