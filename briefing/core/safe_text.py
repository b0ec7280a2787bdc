"""Make article text safe to put on a terminal: no control character ever reaches it.

Rendering never parses article text as markup (widgets build Rich ``Text`` objects), and
this module replaces C0/C1 control characters, including the ESC that starts an ANSI
sequence, with their visible Unicode "control picture" (ESC -> ␛). One character in, one
character out, so offsets computed on the text stay valid.
"""

from __future__ import annotations

_KEEP = {"\n", "\t"}


def _picture(code: int) -> str:
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


_TABLE = {code: _picture(code) for code in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)) if chr(code) not in _KEEP}


def visible(text: str) -> str:
    """Replace control characters with visible stand-ins, keeping length unchanged."""
    return text.translate(_TABLE)
