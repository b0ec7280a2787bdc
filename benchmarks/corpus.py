"""Entity scores on a public annotated news corpus: the People's Daily 1998 NER set.

Run ``.venv/bin/python benchmarks/corpus.py [--split dev|test] [--variants ...]
[--verbose] [--json]``.

The corpus (``benchmarks/data/peoples_daily/``, see its README for the source) is
Simplified news from the People's Daily, January-June 1998, one sentence per line with
character spans tagged PER, LOC and ORG.  This script:

1. groups consecutive sentences into pseudo-articles (``--group`` sentences each, one
   paragraph a sentence) and writes them in each *variant*: ``simplified`` (as given),
   ``traditional`` (converted with OpenCC ``s2t``, the way a Hong Kong or Taiwan paper
   would print the same story) and ``wrapped`` (Simplified, hard-wrapped every
   ``--width`` characters as if pasted from a PDF, breaking inside words and names);
2. runs ``python -m briefing entities FILES --json`` once per variant on all its
   pseudo-articles;
3. scores person/organization/place against PER/ORG/LOC in two ways:

   - **entity level** (as ``benchmarks/entities.py``): per article, the distinct
     normalised forms of each type; a predicted (article, form, type) is correct when the
     gold has it;
   - **mention level**: per article, the multiset of (form, type); a predicted mention
     counts as correct up to the number of gold mentions with that form and type.

Forms are normalised like ``benchmarks/entities.py``: converted to Simplified, NFKC, lower
case, no whitespace, hyphens or middle dots.  The corpus has its own conventions, kept
as given: a country inside an organisation's name is not a separate place (中国工程院),
single-character country abbreviations are places (中美 -> 中, 美), a surname alone is a
person (毛院士 -> 毛).

``--import-bio FILE --out FILE`` converts a character-per-line BIO file (``中 B-ORG``)
into the JSON-lines form kept here: ``{"text": ..., "spans": [[start, end, "PER"], ...]}``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from entities import normalise  # noqa: E402

from briefing.core.convert import convert_text  # noqa: E402
from briefing.core.model import ScriptMode  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "peoples_daily"
TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
CORE = ("person", "organization", "place")
VARIANTS = ("simplified", "traditional", "wrapped")


def import_bio(source: Path, target: Path) -> int:
    """BIO lines -> JSON lines of {text, spans}; returns the number of sentences."""
    sentences, chars, tags = [], [], []
    for line in source.read_text(encoding="utf-8").split("\n") + [""]:
        if not line.strip():
            if chars:
                sentences.append(_spans("".join(chars), tags))
            chars, tags = [], []
            continue
        char, tag = line.rsplit(" ", 1)
        chars.append(char or " ")
        tags.append(tag)
    with target.open("w", encoding="utf-8") as out:
        for sentence in sentences:
            out.write(json.dumps(sentence, ensure_ascii=False) + "\n")
    return len(sentences)


def _spans(text: str, tags: list[str]) -> dict:
    spans, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            spans.append([start, i, kind])
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return {"text": text, "spans": spans}


def load_sentences(split: str, limit: int | None) -> list[dict]:
    lines = (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line) for line in lines if line.strip()]
    return sentences[:limit] if limit else sentences


def hard_wrap(paragraph: str, width: int) -> str:
    return "\n".join(paragraph[i:i + width] for i in range(0, len(paragraph), width))


def article_text(sentences: list[dict], variant: str, width: int) -> str:
    paragraphs = [s["text"] for s in sentences]
    if variant == "traditional":
        paragraphs = [convert_text(p, ScriptMode.TRADITIONAL) for p in paragraphs]
    elif variant == "wrapped":
        paragraphs = [hard_wrap(p, width) for p in paragraphs]
    return "\n\n".join(paragraphs) + "\n"


def gold_mentions(sentences: list[dict]) -> Counter:
    return Counter(
        (normalise(s["text"][a:b]), TYPES[kind]) for s in sentences for a, b, kind in s["spans"]
    )


def run_command(paths: list[Path]) -> dict:
    cmd = [sys.executable, "-m", "briefing", "entities", *map(str, paths), "--json", "--no-cache"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if done.returncode != 0:
        sys.exit(f"briefing entities failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def predicted_mentions(output: dict) -> dict[str, Counter]:
    per_article: dict[str, Counter] = defaultdict(Counter)
    for entity in output["entities"]:
        if entity["type"] not in CORE:
            continue
        for mention in entity["mentions"]:
            per_article[Path(mention["article"]).name][(normalise(mention["text"]), entity["type"])] += 1
    return per_article


def score(gold: dict[str, Counter], predicted: dict[str, Counter]) -> dict:
    """Entity-level and mention-level P/R/F1 per type and for the three together."""
    counts = {level: {t: Counter() for t in CORE + ("core",)} for level in ("entity", "mention")}
    errors = {"missed": Counter(), "spurious": Counter()}
    for article, gold_counter in gold.items():
        pred_counter = predicted.get(article, Counter())
        for level in ("entity", "mention"):
            g = Counter(set(gold_counter)) if level == "entity" else gold_counter
            p = Counter(set(pred_counter)) if level == "entity" else pred_counter
            for (form, kind), n in p.items():
                hit = min(n, g.get((form, kind), 0))
                for t in (kind, "core"):
                    counts[level][t]["pred"] += n
                    counts[level][t]["tp"] += hit
            for (form, kind), n in g.items():
                for t in (kind, "core"):
                    counts[level][t]["gold"] += n
            if level == "entity":
                errors["missed"].update(k for k in g if k not in p)
                errors["spurious"].update(k for k in p if k not in g)
    figures = {}
    for level, per_type in counts.items():
        figures[level] = {}
        for t, c in per_type.items():
            p = c["tp"] / c["pred"] if c["pred"] else 0.0
            r = c["tp"] / c["gold"] if c["gold"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            figures[level][t] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                                 "tp": c["tp"], "predicted": c["pred"], "gold": c["gold"]}
    return {"figures": figures, "errors": errors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--limit", type=int, help="only the first N sentences")
    parser.add_argument("--group", type=int, default=25, help="sentences per pseudo-article")
    parser.add_argument("--width", type=int, default=36, help="line width of the wrapped variant")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--verbose", "-v", action="store_true", help="list the commonest misses and false positives")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--import-bio", type=Path, help="convert a BIO file to JSON lines (with --out)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    if args.import_bio:
        print(f"{import_bio(args.import_bio, args.out)} sentences -> {args.out}")
        return 0

    sentences = load_sentences(args.split, args.limit)
    groups = [sentences[i:i + args.group] for i in range(0, len(sentences), args.group)]
    gold = {f"{i:04d}.txt": gold_mentions(group) for i, group in enumerate(groups)}
    report = {"split": args.split, "sentences": len(sentences), "articles": len(groups), "variants": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for variant in args.variants.split(","):
            folder = Path(tmp) / variant
            folder.mkdir()
            paths = []
            for i, group in enumerate(groups):
                path = folder / f"{i:04d}.txt"
                path.write_text(article_text(group, variant, args.width), encoding="utf-8")
                paths.append(path)
            started = time.perf_counter()
            output = run_command(paths)
            seconds = time.perf_counter() - started
            result = score(gold, predicted_mentions(output))
            result["seconds"] = round(seconds, 2)
            report["variants"][variant] = result

    if args.json:
        print(json.dumps({**report, "variants": {v: {"figures": r["figures"], "seconds": r["seconds"]}
                                                  for v, r in report["variants"].items()}}, ensure_ascii=False, indent=2))
        return 0
    print(f"People's Daily 1998 NER, {args.split}: {len(sentences)} sentences in {len(groups)} pseudo-articles")
    for variant, result in report["variants"].items():
        print(f"\n== {variant} ({result['seconds']} s)")
        for level in ("entity", "mention"):
            for t in CORE + ("core",):
                f = result["figures"][level][t]
                print(f"  {level:8s} {t:13s} P {f['precision']:6.1%}  R {f['recall']:6.1%}  F1 {f['f1']:6.1%}"
                      f"   {f['tp']}/{f['predicted']} predicted, {f['tp']}/{f['gold']} gold")
        if args.verbose:
            for kind in ("missed", "spurious"):
                common = result["errors"][kind].most_common(40)
                print(f"  {kind}: " + ", ".join(f"{form}/{t[:3]}×{n}" for (form, t), n in common))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
