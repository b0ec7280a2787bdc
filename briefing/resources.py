"""Where the bundled stylesheets and seed articles live, in a checkout or an installed wheel.

The wheel maps the top-level ``styles/`` and ``seeds/`` folders into the package
(``briefing/styles``, ``briefing/seeds``); an editable install or a checkout finds them
beside the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def styles_dir() -> Path:
    """The folder of Textual ``.tcss`` stylesheets."""
    return _bundled("styles")


def seeds_dir() -> Path:
    """The folder of bundled sample articles, opened when no path is given."""
    return _bundled("seeds")
