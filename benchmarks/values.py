"""Value recognition (``briefing.core.values``): table pass rates and throughput.

Run ``.venv/bin/python benchmarks/values.py [--verbose] [--json] [--jionlp]``.

1. Scores ``find_values`` on the case table ``tests/data/values_cases.json`` (the same
   checks as ``tests/test_values.py``: the value with the expected surface text must have
   the expected kind, ``normalized()`` string and qualifier, plus any unit / amount /
   low / high / date / resolved the case lists; ``none`` cases must yield no value) and
   prints passed / total per kind and per script.
2. Measures throughput on 100 KB of mixed Traditional and Simplified news text (the
   bundled seeds and the annotated articles in ``tests/data/entities/``, repeated):
   "cold" includes the OpenCC ``hk2s`` copy (its cache cleared), "warm" reuses it.
3. ``--jionlp``: if ``jionlp`` can be imported (it is not a dependency; e.g. put a
   scratch virtualenv's site-packages on ``PYTHONPATH``), also scores
   ``jionlp.ner.extract_money`` / ``extract_time`` on the money, date and period cases
   (amount + currency, or the start date, of the value at the case's surface text) and
   times its import and extraction on the same 100 KB.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from briefing.core.entities.normalize import matching_copy
from briefing.core.values import Value, ValueKind, find_values

ROOT = Path(__file__).resolve().parents[1]

CASES_PATH = ROOT / "tests" / "data" / "values_cases.json"
TARGET_CHARS = 100_000


def load_cases() -> list[dict]:
    return json.loads(CASES_PATH.read_text(encoding="utf-8"))["cases"]


def reference(case: dict) -> dt.date | None:
    return dt.date.fromisoformat(case["reference_date"]) if case.get("reference_date") else None


def pick(case: dict, values: list[Value]) -> Value | None:
    if "surface" in case:
        return next((v for v in values if v.text == case["surface"]), None)
    return next((v for v in values if v.kind.value == case["kind"]), None)


def check(case: dict) -> list[str]:
    values = find_values(case["text"], reference(case))
    if case["kind"] == "none":
        return [f"unexpected {v.kind.value} {v.text!r}" for v in values]
    v = pick(case, values)
    if v is None:
        found = ", ".join(f"{x.text!r}={x.normalized()!r}" for x in values) or "nothing"
        return [f"missing {case.get('surface', case['kind'])!r}; found {found}"]
    problems = []
    if v.kind.value != case["kind"]:
        problems.append(f"kind {v.kind.value}")
    if v.normalized() != case["normalized"]:
        problems.append(f"normalized {v.normalized()!r} (want {case['normalized']!r})")
    if v.qualifier != case["qualifier"]:
        problems.append(f"qualifier {v.qualifier} (want {case['qualifier']})")
    for key in ("unit", "amount", "low", "high", "date", "resolved"):
        if key in case and getattr(v, key) != case[key]:
            problems.append(f"{key} {getattr(v, key)!r} (want {case[key]!r})")
    return problems


def score(cases: list[dict]) -> dict:
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_script: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for case in cases:
        problems = check(case)
        ok = not problems
        for table, key in ((per_kind, case["kind"]), (per_script, case["script"])):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            failures.append({"id": case["id"], "text": case["text"], "problems": problems,
                             "xfail": bool(case.get("xfail"))})
    passed = sum(p for p, _ in per_kind.values())
    return {"passed": passed, "total": len(cases), "per_kind": dict(per_kind), "per_script": dict(per_script),
            "failures": failures}


def mixed_text() -> str:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "entities").glob("*.txt"))
    parts = [f.read_text(encoding="utf-8") for f in files]
    text = "\n\n".join(parts)
    while len(text) < TARGET_CHARS:
        text += "\n\n" + "\n\n".join(parts)
    return text[:TARGET_CHARS]


def throughput(text: str, repeat: int = 3) -> dict:
    cold = warm = float("inf")
    count = 0
    for _ in range(repeat):
        matching_copy.cache_clear()
        began = time.perf_counter()
        count = len(find_values(text))
        cold = min(cold, time.perf_counter() - began)
        began = time.perf_counter()
        find_values(text)
        warm = min(warm, time.perf_counter() - began)
    kinds = Counter(v.kind.value for v in find_values(text))
    return {"chars": len(text), "values": count, "kinds": dict(kinds), "cold_seconds": cold,
            "warm_seconds": warm, "cold_chars_per_second": len(text) / cold,
            "warm_chars_per_second": len(text) / warm}


# ------------------------------------------------------------------------ jionlp

_JIO_CURRENCY = {"美元": "USD", "元": "CNY", "人民币": "CNY", "港元": "HKD", "港币": "HKD", "欧元": "EUR",
                 "日元": "JPY", "英镑": "GBP", "新台币": "TWD", "台币": "TWD"}


def jionlp_comparison(cases: list[dict], text: str) -> dict:
    began = time.perf_counter()
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner
            import jionlp  # type: ignore[import-not-found]
    except ImportError as exc:
        return {"error": f"jionlp not importable: {exc}"}
    import_seconds = time.perf_counter() - began
    results: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        if case["kind"] not in ("money", "date", "period") or "surface" not in case:
            continue
        ok = False
        # jionlp works on Simplified text only: give it the same hk2s copy we use
        simple = matching_copy(case["text"]).text
        surface = matching_copy(case["surface"]).text
        ref = reference(case)
        try:
            if case["kind"] == "money":
                ours = pick(case, find_values(case["text"], ref))
                for item in jionlp.ner.extract_money(simple, with_parsing=True):
                    if item["text"] not in surface and surface not in item["text"]:
                        continue
                    num = item["detail"]["num"]
                    nums = [float(n) for n in (num if isinstance(num, list) else [num])]
                    code = _JIO_CURRENCY.get(item["detail"]["case"], item["detail"]["case"])
                    want = [ours.amount] if ours and ours.amount is not None else [ours.low, ours.high] if ours else []
                    ok = ok or (ours is not None and code == ours.unit and nums == [w for w in want if w is not None])
            else:
                base = time.mktime((ref or dt.date(2025, 2, 10)).timetuple())
                want = case["normalized"].split(" ", 1)[1].split("/")[0]
                for item in jionlp.ner.extract_time(simple, time_base=base, with_parsing=True):
                    if item["text"] not in surface and surface not in item["text"]:
                        continue
                    got = item["detail"]["time"]
                    start = got[0][:10] if isinstance(got, list) else ""
                    ok = ok or (want[:1].isdigit() and start.startswith(want))
        except Exception:  # noqa: BLE001 - jionlp raises on input it does not handle
            ok = False
        results[case["kind"]][0] += ok
        results[case["kind"]][1] += 1
    simple_text = matching_copy(text).text
    began = time.perf_counter()
    jionlp.ner.extract_money(simple_text)
    money_seconds = time.perf_counter() - began
    began = time.perf_counter()
    jionlp.ner.extract_time(simple_text)
    time_seconds = time.perf_counter() - began
    return {"import_seconds": import_seconds, "per_kind": dict(results),
            "extract_money_chars_per_second": len(text) / money_seconds,
            "extract_time_chars_per_second": len(text) / time_seconds}


# -------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list failing cases")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--jionlp", action="store_true", help="also score jionlp if it can be imported")
    args = parser.parse_args(argv)

    cases = load_cases()
    scores = score(cases)
    text = mixed_text()
    speed = throughput(text)
    report = {"table": scores, "throughput": speed}
    if args.jionlp:
        report["jionlp"] = jionlp_comparison(cases, text)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0

    print(f"table: {CASES_PATH.relative_to(ROOT)}  {scores['passed']}/{scores['total']} cases passed")
    order = [k.value for k in ValueKind] + ["none"]
    for kind in order:
        passed, total = scores["per_kind"].get(kind, (0, 0))
        print(f"  {kind:9} {passed:3d}/{total:<3d}")
    for script, (passed, total) in sorted(scores["per_script"].items()):
        label = {"s": "simplified", "t": "traditional"}.get(script, script)
        print(f"  [{label}] {passed}/{total}")
    if args.verbose and scores["failures"]:
        print("failures:")
        for failure in scores["failures"]:
            mark = " (xfail)" if failure["xfail"] else ""
            print(f"  {failure['id']}{mark}: {failure['text']}")
            for problem in failure["problems"]:
                print(f"      {problem}")
    print(f"throughput on {speed['chars']:,} chars of mixed text ({speed['values']} values: "
          + ", ".join(f"{k} {n}" for k, n in sorted(speed["kinds"].items())) + ")")
    print(f"  cold (with OpenCC hk2s copy): {speed['cold_seconds']:.3f} s  "
          f"{speed['cold_chars_per_second']:,.0f} chars/s")
    print(f"  warm (copy cached):           {speed['warm_seconds']:.3f} s  "
          f"{speed['warm_chars_per_second']:,.0f} chars/s")
    if args.jionlp:
        jio = report["jionlp"]
        if "error" in jio:
            print(f"jionlp: {jio['error']}")
        else:
            print(f"jionlp: import {jio['import_seconds']:.2f} s; on the same cases (amount+currency / start date):")
            for kind, (passed, total) in sorted(jio["per_kind"].items()):
                print(f"  {kind:9} {passed:3d}/{total:<3d}")
            print(f"  extract_money {jio['extract_money_chars_per_second']:,.0f} chars/s, "
                  f"extract_time {jio['extract_time_chars_per_second']:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
