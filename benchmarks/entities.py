"""Named-entity extraction scores on a hand-annotated set of Chinese news briefings.

Run ``.venv/bin/python benchmarks/entities.py [--data tests/data/entities] [--json]
[--verbose]``.  The data folder holds short articles (``NN_topic.txt``: Traditional and
Simplified, clean and hard-wrapped as if pasted from a PDF) and ``gold.json``, their
annotations; see ``benchmarks/README.md`` for the annotation rules.

What it does:

1. checks ``gold.json`` against the article texts (every form must occur in its article
   once line breaks and the spaces between CJK characters are removed; every link form
   must belong to a gold entity) and stops with exit status 1 if it does not hold;
2. runs ``python -m briefing entities FILE --json`` once per article, and once on all the
   articles together (for the cross-article links).  The command prints
   ``{"entities": [{"name", "type", "aliases", "articles", "mentions": [{"article",
   "block", "start", "end", "text"}]}]}``; an entity's surface forms are its name, its
   aliases and the text of each mention.  If the command does not exist (or fails) the
   script says so and exits with status 2;
3. scores the per-article runs, per type (person, organization, place, product, work,
   event), for person+organization+place together ("core"), with a type-agnostic score
   ("any type": the span was found, whatever its type), and for core per script
   (traditional / simplified) and per layout (hard-wrapped / clean).  A predicted entity
   is correct when any of its normalised forms equals a normalised form of a gold entity
   of the same type in the same article; a gold entity is found when some predicted
   entity of the same type matches it that way.  Forms are normalised by converting to
   Simplified (``convert_text(s, ScriptMode.SIMPLIFIED)``), NFKC, lower case, and
   removing whitespace, hyphens and middle dots;
4. scores links on the all-articles run.  A gold *occurrence* is (article, normalised
   form) for a form of a gold entity in that article.  A predicted entity *covers* an
   occurrence when one of its mentions in that article has that text, or when the form is
   its name or an alias and it lists the article.  Link recall: of all pairs of
   occurrences within a ``links`` group, the share covered by one predicted entity (and
   the share of groups covered whole by one entity).  Link precision: of all pairs of
   occurrences that one predicted entity covers, the share that belong to the same gold
   entity (gold entities are merged across articles by shared normalised forms of the same
   type, by link groups, and kept apart by an explicit ``key``); a predicted entity that
   covers two different gold entities is a wrong merge.

Options: ``--verbose`` lists misses, false positives, unlinked pairs and wrong merges;
``--json`` prints the figures as JSON; ``--save FILE`` writes the raw command outputs,
which ``--predictions FILE`` reads back instead of running the command (it also takes a
single ``{"entities": [...]}`` output of an all-articles run, split per article by the
mentions); ``--check`` only validates ``gold.json``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.core.convert import convert_text  # noqa: E402
from briefing.core.model import ScriptMode  # noqa: E402

TYPES = ("person", "organization", "place", "product", "work", "event")
CORE = ("person", "organization", "place")
DEFAULT_DATA = ROOT / "tests" / "data" / "entities"
TIMEOUT = 600  # seconds for one run of the command

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK = _HAN + "\u3000-\u303f\uff00-\uff65\u2014\u2026\u201c\u201d\u2018\u2019\u00b7"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}])")
_LATIN_BREAK = re.compile(r"(?<=[A-Za-z0-9])[ \t]*\n\s*(?=[A-Za-z0-9])")
_DROP = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u00b7\u2027\u30fb\u2022\uff65]+")


class CommandMissing(Exception):
    """`briefing entities` is not available or did not print its JSON."""


# ---------------------------------------------------------------------------- texts


def normalise(form: str) -> str:
    """The key two surface forms are compared by (script, case, spacing folded)."""
    text = convert_text(form, ScriptMode.SIMPLIFIED)
    text = unicodedata.normalize("NFKC", text).lower()
    return _DROP.sub("", text)


def joined_text(text: str) -> str:
    """Article text with hard wraps undone: line breaks and spaces between CJK removed."""
    text = _LATIN_BREAK.sub(" ", text)
    text = re.sub(r"[ \t]*\n[ \t\n]*", "", text)
    return _CJK_GAP.sub("", text)


def basename(path: str) -> str:
    return Path(str(path)).name


# ----------------------------------------------------------------------------- gold


@dataclass
class GoldEntity:
    article: str
    name: str
    type: str
    forms: list[str]
    key: str | None
    norms: frozenset[str] = field(default_factory=frozenset)


@dataclass
class Gold:
    articles: dict[str, dict]  # name -> {"script", "hard_wrapped", "region"}
    entities: dict[str, list[GoldEntity]]  # article -> entities
    links: list[dict]
    cluster: dict[tuple[str, int], int]  # (article, entity index) -> global entity id


def load_gold(data: Path) -> Gold:
    raw = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    articles, entities = {}, {}
    for name, art in raw["articles"].items():
        articles[name] = {k: art.get(k) for k in ("script", "region", "hard_wrapped")}
        entities[name] = [
            GoldEntity(name, e["name"], e["type"], list(e["forms"]), e.get("key"),
                       frozenset(normalise(f) for f in e["forms"]))
            for e in art["entities"]
        ]
    gold = Gold(articles, entities, raw.get("links", []), {})
    gold.cluster = _clusters(gold)
    return gold


def _clusters(gold: Gold) -> dict[tuple[str, int], int]:
    """Global gold entities: union of same-type shared forms, link groups and keys."""
    nodes = [(a, i) for a, ents in gold.entities.items() for i in range(len(ents))]
    parent = {n: n for n in nodes}

    def find(n):
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def union(a, b):
        parent[find(a)] = find(b)

    by_key: dict[tuple, tuple] = {}
    for node in nodes:
        ent = gold.entities[node[0]][node[1]]
        keys = [("key", ent.key)] if ent.key else [("form", ent.type, f) for f in ent.norms]
        for key in keys:
            if key in by_key:
                union(node, by_key[key])
            else:
                by_key[key] = node
    for group in gold.links:
        norms = {normalise(f) for f in group["forms"]}
        members = [n for n in nodes if gold.entities[n[0]][n[1]].norms & norms]
        for a, b in zip(members, members[1:]):
            union(a, b)
    roots: dict[tuple, int] = {}
    return {n: roots.setdefault(find(n), len(roots)) for n in nodes}


def validate(gold: Gold, data: Path) -> list[str]:
    """Problems with gold.json: forms missing from their article, bad types, stray links."""
    problems = []
    files = {p.name for p in data.glob("*.txt")}
    for missing in sorted(files - set(gold.articles)):
        problems.append(f"{missing}: article file has no entry in gold.json")
    for name, ents in gold.entities.items():
        if name not in files:
            problems.append(f"{name}: in gold.json but no such file")
            continue
        info = gold.articles[name]
        if info["script"] not in ("traditional", "simplified"):
            problems.append(f"{name}: script must be traditional or simplified")
        if not isinstance(info["hard_wrapped"], bool):
            problems.append(f"{name}: hard_wrapped must be true or false")
        text = joined_text((data / name).read_text(encoding="utf-8"))
        seen: dict[str, str] = {}
        for ent in ents:
            if ent.type not in TYPES:
                problems.append(f"{name}: {ent.name}: unknown type {ent.type!r}")
            if ent.name not in ent.forms:
                problems.append(f"{name}: {ent.name}: name is not among its forms")
            for form in ent.forms:
                if form not in text:
                    problems.append(f"{name}: {ent.type} form {form!r} does not occur in the text")
                other = seen.get(normalise(form))
                if other is not None and other != ent.name:
                    problems.append(f"{name}: form {form!r} belongs to both {other} and {ent.name}")
                seen[normalise(form)] = ent.name
    for group in gold.links:
        types = set()
        for form in group["forms"]:
            owners = [e for ents in gold.entities.values() for e in ents if normalise(form) in e.norms]
            if not owners:
                problems.append(f"link {group['forms']}: {form!r} is not a form of any gold entity")
            types.update(e.type for e in owners)
        if len(types) > 1:
            problems.append(f"link {group['forms']}: forms of different types {sorted(types)}")
        if len(_group_occurrences(gold, group)) < 2:
            problems.append(f"link {group['forms']}: fewer than two occurrences, nothing to link")
    return problems


# ------------------------------------------------------------------------ predictions


@dataclass
class Predicted:
    type: str
    forms: list[str]
    norms: frozenset[str]
    name_norms: frozenset[str]  # name + aliases
    articles: frozenset[str]
    mentions: frozenset[tuple[str, str]]  # (article basename, normalised text)


def parse_output(data: dict) -> list[Predicted]:
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise CommandMissing("the output has no 'entities' list")
    result = []
    for ent in data["entities"]:
        names = [ent.get("name") or ""] + list(ent.get("aliases") or [])
        mentions = list(ent.get("mentions") or [])
        forms = [f for f in names + [m.get("text") or "" for m in mentions] if f]
        result.append(Predicted(
            type=str(ent.get("type")),
            forms=list(dict.fromkeys(forms)),
            norms=frozenset(normalise(f) for f in forms) - {""},
            name_norms=frozenset(normalise(f) for f in names if f) - {""},
            articles=frozenset(basename(a) for a in ent.get("articles") or []),
            mentions=frozenset((basename(m.get("article", "")), normalise(m.get("text") or ""))
                               for m in mentions),
        ))
    return result


def restrict(data: dict, article: str) -> dict:
    """One article's share of an all-articles output: its mentions, and names if listed."""
    out = []
    for ent in data.get("entities", []):
        mentions = [m for m in ent.get("mentions") or [] if basename(m.get("article", "")) == article]
        listed = article in {basename(a) for a in ent.get("articles") or []}
        if mentions or listed:
            out.append({**ent, "articles": [article], "mentions": mentions})
    return {"entities": out}


def run_command(paths: list[Path]) -> tuple[dict, float]:
    cmd = [sys.executable, "-m", "briefing", "entities", *map(str, paths), "--json"]
    began = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise CommandMissing(f"`briefing entities` did not finish within {TIMEOUT} s") from exc
    elapsed = time.perf_counter() - began
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        data = None
    if proc.returncode != 0 or not isinstance(data, dict) or "entities" not in data:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise CommandMissing(f"`{' '.join(cmd[1:4])} ... --json` exited with {proc.returncode}"
                             + (": " + " / ".join(tail) if tail else ""))
    return data, elapsed


def command_available() -> bool:
    try:
        from briefing import cli
    except Exception:  # noqa: BLE001 - any import problem means no command
        return False
    return "entities" in getattr(cli, "COMMANDS", ())


def collect(gold: Gold, data: Path, predictions: Path | None):
    """Raw outputs: ({article: output}, all-articles output, timings)."""
    names = sorted(gold.articles)
    if predictions is not None:
        raw = json.loads(predictions.read_text(encoding="utf-8"))
        if "per_article" in raw:
            return raw["per_article"], raw["all"], raw.get("timings", {})
        return {n: restrict(raw, n) for n in names}, raw, {}
    if not command_available():
        raise CommandMissing("`briefing entities` does not exist yet (not in briefing.cli.COMMANDS)")
    per_article, timings = {}, {"per_article": {}}
    for name in names:
        per_article[name], timings["per_article"][name] = run_command([data / name])
    everything, timings["all"] = run_command([data / n for n in names])
    return per_article, everything, timings


# ---------------------------------------------------------------------------- scores


@dataclass
class Counts:
    pred: int = 0
    pred_ok: int = 0
    gold: int = 0
    gold_found: int = 0

    def add(self, other: "Counts") -> None:
        self.pred += other.pred
        self.pred_ok += other.pred_ok
        self.gold += other.gold
        self.gold_found += other.gold_found

    def figures(self) -> dict:
        p = self.pred_ok / self.pred if self.pred else 0.0
        r = self.gold_found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "predicted": self.pred,
                "correct": self.pred_ok, "gold": self.gold, "found": self.gold_found}


def score_article(golds: list[GoldEntity], preds: list[Predicted]):
    """Per-type counts (plus 'any' and predicted types outside the six), misses, false positives."""
    counts: dict[str, Counts] = {}
    misses, false_pos = [], []
    for t in TYPES + ("any",):
        g = golds if t == "any" else [e for e in golds if e.type == t]
        p = preds if t == "any" else [e for e in preds if e.type == t]
        c = Counts(pred=len(p), gold=len(g))
        for pe in p:
            if any(pe.norms & ge.norms for ge in g):
                c.pred_ok += 1
            elif t != "any":
                false_pos.append((t, pe.forms))
        for ge in g:
            if any(pe.norms & ge.norms for pe in p):
                c.gold_found += 1
            elif t != "any":
                misses.append((t, ge.forms))
        counts[t] = c
    for pe in preds:
        if pe.type not in TYPES:
            counts.setdefault("other", Counts()).pred += 1
            false_pos.append((pe.type, pe.forms))
    return counts, misses, false_pos


def _group_occurrences(gold: Gold, group: dict) -> list[tuple[str, str]]:
    norms = {normalise(f) for f in group["forms"]}
    occ = []
    for article, ents in gold.entities.items():
        for ent in ents:
            for nf in sorted(ent.norms & norms):
                occ.append((article, nf))
    return sorted(set(occ))


def score_links(gold: Gold, preds: list[Predicted]) -> dict:
    occurrence_cluster: dict[tuple[str, str], int] = {}
    for article, ents in gold.entities.items():
        for i, ent in enumerate(ents):
            for nf in ent.norms:
                occurrence_cluster[(article, nf)] = gold.cluster[(article, i)]
    covered_by: dict[tuple[str, str], set[int]] = defaultdict(set)
    covers: list[set[tuple[str, str]]] = []
    for idx, pe in enumerate(preds):
        cov = {m for m in pe.mentions if m in occurrence_cluster}
        cov |= {(a, nf) for a in pe.articles for nf in pe.name_norms if (a, nf) in occurrence_cluster}
        covers.append(cov)
        for occ in cov:
            covered_by[occ].add(idx)

    pairs = linked = groups_whole = 0
    unlinked = []
    for group in gold.links:
        occ = _group_occurrences(gold, group)
        for a, b in itertools.combinations(occ, 2):
            pairs += 1
            if covered_by[a] & covered_by[b]:
                linked += 1
            else:
                unlinked.append((group["forms"], a, b))
        if occ and set.intersection(*(covered_by[o] for o in occ)):
            groups_whole += 1

    pred_pairs = correct_pairs = merged = 0
    wrong = []
    for idx, cov in enumerate(covers):
        if len(cov) < 2:
            continue
        merged += 1
        for a, b in itertools.combinations(sorted(cov), 2):
            pred_pairs += 1
            correct_pairs += occurrence_cluster[a] == occurrence_cluster[b]
        clusters = {occurrence_cluster[o] for o in cov}
        if len(clusters) > 1:
            wrong.append((preds[idx].type, preds[idx].forms[:8], sorted(cov)))
    return {
        "recall": linked / pairs if pairs else 0.0,
        "pairs": pairs,
        "linked_pairs": linked,
        "groups": len(gold.links),
        "groups_whole": groups_whole,
        "precision": correct_pairs / pred_pairs if pred_pairs else 0.0,
        "predicted_pairs": pred_pairs,
        "correct_pairs": correct_pairs,
        "linking_entities": merged,
        "wrong_merges": len(wrong),
        "_unlinked": unlinked,
        "_wrong": wrong,
    }


def evaluate(gold: Gold, per_article: dict, everything: dict) -> dict:
    by_type = {t: Counts() for t in TYPES + ("any", "other")}
    core_by = {k: Counts() for k in ("traditional", "simplified", "hard-wrapped", "clean")}
    details = {}
    for name in sorted(gold.articles):
        info = gold.articles[name]
        counts, misses, false_pos = score_article(gold.entities[name], parse_output(per_article.get(name, {"entities": []})))
        for t, c in counts.items():
            by_type[t].add(c)
        core = Counts()
        for t in CORE:
            core.add(counts[t])
        core_by[info["script"]].add(core)
        core_by["hard-wrapped" if info["hard_wrapped"] else "clean"].add(core)
        details[name] = {"core": core.figures(), "misses": misses, "false_positives": false_pos}
    core_all = Counts()
    for t in CORE:
        core_all.add(by_type[t])
    six = Counts()
    for t in TYPES:
        six.add(by_type[t])
    return {
        "types": {t: c.figures() for t, c in by_type.items() if t != "other"},
        "other_type_predictions": by_type["other"].pred,
        "core": core_all.figures(),
        "all_types": six.figures(),
        "core_by": {k: c.figures() for k, c in core_by.items()},
        "links": score_links(gold, parse_output(everything)),
        "articles": details,
    }


# ---------------------------------------------------------------------------- output


def _row(label: str, f: dict) -> str:
    return (f"  {label:<14} P {100 * f['precision']:5.1f}%  R {100 * f['recall']:5.1f}%  "
            f"F1 {100 * f['f1']:5.1f}%   {f['correct']:4d}/{f['predicted']:<4d} predicted correct, "
            f"{f['found']:4d}/{f['gold']:<4d} gold found")


def print_report(result: dict, gold: Gold, timings: dict, verbose: bool) -> None:
    n_trad = sum(a["script"] == "traditional" for a in gold.articles.values())
    n_wrap = sum(bool(a["hard_wrapped"]) for a in gold.articles.values())
    print(f"Entities on {len(gold.articles)} articles ({n_trad} traditional, "
          f"{len(gold.articles) - n_trad} simplified; {n_wrap} hard-wrapped)")
    for t in TYPES:
        print(_row(t, result["types"][t]))
    print(_row("core P+O+L", result["core"]))
    print(_row("all six", result["all_types"]))
    print(_row("any type", result["types"]["any"]))
    if result["other_type_predictions"]:
        print(f"  ({result['other_type_predictions']} predicted entities had a type outside the six)")
    print("Core (person + organization + place) by script and layout")
    for k, f in result["core_by"].items():
        print(_row(k, f))
    links = result["links"]
    print("Links (all articles in one run)")
    print(f"  recall    {100 * links['recall']:5.1f}%   {links['linked_pairs']}/{links['pairs']} gold pairs "
          f"in one entity; {links['groups_whole']}/{links['groups']} groups whole")
    print(f"  precision {100 * links['precision']:5.1f}%   {links['correct_pairs']}/{links['predicted_pairs']} "
          f"linked pairs correct; {links['wrong_merges']} wrong merges among "
          f"{links['linking_entities']} entities covering 2+ gold occurrences")
    if timings:
        per = timings.get("per_article", {})
        if per:
            print(f"Time: {sum(per.values()):.2f} s for {len(per)} single-article runs "
                  f"({sum(per.values()) / len(per):.2f} s each), {timings.get('all', 0):.2f} s for the all-articles run")
    if not verbose:
        return
    for name, d in result["articles"].items():
        if not d["misses"] and not d["false_positives"]:
            continue
        print(f"\n{name}  core F1 {100 * d['core']['f1']:.1f}%")
        for t, forms in d["misses"]:
            print(f"  miss   {t:<13} {' | '.join(forms)}")
        for t, forms in d["false_positives"]:
            print(f"  false+ {t:<13} {' | '.join(forms)}")
    if links["_unlinked"]:
        print("\nUnlinked gold pairs")
        for forms, a, b in links["_unlinked"]:
            print(f"  {'/'.join(forms)}: {a[1]} ({a[0]})  ~  {b[1]} ({b[0]})")
    if links["_wrong"]:
        print("\nWrong merges")
        for t, forms, cov in links["_wrong"]:
            print(f"  {t}: {' | '.join(forms)}  covers " + ", ".join(f"{nf}@{a[:2]}" for a, nf in cov))


def public(result: dict, timings: dict) -> dict:
    out = {k: v for k, v in result.items() if k != "articles"}
    out["links"] = {k: v for k, v in result["links"].items() if not k.startswith("_")}
    out["articles"] = {
        name: {"core": d["core"],
               "misses": [{"type": t, "forms": f} for t, f in d["misses"]],
               "false_positives": [{"type": t, "forms": f} for t, f in d["false_positives"]]}
        for name, d in result["articles"].items()
    }
    out["links"]["unlinked"] = [{"forms": f, "a": list(a), "b": list(b)} for f, a, b in result["links"]["_unlinked"]]
    out["links"]["wrong"] = [{"type": t, "forms": f, "covers": [list(c) for c in cov]}
                             for t, f, cov in result["links"]["_wrong"]]
    out["timings"] = timings
    return out


def gold_summary(gold: Gold) -> dict:
    counts = {s: {t: 0 for t in TYPES} for s in ("traditional", "simplified")}
    for name, ents in gold.entities.items():
        for ent in ents:
            counts[gold.articles[name]["script"]][ent.type] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with NN_*.txt and gold.json")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses, false positives and link errors")
    parser.add_argument("--predictions", type=Path, help="read saved outputs instead of running the command")
    parser.add_argument("--save", type=Path, help="write the raw command outputs to this file")
    parser.add_argument("--check", action="store_true", help="only validate gold.json and print its counts")
    args = parser.parse_args(argv)

    gold = load_gold(args.data)
    problems = validate(gold, args.data)
    if problems:
        print("gold.json does not match the articles:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    if args.check:
        summary = gold_summary(gold)
        if args.json:
            print(json.dumps({"entities": summary, "links": len(gold.links)}, ensure_ascii=False, indent=2))
        else:
            print(f"gold.json OK: {len(gold.articles)} articles, {len(gold.links)} link groups")
            for script, counts in summary.items():
                print(f"  {script:<12} " + "  ".join(f"{t} {n}" for t, n in counts.items())
                      + f"  total {sum(counts.values())}")
        return 0

    try:
        per_article, everything, timings = collect(gold, args.data, args.predictions)
        result = evaluate(gold, per_article, everything)
    except CommandMissing as exc:
        print(f"benchmarks/entities.py: {exc}. Nothing to score; implement "
              "`briefing entities PATH... --json` or pass --predictions FILE.", file=sys.stderr)
        return 2
    if args.save:
        args.save.write_text(json.dumps({"per_article": per_article, "all": everything, "timings": timings},
                                        ensure_ascii=False, indent=1), encoding="utf-8")
    if args.json:
        print(json.dumps(public(result, timings), ensure_ascii=False, indent=2))
    else:
        print_report(result, gold, timings, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
