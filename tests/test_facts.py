"""Facts and their links, on article pairs written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.core.entities.link import AliasBook
from briefing.core.entities.service import find_entities
from briefing.core.facts import fact_sheet, sentences
from briefing.core.model import Document
from briefing.core.structure import build_article

TRAD = (
    "晶片業績\n\n"
    "【本報訊】美國晶片公司英偉達（Nvidia）昨日公布，上季收入達350億美元，按年增長94%。\n\n"
    "英偉達表示，數據中心業務收入為308億美元。\n\n"
    "另外，英特爾公司上季收入為133億美元。\n"
)
SIMP = (
    "芯片业绩\n\n"
    "美国芯片企业英伟达（Nvidia）公布财报，上季度收入为350亿美元，同比增长94%。\n\n"
    "英伟达称，数据中心业务收入为290亿美元。\n"
)


def sheet_for(tmp_path: Path, *texts: str):
    articles = [build_article(Document(tmp_path / f"{i}.txt", t, "utf-8")) for i, t in enumerate(texts)]
    entities = find_entities(articles, AliasBook(), use_cache=False)
    return entities, fact_sheet(articles, entities)


def test_sentences_keep_closing_quotes() -> None:
    parts = sentences(0, 0, "他说：“今天开始。”随后离开。还有")
    assert [p.text for p in parts] == ["他说：“今天开始。”", "随后离开。", "还有"]


def test_same_figure_in_both_scripts_corroborates(tmp_path: Path) -> None:
    entities, sheet = sheet_for(tmp_path, TRAD, SIMP)
    by_id = sheet.by_id()
    corroborated = [
        sorted(by_id[i].value.text for i in link.facts) for link in sheet.links if link.relation == "corroborates"
    ]
    assert ["350亿美元", "350億美元"] in corroborated
    assert ["94%", "94%"] in corroborated


def test_different_figure_for_the_same_statement_differs(tmp_path: Path) -> None:
    entities, sheet = sheet_for(tmp_path, TRAD, SIMP)
    by_id = sheet.by_id()
    differs = [sorted(by_id[i].value.text for i in link.facts) for link in sheet.links if link.relation == "differs"]
    assert ["290亿美元", "308億美元"] in differs


def test_other_entities_and_unrelated_figures_are_not_linked(tmp_path: Path) -> None:
    entities, sheet = sheet_for(tmp_path, TRAD, SIMP)
    by_id = sheet.by_id()
    linked = {by_id[i].value.text for link in sheet.links for i in link.facts}
    assert "133億美元" not in linked  # 英特爾's revenue: one source only, another company


def test_a_day_inside_a_reported_period_is_not_a_difference(tmp_path: Path) -> None:
    a = "峰會消息\n\n第五屆數字經濟峰會將於3月10日至12日在上海舉行。\n"
    b = "峰会消息\n\n3月11日，第五届数字经济峰会在上海举行分论坛。\n"
    c = "峰会消息\n\n3月9日，第五届数字经济峰会在上海开幕。\n"
    _, sheet = sheet_for(tmp_path, a, b)
    assert not [link for link in sheet.links if link.relation == "differs"]
    _, sheet = sheet_for(tmp_path, a, c)
    assert [link for link in sheet.links if link.relation == "differs"]


def test_bare_this_year_is_not_evidence(tmp_path: Path) -> None:
    a = "計劃\n\n英偉達今年將擴大投資。\n"
    b = "计划\n\n英伟达今年将扩大投资。\n"
    _, sheet = sheet_for(tmp_path, a, b)
    assert not sheet.links


def test_facts_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(TRAD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SIMP, encoding="utf-8")
    assert main(["facts", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json", "--no-cache"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["facts"] and data["links"]
    ids = {f["id"] for f in data["facts"]}
    for fact in data["facts"]:
        assert set(fact) >= {"id", "entity", "value", "normalized", "article", "sentence"}
        assert fact["value"] in fact["sentence"]
    for link in data["links"]:
        assert link["relation"] in ("corroborates", "differs") and set(link["facts"]) <= ids
