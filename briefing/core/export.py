"""Export: the reader's notes as Markdown to paste into a report, or as JSON.

Both are built from one document (:func:`export_document`), so they never disagree:
highlights grouped by article and section, each with its quote, note, tags, the
entities it mentions and a source reference; notes on entities; an entity index; and the
linked facts (corroborations and differences). Everything is in the chosen script.

JSON schema (``"schema": "briefing-notes/1"``)::

    {"schema", "generated", "script",
     "articles": [{"path", "title", "script",
                   "sections": [{"title",
                                 "highlights": [{"id", "quote", "note", "tags", "entities",
                                                 "exact", "source": {"title", "file", "section"},
                                                 "created", "updated"}]}]}],
     "unplaced": [{"id", "quote", "note", "tags", "article_path"}],
     "entity_notes": [{"id", "entity", "type", "note", "tags"}],
     "entities": [{"name", "type", "count", "articles"}],
     "facts": [{"relation", "facts": [{"entity", "value", "normalized", "article", "sentence"}]}]}
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing.core.briefing import Briefing
from briefing.core.convert import convert_text
from briefing.core.entities.link import entity_key
from briefing.core.entities.model import Entity
from briefing.core.errors import BriefingError
from briefing.core.facts import FactSheet
from briefing.core.model import ScriptMode
from briefing.core.notes import Note, notes_for_article

SCHEMA = "briefing-notes/1"


class ExportError(BriefingError):
    """An export could not be written; the message names the file."""


def _section_of(article, block_index: int) -> str:
    position = 0
    for section in article.sections:
        count = len(section.blocks) + (1 if section.heading is not None else 0)
        if block_index < position + count:
            return section.title
        position += count
    return article.sections[-1].title if article.sections else ""


def export_document(
    briefing: Briefing,
    entities: Sequence[Entity],
    sheet: FactSheet,
    notes: Sequence[Note],
    mode: ScriptMode = ScriptMode.ORIGINAL,
) -> dict[str, Any]:
    """Everything an export holds, as plain data (the JSON export, and the Markdown's source)."""
    c = lambda text: convert_text(text, mode)  # noqa: E731
    placed_ids: set[int] = set()
    articles = []
    for a, article in enumerate(briefing.articles):
        sections: dict[str, list[dict[str, Any]]] = {s.title: [] for s in article.sections}
        for note, placement in sorted(notes_for_article(notes, article), key=lambda p: (p[1].block, p[1].start)):
            if note.kind != "highlight":
                continue
            placed_ids.add(note.id)
            section = _section_of(article, placement.block)
            quote = article.blocks[placement.block].text[placement.start : placement.end]
            mentioned = sorted(
                {
                    e.name
                    for e in entities
                    for m in e.mentions
                    if m.article == a and m.block == placement.block and placement.start <= m.start and m.end <= placement.end
                }
            )
            sections.setdefault(section, []).append(
                {
                    "id": note.id,
                    "quote": c(quote),
                    "note": c(note.text),
                    "tags": list(note.tags),
                    "entities": [c(n) for n in mentioned],
                    "exact": placement.exact,
                    "source": {"title": c(article.title), "file": str(article.path), "section": c(section)},
                    "created": note.created,
                    "updated": note.updated,
                }
            )
        articles.append(
            {
                "path": str(article.path),
                "title": c(article.title),
                "script": article.script.value,
                "sections": [{"title": c(title), "highlights": items} for title, items in sections.items() if items],
            }
        )
    keyed = {e.key: e for e in entities}
    entity_notes = []
    for note in notes:
        if note.kind != "entity":
            continue
        entity = keyed.get(note.entity_key) or keyed.get(entity_key(note.entity_name))
        entity_notes.append(
            {
                "id": note.id,
                "entity": c(entity.name if entity else note.entity_name),
                "type": entity.type.value if entity else "",
                "note": c(note.text),
                "tags": list(note.tags),
            }
        )
    unplaced = [
        {"id": n.id, "quote": c(n.quote), "note": c(n.text), "tags": list(n.tags), "article_path": n.article_path}
        for n in notes
        if n.kind == "highlight" and n.id not in placed_ids
    ]
    by_id = sheet.by_id()
    facts = [
        {
            "relation": link.relation,
            "facts": [
                {
                    "entity": c(entities[by_id[i].entity].name),
                    "value": c(by_id[i].value.text),
                    "normalized": by_id[i].value.normalized(),
                    "article": c(briefing.articles[by_id[i].article].title),
                    "sentence": c(by_id[i].sentence.text),
                }
                for i in link.facts
            ],
        }
        for link in sheet.links
    ]
    index = [
        {
            "name": c(e.name),
            "type": e.type.value,
            "count": len(e.mentions),
            "articles": [c(briefing.articles[i].title) for i in e.articles],
        }
        for e in entities
    ]
    return {
        "schema": SCHEMA,
        "generated": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "script": mode.value,
        "articles": articles,
        "unplaced": unplaced,
        "entity_notes": entity_notes,
        "entities": index,
        "facts": facts,
    }


def _quote_block(text: str) -> str:
    return "\n".join("> " + line for line in text.splitlines() or [""])


def _md(text: str) -> str:
    """Escape what Markdown would read as markup in article text."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def to_markdown(document: dict[str, Any]) -> str:
    """Render an export document as Markdown."""
    out = ["# Briefing notes", "", f"Exported {document['generated']} · script: {document['script']}", ""]
    for article in document["articles"]:
        if not article["sections"]:
            continue
        out += [f"## {_md(article['title'])}", "", f"`{article['path']}` ({article['script']})", ""]
        for section in article["sections"]:
            out += [f"### {_md(section['title'])}", ""]
            for h in section["highlights"]:
                out.append(_quote_block(_md(h["quote"])))
                out.append("")
                if h["note"]:
                    out += [_md(h["note"]), ""]
                details = []
                if h["tags"]:
                    details.append("Tags: " + ", ".join(f"`{t}`" for t in h["tags"]))
                if h["entities"]:
                    details.append("Entities: " + ", ".join(_md(e) for e in h["entities"]))
                src = h["source"]
                details.append(f"Source: {_md(src['title'])}, {_md(src['section'])} (`{src['file']}`)")
                if not h["exact"]:
                    details.append("(quote re-attached approximately: the article changed)")
                out += ["- " + d for d in details] + [""]
    if document["unplaced"]:
        out += ["## Highlights whose text is no longer in the articles", ""]
        for h in document["unplaced"]:
            out += [_quote_block(_md(h["quote"])), "", _md(h["note"]), f"- Source file: `{h['article_path']}`", ""]
    if document["entity_notes"]:
        out += ["## Notes on entities", ""]
        for n in document["entity_notes"]:
            tags = f" ({', '.join(n['tags'])})" if n["tags"] else ""
            out.append(f"- **{_md(n['entity'])}** {n['type']}{tags}: {_md(n['note'])}")
        out.append("")
    if document["facts"]:
        out += ["## Linked facts", ""]
        for link in document["facts"]:
            mark = "Corroborated" if link["relation"] == "corroborates" else "Sources differ"
            first = link["facts"][0]
            out.append(f"- **{mark}**: {_md(first['entity'])}")
            for f in link["facts"]:
                out.append(f"  - {_md(f['value'])} (`{f['normalized']}`), {_md(f['article'])}: {_md(f['sentence'])}")
        out.append("")
    if document["entities"]:
        out += ["## Entity index", "", "| entity | type | mentions | articles |", "| --- | --- | --- | --- |"]
        for e in document["entities"]:
            out.append(f"| {_md(e['name'])} | {e['type']} | {e['count']} | {_md('; '.join(e['articles']))} |")
        out.append("")
    return "\n".join(out)


def write_export(path: Path, content: str, force: bool = False) -> None:
    """Write ``content`` to ``path`` atomically; never replace an existing file unless ``force``."""
    if path.is_dir():
        raise ExportError(f"{path}: is a folder")
    if path.exists() and not force:
        raise ExportError(f"{path}: already exists; choose another name or overwrite it (--force)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if a file appeared meanwhile: never clobber
    except FileExistsError as exc:
        raise ExportError(f"{path}: already exists; choose another name or overwrite it (--force)") from exc
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
