"""Speed figures: opening, reflow, conversion, jieba start-up and entity extraction.

Run: .venv/bin/python benchmarks/speed.py [PATH...]   (default: the bundled seeds)

Each figure is measured in a fresh subprocess where start-up costs matter, so module
caches do not hide them. Prints seconds and ratios; asserts nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(code: str, env: dict[str, str]) -> float:
    """Wall time of running ``code`` in a fresh interpreter (minus interpreter start)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or [ROOT / "seeds"]
    listed = ", ".join(repr(str(p)) for p in paths)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(home) / "cache"), XDG_CONFIG_HOME=str(Path(home) / "config"))
        base = timed("import briefing", env)
        open_only = timed(
            f"from pathlib import Path\nfrom briefing.core.briefing import open_briefing\nopen_briefing([Path(p) for p in [{listed}]])",
            env,
        )
        extract = (
            "from pathlib import Path\nfrom briefing.core.briefing import open_briefing\n"
            "from briefing.core.entities.service import find_entities\n"
            f"b = open_briefing([Path(p) for p in [{listed}]])\nfind_entities(b.articles)"
        )
        cold = timed(extract, env)  # no jieba dictionary cache, no entity cache
        (Path(home) / "cache" / "briefing" / "entities").exists() and __import__("shutil").rmtree(Path(home) / "cache" / "briefing" / "entities")
        jieba_warm = timed(extract, env)  # jieba's cache file present, entities not cached
        warm = timed(extract, env)  # everything cached
        convert = timed(
            "from pathlib import Path\nfrom briefing.core.briefing import open_briefing, outline\n"
            "from briefing.core.model import ScriptMode\n"
            f"b = open_briefing([Path(p) for p in [{listed}]])\n"
            "[outline(b, m) for m in (ScriptMode.SIMPLIFIED, ScriptMode.TAIWAN)]",
            env,
        )
    print(f"articles: {listed}")
    print(f"python + import briefing          {base:6.2f} s")
    print(f"open (decode, reflow, structure)  {open_only - base:6.2f} s")
    print(f"outline in t2s and s2twp          {convert - open_only:6.2f} s")
    print(f"entities, nothing cached          {cold - open_only:6.2f} s")
    print(f"entities, jieba cache only        {jieba_warm - open_only:6.2f} s")
    print(f"entities, warm cache (2nd open)   {warm - open_only:6.2f} s   ({(cold - open_only) / max(warm - open_only, 1e-3):.0f}x faster than cold)")


if __name__ == "__main__":
    main()
