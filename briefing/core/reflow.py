"""Reflow: turn text pasted from a PDF (hard-wrapped, spaced out) back into paragraphs.

The pipeline is a list of small named steps over :class:`Tracked` text, a string that
remembers, for every character, where in the source document it came from. Steps only
delete characters or replace a line break with a space, so the offset map stays exact.

Order: split the document into blank-line separated chunks -> split each chunk into
paragraphs (joining wrapped lines) -> re-join paragraphs that a column break cut in two
-> per paragraph: drop spaces between CJK characters, drop spaces between CJK and numbers,
collapse runs of spaces, trim.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Han ideographs (BMP blocks and the supplementary planes).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# CJK punctuation and full-width forms.
CJK_PUNCT = "\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u201c\u201d\u2018\u2019\u00b7"
CJK = HAN + CJK_PUNCT
# Full-width punctuation after which (or, for openers, before which) a space never belongs.
_CLOSERS = "，。、；：？！）」』》】〉］｝"
_OPENERS = "（「『《【〈［｛"
_TERMINALS = "。！？!?；;…"
_CLOSING_QUOTES = "”’」』）)》〉"
#: Starts of lines that always begin a new paragraph (bullets, captions, datelines, lists).
PARAGRAPH_MARKERS = "●•■◆◇□▲△▼►▶★☆※【-*#>"
#: Starts of photo captions, which end with a credit rather than punctuation.
CAPTION_MARKERS = tuple("▲△▼►▶")


@dataclass(frozen=True)
class Tracked:
    """Text plus, for each character, its index in the source document."""

    text: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, text: str, start: int = 0) -> "Tracked":
        return cls(text, tuple(range(start, start + len(text))))

    def slice(self, start: int, end: int) -> "Tracked":
        return Tracked(self.text[start:end], self.offsets[start:end])

    def __add__(self, other: "Tracked") -> "Tracked":
        return Tracked(self.text + other.text, self.offsets + other.offsets)

    def sub(self, pattern: re.Pattern[str], replacement: str | Callable[[re.Match[str]], str]) -> "Tracked":
        """Like ``re.sub``; replaced characters take the offset of the match's start."""
        pieces: list[str] = []
        offsets: list[int] = []
        last = 0
        for match in pattern.finditer(self.text):
            pieces.append(self.text[last : match.start()])
            offsets.extend(self.offsets[last : match.start()])
            new = replacement(match) if callable(replacement) else replacement
            if new:
                anchor = self.offsets[match.start()] if match.start() < len(self.offsets) else (self.offsets[-1] if self.offsets else 0)
                pieces.append(new)
                offsets.extend([anchor] * len(new))
            last = match.end()
        pieces.append(self.text[last:])
        offsets.extend(self.offsets[last:])
        return Tracked("".join(pieces), tuple(offsets))

    def delete(self, pattern: re.Pattern[str], group: str = "gap", spare: Callable[[int], bool] | None = None) -> "Tracked":
        """Delete the characters of ``group`` in every match of ``pattern``, except matches
        starting where ``spare`` says to keep them."""
        keep = [True] * len(self.text)
        for match in pattern.finditer(self.text):
            if spare is not None and spare(match.start(group)):
                continue
            for i in range(match.start(group), match.end(group)):
                keep[i] = False
        if all(keep):
            return self
        return Tracked(
            "".join(ch for ch, k in zip(self.text, keep) if k),
            tuple(o for o, k in zip(self.offsets, keep) if k),
        )

    def strip(self) -> "Tracked":
        stripped = self.text.strip()
        if not stripped:
            return Tracked("", ())
        start = len(self.text) - len(self.text.lstrip())
        return self.slice(start, start + len(stripped))


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends at a sentence boundary (closing quotes look through)."""
    stripped = text.rstrip()
    while stripped and stripped[-1] in _CLOSING_QUOTES:
        stripped = stripped[:-1]
        if stripped and stripped[-1] in _TERMINALS:
            return True
        if not stripped or stripped[-1] not in _CLOSING_QUOTES:
            return False
    return bool(stripped) and stripped[-1] in _TERMINALS




@dataclass(frozen=True)
class Layout:
    """What the reflow learned about a document's line layout."""

    hard_wrapped: bool
    wrap_width: int


def detect_layout(text: str) -> Layout:
    """Decide whether the text is hard-wrapped (as pasted from a PDF) and at what width.

    Hard-wrapped text has many lines of nearly the same width that stop mid-sentence;
    clean text has one line per paragraph, of every length.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 4:
        return Layout(False, 0)
    widths = sorted(display_width(line) for line in lines)
    wrap_width = widths[int(0.9 * (len(widths) - 1))]
    near_full = sum(1 for w in widths if 0.75 * wrap_width <= w <= 1.1 * wrap_width)
    mid_sentence = sum(
        1 for line in lines if display_width(line) >= 0.75 * wrap_width and not ends_sentence(line)
    )
    hard = near_full >= 0.5 * len(lines) and mid_sentence >= max(3, 0.3 * len(lines))
    return Layout(hard, wrap_width)


def _lines(chunk: Tracked) -> list[Tracked]:
    out: list[Tracked] = []
    start = 0
    for i, ch in enumerate(chunk.text + "\n"):
        if ch == "\n":
            out.append(chunk.slice(start, i).strip())
            start = i + 1
    return [line for line in out if line.text]


# A line holding only a page number, as a PDF prints it in its footer: "- 2 -", "— 12 —",
# "第3页", "第 3 页 / 共 8 页", "3/8", "Page 3 of 8".
_PAGE_NUMBER_LINE = re.compile(
    r"(?m)^(?P<gap>[ \t\u3000]*(?:[-–—－]+[ \t\u3000]*\d{1,4}[ \t\u3000]*[-–—－]+"
    r"|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页(?:[ \t\u3000]*[/／,，]?[ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页)?"
    r"|\d{1,4}[ \t\u3000]*[/／][ \t\u3000]*\d{1,4}"
    r"|[Pp]age[ \t\u3000]*\d{1,4}(?:[ \t\u3000]*(?:of|/)[ \t\u3000]*\d{1,4})?)[ \t\u3000]*(?:\n|$))"
)


def drop_page_numbers(doc: Tracked) -> Tracked:
    """Delete page-number lines, so that a paragraph a page break cut runs on."""
    return doc.delete(_PAGE_NUMBER_LINE)


def split_chunks(doc: Tracked) -> list[Tracked]:
    """Split at blank lines; each chunk keeps its lines (with their line breaks)."""
    chunks: list[Tracked] = []
    start = 0
    for match in re.finditer(r"\n[ \t\u3000\xa0]*\n\s*", doc.text):
        chunks.append(doc.slice(start, match.start()))
        start = match.end()
    chunks.append(doc.slice(start, len(doc.text)))
    return [c for c in chunks if c.text.strip()]


def join_lines(left: Tracked, right: Tracked) -> Tracked:
    """Join two wrapped lines: a space only between two Latin letters or digits."""
    a, b = left.text[-1:], right.text[:1]
    if a.isascii() and b.isascii() and a.isalnum() and b.isalnum():
        anchor = left.offsets[-1] + 1
        return left + Tracked(" ", (anchor,)) + right
    if a in ".," and left.text[-2:-1].isdigit() and b.isdigit():
        return left + right  # 4. / 5% and 5, / 000: a number broken at its decimal point or separator
    if a.isascii() and b.isascii() and a in ",.;:!?)" and b.isalnum():
        anchor = left.offsets[-1] + 1
        return left + Tracked(" ", (anchor,)) + right
    return left + right


def _starts_paragraph(line: str) -> bool:
    return bool(line) and (line[0] in PARAGRAPH_MARKERS or bool(re.match(r"\d+[.)、]\s", line)))


#: A paragraph while it is being built: its physical lines, in order.
Lines = list[Tracked]


def paragraphs_of_chunk(chunk: Tracked, layout: Layout) -> list[Lines]:
    """Split a blank-line separated chunk into paragraphs of lines.

    In clean text every line is a paragraph. In hard-wrapped text a line break is kept
    only where a short line ends a sentence, a line is too short to have been wrapped
    (a heading), or the next line starts with a bullet or caption marker.
    """
    lines = _lines(chunk)
    if not layout.hard_wrapped:
        return [[line] for line in lines]
    paragraphs: list[Lines] = []
    for line in lines:
        if paragraphs and not _breaks_after(paragraphs[-1][-1].text, line.text, layout):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


def _open_bracket(text: str) -> bool:
    """Does ``text`` leave a bracket or quotation open (`拉（Javier`)?"""
    return any(text.count(a) > text.count(b) for a, b in ("（）", "()", "“”", "「」", "《》", "『』"))


def _breaks_after(previous: str, line: str, layout: Layout) -> bool:
    width = display_width(previous)
    if not _starts_paragraph(line) and not ends_sentence(previous) and (
        _open_bracket(previous) or (previous[-1:].isascii() and previous[-1:].isalpha() and line[:1].isascii() and line[:1].isalpha())
    ):
        return False  # 佩雷拉（Javier / Pereira）: wrapped between two words or inside brackets
    return (
        _starts_paragraph(line)
        or (ends_sentence(previous) and width < 0.8 * layout.wrap_width)
        or width < 0.5 * layout.wrap_width
    )


def rejoin_column_breaks(paragraphs: list[Lines], layout: Layout) -> list[Lines]:
    """Re-join a paragraph that a column or page break split across a blank line.

    The paragraph before the break must have been wrapped (its last line is near the wrap
    width, or it has several lines) and stop mid-sentence; the one after must not start
    with a bullet or caption marker.
    """
    if not layout.hard_wrapped:
        return paragraphs
    out: list[Lines] = []
    for index, paragraph in enumerate(paragraphs):
        if out and _continues(out[-1], paragraph, layout, first=index == 1):
            out[-1] = out[-1] + paragraph
        else:
            out.append(list(paragraph))
    return out


def _continues(before: Lines, after: Lines, layout: Layout, first: bool = False) -> bool:
    last = before[-1].text
    # A single line wider than the wrap width was never wrapped: a headline.
    wrapped = len(before) > 1 or 0.75 * layout.wrap_width <= display_width(last) <= 1.1 * layout.wrap_width
    if first and len(before) == 1:
        return False  # the document's first line, alone before a blank line, is its title
    after_is_heading = (
        len(after) == 1
        and display_width(after[0].text) < 0.5 * layout.wrap_width
        and not ends_sentence(after[0].text)
    )
    return (
        wrapped
        and display_width(last) >= 0.5 * layout.wrap_width
        and not ends_sentence(last)
        and not before[0].text.startswith(CAPTION_MARKERS)
        and not _starts_paragraph(after[0].text)
        and not after_is_heading
    )


def join_wrapped_lines(lines: Lines) -> Tracked:
    """Join a paragraph's lines into one line of text."""
    joined = lines[0]
    for line in lines[1:]:
        joined = join_lines(joined, line)
    return joined


_SPACES = "[ \t\u00a0\u3000]+"
_GAP = f"(?P<gap>{_SPACES})"
_SPACES_BETWEEN_CJK = re.compile(f"(?<=[{CJK}]){_GAP}(?=[{CJK}])")
_SPACES_AFTER_CLOSER = re.compile(f"(?<=[{_CLOSERS}]){_GAP}")
_SPACES_BEFORE_CLOSER = re.compile(f"{_GAP}(?=[{_CLOSERS}])")
_SPACES_AFTER_OPENER = re.compile(f"(?<=[{_OPENERS}]){_GAP}")
_SPACES_BEFORE_OPENER = re.compile(f"(?<=[{HAN}]){_GAP}(?=[{_OPENERS}])")
# "约 20万个", "1月 31日", "初步投资 1000 亿": a number between CJK text.
_NUMBER_IN_CJK = re.compile(
    f"(?:(?<=[{HAN}])|^)(?P<before>{_SPACES})?[0-9][0-9.,]*(?P<after>{_SPACES})?(?=[{HAN}])"
)
_RUNS_OF_SPACES = re.compile("[ \t\u00a0]{2,}")


# Three or more single ideographs each followed by one space: letter-spaced extraction.
_SPACED_OUT_RUN = re.compile(f"(?:[{HAN}][ \u3000]){{2,}}[{HAN}]")
_ANY_SPACE = re.compile(f"(?P<gap>{_SPACES})")


def drop_spaced_out_runs(text: Tracked) -> Tracked:
    """`美 国 开 放` -> `美国开放`: letter-spaced runs, wherever they stand."""
    for match in reversed(list(_SPACED_OUT_RUN.finditer(text.text))):
        run = text.slice(match.start(), match.end()).delete(_ANY_SPACE)
        text = text.slice(0, match.start()) + run + text.slice(match.end(), len(text.text))
    return text


def drop_spaces_by_fullwidth_punct(text: Tracked) -> Tracked:
    """No space after `，。）」` or before them, nor inside `（「` or before them after CJK."""
    for pattern in (_SPACES_AFTER_CLOSER, _SPACES_BEFORE_CLOSER, _SPACES_AFTER_OPENER, _SPACES_BEFORE_OPENER):
        text = text.delete(pattern)
    return text


# "（记者 孙晓蕾 周楠）": a byline's names, which the space between them keeps apart.
_BYLINE_NAMES = re.compile(f"(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)[ \u3000]?((?:[{HAN}]{{2,4}}[ \u3000])+[{HAN}]{{2,4}})(?=[）)])")


def drop_spaces_between_cjk(text: Tracked) -> Tracked:
    """`人 工智 能` -> `人工智能`: any space between two CJK characters (wrapped text only),
    but not the spaces between the names of a byline."""
    bylines = [match.span(1) for match in _BYLINE_NAMES.finditer(text.text)]
    return text.delete(_SPACES_BETWEEN_CJK, spare=lambda at: any(start < at < end for start, end in bylines))


def drop_spaces_around_numbers(text: Tracked) -> Tracked:
    """`约 20万个` -> `约20万个`, `1月 31日` -> `1月31日`; `Grok 3 mini` stays as it is."""
    text = text.delete(_NUMBER_IN_CJK, "before")
    return text.delete(_NUMBER_IN_CJK, "after")


def collapse_spaces(text: Tracked) -> Tracked:
    """Runs of spaces become one, and the paragraph is trimmed."""
    return text.sub(_RUNS_OF_SPACES, " ").strip()


Step = Callable[[Tracked], Tracked]

#: Steps for every paragraph, in order.
PARAGRAPH_STEPS: tuple[Step, ...] = (drop_spaced_out_runs, drop_spaces_by_fullwidth_punct, collapse_spaces)

#: Extra steps for paragraphs that were hard-wrapped, where a space between CJK
#: characters is an extraction artefact rather than a headline's pause.
WRAPPED_STEPS: tuple[Step, ...] = (drop_spaces_between_cjk, drop_spaces_around_numbers)


@dataclass(frozen=True)
class Reflowed:
    """The paragraphs of a document, the layout detected, and the steps that changed text."""

    paragraphs: tuple[Tracked, ...]
    layout: Layout
    changed_by: tuple[str, ...]


def reflow(source: str) -> Reflowed:
    """Reflow a whole document into clean paragraphs with source offsets."""
    layout = detect_layout(source)
    changed: set[str] = set()
    paragraphs: list[Lines] = []
    document = drop_page_numbers(Tracked.of(source))
    if len(document.text) != len(source):
        changed.add("drop_page_numbers")
    for chunk in split_chunks(document):
        paragraphs.extend(paragraphs_of_chunk(chunk, layout))
    joined = rejoin_column_breaks(paragraphs, layout)
    if len(joined) != len(paragraphs):
        changed.add("rejoin_column_breaks")
    out: list[Tracked] = []
    for index, lines in enumerate(joined):
        text = join_wrapped_lines(lines)
        if len(lines) > 1:
            changed.add("join_wrapped_lines")
        # A one-line title keeps the space a headline uses as a pause (台风登陆 多地停课).
        title = index == 0 and len(lines) == 1
        steps = (WRAPPED_STEPS + PARAGRAPH_STEPS) if (len(lines) > 1 or (layout.hard_wrapped and not title)) else PARAGRAPH_STEPS
        for step in steps:
            before = text.text
            text = step(text)
            if text.text != before:
                changed.add(step.__name__)
        if text.text:
            out.append(text)
    return Reflowed(tuple(out), layout, tuple(sorted(changed)))


def reflow_text(source: str) -> str:
    """The reflowed document as plain text, one paragraph per line, blank lines between."""
    return "\n\n".join(p.text for p in reflow(source).paragraphs)
