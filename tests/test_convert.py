"""Tests for briefing.core.convert: OpenCC's own test cases, offset maps, script detection."""

from __future__ import annotations

import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core import convert as cv
from briefing.core.convert import (
    Conversion,
    convert,
    convert_config,
    convert_text,
    detect_script,
    get_converter,
    opencc_test_cases,
)
from briefing.core.model import Script, ScriptMode

# Pass rates measured with forward maximum matching (benchmarks/opencc_cases.py);
# the reimplemented engine's own matching scored 104/105 s2t, 84/85 s2twp, 53/54 tw2sp.
MEASURED_PASS_RATE = {
    "s2t": 1.0, "t2s": 1.0, "s2twp": 1.0, "s2hk": 1.0,
    "s2tw": 1.0, "tw2s": 1.0, "tw2sp": 1.0, "t2tw": 1.0, "tw2t": 1.0,
    "s2hkp": 1.0, "hk2s": 1.0, "hk2sp": 1.0, "t2hk": 1.0, "hk2t": 1.0,
    "jp2t": 1.0, "t2jp": 1.0,
}
FLOOR = 0.987

CASES = opencc_test_cases()


@pytest.mark.parametrize("config", sorted(MEASURED_PASS_RATE))
def test_opencc_cases(config: str) -> None:
    relevant = [case for case in CASES if config in case["expected"]]
    assert relevant, f"no OpenCC test cases for {config}"
    failures = []
    for case in relevant:
        got = convert_config(case["input"], config).text
        if got != case["expected"][config]:
            failures.append(f"{case['id']}: {case['input']!r} -> {got!r}, expected {case['expected'][config]!r}")
    rate = 1 - len(failures) / len(relevant)
    expected = max(MEASURED_PASS_RATE[config], FLOOR)
    assert rate >= expected, (
        f"{config}: {len(relevant) - len(failures)}/{len(relevant)} = {rate:.1%} < {expected:.1%}\n"
        + "\n".join(failures)
    )


def test_engine_matching_is_no_better() -> None:
    """The engine's longest-anywhere matching is kept only for comparison."""
    relevant = [case for case in CASES if "s2t" in case["expected"]]
    engine = get_converter("s2t", matching="engine")
    forward = get_converter("s2t")
    engine_ok = sum(engine.convert(c["input"]).text == c["expected"]["s2t"] for c in relevant)
    forward_ok = sum(forward.convert(c["input"]).text == c["expected"]["s2t"] for c in relevant)
    assert forward_ok >= engine_ok


def test_specific_cases() -> None:
    assert convert_text("通过", ScriptMode.TAIWAN) == "通過"
    assert convert_text("克里斯托弗", ScriptMode.TRADITIONAL) == "克里斯托弗"
    assert convert_text("國", ScriptMode.SIMPLIFIED) == "国"
    assert convert_text("头发", ScriptMode.TRADITIONAL) == "頭髮"


def test_phrase_changing_length_maps_back() -> None:
    conv = convert("编程", ScriptMode.TAIWAN)
    assert conv.text == "程式設計"
    assert conv.source_offsets == (0, 0, 1, 1)
    assert conv.source_span(0, 4) == (0, 2)
    assert conv.source_span(1, 2) == (0, 2)  # whole phrase


def test_tight_span_keeps_characters_of_a_phrase_that_kept_its_length() -> None:
    from briefing.core.entities.normalize import matching_copy

    conv = matching_copy("也能比較乾隆皇帝喜愛的")
    name = conv.text.index("乾隆")
    assert conv.source_span(name, name + 2) == (4, 8)  # 乾隆皇帝 is one phrase
    assert conv.tight_span(name, name + 2) == (4, 6)
    changed = convert("编程", ScriptMode.TAIWAN)
    assert changed.tight_span(1, 2) == (0, 2)  # a phrase that changed length still widens


def test_matching_copy_leaves_plainly_simplified_text_as_written() -> None:
    from briefing.core.entities.normalize import matching_copy

    assert matching_copy("该墓与乾县乾陵相近").text == "该墓与乾县乾陵相近"  # OpenCC alone reads 干县
    assert matching_copy("衞生署公布").text == "卫生署公布"  # no Simplified-only character: converted
    assert matching_copy("卫生署公布數據").text == "卫生署公布数据"  # one Traditional-only character: converted


def test_offsets_across_separators() -> None:
    src = "学习编程，伯克希尔-哈撒韦 编程!"
    conv = convert(src, ScriptMode.TAIWAN)
    assert conv.text == "學習程式設計，波克夏海瑟威 程式設計!"
    assert len(conv.source_offsets) == len(conv.text)
    for i, ch in enumerate(conv.text):
        if ch in "，! ":
            assert src[conv.source_offsets[i]] == ch
    tail = conv.text.rindex("程式設計")
    assert conv.source_span(tail, tail + 4) == (src.rindex("编程"), src.rindex("编程") + 2)
    company = conv.text.index("波克夏海瑟威")
    assert conv.source_span(company, company + 1) == (5, 13)  # 伯克希尔-哈撒韦 is one key


def test_original_is_identity() -> None:
    text = "國家 Nation，编程。"
    conv = convert(text, ScriptMode.ORIGINAL)
    assert conv.text == text
    assert conv.source_offsets == tuple(range(len(text)))
    assert conv.source_span(2, 4) == (2, 4)


def test_cache_returns_same_result() -> None:
    text = "这是一段会被转换两次的文字。"
    first = convert(text, ScriptMode.TRADITIONAL)
    assert convert(text, ScriptMode.TRADITIONAL) is first
    assert isinstance(first, Conversion)


def test_converters_are_shared_across_threads() -> None:
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(get_converter("s2hk"))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(c) for c in seen}) == 1
    assert cv._load_dictionary("STPhrases.txt") is cv._load_dictionary("STPhrases.txt")


def test_detect_script() -> None:
    assert detect_script("臺灣的經濟發展與國際關係，這是一個繁體中文的句子。") is Script.TRADITIONAL
    assert detect_script("台湾的经济发展与国际关系，这是一个简体中文的句子。") is Script.SIMPLIFIED
    assert detect_script("Plain ASCII text, 2024.") is Script.UNKNOWN
    assert detect_script("") is Script.UNKNOWN
    assert detect_script("中文") is Script.UNKNOWN
    assert detect_script("这是简体中文的说明。這是繁體中文的說明。") is Script.MIXED


def test_detect_script_is_fast() -> None:
    text = ("这是简体中文的新闻报道，说明国家经济发展。" * 5000)[:100_000]
    detect_script("预热")
    began = time.perf_counter()
    assert detect_script(text) is Script.SIMPLIFIED
    assert time.perf_counter() - began < 0.5


# ------------------------------------------------------------------ offset properties

FRAGMENTS = [
    "编程", "通过", "软件", "头发", "干燥", "国家", "發展", "臺灣", "里面", "几周",
    "伯克希尔-哈撒韦", "克里斯托弗", "信息", "鼠标", "打印机", "說", "说", "後", "后",
    "⿰讠卜", "\uf900", "a", "Zz", "42", " ", "\n", "，", "。", "-", "!", "（", "）",
]
_chars = st.sampled_from("编程通过软件头发干国說说後后a1 ，。-!?（）\t\u3000⿰\uf900")
TEXTS = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join),
    st.text(_chars, max_size=30),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x9FFF, exclude_categories=("Cs",)), max_size=20),
)


def _check_map(src: str, conv: Conversion) -> None:
    offsets = conv.source_offsets
    assert len(offsets) == len(conv.text)
    assert all(0 <= o < len(src) for o in offsets)
    assert all(a <= b for a, b in zip(offsets, offsets[1:]))
    if conv.text:
        lo, hi = conv.source_span(0, len(conv.text))
        assert 0 <= lo <= hi <= len(src)
        for i in range(len(conv.text)):
            a, b = conv.source_span(i, i + 1)
            assert a <= offsets[i] < b


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from(list(ScriptMode)))
def test_offset_map_properties(text: str, mode: ScriptMode) -> None:
    conv = convert(text, mode)
    _check_map(text, conv)
    if mode is ScriptMode.ORIGINAL:
        assert conv.text == text
        assert conv.source_offsets == tuple(range(len(text)))
    # characters that never convert (ASCII, separators) keep pointing at themselves
    for i, ch in enumerate(conv.text):
        if ch.isascii() or ch in "，。（）\u3000":
            assert text[conv.source_offsets[i]] == ch


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_engine_matching_offsets(text: str) -> None:
    conv = get_converter("s2twp", matching="engine").convert(text)
    _check_map(text, conv)
    for i, ch in enumerate(conv.text):
        if ch.isascii():
            assert text[conv.source_offsets[i]] == ch
