"""The headless command line: `briefing outline --json` shape, --help, errors on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=120)


def test_outline_json_shape(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(seeds_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["articles"]) == 2
    for article in data["articles"]:
        assert set(article) >= {"path", "title", "script", "sections"}
        for section in article["sections"]:
            assert set(section) >= {"title", "blocks"}
            for block in section["blocks"]:
                assert set(block) >= {"kind", "text"}
                assert "\n" not in block["text"]
    assert {a["script"] for a in data["articles"]} == {"traditional", "simplified"}


def test_outline_script_mode_converts(articles_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["outline", str(articles_dir / "clean_traditional.txt"), "--json", "--script", "t2s"])
    data = json.loads(capsys.readouterr().out)
    assert data["articles"][0]["title"] == "台风过境 本港交通大致恢复"


def test_bad_file_is_reported_and_others_still_print(tmp_path: Path, articles_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["outline", str(empty), str(articles_dir / "clean_traditional.txt"), "--json"]) == 0
    out = capsys.readouterr()
    assert len(json.loads(out.out)["articles"]) == 1
    assert "empty.txt" in out.err and "Traceback" not in out.err


def test_nothing_readable_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["--help"], ["outline", "--help"]])
def test_every_command_has_help(args: list[str]) -> None:
    result = run(args)
    assert result.returncode == 0 and "usage" in result.stdout


def test_bad_script_mode_is_a_usage_error(articles_dir: Path) -> None:
    result = run(["outline", str(articles_dir), "--script", "klingon"])
    assert result.returncode == 2 and "unknown script mode" in result.stderr
