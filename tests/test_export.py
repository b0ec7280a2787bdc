"""Export round trips (Markdown and JSON), re-anchoring through re-wrap and conversion,
and the command line's care with existing and unwritable files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.core.briefing import open_briefing
from briefing.core.convert import convert_text
from briefing.core.entities.link import AliasBook
from briefing.core.entities.service import find_entities
from briefing.core.export import ExportError, export_document, to_markdown, write_export
from briefing.core.facts import fact_sheet
from briefing.core.model import ScriptMode
from briefing.core.notes import NoteStore

ARTICLE = (
    "颱風過境 本港交通大致恢復\n\n"
    "【本報訊】天文台昨日下午取消八號烈風信號，各區交通大致恢復正常。港鐵表示，東涌線已於晚上全面恢復服務。\n\n"
    "運輸部門\n\n"
    "運輸署指出，部分道路因塌樹仍然封閉，市民出行前應留意最新交通消息。\n"
)
SENTENCE = "運輸署指出，部分道路因塌樹仍然封閉，市民出行前應留意最新交通消息。"


def hard_wrap(text: str, width: int = 15) -> str:
    out = []
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.strip()
        out.append("\n".join(paragraph[i : i + width] for i in range(0, len(paragraph), width)))
    return "\n\n".join(out) + "\n"


def note_on(path: Path, notes: Path) -> None:
    article = open_briefing([path]).articles[0]
    block = next(i for i, b in enumerate(article.blocks) if SENTENCE in b.text)
    start = article.blocks[block].text.index(SENTENCE)
    with NoteStore(notes) as store:
        store.add_highlight(article, block, start, start + len(SENTENCE), "check the road list", ("交通", "follow-up"))
        store.add_entity_note("运输署", "運輸署", "ask for the list of closed roads", ("交通",))


def document_for(path: Path, notes: Path, mode: ScriptMode = ScriptMode.ORIGINAL) -> dict:
    briefing = open_briefing([path])
    entities = find_entities(briefing.articles, AliasBook(), use_cache=False)
    with NoteStore(notes) as store:
        all_notes = store.all()
    return export_document(briefing, entities, fact_sheet(briefing.articles, entities), all_notes, mode)


def test_json_and_markdown_round_trip(tmp_path: Path) -> None:
    article, notes = tmp_path / "a.txt", tmp_path / "notes.sqlite3"
    article.write_text(ARTICLE, encoding="utf-8")
    note_on(article, notes)
    document = document_for(article, notes)
    parsed = json.loads(json.dumps(document, ensure_ascii=False))
    (section,) = parsed["articles"][0]["sections"]
    (highlight,) = section["highlights"]
    assert section["title"] == "運輸部門"
    assert highlight["quote"] == SENTENCE and highlight["note"] == "check the road list"
    assert highlight["tags"] == ["交通", "follow-up"] and highlight["source"]["section"] == "運輸部門"
    assert "運輸署" in highlight["entities"]
    assert parsed["entity_notes"][0]["note"] == "ask for the list of closed roads"
    markdown = to_markdown(document)
    assert f"> {SENTENCE}" in markdown
    assert "check the road list" in markdown and "`交通`" in markdown and "## Notes on entities" in markdown
    assert "## Entity index" in markdown


def test_note_survives_rewrap_and_conversion(tmp_path: Path) -> None:
    article, notes = tmp_path / "a.txt", tmp_path / "notes.sqlite3"
    article.write_text(ARTICLE, encoding="utf-8")
    note_on(article, notes)
    article.write_text(hard_wrap(convert_text(ARTICLE, ScriptMode.SIMPLIFIED)), encoding="utf-8")
    document = document_for(article, notes)
    (highlight,) = document["articles"][0]["sections"][0]["highlights"]
    assert highlight["quote"] == convert_text(SENTENCE, ScriptMode.SIMPLIFIED)
    assert not document["unplaced"]


def test_export_in_the_other_script(tmp_path: Path) -> None:
    article, notes = tmp_path / "a.txt", tmp_path / "notes.sqlite3"
    article.write_text(ARTICLE, encoding="utf-8")
    note_on(article, notes)
    document = document_for(article, notes, ScriptMode.SIMPLIFIED)
    (highlight,) = document["articles"][0]["sections"][0]["highlights"]
    assert highlight["quote"] == convert_text(SENTENCE, ScriptMode.SIMPLIFIED)


def test_article_markup_is_escaped_in_markdown(tmp_path: Path) -> None:
    assert "\\*\\*" in to_markdown(
        {"generated": "", "script": "original", "articles": [{"title": "**x**", "path": "p", "script": "s", "sections": []}],
         "unplaced": [{"quote": "**不是粗體**", "note": "", "tags": [], "article_path": "p", "id": 1}],
         "entity_notes": [], "facts": [], "entities": []}
    )


def test_cli_export_never_clobbers_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article, notes, out = tmp_path / "a.txt", tmp_path / "notes.sqlite3", tmp_path / "out.md"
    article.write_text(ARTICLE, encoding="utf-8")
    note_on(article, notes)
    out.write_text("my report draft", encoding="utf-8")
    assert main(["export", str(article), "--notes", str(notes), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "my report draft"
    assert main(["export", str(article), "--notes", str(notes), "-o", str(out), "--force"]) == 0
    assert SENTENCE in out.read_text(encoding="utf-8")
    assert main(["export", str(article), "--notes", str(notes), "--format", "json", "-o", str(tmp_path / "o.json")]) == 0
    assert json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["schema"] == "briefing-notes/1"


def test_unwritable_export_path_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot write"):
        write_export(blocker / "out.md", "content")


def test_damaged_notes_file_is_reported_and_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article, notes = tmp_path / "a.txt", tmp_path / "notes.sqlite3"
    article.write_text(ARTICLE, encoding="utf-8")
    notes.write_bytes(b"SQLite format 3\x00" + b"\x13" * 500)
    before = notes.read_bytes()
    assert main(["export", str(article), "--notes", str(notes)]) == 2
    err = capsys.readouterr().err
    assert "notes.sqlite3" in err and "Traceback" not in err
    assert notes.read_bytes() == before
