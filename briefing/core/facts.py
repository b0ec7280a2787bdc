"""Facts: an entity tied to a value in one sentence, and the links between sources.

A fact pairs a value (money, percentage, count, date …) with the entity the sentence
says it about: the nearest entity before the value in its clause, else before it in the
sentence, else the first after it in the clause. Across articles, two facts about the
same entity (linked across scripts and aliases) are

- **corroborates** when their values agree: the same normalised value, or the same
  amount with compatible bounds (逾1000亿美元 and 1000亿美元 agree);
- **differs** when they are of the same kind and unit, disagree, and the sentences make
  a comparable statement: they share enough content words besides the entity and value
  (a Jaccard overlap of at least ``COMPARABLE``), so Meta's capital spending is not set
  against OpenAI's valuation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from briefing.core.entities.model import Entity, EntityType, Mention
from briefing.core.entities.normalize import simplified
from briefing.core.model import Article
from briefing.core.values import Value, ValueKind, find_values, infer_article_date

#: Minimum content-word overlap for two sentences to make a comparable statement.
COMPARABLE = 0.2

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”」』）)]*")
_CLAUSE_BREAK = set("，,：:；;（）()")
_SUBJECT_TYPES = (EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PRODUCT, EntityType.EVENT, EntityType.WORK)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a block: its span in the block text, and its text."""

    article: int
    block: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Fact:
    """An entity and a value stated together in one sentence."""

    id: str
    entity: int  # index into the entity list the facts were found with
    value: Value
    sentence: Sentence

    @property
    def article(self) -> int:
        return self.sentence.article

    @property
    def block(self) -> int:
        return self.sentence.block


@dataclass(frozen=True)
class FactLink:
    """Facts from different articles that agree (corroborates) or disagree (differs)."""

    relation: str
    facts: tuple[str, ...]


@dataclass(frozen=True)
class FactSheet:
    """Every fact of a briefing and the links between them."""

    facts: tuple[Fact, ...]
    links: tuple[FactLink, ...]

    def by_id(self) -> dict[str, Fact]:
        return self._by_id

    def links_of(self, fact_id: str) -> list[FactLink]:
        return self._links_by_fact.get(fact_id, [])

    # Built once per sheet: the app asks for these for every fact on every cursor move.
    @cached_property
    def _by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}

    @cached_property
    def _links_by_fact(self) -> dict[str, list[FactLink]]:
        index: dict[str, list[FactLink]] = defaultdict(list)
        for link in self.links:
            for fact_id in link.facts:
                index[fact_id].append(link)
        return dict(index)


def sentences(article_index: int, block_index: int, text: str) -> list[Sentence]:
    """Split a block into sentences at 。！？； (closing quotes stay with their sentence)."""
    out: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[start : match.end()].strip():
            out.append(Sentence(article_index, block_index, start, match.end(), text[start : match.end()]))
        start = match.end()
    if text[start:].strip():
        out.append(Sentence(article_index, block_index, start, len(text), text[start:]))
    return out


def _clause_of(text: str, position: int) -> tuple[int, int]:
    start = position
    while start > 0 and text[start - 1] not in _CLAUSE_BREAK:
        start -= 1
    end = position
    while end < len(text) and text[end] not in _CLAUSE_BREAK:
        end += 1
    return start, end


_SOURCE_BEFORE = ("据", "據", "综合", "綜合", "援引")
_SOURCE_AFTER = ("报道", "報道", "报导", "報導", "消息", "援引")


def is_report_source(mention: Mention, sentence: Sentence) -> bool:
    """据韩联社报道, 路透社报道: the medium that reports, not what the figure is about."""
    text = sentence.text
    start, end = mention.start - sentence.start, mention.end - sentence.start
    return text[max(0, start - 2) : start].endswith(_SOURCE_BEFORE) or text[end : end + 3].startswith(_SOURCE_AFTER)


def subject_of(value: Value, mentions: list[tuple[Mention, int]], sentence: Sentence) -> int | None:
    """The entity a value is said about (see the module docstring); None when none fits."""
    text = sentence.text
    local = value.start - sentence.start
    mentions = [(m, e) for m, e in mentions if not is_report_source(m, sentence)]
    clause_start, clause_end = _clause_of(text, local)
    candidates = [(m.start - sentence.start, m.end - sentence.start, e) for m, e in mentions]
    before_clause = [c for c in candidates if clause_start <= c[0] and c[1] <= local]
    before_sentence = [c for c in candidates if c[1] <= local]
    after_clause = [c for c in candidates if c[0] >= local + len(value.text) and c[1] <= clause_end]
    after_sentence = [c for c in candidates if c[0] >= local + len(value.text)]
    # A date opening a sentence ("2月9日，…峰会开幕") is about what follows it.
    for group, pick in ((before_clause, max), (before_sentence, max), (after_clause, min), (after_sentence, min)):
        if group:
            return pick(group, key=lambda c: c[0])[2]
    return None


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """Two-character shingles of the Chinese text, numbers and Latin removed: a cheap,
    segmentation-free stand-in for a sentence's content words."""
    han = re.sub(r"[^\u4e00-\u9fff]", " ", simplified(text))
    grams = set()
    for run in han.split():
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(grams)


def _statement_words(fact: Fact, names: Sequence[str]) -> frozenset[str]:
    text = fact.sentence.text.replace(fact.value.text, " ")
    for name in names:
        text = text.replace(name, " ")
    return content_words(text)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def find_facts(articles: Sequence[Article], entities: Sequence[Entity]) -> tuple[Fact, ...]:
    """Every (entity, value) pair stated in one sentence, over all articles."""
    mentions_by_block: dict[tuple[int, int], list[tuple[Mention, int]]] = defaultdict(list)
    for index, entity in enumerate(entities):
        if entity.type in _SUBJECT_TYPES or entity.type is EntityType.PLACE:
            for mention in entity.mentions:
                mentions_by_block[(mention.article, mention.block)].append((mention, index))
    facts: list[Fact] = []
    for a, article in enumerate(articles):
        reference = infer_article_date(article.document.text)
        for b, block in enumerate(article.blocks):
            block_mentions = mentions_by_block.get((a, b), [])
            values = find_values(block.text, reference)
            previous_subject: int | None = None
            for sentence in sentences(a, b, block.text):
                inside = [(m, e) for m, e in block_mentions if sentence.start <= m.start and m.end <= sentence.end]
                subjects = [(m, e) for m, e in inside if entities[e].type in _SUBJECT_TYPES] or inside
                for value in values:
                    if not (sentence.start <= value.start and value.end <= sentence.end):
                        continue
                    entity = subject_of(value, subjects, sentence)
                    if entity is None and not subjects:
                        # "该片…", "其…": a sentence naming nothing goes on about the last subject.
                        entity = previous_subject
                    if entity is not None:
                        facts.append(Fact(f"f{len(facts) + 1}", entity, value, sentence))
                        previous_subject = entity
    return tuple(facts)


def _bare_measure(value: Value) -> bool:
    """A count whose unit is only a measure word (4330万部, 4330万台): the noun is implied."""
    return value.unit == value.measure_word


def values_agree(a: Value, b: Value) -> bool:
    """Same normalised value, or the same amount with bounds that do not contradict."""
    if a.normalized() == b.normalized():
        return True
    if a.kind is not b.kind:
        return False
    if a.unit != b.unit and not (a.kind is ValueKind.COUNT and _bare_measure(a) and _bare_measure(b)):
        return False
    if a.kind in (ValueKind.DATE, ValueKind.PERIOD):
        return bool(a.date) and a.date == b.date
    base_a = a.amount if a.amount is not None else a.low
    base_b = b.amount if b.amount is not None else b.low
    if base_a is None or base_b is None:
        return False
    return abs(base_a - base_b) <= 1e-9 * max(abs(base_a), abs(base_b), 1.0)


#: Relative words that only say "this year": true in every article, so no evidence.
_BARE_RELATIVE = {
    "今年", "去年", "明年", "本年", "今年内", "本月", "上月", "下月", "当天", "同日",
    "今天", "昨天", "明天", "今日", "昨日", "明日", "前日", "日前", "近日", "当日",
}


def linkable(fact: Fact) -> bool:
    """Facts worth comparing: not a bare 今年 or 当天."""
    return simplified(fact.value.text) not in _BARE_RELATIVE


def _within(day: str, period: str) -> bool:
    start, _, end = period.partition("/")
    # Same precision on both sides (2025-03-11, or --03-11 when the year is unknown).
    return bool(end) and len(day) == len(start) == len(end) and start <= day <= end


def consistent(a: Value, b: Value) -> bool:
    """Different values that do not contradict: a day inside a stated period."""
    if a.kind is ValueKind.DATE and b.kind is ValueKind.PERIOD and a.date and b.date:
        return _within(a.date, b.date)
    if b.kind is ValueKind.DATE and a.kind is ValueKind.PERIOD and a.date and b.date:
        return _within(b.date, a.date)
    return False


def _same_precision(a: Value, b: Value) -> bool:
    """Dates are compared only at the same precision: 22日 alone says nothing against 11月22日."""
    if a.kind not in (ValueKind.DATE, ValueKind.PERIOD) or b.kind not in (ValueKind.DATE, ValueKind.PERIOD):
        return True
    first, second = (a.date or "").split("/")[0], (b.date or "").split("/")[0]
    return bool(first) and len(first) == len(second) and "?" not in first + second


def comparable_kinds(a: Value, b: Value) -> bool:
    if a.kind in (ValueKind.DATE, ValueKind.PERIOD) and b.kind in (ValueKind.DATE, ValueKind.PERIOD):
        return True
    return a.kind is b.kind and a.unit == b.unit


def link_facts(facts: Sequence[Fact], entities: Sequence[Entity]) -> tuple[FactLink, ...]:
    """Corroborations and differences between facts of different articles."""
    by_entity: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        if linkable(fact):
            by_entity[fact.entity].append(fact)
    links: list[FactLink] = []
    for entity_index, group in by_entity.items():
        names = [m.text for m in entities[entity_index].mentions]
        words = {f.id: _statement_words(f, names) for f in group}
        agreeing: list[list[Fact]] = []
        for fact in group:
            for cluster in agreeing:
                if values_agree(cluster[0].value, fact.value):
                    cluster.append(fact)
                    break
            else:
                agreeing.append([fact])
        for cluster in agreeing:
            if len({f.article for f in cluster}) >= 2:
                links.append(FactLink("corroborates", tuple(f.id for f in cluster)))
        for i, first in enumerate(agreeing):
            for second in agreeing[i + 1 :]:
                # When an event happens is one statement however it is phrased.
                threshold = 0.0 if entities[entity_index].type is EntityType.EVENT else COMPARABLE
                pairs = [
                    (x, y)
                    for x in first
                    for y in second
                    if x.article != y.article
                    and comparable_kinds(x.value, y.value)
                    and not consistent(x.value, y.value)
                    and _same_precision(x.value, y.value)
                    and (x.value.kind in (ValueKind.DATE, ValueKind.PERIOD) or threshold > 0)
                    and similarity(words[x.id], words[y.id]) >= threshold
                ]
                if pairs:
                    best = max(pairs, key=lambda p: similarity(words[p[0].id], words[p[1].id]))
                    links.append(FactLink("differs", (best[0].id, best[1].id)))
    return tuple(links)


def fact_sheet(articles: Sequence[Article], entities: Sequence[Entity]) -> FactSheet:
    """Facts and their links for a set of articles and their linked entities."""
    facts = find_facts(articles, entities)
    return FactSheet(facts, link_facts(facts, entities))
