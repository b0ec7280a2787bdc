"""Packaging: the wheel carries the stylesheets and seeds; the core never imports Textual."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from briefing.app.app import BriefingApp
from briefing.resources import seeds_dir, styles_dir

ROOT = Path(__file__).resolve().parents[1]


def test_stylesheets_and_seeds_are_found() -> None:
    for css in BriefingApp.CSS_PATH:
        assert Path(css).is_file(), css
    assert sorted(seeds_dir().glob("*.txt")), seeds_dir()
    assert (styles_dir() / "app.tcss").is_file()


@pytest.mark.slow
def test_wheel_contains_styles_and_seeds(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("briefing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "briefing/styles/app.tcss" in names
    assert "briefing/data/entities/titles.txt" in names and "briefing/data/entities/aliases.toml" in names
    assert {n for n in names if n.startswith("briefing/seeds/") and n.endswith(".txt")}


def test_core_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys, importlib, pkgutil, briefing.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'briefing.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('textual', 'rich'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
