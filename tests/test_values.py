"""Values (money, percentages, counts, dates, periods, durations) in Chinese news text.

The table in ``data/values_cases.json`` holds our own sentences in both scripts; the
other tests cover offsets into Traditional text, overlaps, ordinals and versions,
relative dates, ``parse_chinese_number`` and random input.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core.values import (
    Value,
    ValueKind,
    find_values,
    infer_article_date,
    parse_chinese_number,
)

CASES = json.loads((Path(__file__).parent / "data" / "values_cases.json").read_text(encoding="utf-8"))["cases"]
REF = dt.date(2025, 2, 10)


def _reference(case: dict) -> dt.date | None:
    return dt.date.fromisoformat(case["reference_date"]) if case.get("reference_date") else None


def _pick(case: dict, values: list[Value]) -> Value | None:
    """The value the case is about: the one with the expected surface, else the first of its kind."""
    if "surface" in case:
        for v in values:
            if v.text == case["surface"]:
                return v
        return None
    kind = ValueKind(case["kind"])
    return next((v for v in values if v.kind is kind), None)


def check_case(case: dict) -> list[str]:
    """Problems with ``find_values`` on one table case (empty when it passes)."""
    values = find_values(case["text"], _reference(case))
    if case["kind"] == "none":
        return [f"unexpected {v.kind.value} {v.text!r}" for v in values]
    v = _pick(case, values)
    if v is None:
        found = ", ".join(f"{x.text!r}={x.normalized()!r}" for x in values) or "nothing"
        return [f"no value {case.get('surface', case['kind'])!r}; found {found}"]
    problems = []
    if v.kind.value != case["kind"]:
        problems.append(f"kind {v.kind.value} != {case['kind']}")
    if v.normalized() != case["normalized"]:
        problems.append(f"normalized {v.normalized()!r} != {case['normalized']!r}")
    if v.qualifier != case["qualifier"]:
        problems.append(f"qualifier {v.qualifier} != {case['qualifier']}")
    for key in ("unit", "amount", "low", "high", "date", "resolved"):
        if key in case and getattr(v, key) != case[key]:
            problems.append(f"{key} {getattr(v, key)!r} != {case[key]!r}")
    if case["text"][v.start:v.end] != v.text:
        problems.append("span does not match text")
    return problems


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(reason="known miss", strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_table_case(case: dict) -> None:
    assert check_case(case) == []


def test_table_is_big_and_covers_both_scripts() -> None:
    assert len(CASES) >= 60
    kinds = {c["kind"] for c in CASES}
    assert kinds >= {k.value for k in ValueKind} | {"none"}
    for kind in ValueKind:
        scripts = {c["script"] for c in CASES if c["kind"] == kind.value}
        assert scripts == {"s", "t"}, kind
    assert len({c["id"] for c in CASES}) == len(CASES)


# ---------------------------------------------------------------- offsets and spans


def test_offsets_point_into_the_traditional_original() -> None:
    text = "據報道，該集團將投資5000億美元，並在兩天內創造10萬個就業崗位。"
    values = find_values(text)
    by_text = {v.text: v for v in values}
    assert set(by_text) >= {"5000億美元", "兩天內", "10萬個就業崗位"}
    for v in values:
        assert text[v.start:v.end] == v.text
    money = by_text["5000億美元"]
    assert money.start == text.index("5000") and money.end == text.index("，並")
    assert money.normalized() == "USD 500000000000"


def test_same_normalized_in_both_scripts() -> None:
    simplified = find_values("整体投资金额300亿至500亿欧元，约20万个GPU，超过19个月。")
    traditional = find_values("整體投資金額300億至500億歐元，約20萬個GPU，超過19個月。")
    assert [v.normalized() for v in simplified] == [v.normalized() for v in traditional]
    assert [v.text for v in traditional] == ["300億至500億歐元", "約20萬個GPU", "超過19個月"]


def test_hard_wrapped_text_is_read_across_line_breaks() -> None:
    text = "该公司初步投资 1000 亿美\n元，并将在今\n后4年内建设\n20家数据中\n心。"
    values = find_values(text)
    assert [v.normalized() for v in values] == ["USD 100000000000", "duration <=+P4Y", "count 20 数据中心"]
    assert values[0].text == "1000 亿美\n元"
    for v in values:
        assert text[v.start:v.end] == v.text


def test_spans_never_overlap_and_prefer_the_longest() -> None:
    text = "投资300亿至500亿欧元，2月10日至11日，5%至7%，3年至5年，2024年至2025年。"
    values = find_values(text)
    for a, b in itertools.pairwise(values):
        assert a.end <= b.start
    kinds = [v.kind for v in values]
    assert kinds == [ValueKind.MONEY, ValueKind.PERIOD, ValueKind.PERCENT, ValueKind.DURATION, ValueKind.PERIOD]
    assert values[0].qualifier == "range" and values[0].low == 3e10 and values[0].high == 5e10


def test_a_year_inside_a_date_is_not_a_count() -> None:
    values = find_values("2024年订阅用户数达到1550万，2024年5月又增加了。")
    assert [(v.kind, v.normalized()) for v in values] == [
        (ValueKind.DATE, "date 2024"),
        (ValueKind.COUNT, "count 15500000"),
        (ValueKind.DATE, "date 2024-05"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "DeepSeek-R1与OpenAI的o1相比，GPT-5尚未发布，Grok 3已上线。",
        "第三十三届奥运会，第3名，第一季，初五。",
        "5G、4K、iPhone 16和Windows 11。",
        "周一和星期五都有会议。",
        "一带一路，千家万户，双方签署一个备忘录。",
        "国产C919和A350客机，COP29会议。",
    ],
)
def test_ordinals_versions_and_names_are_not_values(text: str) -> None:
    assert find_values(text) == []


# ------------------------------------------------------------------ relative dates


def test_relative_dates_without_reference_are_unresolved() -> None:
    values = find_values("去年8月1日生效，今年目标不变，当地时间7日宣布，上周开会，2月10日开幕。")
    assert all(not v.resolved for v in values)
    assert [v.date for v in values] == ["--08-01", None, "---07", None, "--02-10"]
    assert all(v.note for v in values)
    assert values[1].normalized() == "date ?今年"


def test_relative_dates_with_reference_resolve() -> None:
    text = "去年8月1日生效，今年目标不变，当地时间7日宣布，上周开会，2月10日开幕，本月底结束，明天公布。"
    values = find_values(text, REF)
    assert all(v.resolved for v in values)
    assert [v.date for v in values] == [
        "2024-08-01", "2025", "2025-02-07", "2025-02-03/2025-02-09", "2025-02-10", "2025-02", "2025-02-11",
    ]
    assert "2025-02-10" in values[0].note


def test_reference_datetime_is_accepted() -> None:
    values = find_values("昨天", dt.datetime(2025, 2, 10, 18, 30))
    assert values[0].date == "2025-02-09"


def test_day_only_takes_the_nearest_month() -> None:
    assert find_values("28日宣布", dt.date(2025, 3, 2))[0].date == "2025-02-28"
    assert find_values("3日宣布", dt.date(2025, 2, 27))[0].date == "2025-03-03"


def test_yearless_month_takes_the_nearest_year() -> None:
    assert find_values("12月", dt.date(2025, 1, 15))[0].date == "2024-12"
    assert find_values("1月5日", dt.date(2024, 12, 20))[0].date == "2025-01-05"


def test_durations() -> None:
    [v] = find_values("未来四年", REF)
    assert (v.kind, v.amount, v.unit, v.direction, v.date) == (ValueKind.DURATION, 4.0, "year", "forward",
                                                                "2025-02-10/P4Y")
    [v] = find_values("未來四年")
    assert v.date is None and v.resolved and v.normalized() == "duration +P4Y"
    [v] = find_values("三年来")
    assert v.direction == "backward" and v.normalized() == "duration -P3Y"


def test_infer_article_date() -> None:
    assert infer_article_date("新华社北京2025年2月10日电（记者张三）会议开幕。") == dt.date(2025, 2, 10)
    assert infer_article_date("【本報訊】2月10日，峰會開幕。與2023年及2024年的峰會不同，微軟2025財年的投資……") == dt.date(
        2025, 2, 10)
    assert infer_article_date("到2030年实现目标。3月1日开会。") is None
    assert infer_article_date("2月10日，会议开幕。") is None
    assert infer_article_date("") is None


# ------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一万亿", 1e12),
        ("一萬億", 1e12),
        ("1.92万亿", 1.92e12),
        ("1.92萬億港幣", 1.92e12),
        ("三千五百", 3500),
        ("三千五", 3500),
        ("一万五", 15000),
        ("二〇二五", 2025),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百零五", 105),
        ("两天", 2),
        ("兩千億", 2e11),
        ("零点五", 0.5),
        ("零點五", 0.5),
        ("1.5万", 15000),
        ("3千", 3000),
        ("1,550", 1550),
        ("５０００", 5000),
        ("一亿两千万", 1.2e8),
        ("三分之一", 1 / 3),
        ("百分之六十三", 0.63),
        ("数百亿", None),
        ("幾十", None),
        ("上千万", None),
        ("十几", None),
        ("亿万", None),
        ("三五", None),
        ("", None),
        ("美元", None),
    ],
)
def test_parse_chinese_number(text: str, expected: float | None) -> None:
    result = parse_chinese_number(text)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


def test_value_is_frozen_and_normalized_formats() -> None:
    v = Value(ValueKind.MONEY, 0, 3, "x", amount=5e11, unit="USD")
    with pytest.raises(FrozenInstanceError):
        v.amount = 1  # type: ignore[misc]
    assert v.normalized() == "USD 500000000000"
    assert Value(ValueKind.MONEY, 0, 1, "x", amount=1e11, low=1e11, qualifier="more_than",
                 unit="USD").normalized() == "USD >100000000000"
    assert Value(ValueKind.PERCENT, 0, 1, "x", amount=6.5, unit="%").normalized() == "% 6.5"
    assert Value(ValueKind.COUNT, 0, 1, "x", amount=2e5, unit="个GPU", measure_word="个").normalized() == \
        "count 200000 GPU"
    assert Value(ValueKind.PERIOD, 0, 1, "x", date="FY2025").normalized() == "period FY2025"


def test_core_module_does_not_import_ui_libraries() -> None:
    source = (Path(__file__).parents[1] / "briefing" / "core" / "values.py").read_text(encoding="utf-8")
    assert "import textual" not in source and "from textual" not in source
    assert "import rich" not in source and "from rich" not in source


# ------------------------------------------------------------------ property


_ALPHABET = st.sampled_from(
    list("0123456789.,%％-~至到年月日号亿万千百十億萬零〇一二两三四五六七八九兩个個家名倍元美歐欧港币幣約约逾超过不到以上左右"
         "数几上第今去明本周週天小时分秒半多余点點 \n\tAZazGPT当地时间財财年度季上下之成")
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40) | st.text(max_size=30),
       st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 31), max_value=dt.date(2100, 12, 1))))
def test_random_text_never_raises_and_spans_are_valid(text: str, reference: dt.date | None) -> None:
    values = find_values(text, reference)
    previous_end = 0
    for v in values:
        assert 0 <= v.start < v.end <= len(text)
        assert v.start >= previous_end
        assert text[v.start:v.end] == v.text
        assert isinstance(v.normalized(), str)
        previous_end = v.end
    parse_chinese_number(text)
