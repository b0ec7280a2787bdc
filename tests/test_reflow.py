"""Reflow: table-driven {input, expected} cases, each step alone, and offset-map properties."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core.reflow import (
    Tracked,
    detect_layout,
    drop_spaced_out_runs,
    drop_spaces_around_numbers,
    drop_spaces_between_cjk,
    reflow,
    reflow_text,
)

CASES = json.loads((Path(__file__).parent / "data" / "reflow_cases.json").read_text(encoding="utf-8"))
CJK_PAIR_WITH_SPACE = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_reflow_cases(case: dict) -> None:
    assert [p.text for p in reflow(case["input"]).paragraphs] == case["expected"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_offsets_point_at_the_source_character(case: dict) -> None:
    source = case["input"]
    for paragraph in reflow(source).paragraphs:
        assert len(paragraph.offsets) == len(paragraph.text)
        assert list(paragraph.offsets) == sorted(paragraph.offsets)
        for ch, offset in zip(paragraph.text, paragraph.offsets):
            assert ch == source[offset] or (ch == " " and source[offset].isspace())


def test_steps_each_do_one_thing() -> None:
    assert drop_spaced_out_runs(Tracked.of("美 国 开 放 AI")).text == "美国开放 AI"
    assert drop_spaced_out_runs(Tracked.of("新闻 摘要")).text == "新闻 摘要"  # one gap: a pause
    assert drop_spaces_between_cjk(Tracked.of("人 工智 能")).text == "人工智能"
    # A byline's names stay apart; a stray space inside one name does not.
    assert drop_spaces_between_cjk(Tracked.of("（记者 孙晓蕾 周楠）国家 统计局")).text == "（记者孙晓蕾 周楠）国家统计局"
    assert drop_spaces_between_cjk(Tracked.of("（記者 陳 大文）")).text == "（記者陳大文）"
    assert drop_spaces_around_numbers(Tracked.of("约 20万个GPU")).text == "约20万个GPU"
    assert drop_spaces_around_numbers(Tracked.of("Grok 3 mini 版本")).text == "Grok 3 mini 版本"


def test_a_number_broken_at_its_point_or_separator_is_joined() -> None:
    wrapped = "零售总额同比增长4.\n5%，出口总值超过5,\n000亿元，较去年\n有所回升，Claude 3.\n5 Sonnet 同日发布。"
    assert reflow_text(wrapped) == "零售总额同比增长4.5%，出口总值超过5,000亿元，较去年有所回升，Claude 3.5 Sonnet 同日发布。"


def test_layout_detection() -> None:
    wrapped = next(c for c in CASES if c["name"].startswith("hard-wrapped"))["input"]
    clean = CASES[0]["input"]
    assert detect_layout(wrapped).hard_wrapped
    assert not detect_layout(clean).hard_wrapped


def test_seed_articles_have_no_break_inside_a_sentence(seeds_dir: Path) -> None:
    for path in seeds_dir.glob("*.txt"):
        for paragraph in reflow(path.read_text(encoding="utf-8")).paragraphs:
            assert "\n" not in paragraph.text
            assert not CJK_PAIR_WITH_SPACE.search(paragraph.text) or not detect_layout(
                path.read_text(encoding="utf-8")
            ).hard_wrapped, paragraph.text


def test_reflow_records_the_steps_that_changed_text() -> None:
    assert reflow(CASES[0]["input"]).changed_by == ()
    assert "join_wrapped_lines" in reflow(CASES[2]["input"]).changed_by


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="中文字 \n\n。，AIx1", max_size=200))
def test_offsets_are_exact_for_any_text(source: str) -> None:
    for paragraph in reflow(source).paragraphs:
        assert len(paragraph.offsets) == len(paragraph.text)
        assert all(0 <= o < len(source) for o in paragraph.offsets)
        assert list(paragraph.offsets) == sorted(set(paragraph.offsets)) or " " in paragraph.text
    assert "\n" not in reflow_text(source).replace("\n\n", "")
