"""Value types of the entity layer: types, candidate spans, mentions and linked entities."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class EntityType(str, enum.Enum):
    """What an entity is. The order is the sidebar's order."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    PRODUCT = "product"
    WORK = "work"
    EVENT = "event"


@dataclass(frozen=True)
class Candidate:
    """A span of one block that names something, before linking.

    ``start``/``end`` index the block's (reflowed, original-script) text; ``form`` is the
    Simplified surface form used for matching, ``priority`` ranks overlapping rules and
    ``strong`` says whether the rule alone is enough evidence (weak ones need support).
    """

    block: int
    start: int
    end: int
    form: str
    type: EntityType
    rule: str
    priority: int
    strong: bool = True
    alias_of: str = ""


@dataclass(frozen=True)
class Mention:
    """One place an entity is named: article index, block index, span of the block text."""

    article: int
    block: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """An entity linked across scripts, aliases and articles."""

    key: str
    name: str
    type: EntityType
    forms: tuple[str, ...]
    mentions: tuple[Mention, ...]

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(sorted({m.article for m in self.mentions}))

    def count_in(self, article: int) -> int:
        return sum(1 for m in self.mentions if m.article == article)
