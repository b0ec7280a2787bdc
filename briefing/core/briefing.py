"""A Briefing: the articles opened together, the files that failed, and views of them.

This is the one entry point the CLI and the app share: ``open_briefing(paths)`` loads,
reflows and structures every file; ``outline(...)`` gives the JSON-ready outline in any
script mode. Later layers (entities, facts, notes) hang off the same object.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.core.convert import convert, convert_text
from briefing.core.entities.model import Entity
from briefing.core.errors import LoadError
from briefing.core.facts import FactSheet
from briefing.core.load import load_paths
from briefing.core.model import Article, ScriptMode
from briefing.core.structure import build_article


@dataclass(frozen=True)
class Briefing:
    """Articles in the order their files were given, and one error per file that failed."""

    articles: tuple[Article, ...]
    errors: tuple[LoadError, ...]


def open_briefing(paths: list[Path]) -> Briefing:
    """Load and structure every article under ``paths``; bad files become errors."""
    loaded = load_paths(paths)
    return Briefing(tuple(build_article(doc) for doc in loaded.documents), loaded.errors)


def outline(briefing: Briefing, mode: ScriptMode = ScriptMode.ORIGINAL) -> dict[str, Any]:
    """The ``briefing outline --json`` document for ``briefing`` in ``mode``."""
    articles = []
    for article in briefing.articles:
        sections = []
        for section in article.sections:
            blocks = [section.heading, *section.blocks] if section.heading is not None else list(section.blocks)
            sections.append(
                {
                    "title": convert_text(section.title, mode),
                    "blocks": [{"kind": b.kind.value, "text": convert_text(b.text, mode)} for b in blocks],
                }
            )
        articles.append(
            {
                "path": str(article.path),
                "title": convert_text(article.title, mode),
                "script": article.script.value,
                "encoding": article.document.encoding,
                "sections": sections,
            }
        )
    return {"articles": articles, "errors": [str(e) for e in briefing.errors]}


def entities_document(
    briefing: Briefing,
    entities: tuple[Entity, ...],
    mode: ScriptMode = ScriptMode.ORIGINAL,
) -> dict[str, Any]:
    """The ``briefing entities --json`` document.

    ``block`` indexes the article's blocks in reading order (as in ``outline``);
    ``start``/``end`` index that block's text in the chosen script mode.
    """
    out = []
    for entity in entities:
        name = convert_text(entity.name, mode)
        aliases = list(dict.fromkeys(convert_text(f, mode) for f in entity.forms))
        mentions = []
        for m in entity.mentions:
            article = briefing.articles[m.article]
            start, end = m.start, m.end
            text = m.text
            if mode is not ScriptMode.ORIGINAL:
                conversion = convert(article.blocks[m.block].text, mode)
                start, end = conversion.converted_span(m.start, m.end)
                text = conversion.text[start:end]
            mentions.append({"article": str(article.path), "block": m.block, "start": start, "end": end, "text": text})
        out.append(
            {
                "name": name,
                "type": entity.type.value,
                "aliases": [a for a in aliases if a != name],
                "articles": [str(briefing.articles[i].path) for i in entity.articles],
                "count": len(entity.mentions),
                "mentions": mentions,
            }
        )
    return {"entities": out}


def facts_document(
    briefing: Briefing,
    entities: tuple[Entity, ...],
    sheet: FactSheet,
    mode: ScriptMode = ScriptMode.ORIGINAL,
) -> dict[str, Any]:
    """The ``briefing facts --json`` document.

    ``value`` is the surface text, ``normalized`` the comparable form; ``block``/``start``/
    ``end`` locate the value in the article's blocks as in ``entities``.
    """
    facts = []
    for fact in sheet.facts:
        article = briefing.articles[fact.article]
        start, end = fact.value.start, fact.value.end
        if mode is not ScriptMode.ORIGINAL:
            start, end = convert(article.blocks[fact.block].text, mode).converted_span(start, end)
        facts.append(
            {
                "id": fact.id,
                "entity": convert_text(entities[fact.entity].name, mode),
                "entity_type": entities[fact.entity].type.value,
                "value": convert_text(fact.value.text, mode),
                "normalized": fact.value.normalized(),
                "kind": fact.value.kind.value,
                "qualifier": fact.value.qualifier,
                "resolved": fact.value.resolved,
                "note": fact.value.note,
                "article": str(article.path),
                "block": fact.block,
                "start": start,
                "end": end,
                "sentence": convert_text(fact.sentence.text, mode),
            }
        )
    links = [{"relation": link.relation, "facts": list(link.facts)} for link in sheet.links]
    return {"facts": facts, "links": links}
