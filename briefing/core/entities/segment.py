"""jieba, set up once: dictionary cache in our cache directory, POS tagging with offsets.

jieba's first initialisation builds a dictionary cache file (about 1.5 s); pointing it at
the platform cache directory makes every later start load that file instead. Tagging is
always done on Simplified text: jieba's dictionary is Simplified, and on Traditional text
it is both far slower and far less accurate.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from briefing.core.paths import cache_dir

_LOCK = threading.Lock()
# Han characters jieba does not take as Han (its range ends at U+9FD5): rare name
# characters such as 𪸩 (OpenCC's Simplified 煇) would otherwise cut a name in two. jieba
# sees a common given-name character in their place; the tokens keep the real text.
_OUTSIDE_JIEBA_HAN = re.compile("[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_STAND_IN = "伟"


@dataclass(frozen=True)
class Token:
    """A word from jieba with its part-of-speech flag and its span in the tagged text."""

    word: str
    flag: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _posseg():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    jieba.dt.tmp_dir = str(folder)
    jieba.dt.cache_file = "jieba.cache"
    jieba.dt.initialize()
    _teach(jieba)
    return jieba.posseg


def _teach(jieba) -> None:
    """Add our place and organisation names to jieba's dictionary, so it does not cut
    them or glue them to the next word (丹麦药厂 -> 丹麦 / 药厂)."""
    from briefing.core.entities.lexicon import lexicon

    lex = lexicon()
    # add_word records every prefix of a new word with frequency 0, so a missing word is
    # one whose frequency is 0 too; sorted, so the result never depends on set order.
    for word in sorted(lex.places):
        if 2 <= len(word) <= 8 and not jieba.dt.FREQ.get(word):
            jieba.add_word(word, freq=1000, tag="ns")
    for word in sorted(lex.organizations):
        if 2 <= len(word) <= 12 and not jieba.dt.FREQ.get(word):
            jieba.add_word(word, freq=1000, tag="nt")
    for word in sorted(lex.products):
        if 2 <= len(word) <= 8 and not jieba.dt.FREQ.get(word):
            jieba.add_word(word, freq=1000, tag="nz")


def ensure_ready() -> None:
    """Load jieba now (in a worker) rather than at the first tagging call."""
    with _LOCK:
        _posseg()


def tag(text: str) -> list[Token]:
    """POS-tag ``text`` (Simplified) into tokens that cover it exactly, with offsets."""
    with _LOCK:
        posseg = _posseg()
        pairs = [(p.word, p.flag) for p in posseg.cut(_OUTSIDE_JIEBA_HAN.sub(_STAND_IN, text), HMM=True)]
    tokens: list[Token] = []
    position = 0
    for word, flag in pairs:
        end = position + len(word)
        tokens.append(Token(text[position:end], flag, position, end))
        position = end
    return tokens


def dictionary_entry(word: str) -> tuple[int, str] | None:
    """``(frequency, flag)`` of ``word`` in jieba's dictionary, or None when it is not there."""
    with _LOCK:
        posseg = _posseg()
    freq = posseg.dt.tokenizer.FREQ.get(word)
    if not freq:
        return None
    return freq, posseg.dt.word_tag_tab.get(word, "")
