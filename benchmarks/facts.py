"""Cross-source fact links (``briefing facts``) scored on hand-annotated article pairs.

Run ``.venv/bin/python benchmarks/facts.py [--verbose] [--json] [--data tests/data/facts]``.

The data folder holds pairs of short articles, ``pNN_a.txt`` (Traditional, Hong Kong or
Taiwan usage) and ``pNN_b.txt`` (Simplified), two sources reporting the same story, and
``gold.json``::

    {"pairs": [{"files": ["p01_a.txt", "p01_b.txt"],
                "links": [{"relation": "corroborates" | "differs", "entity": "...",
                           "a": "<value text in a>", "b": "<value text in b>",
                           "note": "..."?}]}]}

``a``/``b`` are the surface texts of the values as they appear in each article once hard
wraps are undone; ``entity`` and ``note`` are only used for reporting.

What it does:

1. checks ``gold.json`` (both files exist, the relation is known, every ``a``/``b`` text
   occurs in its article with line breaks and spaces removed) and stops with exit
   status 1 if it does not hold;
2. runs ``python -m briefing facts A B --json`` once per pair (exit status 2 with a message
   if the command is missing, fails, times out or does not print the expected JSON);
3. scores the predicted links.  A predicted link matches a gold link when the relation is
   the same and among its facts there is one from article a whose ``value`` equals the
   gold ``a`` text and one from article b whose ``value`` equals the gold ``b`` text,
   both compared after conversion to Simplified (``convert_text(s,
   ScriptMode.SIMPLIFIED)``) and removal of whitespace.  A ``corroborates`` link with 3+
   facts matches when it contains such an a/b pair.  Precision = matched predicted links
   / predicted links; recall = matched gold links / gold links; per relation and overall.

``--verbose`` lists, per pair, the missed gold links (with the facts the command did find
for those value texts, and the entity it tied them to) and the false links (entity,
relation, values per article).  ``--json`` prints the figures as JSON.  ``--no-cache``
passes ``--no-cache`` to the command (entities extracted again, not read from the
on-disk cache).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.core.convert import convert_text
from briefing.core.model import ScriptMode

DEFAULT_DATA = ROOT / "tests" / "data" / "facts"
RELATIONS = ("corroborates", "differs")
TIMEOUT = 600  # seconds for one run of the command
_SPACE = re.compile(r"[\s\u3000]+")


class CommandFailed(Exception):
    """`briefing facts` is missing, failed, or did not print its JSON."""


def norm(text: str) -> str:
    """The key value texts are compared by: Simplified script, no whitespace."""
    return _SPACE.sub("", convert_text(text, ScriptMode.SIMPLIFIED))


# ----------------------------------------------------------------------------- gold


@dataclass
class GoldLink:
    relation: str
    entity: str
    a: str
    b: str
    note: str = ""


@dataclass
class Pair:
    name: str
    files: tuple[Path, Path]
    links: list[GoldLink]


def load_gold(data: Path) -> list[Pair]:
    raw = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    pairs = []
    for entry in raw["pairs"]:
        a, b = entry["files"]
        links = [
            GoldLink(
                l["relation"], l.get("entity", ""), l["a"], l["b"], l.get("note", "")
            )
            for l in entry["links"]
        ]
        pairs.append(Pair(Path(a).stem.rsplit("_", 1)[0], (data / a, data / b), links))
    return pairs


def validate(pairs: list[Pair]) -> list[str]:
    problems = []
    for pair in pairs:
        texts = []
        for path in pair.files:
            if not path.is_file():
                problems.append(f"{pair.name}: {path.name} does not exist")
                texts.append(None)
            else:
                texts.append(norm(path.read_text(encoding="utf-8")))
        for link in pair.links:
            if link.relation not in RELATIONS:
                problems.append(f"{pair.name}: unknown relation {link.relation!r}")
            for side, text, article in (
                ("a", link.a, texts[0]),
                ("b", link.b, texts[1]),
            ):
                if article is not None and norm(text) not in article:
                    problems.append(
                        f"{pair.name}: {side} value {text!r} ({link.entity}) does not occur in its article"
                    )
    return problems


# ------------------------------------------------------------------------- command


def run_command(files: tuple[Path, Path], no_cache: bool) -> tuple[dict, float]:
    cmd = [sys.executable, "-m", "briefing", "facts", *map(str, files), "--json"]
    if no_cache:
        cmd.append("--no-cache")
    began = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd,
            cwd=ROOT,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise CommandFailed(
            f"`briefing facts` did not finish within {TIMEOUT} s on {files[0].name}, {files[1].name}"
        ) from exc
    elapsed = time.perf_counter() - began
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        data = None
    if (
        proc.returncode != 0
        or not isinstance(data, dict)
        or "facts" not in data
        or "links" not in data
    ):
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise CommandFailed(
            f"`python -m briefing facts {files[0].name} {files[1].name} --json` exited with {proc.returncode}"
            + (" and printed no {facts, links} JSON" if proc.returncode == 0 else "")
            + (": " + " / ".join(tail) if tail else "")
        )
    return data, elapsed


def side_of(article: str, files: tuple[Path, Path]) -> str | None:
    """'a' or 'b' for a fact's article path (resolved paths, else file names)."""
    try:
        resolved = Path(article).resolve()
    except OSError:
        resolved = None
    for side, path in zip("ab", files):
        if resolved is not None and resolved == path.resolve():
            return side
    for side, path in zip("ab", files):
        if Path(article).name == path.name:
            return side
    return None


# ------------------------------------------------------------------------- scoring


@dataclass
class PairResult:
    name: str
    gold: list[GoldLink]
    predicted: list[dict]  # {"relation", "facts": [fact dicts with "side"]}
    gold_hit: list[bool] = field(default_factory=list)
    predicted_hit: list[bool] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    seconds: float = 0.0


def link_matches(link: dict, gold: GoldLink) -> bool:
    if link["relation"] != gold.relation:
        return False
    a_values = {norm(f["value"]) for f in link["facts"] if f["side"] == "a"}
    b_values = {norm(f["value"]) for f in link["facts"] if f["side"] == "b"}
    return norm(gold.a) in a_values and norm(gold.b) in b_values


def score_pair(pair: Pair, data: dict, seconds: float) -> PairResult:
    facts = []
    for fact in data["facts"]:
        facts.append(
            {**fact, "side": side_of(str(fact.get("article", "")), pair.files)}
        )
    by_id = {f["id"]: f for f in facts}
    predicted = [
        {
            "relation": l["relation"],
            "facts": [by_id[i] for i in l["facts"] if i in by_id],
        }
        for l in data["links"]
    ]
    result = PairResult(pair.name, pair.links, predicted, facts=facts, seconds=seconds)
    result.gold_hit = [any(link_matches(p, g) for p in predicted) for g in pair.links]
    result.predicted_hit = [
        any(link_matches(p, g) for g in pair.links) for p in predicted
    ]
    return result


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def figures(results: list[PairResult], relation: str | None) -> dict:
    def keep(rel: str) -> bool:
        return relation is None or rel == relation

    gold = [
        (g, hit)
        for r in results
        for g, hit in zip(r.gold, r.gold_hit)
        if keep(g.relation)
    ]
    pred = [
        (p, hit)
        for r in results
        for p, hit in zip(r.predicted, r.predicted_hit)
        if keep(p["relation"])
    ]
    matched_pred = sum(hit for _, hit in pred)
    matched_gold = sum(hit for _, hit in gold)
    precision, recall = ratio(matched_pred, len(pred)), ratio(matched_gold, len(gold))
    f1 = (
        2 * precision * recall / (precision + recall)
        if precision and recall
        else (0.0 if precision is not None and recall is not None else None)
    )
    return {
        "gold": len(gold),
        "predicted": len(pred),
        "matched_gold": matched_gold,
        "matched_predicted": matched_pred,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


# ------------------------------------------------------------------------ reporting


def pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def table(rows: list[tuple[str, dict]]) -> list[str]:
    out = [
        f"  {'':14} {'gold':>5} {'pred':>5} {'hit g':>5} {'hit p':>5}  {'precision':>9} {'recall':>7} {'F1':>7}"
    ]
    for label, f in rows:
        out.append(
            f"  {label:14} {f['gold']:5d} {f['predicted']:5d} {f['matched_gold']:5d} {f['matched_predicted']:5d}"
            f"  {pct(f['precision']):>9} {pct(f['recall']):>7} {pct(f['f1']):>7}"
        )
    return out


def describe_link(link: dict) -> str:
    parts = []
    for side in "ab":
        values = [
            f"{f['entity']}: {f['value']}" for f in link["facts"] if f["side"] == side
        ]
        parts.append(f"{side}[{'; '.join(values)}]")
    return " ".join(parts)


def found_as(result: PairResult, side: str, text: str) -> str:
    hits = [
        f for f in result.facts if f["side"] == side and norm(f["value"]) == norm(text)
    ]
    if not hits:
        return "no fact"
    return ", ".join(sorted({f"{f['entity']} ({f['entity_type']})" for f in hits}))


def verbose_lines(result: PairResult) -> list[str]:
    header = (
        f"  {result.name}: {sum(result.gold_hit)}/{len(result.gold)} gold links found, "
        f"{sum(result.predicted_hit)}/{len(result.predicted)} predicted links correct, {len(result.facts)} facts, "
        f"{result.seconds:.2f} s"
    )
    out = [header]
    for gold, hit in zip(result.gold, result.gold_hit):
        if hit:
            continue
        note = f" ({gold.note})" if gold.note else ""
        out.append(
            f"    MISS  {gold.relation:12} {gold.entity}: a {gold.a!r} / b {gold.b!r}{note}"
        )
        out.append(
            f"          a {gold.a!r} -> {found_as(result, 'a', gold.a)}; b {gold.b!r} -> {found_as(result, 'b', gold.b)}"
        )
    for link, hit in zip(result.predicted, result.predicted_hit):
        if not hit:
            out.append(f"    FALSE {link['relation']:12} {describe_link(link)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score `briefing facts` cross-source links on annotated article pairs."
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder with pNN_a/b.txt and gold.json",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="per pair: misses and false links"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--no-cache", action="store_true", help="pass --no-cache to the command"
    )
    args = parser.parse_args(argv)

    data_dir = args.data if args.data.is_absolute() else (Path.cwd() / args.data)
    pairs = load_gold(data_dir)
    problems = validate(pairs)
    if problems:
        print("gold.json does not match the articles:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1

    results = []
    began = time.perf_counter()
    for pair in pairs:
        try:
            output, seconds = run_command(pair.files, args.no_cache)
        except CommandFailed as exc:
            print(f"benchmarks/facts.py: {exc}", file=sys.stderr)
            return 2
        results.append(score_pair(pair, output, seconds))
    total = time.perf_counter() - began

    overall = {rel: figures(results, rel) for rel in RELATIONS}
    overall["all"] = figures(results, None)
    per_pair = {
        r.name: {
            "seconds": round(r.seconds, 3),
            "facts": len(r.facts),
            **{rel: figures([r], rel) for rel in RELATIONS},
            "all": figures([r], None),
            **(
                {
                    "misses": [
                        vars(g) for g, hit in zip(r.gold, r.gold_hit) if not hit
                    ],
                    "false_links": [
                        {
                            "relation": p["relation"],
                            "facts": [
                                {
                                    k: f.get(k)
                                    for k in ("side", "entity", "value", "normalized")
                                }
                                for f in p["facts"]
                            ],
                        }
                        for p, hit in zip(r.predicted, r.predicted_hit)
                        if not hit
                    ],
                }
                if args.verbose
                else {}
            ),
        }
        for r in results
    }
    timing = {
        "total_seconds": round(total, 3),
        "per_pair_seconds": {r.name: round(r.seconds, 3) for r in results},
    }

    if args.json:
        json.dump(
            {"overall": overall, "pairs": per_pair, "timing": timing},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return 0

    gold_count = {rel: overall[rel]["gold"] for rel in RELATIONS}
    print(
        f"Fact links on {len(results)} article pairs in {data_dir} "
        f"({gold_count['corroborates']} corroborates, {gold_count['differs']} differs gold links)"
    )
    print()
    print("Overall")
    print("\n".join(table([(rel, overall[rel]) for rel in (*RELATIONS, "all")])))
    print()
    print("Per pair (all relations)")
    print("\n".join(table([(r.name, per_pair[r.name]["all"]) for r in results])))
    if args.verbose:
        print()
        print(
            "Details (MISS: gold link not found, with the facts found for its value texts; FALSE: predicted link not in gold)"
        )
        for r in results:
            print("\n".join(verbose_lines(r)))
    print()
    print(
        f"Timing: {total:.2f} s for {len(results)} runs of `briefing facts` "
        f"({total / max(len(results), 1):.2f} s per pair; slowest {max((r.seconds for r in results), default=0):.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
