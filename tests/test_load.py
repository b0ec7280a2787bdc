"""Loading: encodings detected by charset-normalizer, one clear error per bad file."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from briefing.core import load
from briefing.core.errors import LoadError
from briefing.core.load import collect_paths, load_paths, read_document

TRADITIONAL = "颱風過境後，港鐵東涌線及機場快線已全面恢復服務，運輸署呼籲市民留意最新交通消息。"
SIMPLIFIED = "地铁十二号线南段将于三月开通试运营，全长约二十四公里，连接机场与高铁站。"


@pytest.mark.parametrize(
    ("text", "encoding", "data"),
    [
        (SIMPLIFIED, "utf-8", SIMPLIFIED.encode("utf-8")),
        (SIMPLIFIED, "utf-8-sig", codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8")),
        (TRADITIONAL, "utf-16", TRADITIONAL.encode("utf-16")),
        (SIMPLIFIED, "gb18030", (SIMPLIFIED * 3).encode("gb18030")),
        (TRADITIONAL, "big5", (TRADITIONAL * 3).encode("big5")),
    ],
)
def test_encodings_are_detected(tmp_path: Path, text: str, encoding: str, data: bytes) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(data)
    document = read_document(path)
    assert text in document.text
    assert not document.text.startswith("\ufeff")


def test_crlf_line_endings_become_newlines(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("第一行\r\n第二行\r\n".encode())
    assert read_document(path).text == "第一行\n第二行\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(512), "binary"),
    ],
)
def test_bad_files_get_one_line_errors_naming_the_file(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError) as info:
        read_document(path)
    message = str(info.value)
    assert "bad.txt" in message and "\n" not in message
    assert reason in message or "encoding" in message


def test_too_large_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text(SIMPLIFIED * 10, encoding="utf-8")
    with pytest.raises(LoadError, match="too large"):
        read_document(path)


def test_other_files_still_open_when_one_fails(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("# 标题\n\n" + TRADITIONAL, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")  # not *.txt/*.md: never picked up
    result = load_paths([tmp_path, tmp_path / "missing.txt"])
    assert sorted(d.path.name for d in result.documents) == ["good.txt", "notes.md"]
    assert sorted(e.path.name for e in result.errors) == ["empty.txt", "missing.txt"]


def test_folders_are_searched_recursively(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "deep.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "top.md").write_text(SIMPLIFIED, encoding="utf-8")
    files, errors = collect_paths([tmp_path])
    assert {p.name for p in files} == {"deep.txt", "top.md"} and not errors


def test_files_are_never_written(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    before = (path.stat().st_mtime_ns, path.read_bytes())
    load_paths([path])
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
