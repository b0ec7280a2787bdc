"""Line breaking for mixed Chinese and Latin text.

Terminal renderers break lines only at spaces, so a Chinese paragraph with one space in
it breaks early and a Latin word inside it gets chopped anywhere. Here a break may fall
between any two CJK characters or after a space, never inside a Latin word or number,
never before closing punctuation (，。」) and never after opening punctuation (「《).
"""

from __future__ import annotations

import unicodedata

_NO_BREAK_BEFORE = set("，。、；：？！）」』》〉】〕”’…·‧﹐﹑﹒,.;:?!)]}%％‰")
_NO_BREAK_AFTER = set("（「『《〈【〔“‘([{$￥")
_WORD_EXTRA = set("-_.'/+@#&%")


def char_width(ch: str) -> int:
    """Terminal cells taken by one character."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in _WORD_EXTRA)


def break_units(text: str) -> list[tuple[int, int]]:
    """Split one line of ``text`` into units that must stay together; breaks fall between."""
    units: list[list[int]] = []
    previous = ""
    for i, ch in enumerate(text):
        joins = bool(units) and (
            ch.isspace()
            or ch in _NO_BREAK_BEFORE
            or previous in _NO_BREAK_AFTER
            or (_is_word_char(ch) and _is_word_char(previous))
            or unicodedata.combining(ch) > 0
        )
        if joins:
            units[-1][1] = i + 1
        else:
            units.append([i, i + 1])
        previous = ch
    return [(a, b) for a, b in units]


def _wrap_line(text: str, width: int, base: int, breaks: list[int]) -> None:
    used = 0
    for start, end in break_units(text):
        unit = text[start:end]
        unit_width = sum(char_width(c) for c in unit.rstrip())
        if used and used + unit_width > width:
            breaks.append(base + start)
            used = 0
        if unit_width <= width:
            used += sum(char_width(c) for c in unit)
            continue
        for offset, ch in enumerate(unit):  # a unit wider than a line is chopped
            w = char_width(ch)
            if used and used + w > width:
                breaks.append(base + start + offset)
                used = 0
            used += w


def wrap_offsets(text: str, width: int) -> list[int]:
    """Indices at which to start a new line so no line is wider than ``width`` cells.

    A newline in ``text`` always starts a new line (its index + 1 is in the result).
    """
    width = max(width, 2)
    breaks: list[int] = []
    base = 0
    for line in text.split("\n"):
        if base:
            breaks.append(base)
        _wrap_line(line, width, base, breaks)
        base += len(line) + 1
    return [b for b in breaks if 0 < b < len(text)]
