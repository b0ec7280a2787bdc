"""jieba, set up once: dictionary cache in our cache directory, POS tagging with offsets.

jieba's first initialisation builds a dictionary cache file (about 1.5 s); pointing it at
the platform cache directory makes every later start load that file instead. Tagging is
always done on Simplified text: jieba's dictionary is Simplified, and on Traditional text
it is both far slower and far less accurate.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache

from briefing.core.paths import cache_dir

_LOCK = threading.Lock()


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
    for word in lex.places:
        if 2 <= len(word) <= 8 and jieba.dt.FREQ.get(word) is None:
            jieba.add_word(word, freq=1000, tag="ns")
    for word in lex.organizations:
        if 2 <= len(word) <= 12 and jieba.dt.FREQ.get(word) is None:
            jieba.add_word(word, freq=1000, tag="nt")


def ensure_ready() -> None:
    """Load jieba now (in a worker) rather than at the first tagging call."""
    with _LOCK:
        _posseg()


def tag(text: str) -> list[Token]:
    """POS-tag ``text`` (Simplified) into tokens that cover it exactly, with offsets."""
    with _LOCK:
        posseg = _posseg()
        pairs = [(p.word, p.flag) for p in posseg.cut(text, HMM=True)]
    tokens: list[Token] = []
    position = 0
    for word, flag in pairs:
        tokens.append(Token(word, flag, position, position + len(word)))
        position += len(word)
    return tokens


def dictionary_entry(word: str) -> tuple[int, str] | None:
    """``(frequency, flag)`` of ``word`` in jieba's dictionary, or None when it is not there."""
    with _LOCK:
        posseg = _posseg()
    freq = posseg.dt.tokenizer.FREQ.get(word)
    if not freq:
        return None
    return freq, posseg.dt.word_tag_tab.get(word, "")
