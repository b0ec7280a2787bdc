"""A Rich renderable that wraps Chinese text where Chinese text may break.

Rich and Textual wrap only at spaces; :func:`briefing.core.linebreak.wrap_offsets`
knows CJK line breaking, so this renderable asks it where to break at the width it is
given and hands Rich pre-broken lines that it must not wrap again.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from briefing.core.linebreak import char_width, wrap_offsets


class WrappedText:
    """Render ``text`` (a styled Rich ``Text``) wrapped with CJK line-breaking rules."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.text.divide(wrap_offsets(self.text.plain, options.max_width))
        for line in lines:
            line.rstrip()
            line.remove_suffix("\n")
        joined = Text("\n").join(lines)
        joined.no_wrap = True
        joined.overflow = "crop"
        yield joined

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max((sum(char_width(c) for c in line) for line in self.text.plain.split("\n")), default=0)
        return Measurement(min(4, widest), min(widest, options.max_width))
